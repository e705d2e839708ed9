// The only SQL of co-signing organisations.
import { and, asc, eq, lt } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import type { CosignerState } from '../campaigns.model.ts';
import { cosigners } from './signatures.tables.ts';

export type CosignerRow = typeof cosigners.$inferSelect;
export type ListedCosigner = Pick<CosignerRow, 'id' | 'name' | 'country' | 'website'>;

export async function findCosignerBySubmission(db: Conn, submissionId: string): Promise<CosignerRow | undefined> {
  const [row] = await db.select().from(cosigners).where(eq(cosigners.submissionId, submissionId));
  return row;
}

export async function insertCosignerOnce(db: Conn, values: typeof cosigners.$inferInsert): Promise<CosignerRow | undefined> {
  const [row] = await db.insert(cosigners).values(values).onConflictDoNothing({ target: cosigners.submissionId }).returning();
  return row;
}

export async function findCosignerByConfirmHash(db: Conn, hash: string): Promise<CosignerRow | undefined> {
  const [row] = await db.select().from(cosigners).where(eq(cosigners.confirmTokenHash, hash));
  return row;
}

/** unconfirmed → pending: the organisation's address answered; now a coordinator decides. */
export async function markCosignerConfirmed(db: Conn, id: string): Promise<boolean> {
  const rows = await db
    .update(cosigners)
    .set({ state: 'pending', confirmExpiresAt: null })
    .where(and(eq(cosigners.id, id), eq(cosigners.state, 'unconfirmed')))
    .returning({ id: cosigners.id });
  return rows.length > 0;
}

/**
 * pending → approved or refused, once (two coordinators, one decision). The contact person and address
 * go with the decision: the public list needs only the organisation's name, country and website.
 */
export async function decideCosigner(db: Conn, d: { id: string; campaignId: string; state: 'approved' | 'refused'; by: string | null; today: string }) {
  const rows = await db
    .update(cosigners)
    .set({ state: d.state, decidedOn: d.today, decidedBy: d.by, emailEnc: null, contactName: '' })
    .where(and(eq(cosigners.id, d.id), eq(cosigners.campaignId, d.campaignId), eq(cosigners.state, 'pending')))
    .returning({ id: cosigners.id });
  return rows.length > 0;
}

/** The organisations listed on the campaign page, by name (index cosigners_campaign_idx). */
export async function approvedCosigners(db: Conn, campaignId: string, limit: number): Promise<ListedCosigner[]> {
  return db
    .select({ id: cosigners.id, name: cosigners.name, country: cosigners.country, website: cosigners.website })
    .from(cosigners)
    .where(and(eq(cosigners.campaignId, campaignId), eq(cosigners.state, 'approved')))
    .orderBy(asc(cosigners.name), asc(cosigners.id))
    .limit(limit);
}

/** The coordinators' view: one state's organisations, oldest first. */
export async function cosignersInState(db: Conn, campaignId: string, state: CosignerState, limit = 500): Promise<CosignerRow[]> {
  return db
    .select()
    .from(cosigners)
    .where(and(eq(cosigners.campaignId, campaignId), eq(cosigners.state, state)))
    .orderBy(asc(cosigners.createdOn), asc(cosigners.id))
    .limit(limit);
}

export async function deleteExpiredCosigners(db: Conn, now: Date): Promise<number> {
  const rows = await db
    .delete(cosigners)
    .where(and(eq(cosigners.state, 'unconfirmed'), lt(cosigners.confirmExpiresAt, now)))
    .returning({ id: cosigners.id });
  return rows.length;
}
