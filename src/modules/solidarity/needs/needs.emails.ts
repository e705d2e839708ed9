import type { EmailTemplate } from '../../../jobs/email.job.ts';

// Neutral subjects, no words the supporter wrote, nothing that names a person in the subject.
export const needsEmails: Record<string, EmailTemplate> = {};
