import type { EmailTemplate } from '../../jobs/email.job.ts';

/** E-mails about events (confirmation, approval, reminder). Rendered inside the e-mail job. */
export const eventsEmails: Record<string, EmailTemplate> = {};
