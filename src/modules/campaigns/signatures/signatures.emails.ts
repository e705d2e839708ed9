import type { EmailTemplate } from '../../../jobs/email.job.ts';

/** E-mails of signatures. Rendered inside the e-mail job; subjects name nobody. */
export const signaturesEmails: Record<string, EmailTemplate> = {};
