import type { Deps } from '../../../app/context.ts';
import type { Db } from '../../../db/client.ts';
import { AppError } from '../../../app/errors.ts';
import { enforce, type Limit } from '../../../app/rate-limit.ts';
import type { FieldErrors } from '../../../lib/forms.ts';
import { displayName, todayIso } from '../../registry/registry.present.ts';
import { findPersonBySlug } from '../../registry/registry.repository.ts';
import { insertLetterOnce, recordLetterEvent } from '../letters.repository.ts';
import { lettersOfWriter, peopleHeldNow, type HeldPerson, type MyLetter } from './mine.repository.ts';
import type { OutsideLetterForm } from './mine.schemas.ts';

/** The writer's list shows this many of their newest letters. */
export const MY_LETTERS_SHOWN = 300;

/**
 * Logged letters move people down the "needs a letter" order, so one account cannot log without end: a
 * handful a day is more than anyone posts, and an infiltrator cannot bury a person under invented letters.
 */
export const OUTSIDE_LETTERS_PER_DAY: Limit = { name: 'outside-letter-account', max: 30, windowSeconds: 24 * 3600 };

export async function myLettersView(db: Db, userId: string, lang: string): Promise<{ letters: MyLetter[]; people: HeldPerson[] }> {
  const [letters, people] = await Promise.all([lettersOfWriter(db, userId, MY_LETTERS_SHOWN), peopleHeldNow(db)]);
  const collator = new Intl.Collator(lang);
  people.sort((a, b) => collator.compare(displayName(a, lang), displayName(b, lang)));
  return { letters, people };
}

export type LogOutcome = { ok: true } | { ok: false; errors: FieldErrors; status: number };

/**
 * Stores a letter the writer posted themselves: already posted, on the day they say, with nothing sealed
 * (we never had its words). The form's submission id is unique, so a double submit stores one letter.
 */
export async function logOutsideLetter(deps: Deps, f: OutsideLetterForm & { userId: string; locale: string }): Promise<LogOutcome> {
  const db = deps.database.db;
  const person = await findPersonBySlug(db, f.person);
  if (!person) return { ok: false, errors: { person: 'letters.mine.personUnknown' }, status: 400 };
  if (person.status !== 'current') return { ok: false, errors: { person: 'letters.mine.personNotHeld' }, status: 400 };
  try {
    await enforce(db, [[OUTSIDE_LETTERS_PER_DAY, f.userId]]);
  } catch (err) {
    if (err instanceof AppError && err.status === 429) return { ok: false, errors: { _form: 'letters.mine.tooMany' }, status: 429 };
    throw err;
  }
  const today = todayIso();
  await db.transaction(async (tx) => {
    const { letter, created } = await insertLetterOnce(tx, {
      submissionId: f.submissionId,
      personId: person.id,
      userId: f.userId,
      kind: f.kind,
      origin: 'outside',
      state: 'posted',
      locale: f.locale,
      createdOn: today,
      sentOn: f.sentOn,
    });
    // The writer's own step: no actor, and the day only, as for letters written here.
    if (created) await recordLetterEvent(tx, { letterId: letter.id, fromState: null, toState: 'posted', actorId: null, at: new Date(`${today}T00:00:00Z`) });
  });
  return { ok: true };
}
