// What happens to a stored letter: the supporter confirms it (server) or says they sent it (mailto); a
// coordinator releases or refuses a held one. Each is one transaction with the counter and the deliveries.
import type { Deps } from '../../../app/context.ts';
import type { Db } from '../../../db/client.ts';
import { hashToken } from '../../../lib/crypto.ts';
import { addDays, todayIso } from '../../registry/registry.present.ts';
import type { CampaignRow } from '../core/campaigns.tables.ts';
import { campaignsChanged } from '../core/core.read.ts';
import { recordMailtoSent, scheduleDeliveries } from '../delivery/delivery.service.ts';
import { HOLD_DISTANCE, HOLD_NEIGHBOURS, SIMILAR_DAYS } from './actions.model.ts';
import { countLetter, findLetterByConfirmHash, findLetterInCampaign, heldLettersOf, moveLetter, similarNeighbours, targetsByIds, type ActionLetterRow } from './actions.repository.ts';

const deliverable = (l: ActionLetterRow) => ({ id: l.id, campaignId: l.campaignId, supporterHash: l.supporterHash, targetIds: l.targetIds });

/** The letter a link's token opens, only in the campaign the link names and in the expected mode. */
export async function letterByToken(db: Db, campaign: CampaignRow, token: string, mode: 'server' | 'mailto'): Promise<ActionLetterRow | undefined> {
  const letter = await findLetterByConfirmHash(db, hashToken(token));
  return letter && letter.campaignId === campaign.id && letter.mode === mode ? letter : undefined;
}

/**
 * Inside the transaction that lets a letter go: its deliveries (or the record of the supporter's own sending),
 * then the counter and the follow-up date only when something new is sent (an address that meanwhile wrote
 * to every target adds nothing), and the text goes when nothing is left to send.
 */
async function letGo(tx: Db, deps: Deps, letter: ActionLetterRow, today: string): Promise<number> {
  const made = letter.mode === 'server' ? await scheduleDeliveries(tx, deps, deliverable(letter)) : await recordMailtoSent(tx, deliverable(letter));
  if (made > 0) {
    await countLetter(tx, letter.campaignId);
    await moveLetter(tx, letter.id, 'confirmed', { followupDueOn: addDays(today, deps.config.campaigns.followupDays) });
  }
  // mailto letters were sent by the supporter's own mail program: the words are no longer needed here.
  if (made === 0 || letter.mode === 'mailto') await moveLetter(tx, letter.id, 'confirmed', { subjectEnc: null, bodyEnc: null });
  return made;
}

export type ConfirmOutcome = 'confirmed' | 'held' | 'already' | 'expired' | 'closed' | 'nothingNew';

/**
 * The supporter's click on the e-mail link (server letters) or on "I have sent it" (mailto letters). An edited
 * server letter with enough near-identical letters from other addresses is held for a coordinator instead;
 * it is counted only when released (only letters that will be sent are counted).
 */
export async function confirmLetter(deps: Deps, campaign: CampaignRow, letter: ActionLetterRow, now = new Date()): Promise<ConfirmOutcome> {
  if (letter.state !== 'unconfirmed') return 'already';
  if (letter.confirmExpiresAt && letter.confirmExpiresAt < now) return 'expired';
  if (campaign.state !== 'open') return 'closed';
  const today = todayIso(now);
  const outcome = await deps.database.db.transaction(async (tx): Promise<ConfirmOutcome> => {
    if (letter.mode === 'server' && letter.edited && letter.simhash !== null) {
      const neighbours = await similarNeighbours(tx, { campaignId: letter.campaignId, letterId: letter.id, supporterHash: letter.supporterHash, simhash: letter.simhash, since: addDays(today, -SIMILAR_DAYS), distance: HOLD_DISTANCE });
      if (neighbours >= HOLD_NEIGHBOURS) return (await moveLetter(tx, letter.id, 'unconfirmed', { state: 'held', confirmedOn: today, confirmExpiresAt: null })) ? 'held' : 'already';
    }
    if (!(await moveLetter(tx, letter.id, 'unconfirmed', { state: 'confirmed', confirmedOn: today, confirmExpiresAt: null }))) return 'already';
    return (await letGo(tx, deps, letter, today)) > 0 ? 'confirmed' : 'nothingNew';
  });
  // The public counter changed: the campaign page shows it at once.
  if (outcome === 'confirmed') campaignsChanged(deps.database.db);
  return outcome;
}

export interface HeldLetter {
  id: string;
  createdOn: string;
  subject: string;
  body: string;
  targets: string[];
}

/** The held letters of a campaign with their words opened, for the coordinator who decides (never the address). */
export async function heldLetters(deps: Deps, campaign: CampaignRow): Promise<HeldLetter[]> {
  const db = deps.database.db;
  const rows = await heldLettersOf(db, campaign.id);
  const names = new Map((await targetsByIds(db, [...new Set(rows.flatMap((r) => r.targetIds))])).map((t) => [t.id, t.name]));
  return rows.map((r) => ({
    id: r.id,
    createdOn: r.createdOn,
    subject: r.subjectEnc ? deps.keys.decrypt(r.subjectEnc) : '',
    body: r.bodyEnc ? deps.keys.decrypt(r.bodyEnc) : '',
    targets: r.targetIds.map((id) => names.get(id) ?? '?'),
  }));
}

/**
 * A coordinator's decision on a held letter: released, it is scheduled and counted; refused, its words, name
 * and address are deleted and it is never sent. Decided already: 'gone', nothing changes.
 */
export async function decideHeld(deps: Deps, campaign: CampaignRow, id: string, decision: 'release' | 'refuse', now = new Date()): Promise<'released' | 'refused' | 'gone'> {
  const db = deps.database.db;
  const letter = await findLetterInCampaign(db, id, campaign.id);
  if (!letter || letter.state !== 'held') return 'gone';
  const today = todayIso(now);
  const outcome = await db.transaction(async (tx): Promise<'released' | 'refused' | 'gone'> => {
    if (decision === 'refuse') {
      const moved = await moveLetter(tx, id, 'held', { state: 'refused', subjectEnc: null, bodyEnc: null, nameEnc: null, emailEnc: null, confirmTokenHash: null });
      return moved ? 'refused' : 'gone';
    }
    if (!(await moveLetter(tx, id, 'held', { state: 'confirmed' }))) return 'gone';
    await letGo(tx, deps, letter, today);
    return 'released';
  });
  if (outcome === 'released') campaignsChanged(db);
  return outcome;
}
