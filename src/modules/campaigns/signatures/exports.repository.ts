// The only SQL of partner exports: a request, a decision by someone else, one download.
import { and, desc, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import { campaignPartners } from '../core/campaigns.tables.ts';
import { partnerConsents, partnerExports, signatures } from './signatures.tables.ts';

export type PartnerExportRow = typeof partnerExports.$inferSelect;

export async function insertExportRequest(db: Conn, v: { partnerId: string; requestedBy: string | null; today: string }): Promise<PartnerExportRow> {
  const [row] = await db.insert(partnerExports).values({ partnerId: v.partnerId, state: 'requested', requestedBy: v.requestedBy, requestedOn: v.today }).returning();
  return row;
}

/** One export request, only if its partner belongs to this campaign. */
export async function findExport(db: Conn, campaignId: string, id: string): Promise<PartnerExportRow | undefined> {
  const [row] = await db
    .select({ e: partnerExports })
    .from(partnerExports)
    .innerJoin(campaignPartners, eq(campaignPartners.id, partnerExports.partnerId))
    .where(and(eq(partnerExports.id, id), eq(campaignPartners.campaignId, campaignId)));
  return row?.e;
}

export async function exportsOf(db: Conn, campaignId: string, limit = 100) {
  return db
    .select({ e: partnerExports, partnerName: campaignPartners.name })
    .from(partnerExports)
    .innerJoin(campaignPartners, eq(campaignPartners.id, partnerExports.partnerId))
    .where(eq(campaignPartners.campaignId, campaignId))
    .orderBy(desc(partnerExports.requestedOn), desc(partnerExports.id))
    .limit(limit);
}

/** requested → approved or refused, by someone other than the requester (the rule says so, and so does this WHERE). */
export async function decideExport(db: Conn, d: { id: string; state: 'approved' | 'refused'; by: string; today: string }): Promise<boolean> {
  const rows = await db
    .update(partnerExports)
    .set({ state: d.state, decidedBy: d.by, decidedOn: d.today })
    .where(and(eq(partnerExports.id, d.id), eq(partnerExports.state, 'requested'), or(sql`${partnerExports.requestedBy} is null`, ne(partnerExports.requestedBy, d.by))))
    .returning({ id: partnerExports.id });
  return rows.length > 0;
}

/** approved → downloaded, once, for the requester or the approver. */
export async function takeDownload(db: Conn, d: { id: string; by: string }): Promise<PartnerExportRow | undefined> {
  const [row] = await db
    .update(partnerExports)
    .set({ state: 'downloaded' })
    .where(and(eq(partnerExports.id, d.id), eq(partnerExports.state, 'approved'), or(eq(partnerExports.requestedBy, d.by), eq(partnerExports.decidedBy, d.by))))
    .returning();
  return row;
}

export async function setExportRows(db: Conn, id: string, rows: number): Promise<void> {
  await db.update(partnerExports).set({ rows }).where(eq(partnerExports.id, id));
}

const consenting = (partnerId: string) =>
  and(
    eq(partnerConsents.partnerId, partnerId),
    eq(partnerConsents.agreed, true),
    eq(signatures.state, 'confirmed'),
    // Secret signers cannot consent and keep no address; said twice so no slip ever puts one in a file.
    ne(signatures.visibility, 'secret'),
    isNotNull(signatures.emailEnc),
  );

/** The signers who agreed that this partner may contact them, with the words they agreed to. */
export async function consentingSigners(db: Conn, partnerId: string) {
  return db
    .select({
      visibility: signatures.visibility,
      name: signatures.name,
      nameEnc: signatures.nameEnc,
      emailEnc: signatures.emailEnc,
      place: signatures.place,
      consentText: partnerConsents.consentText,
      decidedOn: partnerConsents.decidedOn,
    })
    .from(partnerConsents)
    .innerJoin(signatures, eq(signatures.id, partnerConsents.signatureId))
    .where(consenting(partnerId))
    .orderBy(partnerConsents.decidedOn, signatures.id);
}

/** How many confirmed signers each partner may contact now. */
export async function consentCounts(db: Conn, partnerIds: string[]): Promise<Map<string, number>> {
  if (partnerIds.length === 0) return new Map();
  const rows = await db
    .select({ partnerId: partnerConsents.partnerId, n: sql<number>`count(*)::int` })
    .from(partnerConsents)
    .innerJoin(signatures, eq(signatures.id, partnerConsents.signatureId))
    .where(and(inArray(partnerConsents.partnerId, partnerIds), eq(partnerConsents.agreed, true), eq(signatures.state, 'confirmed'), ne(signatures.visibility, 'secret'), isNotNull(signatures.emailEnc)))
    .groupBy(partnerConsents.partnerId);
  return new Map(rows.map((r) => [r.partnerId, Number(r.n)]));
}
