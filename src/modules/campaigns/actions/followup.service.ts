// "Did they reply?": one e-mail per confirmed letter some days after it went, a page to answer, and the
// supporter's name and address deleted after the answer (or when nobody answered for a month).
import { and, eq, isNull } from 'drizzle-orm';
import type { Deps } from '../../../app/context.ts';
import type { Db } from '../../../db/client.ts';
import { enqueueEmail } from '../../../jobs/email.job.ts';
import { derivedJobId } from '../../../jobs/queue.ts';
import { hashToken, newToken } from '../../../lib/crypto.ts';
import { isLang } from '../../../app/i18n.ts';
import { addDays, todayIso } from '../../registry/registry.present.ts';
import type { ReplyAnswer } from '../campaigns.model.ts';
import { campaignText } from '../core/core.repository.ts';
import { campaigns, type CampaignRow } from '../core/campaigns.tables.ts';
import { FOLLOWUP_ANSWER_DAYS } from './actions.model.ts';
import { deleteExpiredUnconfirmed, findLetterByFollowupHash, followupsDue, forgetIdentities, type ActionLetterRow } from './actions.repository.ts';
import { actionLetters } from './actions.tables.ts';

/**
 * Sends each due follow-up once: the letter is marked in the same transaction that enqueues the e-mail,
 * guarded by "not yet sent", so a second run or a parallel one sends nothing more. Returns how many went.
 */
export async function sendDueFollowups(deps: Deps, now = new Date()): Promise<number> {
  const db = deps.database.db;
  const today = todayIso(now);
  let sent = 0;
  for (const letter of await followupsDue(db, today)) {
    const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, letter.campaignId));
    const lang = isLang(letter.locale) ? letter.locale : 'en';
    const title = (await campaignText(db, campaign, lang))?.title ?? campaign.slug;
    const token = newToken();
    const done = await db.transaction(async (tx) => {
      const marked = await tx
        .update(actionLetters)
        .set({ followupSentOn: today, followupTokenHash: hashToken(token) })
        .where(and(eq(actionLetters.id, letter.id), isNull(actionLetters.followupSentOn)))
        .returning({ id: actionLetters.id });
      if (!marked.length) return false;
      const params = { lang, slug: campaign.slug, token, title };
      await enqueueEmail(deps, tx, { to: deps.keys.decrypt(letter.emailEnc!), template: 'campaignLetters.followup', locale: lang, params }, { id: derivedJobId(letter.id, 'followup-email') });
      return true;
    });
    if (done) sent++;
  }
  return sent;
}

/** The letter a follow-up link opens, only in the campaign the link names. */
export async function letterByFollowupToken(db: Db, campaign: CampaignRow, token: string): Promise<ActionLetterRow | undefined> {
  const letter = await findLetterByFollowupHash(db, hashToken(token));
  return letter?.campaignId === campaign.id ? letter : undefined;
}

/** Stores the answer once; the supporter's name and address go with it (once nothing is left to send). */
export async function answerFollowup(deps: Deps, letter: ActionLetterRow, answer: ReplyAnswer, note: string, now = new Date()): Promise<'answered' | 'already'> {
  return deps.database.db.transaction(async (tx) => {
    const rows = await tx
      .update(actionLetters)
      .set({ replyAnswer: answer, replyNote: note || null, answeredOn: todayIso(now) })
      .where(and(eq(actionLetters.id, letter.id), isNull(actionLetters.answeredOn)))
      .returning({ id: actionLetters.id });
    if (!rows.length) return 'already';
    await forgetIdentities(tx, { id: letter.id, askedBefore: '0001-01-01' });
    return 'answered';
  });
}

/** The periodic work: expired unconfirmed letters go, due follow-ups are sent, old identities are deleted. */
export async function runFollowups(deps: Deps, now: Date): Promise<{ expired: number; followups: number; forgotten: number }> {
  const db = deps.database.db;
  const expired = await deleteExpiredUnconfirmed(db, now);
  const followups = await sendDueFollowups(deps, now);
  const forgotten = await forgetIdentities(db, { askedBefore: addDays(todayIso(now), -FOLLOWUP_ANSWER_DAYS) });
  return { expired, followups, forgotten };
}
