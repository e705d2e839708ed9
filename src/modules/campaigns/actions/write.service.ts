// Writing a letter: whom it goes to, the words, and storing it (with the confirmation e-mail for server
// letters) in one transaction.
import type { Deps } from '../../../app/context.ts';
import { AppError } from '../../../app/errors.ts';
import { campaignConfirmations, enforce, type Limit } from '../../../app/rate-limit.ts';
import type { Db } from '../../../db/client.ts';
import { enqueueEmail } from '../../../jobs/email.job.ts';
import { derivedJobId } from '../../../jobs/queue.ts';
import { hashToken, newToken } from '../../../lib/crypto.ts';
import { todayIso } from '../../registry/registry.present.ts';
import type { CampaignRow } from '../core/campaigns.tables.ts';
import { findRepresentatives } from '../targets/representatives.ts';
import type { TargetRow } from '../targets/targets.tables.ts';
import { LETTER_CONFIRM_HOURS, LETTERS_PER_SUPPORTER } from './actions.model.ts';
import { campaignTargetsOf, findLetterBySubmission, insertLetterOnce, targetsAlreadyWritten } from './actions.repository.ts';
import type { ComposedLetter } from './compose.ts';

/** The targets a campaign offers to write to: only those with an address a letter can go to. */
export async function writableTargets(db: Db, campaign: CampaignRow): Promise<TargetRow[]> {
  return (await campaignTargetsOf(db, campaign.id)).filter((t) => t.email);
}

export type TargetChoice =
  | { ok: true; targets: TargetRow[] }
  | { ok: false; field: string; error: string }
  /** The postcode lies in several constituencies: the supporter chooses their representative. */
  | { ok: false; choose: TargetRow[] };

/** Whom this letter goes to: the ticked targets of the campaign, or the supporter's own representative by postcode. */
export async function chooseTargets(db: Db, campaign: CampaignRow, form: { targets: string[]; postcode: string; representative: string }): Promise<TargetChoice> {
  if (campaign.addressing === 'targets') {
    const offered = await writableTargets(db, campaign);
    const chosen = offered.filter((t) => form.targets.includes(t.id));
    return chosen.length ? { ok: true, targets: chosen } : { ok: false, field: 'targets', error: 'campaignLetters.form.targetsRequired' };
  }
  if (!form.postcode) return { ok: false, field: 'postcode', error: 'campaignLetters.form.postcodeRequired' };
  const found = await findRepresentatives(db, campaign.representativeCountry ?? '', form.postcode);
  if (!found.constituencies.length) return { ok: false, field: 'postcode', error: 'campaignLetters.form.postcodeUnknown' };
  const reachable = found.targets.filter((t) => t.email);
  if (!reachable.length) return { ok: false, field: 'postcode', error: 'campaignLetters.form.representativeUnreachable' };
  if (reachable.length === 1) return { ok: true, targets: reachable };
  const picked = reachable.find((t) => t.id === form.representative);
  return picked ? { ok: true, targets: [picked] } : { ok: false, choose: reachable };
}

export interface LetterSubmission {
  campaign: CampaignRow;
  submissionId: string;
  name: string;
  email: string;
  letter: ComposedLetter;
  targets: TargetRow[];
  mode: 'server' | 'mailto';
  locale: string;
  /** Our own campaign title in the supporter's language: the only campaign words the e-mail carries. */
  title: string;
}

export type SubmitOutcome =
  | { ok: true; mode: 'server'; skipped: number }
  | { ok: true; mode: 'mailto'; token: string; skipped: number }
  | { ok: false; error: 'campaignLetters.form.allWritten' | 'campaignLetters.form.tooMany' | 'campaignLetters.form.expired' };

/**
 * The mailto page's token, derived from the submission id with a key only the server has: the same form
 * sent again finds the same page (only the hash is stored).
 */
export const mailtoToken = (deps: Pick<Deps, 'keys'>, submissionId: string) => deps.keys.mac(`campaign-letter-mailto:${submissionId}`);

async function spendBudget(deps: Deps, checks: [Limit, string?][]): Promise<boolean> {
  try {
    await enforce(deps.database.db, checks);
    return true;
  } catch (err) {
    if (err instanceof AppError && err.status === 429) return false;
    throw err;
  }
}

/**
 * Stores a letter, unconfirmed. Targets this address already wrote to in this campaign are left out
 * (nothing left: an error). Server letters get the confirmation e-mail in the same transaction; mailto
 * letters a private page. The same form sent again stores nothing more and spends no budget.
 */
export async function submitLetter(deps: Deps, s: LetterSubmission): Promise<SubmitOutcome> {
  const db = deps.database.db;
  const supporterHash = deps.keys.lookupHash(s.email);
  const stored = await findLetterBySubmission(db, s.submissionId);
  if (stored) {
    if (stored.supporterHash !== supporterHash || stored.campaignId !== s.campaign.id) return { ok: false, error: 'campaignLetters.form.expired' };
    const skipped = s.targets.length - stored.targetIds.length;
    return stored.mode === 'server' ? { ok: true, mode: 'server', skipped } : { ok: true, mode: 'mailto', token: mailtoToken(deps, s.submissionId), skipped };
  }
  const written = new Set(await targetsAlreadyWritten(db, s.campaign.id, supporterHash, s.targets.map((t) => t.id)));
  const targetIds = s.targets.filter((t) => !written.has(t.id)).map((t) => t.id);
  if (!targetIds.length) return { ok: false, error: 'campaignLetters.form.allWritten' };
  const budgets: [Limit, string?][] = [[LETTERS_PER_SUPPORTER, supporterHash]];
  if (s.mode === 'server') budgets.push([campaignConfirmations(deps.config.campaigns.confirmationsPerHour)]);
  if (!(await spendBudget(deps, budgets))) return { ok: false, error: 'campaignLetters.form.tooMany' };

  const token = s.mode === 'server' ? newToken() : mailtoToken(deps, s.submissionId);
  await db.transaction(async (tx) => {
    const { letter, created } = await insertLetterOnce(tx, {
      submissionId: s.submissionId,
      campaignId: s.campaign.id,
      mode: s.mode,
      state: 'unconfirmed',
      locale: s.locale,
      supporterHash,
      nameEnc: deps.keys.encrypt(s.name),
      emailEnc: deps.keys.encrypt(s.email),
      subjectEnc: deps.keys.encrypt(s.letter.subject),
      bodyEnc: deps.keys.encrypt(s.letter.body),
      targetIds,
      simhash: s.letter.simhash,
      edited: s.letter.edited,
      confirmTokenHash: hashToken(token),
      confirmExpiresAt: new Date(Date.now() + LETTER_CONFIRM_HOURS * 3600_000),
      createdOn: todayIso(),
    });
    if (!created || s.mode !== 'server') return;
    // Nothing the supporter wrote: our campaign title, how many addressees, the link (actions.emails.ts).
    const params = { lang: s.locale, slug: s.campaign.slug, token, title: s.title, targets: String(targetIds.length) };
    await enqueueEmail(deps, tx, { to: s.email, template: 'campaignLetters.confirm', locale: s.locale, params }, { id: derivedJobId(letter.id, 'confirm-email') });
  });
  const skipped = written.size;
  return s.mode === 'server' ? { ok: true, mode: 'server', skipped } : { ok: true, mode: 'mailto', token, skipped };
}
