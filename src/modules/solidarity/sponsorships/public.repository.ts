// What the public sponsorship pages read: approved figures with the people they sponsor now, the counts,
// and the people held who have no sponsor. Proposed and refused rows never leave this file.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import { people } from '../../registry/registry.tables.ts';
import { personColumns, type FigureRow } from './sponsorships.repository.ts';
import { publicFigures, sponsorships } from './sponsorships.tables.ts';

export interface SponsoredPerson {
  personSlug: string;
  nameBe: string | null;
  nameRu: string | null;
  nameLatin: string | null;
  sortLatin: string;
}
export type PublicFigure = Pick<FigureRow, 'id' | 'slug' | 'name' | 'role' | 'institution' | 'country'> & { people: SponsoredPerson[] };

/** Approved figures (of one country, if given), each with the people they sponsor now. */
export async function approvedFiguresWithPeople(db: Conn, filter: { country?: string } = {}): Promise<PublicFigure[]> {
  const where = filter.country ? and(eq(publicFigures.state, 'approved'), eq(publicFigures.country, filter.country)) : eq(publicFigures.state, 'approved');
  const rows = await db
    .select({
      id: publicFigures.id,
      slug: publicFigures.slug,
      name: publicFigures.name,
      role: publicFigures.role,
      institution: publicFigures.institution,
      country: publicFigures.country,
      personSlug: people.slug,
      nameBe: people.nameBe,
      nameRu: people.nameRu,
      nameLatin: people.nameLatin,
      sortLatin: people.sortLatin,
    })
    .from(publicFigures)
    .leftJoin(sponsorships, and(eq(sponsorships.figureId, publicFigures.id), eq(sponsorships.state, 'active')))
    .leftJoin(people, eq(people.id, sponsorships.personId))
    .where(where)
    .orderBy(sql`${publicFigures.name} COLLATE "und-x-icu"`, asc(publicFigures.id), sql`${people.sortLatin} COLLATE "und-x-icu"`);
  const byId = new Map<string, PublicFigure>();
  for (const r of rows) {
    let figure = byId.get(r.id);
    if (!figure) byId.set(r.id, (figure = { id: r.id, slug: r.slug, name: r.name, role: r.role, institution: r.institution, country: r.country, people: [] }));
    if (r.personSlug) figure.people.push({ personSlug: r.personSlug, nameBe: r.nameBe, nameRu: r.nameRu, nameLatin: r.nameLatin, sortLatin: r.sortLatin! });
  }
  return [...byId.values()];
}

export interface SponsorshipCounts {
  figures: number;
  sponsored: number;
  unsponsored: number;
}

/** How many figures are public, how many people have a sponsor now, and how many people held have none. */
export async function sponsorshipCounts(db: Conn): Promise<SponsorshipCounts> {
  const active = sql`SELECT s.person_id, s.figure_id FROM sponsorships s JOIN public_figures f ON f.id = s.figure_id AND f.state = 'approved' WHERE s.state = 'active'`;
  const result = (await db.execute(sql`
    SELECT (SELECT count(*) FROM public_figures WHERE state = 'approved')::int AS figures,
           (SELECT count(DISTINCT person_id) FROM (${active}) a)::int AS sponsored,
           (SELECT count(*) FROM people p WHERE p.status = 'current' AND NOT EXISTS (SELECT 1 FROM (${active}) a WHERE a.person_id = p.id))::int AS unsponsored`)) as unknown as {
    rows: Record<string, unknown>[];
  };
  const r = result.rows[0];
  return { figures: Number(r.figures), sponsored: Number(r.sponsored), unsponsored: Number(r.unsponsored) };
}

/** The name a language reads, in the order its readers expect (as the registry's directory sorts). */
function nameOrder(lang: string): SQL {
  if (lang === 'be') return sql`coalesce(${people.nameBe}, ${people.nameRu}, ${people.sortLatin}) COLLATE "und-x-icu"`;
  if (lang === 'ru' || lang === 'uk') return sql`coalesce(${people.nameRu}, ${people.nameBe}, ${people.sortLatin}) COLLATE "und-x-icu"`;
  return sql`${people.sortLatin} COLLATE "und-x-icu"`;
}

/** Held now, and no approved figure sponsors them: a sponsorship by a figure still proposed does not count. */
const noActiveSponsor = sql`NOT EXISTS (
  SELECT 1 FROM sponsorships s JOIN public_figures f ON f.id = s.figure_id AND f.state = 'approved'
  WHERE s.person_id = ${people.id} AND s.state = 'active')`;

/** One page of the people held who have no sponsor, by name in the reader's language, and how many there are. */
export async function unsponsoredPeople(db: Conn, q: { lang: string; limit: number; offset: number }): Promise<{ items: SponsoredPerson[]; total: number }> {
  const where = and(eq(people.status, 'current'), noActiveSponsor);
  const [items, [{ n }]] = await Promise.all([
    db
      .select(personColumns)
      .from(people)
      .where(where)
      .orderBy(nameOrder(q.lang), asc(people.id))
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(people).where(where),
  ]);
  return { items, total: Number(n) };
}

/** Everyone held now, by name in the reader's language: the choice a public figure makes on the proposal form. */
export async function currentPeople(db: Conn, lang: string): Promise<SponsoredPerson[]> {
  return db.select(personColumns).from(people).where(eq(people.status, 'current')).orderBy(nameOrder(lang), asc(people.id));
}
