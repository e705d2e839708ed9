import type { Deps } from '../../../app/context.ts';
import { enforce, LIMITS } from '../../../app/rate-limit.ts';
import { recordAudit } from '../../audit/audit.repository.ts';
import { todayIso } from '../registry.present.ts';
import { insertCorrection, openCorrections, resolveCorrection } from './corrections.repository.ts';

/**
 * Stores a report about a person. Text and contact are sealed (a reporter may say more than they should);
 * only the date is kept, not the time, and nothing about the sender's connection.
 */
export async function reportInaccuracy(deps: Deps, input: { personId: string; message: string; contact: string | null; locale: string }) {
  await enforce(deps.database.db, [[LIMITS.correctionsPerPerson, input.personId], [LIMITS.correctionsGlobal]]);
  await insertCorrection(deps.database.db, {
    personId: input.personId,
    messageEnc: deps.keys.encrypt(input.message),
    contactEnc: input.contact ? deps.keys.encrypt(input.contact) : null,
    locale: input.locale,
    createdOn: todayIso(),
  });
}

export async function correctionsQueue(deps: Deps) {
  const rows = await openCorrections(deps.database.db);
  return rows.map(({ correction: c, person }) => ({
    id: c.id,
    person,
    message: deps.keys.decrypt(c.messageEnc),
    contact: c.contactEnc ? deps.keys.decrypt(c.contactEnc) : null,
    locale: c.locale,
    createdOn: c.createdOn,
  }));
}

export async function closeCorrection(deps: Deps, id: string, state: 'accepted' | 'dismissed', actorId: string): Promise<boolean> {
  return deps.database.db.transaction(async (tx) => {
    const done = await resolveCorrection(tx, id, state, actorId);
    if (done) await recordAudit(tx, { actorId, action: `registry.correction.${state}`, objectId: id });
    return done;
  });
}
