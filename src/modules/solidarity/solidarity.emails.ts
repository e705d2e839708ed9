import type { EmailTemplate } from '../../jobs/email.job.ts';
import { friendsEmails } from './friends/friends.emails.ts';
import { keepersEmails } from './keepers/keepers.emails.ts';
import { needsEmails } from './needs/needs.emails.ts';
import { sponsorshipsEmails } from './sponsorships/sponsorships.emails.ts';
import { wallEmails } from './wall/wall.emails.ts';

export const solidarityEmails: Record<string, EmailTemplate> = { ...friendsEmails, ...keepersEmails, ...needsEmails, ...sponsorshipsEmails, ...wallEmails };
