import type { EmailTemplate } from '../../jobs/email.job.ts';
import { actionsEmails } from './actions/actions.emails.ts';
import { signaturesEmails } from './signatures/signatures.emails.ts';

export const campaignsEmails: Record<string, EmailTemplate> = { ...actionsEmails, ...signaturesEmails };
