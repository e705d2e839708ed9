import type { Deps } from '../../../app/context.ts';
import { hashToken, newToken } from '../../../lib/crypto.ts';
import { findLetterByConfirmToken, moveLetter } from '../letters.repository.ts';
import { EDIT_LINK_DAYS } from '../letters.model.ts';
import { emailWriter, startOfToday } from '../letters.service.ts';
import { findQueuedLetter, lettersInState } from '../queue.repository.ts';
import { letterKey, openLetter } from '../sealed.ts';
import type { CheckResult, Finding } from '../safety/safety-check.ts';
import type { ReviewDecision } from './review.schemas.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import type { LetterRow } from '../letters.repository.ts';

export interface ReviewItem {
  letter: LetterRow;
  person: PersonRow;
  text: string;
  signature: string | null;
  findings: Finding[];
}

/** Flagged letters, oldest first, opened for the moderator: their words with the check's findings in place. */
export async function reviewQueue(deps: Deps): Promise<ReviewItem[]> {
  const queued = await lettersInState(deps.database.db, 'in_review', { limit: 20 });
  return queued.map(({ letter, person }) => {
    const open = openLetter(deps.keys, letter);
    const text = open.text ?? '';
    const findings = letter.findings.map((f) => ({ ...f, excerpt: text.slice(f.start, f.end) }) as Finding);
    return { letter, person, text, signature: open.signature, findings };
  });
}

/**
 * A moderator's decision on a flagged letter. Approved, it goes on to translation or printing; sent
 * back, the writer gets a private link to edit it, with the moderator's reason; rejected, the writer is
 * told, without the reason (the e-mail carries nothing of the letter). False if someone decided first.
 */
export async function decideReview(deps: Deps, letterId: string, decision: ReviewDecision, actorId: string): Promise<boolean> {
  const db = deps.database.db;
  const found = await findQueuedLetter(db, letterId);
  if (!found || found.letter.state !== 'in_review') return false;
  const { letter } = found;
  const by = { actorId, at: new Date() };
  return db.transaction(async (tx) => {
    if (decision.decision === 'approve') {
      return moveLetter(tx, { id: letter.id, from: 'in_review', to: letter.needsTranslation ? 'translation' : 'ready' }, by);
    }
    if (decision.decision === 'reject') {
      const moved = await moveLetter(tx, { id: letter.id, from: 'in_review', to: 'rejected' }, by);
      if (moved) await emailWriter(deps, tx, letter, 'rejected-email', 'letters.rejected');
      return moved;
    }
    const key = letterKey(deps.keys, letter);
    if (!key) return false;
    const token = newToken();
    const tokenHash = hashToken(token);
    const moved = await moveLetter(tx, { id: letter.id, from: 'in_review', to: 'draft' }, by, {
      moderatorNoteEnc: key.encrypt(decision.reason),
      confirmTokenHash: tokenHash,
      confirmExpiresAt: new Date(Date.now() + EDIT_LINK_DAYS * 86400_000),
    });
    if (moved) await emailWriter(deps, tx, letter, `send-back:${tokenHash}`, 'letters.sendBack', { token, days: String(EDIT_LINK_DAYS) });
    return moved;
  });
}

export type EditableLetter = { text: string; reason: string; kind: 'letter' | 'postcard'; locale: string };
export type EditOutcome = 'sent' | 'already' | 'expired' | null;

/** The letter a writer's edit link opens, if it is still waiting for their edit. */
export async function letterToEdit(deps: Deps, token: string): Promise<{ letter: EditableLetter } | { outcome: Exclude<EditOutcome, 'sent'> }> {
  const letter = await findLetterByConfirmToken(deps.database.db, hashToken(token));
  if (!letter) return { outcome: null };
  if (letter.state === 'expired' || (letter.confirmExpiresAt && letter.confirmExpiresAt < new Date())) return { outcome: 'expired' };
  if (letter.state !== 'draft') return { outcome: 'already' };
  const open = openLetter(deps.keys, letter);
  return { letter: { text: open.text ?? '', reason: open.moderatorNote ?? '', kind: letter.kind, locale: letter.locale } };
}

/** The edited letter goes back to a moderator, whatever the check finds: they asked for the change. */
export async function reviseLetter(deps: Deps, token: string, text: string, check: CheckResult): Promise<EditOutcome> {
  const db = deps.database.db;
  const letter = await findLetterByConfirmToken(db, hashToken(token));
  if (!letter) return null;
  if (letter.state === 'expired' || (letter.confirmExpiresAt && letter.confirmExpiresAt < new Date())) return 'expired';
  const key = letterKey(deps.keys, letter);
  if (letter.state !== 'draft' || !key) return 'already';
  const moved = await db.transaction((tx) =>
    moveLetter(tx, { id: letter.id, from: 'draft', to: 'in_review' }, { actorId: null, at: startOfToday() }, {
      bodyEnc: key.encrypt(text),
      language: check.language,
      needsTranslation: check.needsTranslation,
      flagged: true,
      findings: check.findings.map(({ code, start, end }) => ({ code, start, end })),
    }),
  );
  return moved ? 'sent' : 'already';
}

