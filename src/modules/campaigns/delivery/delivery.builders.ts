import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/client.ts';
import type { Keys } from '../../../lib/crypto.ts';
import { actionLetters } from '../actions/actions.tables.ts';
import { todayIso } from '../../registry/registry.present.ts';

/**
 * A server letter already confirmed by its supporter, sealed as the actions feature seals it (field key),
 * for the delivery tests and the benchmark; scheduleDeliveries then makes its deliveries.
 */
export async function buildConfirmedLetter(
  db: Db,
  keys: Keys,
  o: { campaignId: string; targetIds: string[]; email: string; name?: string; subject?: string; body?: string; locale?: string },
) {
  const today = todayIso();
  const [row] = await db
    .insert(actionLetters)
    .values({
      submissionId: randomUUID(),
      campaignId: o.campaignId,
      mode: 'server',
      state: 'confirmed',
      locale: o.locale ?? 'en',
      supporterHash: keys.lookupHash(o.email),
      nameEnc: keys.encrypt(o.name ?? 'Anna Example'),
      emailEnc: keys.encrypt(o.email),
      subjectEnc: keys.encrypt(o.subject ?? 'Free {target_name}’s prisoner'),
      bodyEnc: keys.encrypt(o.body ?? '{salutation},\n\nplease act for Andrei Ivanou.\n\nAnna Example'),
      targetIds: o.targetIds,
      createdOn: today,
      confirmedOn: today,
    })
    .returning();
  return row;
}
