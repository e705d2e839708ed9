// The rules of signing, co-signing and partner exports that every file of the feature uses.
import type { Limit } from '../../../app/rate-limit.ts';
import type { CampaignKind } from '../campaigns.model.ts';
import type { CampaignRow } from '../core/campaigns.tables.ts';

/** The campaign kinds that collect signatures. */
export const SIGNED_KINDS: readonly CampaignKind[] = ['open_letter', 'petition'];
export const isSignedKind = (kind: string) => (SIGNED_KINDS as readonly string[]).includes(kind);

/** An unconfirmed signature or co-signature waits this long for its e-mail link, then it is deleted. */
export const CONFIRM_HOURS = 48;

export const NAME_MAX = 120;
export const PLACE_MAX = 80;
export const ORG_NAME_MAX = 200;
export const COUNTRY_MAX = 80;
export const WEBSITE_MAX = 300;

/** Public names shown on the campaign page, and per page of the full list. */
export const SECTION_NAMES = 10;
export const PAGE_NAMES = 50;
/** The coordinators' list of signers, per page. */
export const SIGNERS_PAGE = 100;
/** Approved organisations on the campaign page (a long list still is a list: shown whole up to this). */
export const COSIGNERS_SHOWN = 500;

/** A few confirmation e-mails per address an hour, so the form cannot be used to flood a stranger's inbox. */
export const SIGN_LIMITS = {
  perAddress: { name: 'signature-confirm-address', max: 3, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

/** The site-wide budget of campaign confirmation e-mails an hour (CAMPAIGNS_CONFIRMATIONS_PER_HOUR). */

/** The deadline is the last day one can sign (a date, in UTC like the rest of the dates). */
export function deadlinePassed(campaign: Pick<CampaignRow, 'deadline'>, today: string): boolean {
  return campaign.deadline !== null && today > campaign.deadline;
}

/** Whether the campaign takes signatures and co-signatures today; otherwise why not. */
export function signingClosedReason(campaign: Pick<CampaignRow, 'state' | 'deadline'>, today: string): 'closed' | 'deadline' | null {
  if (campaign.state !== 'open') return 'closed';
  return deadlinePassed(campaign, today) ? 'deadline' : null;
}

/** What de-duplication keeps of an address: a keyed hash of the campaign and the normalised address, nothing more. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();
export const dedupeInput = (campaignId: string, email: string) => `${campaignId}:${normaliseEmail(email)}`;
