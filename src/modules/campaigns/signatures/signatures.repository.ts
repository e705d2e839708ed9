// The only SQL of signatures and partner consents.
import { and, asc, count, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import type { SignatureVisibility } from '../campaigns.model.ts';
import { campaignPartners, campaigns } from '../core/campaigns.tables.ts';
import { partnerConsents, signatures } from './signatures.tables.ts';

export type SignatureRow = typeof signatures.$inferSelect;
export type PartnerRow = typeof campaignPartners.$inferSelect;

export async function partnersOf(db: Conn, campaignId: string): Promise<PartnerRow[]> {
  return db.select().from(campaignPartners).where(eq(campaignPartners.campaignId, campaignId)).orderBy(asc(campaignPartners.name), asc(campaignPartners.id));
}

export async function findSignatureBySubmission(db: Conn, submissionId: string): Promise<SignatureRow | undefined> {
  const [row] = await db.select().from(signatures).where(eq(signatures.submissionId, submissionId));
  return row;
}

export async function findSignatureByDedupe(db: Conn, campaignId: string, dedupeHash: string): Promise<SignatureRow | undefined> {
  const [row] = await db.select().from(signatures).where(and(eq(signatures.campaignId, campaignId), eq(signatures.dedupeHash, dedupeHash)));
  return row;
}

export async function deleteUnconfirmed(db: Conn, id: string): Promise<void> {
  await db.delete(signatures).where(and(eq(signatures.id, id), eq(signatures.state, 'unconfirmed')));
}

/** Inserts unless this submission, or this address for this campaign, is already there (a parallel request). */
export async function insertSignatureOnce(db: Conn, values: typeof signatures.$inferInsert): Promise<SignatureRow | undefined> {
  const [row] = await db.insert(signatures).values(values).onConflictDoNothing().returning();
  return row;
}

export async function insertConsents(db: Conn, rows: (typeof partnerConsents.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(partnerConsents).values(rows);
}

export async function findSignatureByConfirmHash(db: Conn, hash: string): Promise<SignatureRow | undefined> {
  const [row] = await db.select().from(signatures).where(eq(signatures.confirmTokenHash, hash));
  return row;
}

export async function agreedToAnyPartner(db: Conn, signatureId: string): Promise<boolean> {
  const rows = await db
    .select({ id: partnerConsents.partnerId })
    .from(partnerConsents)
    .where(and(eq(partnerConsents.signatureId, signatureId), eq(partnerConsents.agreed, true)))
    .limit(1);
  return rows.length > 0;
}

/**
 * unconfirmed → confirmed, once (two clicks, one count): the counter moves only when this update changed
 * the row. The address goes unless some partner may still export it.
 */
export async function markConfirmed(db: Conn, s: { id: string; campaignId: string; keepEmail: boolean; today: string }): Promise<boolean> {
  const rows = await db
    .update(signatures)
    .set({ state: 'confirmed', confirmedOn: s.today, confirmExpiresAt: null, ...(s.keepEmail ? {} : { emailEnc: null }) })
    .where(and(eq(signatures.id, s.id), eq(signatures.state, 'unconfirmed')))
    .returning({ id: signatures.id });
  if (rows.length === 0) return false;
  await db
    .update(campaigns)
    .set({ signatureCount: sql`${campaigns.signatureCount} + 1` })
    .where(eq(campaigns.id, s.campaignId));
  return true;
}

export type PublicName = { id: string; name: string | null; place: string | null; confirmedOn: string | null };

/**
 * Confirmed public names, newest first, by keyset on (confirmedOn, id): the index signatures_public_idx
 * is read backwards from that point, so a page costs the same at 100 or 100,000 signatures.
 * One row more than asked says whether there is an older page.
 */
export async function publicNamesPage(db: Conn, campaignId: string, opts: { before?: { confirmedOn: string; id: string }; limit: number }) {
  const conditions = [eq(signatures.campaignId, campaignId), eq(signatures.state, 'confirmed'), eq(signatures.visibility, 'public')];
  if (opts.before) conditions.push(sql`(${signatures.confirmedOn}, ${signatures.id}) < (${opts.before.confirmedOn}::date, ${opts.before.id}::uuid)`);
  const rows: PublicName[] = await db
    .select({ id: signatures.id, name: signatures.name, place: signatures.place, confirmedOn: signatures.confirmedOn })
    .from(signatures)
    .where(and(...conditions))
    .orderBy(desc(signatures.confirmedOn), desc(signatures.id))
    .limit(opts.limit + 1);
  return { names: rows.slice(0, opts.limit), more: rows.length > opts.limit };
}

/** Confirmed signatures per visibility, for coordinators (an index-only count over the campaign's rows). */
export async function countsByVisibility(db: Conn, campaignId: string): Promise<Record<SignatureVisibility, number>> {
  const rows = await db
    .select({ visibility: signatures.visibility, n: count() })
    .from(signatures)
    .where(and(eq(signatures.campaignId, campaignId), eq(signatures.state, 'confirmed')))
    .groupBy(signatures.visibility);
  const counts = { public: 0, non_public: 0, secret: 0 };
  for (const r of rows) counts[r.visibility] = Number(r.n);
  return counts;
}

/** Public and non-public signers for coordinators, newest first, keyset-paged like the public list. Secret ones have no name to show. */
export async function namedSignersPage(db: Conn, campaignId: string, opts: { before?: { confirmedOn: string; id: string }; limit: number }) {
  const conditions = [eq(signatures.campaignId, campaignId), eq(signatures.state, 'confirmed'), inArray(signatures.visibility, ['public', 'non_public'])];
  if (opts.before) conditions.push(sql`(${signatures.confirmedOn}, ${signatures.id}) < (${opts.before.confirmedOn}::date, ${opts.before.id}::uuid)`);
  const rows = await db
    .select({ id: signatures.id, visibility: signatures.visibility, name: signatures.name, nameEnc: signatures.nameEnc, place: signatures.place, confirmedOn: signatures.confirmedOn })
    .from(signatures)
    .where(and(...conditions))
    .orderBy(desc(signatures.confirmedOn), desc(signatures.id))
    .limit(opts.limit + 1);
  return { rows: rows.slice(0, opts.limit), more: rows.length > opts.limit };
}

/** Unconfirmed signatures whose link has run out go, with their consents. */
export async function deleteExpiredSignatures(db: Conn, now: Date): Promise<number> {
  const rows = await db
    .delete(signatures)
    .where(and(eq(signatures.state, 'unconfirmed'), lt(signatures.confirmExpiresAt, now)))
    .returning({ id: signatures.id });
  return rows.length;
}
