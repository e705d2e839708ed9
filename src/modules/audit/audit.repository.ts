import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/infra.tables.ts';

/** Staff actions on personal data: who, what, which record, when. Never where from. */
export async function recordAudit(db: Pick<Db, 'insert'>, entry: { actorId: string | null; action: string; objectId?: string | null }) {
  await db.insert(auditLog).values({ actorId: entry.actorId, action: entry.action, objectId: entry.objectId ?? null });
}
