// The coordinators' changes to targets, one transaction each, recorded in the audit log (who changed which
// target; targets are public office holders, but a changed e-mail address redirects a campaign's letters).
import type { Db } from '../../../db/client.ts';
import type { FieldErrors } from '../../../lib/forms.ts';
import { recordAudit } from '../../audit/audit.repository.ts';
import { todayIso } from '../../registry/registry.present.ts';
import type { TargetInput } from './targets.model.ts';
import { campaignsUsingTarget, deleteTargetRow, findTargetByRef, insertTarget, lockTarget, updateTarget } from './targets.repository.ts';
import type { TargetRow } from './targets.tables.ts';

export type SaveResult = { ok: true; id: string } | { ok: false; errors: FieldErrors };

/** Creates a target, or changes `existing`; a ref another target has is refused on the form. */
export async function saveTarget(db: Db, actorId: string | null, existing: TargetRow | undefined, input: TargetInput): Promise<SaveResult> {
  return db.transaction(async (tx) => {
    const holder = await findTargetByRef(tx, input.ref);
    if (holder && holder.id !== existing?.id) return { ok: false, errors: { ref: 'targets.form.refTaken' } };
    if (existing) {
      await updateTarget(tx, existing.id, input, todayIso());
      await recordAudit(tx, { actorId, action: 'targets.update', objectId: existing.id });
      return { ok: true, id: existing.id };
    }
    const row = await insertTarget(tx, input, todayIso());
    await recordAudit(tx, { actorId, action: 'targets.create', objectId: row.id });
    return { ok: true, id: row.id };
  });
}

export type DeleteResult = { outcome: 'deleted' | 'not_found' } | { outcome: 'in_use'; campaigns: number };

/**
 * Deletes a target no campaign uses. The row is locked first, so a campaign adding it meanwhile waits for
 * this transaction and then fails on the missing row, rather than losing its target silently.
 */
export async function deleteTarget(db: Db, actorId: string | null, id: string): Promise<DeleteResult> {
  return db.transaction(async (tx) => {
    const target = await lockTarget(tx, id);
    if (!target) return { outcome: 'not_found' };
    const campaigns = await campaignsUsingTarget(tx, id);
    if (campaigns > 0) return { outcome: 'in_use', campaigns };
    await deleteTargetRow(tx, id);
    await recordAudit(tx, { actorId, action: 'targets.delete', objectId: id });
    return { outcome: 'deleted' };
  });
}
