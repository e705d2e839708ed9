// The only SQL of targets: the coordinators' list, saving and deleting, the postcode tables, and the open
// own-representative letter actions "find your representative" links to (read only, from core's tables).
import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { campaigns, campaignTargets, campaignTexts } from '../core/campaigns.tables.ts';
import { actionDeliveries, actionLetters } from '../actions/actions.tables.ts';
import type { TargetKind } from '../campaigns.model.ts';
import type { TargetInput } from './targets.model.ts';
import { postcodeConstituencies, targets, type TargetRow } from './targets.tables.ts';

export type Conn = Pick<Db, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

export interface TargetFilter {
  country?: string;
  kind?: TargetKind;
}

function filterWhere(f: TargetFilter): SQL | undefined {
  return and(f.country ? eq(targets.country, f.country) : undefined, f.kind ? eq(targets.kind, f.kind) : undefined);
}

/** One page of targets, by country, kind and name, with the number matching the filter. */
export async function listTargets(db: Conn, f: TargetFilter, page: number, pageSize: number): Promise<{ rows: TargetRow[]; total: number }> {
  const where = filterWhere(f);
  const [rows, [{ n }]] = await Promise.all([
    db
      .select()
      .from(targets)
      .where(where)
      .orderBy(asc(targets.country), asc(targets.kind), sql`${targets.name} COLLATE "und-x-icu"`, asc(targets.ref))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(targets).where(where),
  ]);
  return { rows, total: n };
}

/** How many targets each country and kind has: the filter's options show them. */
export async function targetCounts(db: Conn): Promise<{ country: string; kind: TargetKind; n: number }[]> {
  return db.select({ country: targets.country, kind: targets.kind, n: count() }).from(targets).groupBy(targets.country, targets.kind);
}

export async function findTargetById(db: Conn, id: string): Promise<TargetRow | undefined> {
  const [row] = await db.select().from(targets).where(eq(targets.id, id));
  return row;
}

export async function findTargetByRef(db: Conn, ref: string): Promise<TargetRow | undefined> {
  const [row] = await db.select().from(targets).where(eq(targets.ref, ref));
  return row;
}

/** Every target by its ref (an import compares each row with what is stored). */
export async function targetsByRef(db: Conn): Promise<Map<string, TargetRow>> {
  return new Map((await db.select().from(targets)).map((t) => [t.ref, t]));
}

const columnsOf = (t: TargetInput) => ({
  ref: t.ref,
  kind: t.kind,
  name: t.name,
  role: t.role,
  country: t.country,
  party: t.party,
  constituency: t.constituency,
  email: t.email,
  postalAddress: t.postalAddress,
  salutations: t.salutations,
});

export async function insertTarget(db: Conn, t: TargetInput, today: string): Promise<TargetRow> {
  const [row] = await db.insert(targets).values({ ...columnsOf(t), createdOn: today, updatedOn: today }).returning();
  return row;
}

export async function updateTarget(db: Conn, id: string, t: TargetInput, today: string): Promise<void> {
  await db.update(targets).set({ ...columnsOf(t), updatedOn: today }).where(eq(targets.id, id));
}

/** The row locked until the transaction ends: a campaign cannot start using it while it is being deleted. */
export async function lockTarget(db: Conn, id: string): Promise<TargetRow | undefined> {
  const [row] = await db.select().from(targets).where(eq(targets.id, id)).for('update');
  return row;
}

/** Campaigns that address this target, have letters to it, or letters waiting to be confirmed for it. */
export async function campaignsUsingTarget(db: Conn, id: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(DISTINCT u.campaign_id)::int` })
    .from(
      sql`(SELECT ${campaignTargets.campaignId} AS campaign_id FROM ${campaignTargets} WHERE ${campaignTargets.targetId} = ${id}
           UNION SELECT ${actionDeliveries.campaignId} FROM ${actionDeliveries} WHERE ${actionDeliveries.targetId} = ${id}
           UNION SELECT ${actionLetters.campaignId} FROM ${actionLetters} WHERE ${actionLetters.targetIds} @> ${JSON.stringify([id])}::jsonb) AS u`,
    );
  return n;
}

export async function deleteTargetRow(db: Conn, id: string): Promise<void> {
  await db.delete(targets).where(eq(targets.id, id));
}

/** Countries with a postcode table, and how many postcodes each has. */
export async function postcodeCountries(db: Conn): Promise<{ country: string; postcodes: number }[]> {
  return db
    .select({ country: postcodeConstituencies.country, postcodes: sql<number>`count(DISTINCT ${postcodeConstituencies.postcode})::int` })
    .from(postcodeConstituencies)
    .groupBy(postcodeConstituencies.country)
    .orderBy(postcodeConstituencies.country);
}

/** A country's table as "postcode constituency" pairs (an import adds only what is new). */
export async function postcodePairs(db: Conn, country: string): Promise<Set<string>> {
  const rows = await db.select().from(postcodeConstituencies).where(eq(postcodeConstituencies.country, country));
  return new Set(rows.map((r) => pairKey(r.postcode, r.constituency)));
}

export const pairKey = (postcode: string, constituency: string) => `${postcode}\u0000${constituency}`;

export async function deletePostcodesOf(db: Conn, country: string): Promise<number> {
  const gone = await db.delete(postcodeConstituencies).where(eq(postcodeConstituencies.country, country)).returning({ postcode: postcodeConstituencies.postcode });
  return gone.length;
}

const BATCH = 5000;

/** Inserts rows in batches, each one JSON parameter: a national table has tens of thousands of rows. */
export async function insertPostcodes(db: Conn, country: string, rows: { postcode: string; constituency: string }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH).map((r) => ({ country, postcode: r.postcode, constituency: r.constituency }));
    await db.execute(
      sql`INSERT INTO postcode_constituencies (country, postcode, constituency) SELECT * FROM jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) AS x(country text, postcode text, constituency text)`,
    );
  }
}

/** Open letter actions that write to the supporter's own representative in this country, titled in `lang` (else the original). */
export async function openOwnRepresentativeActions(db: Conn, country: string, lang: string): Promise<{ slug: string; title: string }[]> {
  const rows = await db
    .select({ slug: campaigns.slug, lang: campaignTexts.lang, original: campaigns.originalLang, title: campaignTexts.title, openedOn: campaigns.openedOn })
    .from(campaigns)
    .innerJoin(campaignTexts, eq(campaignTexts.campaignId, campaigns.id))
    .where(and(eq(campaigns.kind, 'letter_action'), eq(campaigns.state, 'open'), eq(campaigns.addressing, 'own_representative'), eq(campaigns.representativeCountry, country)))
    .orderBy(sql`${campaigns.openedOn} DESC NULLS LAST`, asc(campaigns.slug));
  const bySlug = new Map<string, { slug: string; title: string }>();
  for (const r of rows) {
    if (r.lang === lang) bySlug.set(r.slug, { slug: r.slug, title: r.title });
    else if (r.lang === r.original && !bySlug.has(r.slug)) bySlug.set(r.slug, { slug: r.slug, title: r.title });
  }
  // Map keeps first-insertion order: the newest campaigns first.
  return [...bySlug.values()];
}
