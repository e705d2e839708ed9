import type { EmailTemplate } from '../../../jobs/email.job.ts';

/** E-mails of actions. Rendered inside the e-mail job; subjects name nobody. */
export const actionsEmails: Record<string, EmailTemplate> = {};
