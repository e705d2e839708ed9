// The only SQL about figures and sponsorships (invitations: invitations.repository.ts; public lists: public.repository.ts).
import { and, asc, desc, eq, inArray, like, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Conn } from '../../registry/registry.repository.ts';
import { people } from '../../registry/registry.tables.ts';
import type { FigureState, SponsorshipState } from '../solidarity.model.ts';
import { publicFigures, sponsorships } from './sponsorships.tables.ts';

export type FigureRow = typeof publicFigures.$inferSelect;
export type SponsorshipRow = typeof sponsorships.$inferSelect;

/** What every list of sponsored people needs of a person: their names in each script and their page. */
export const personColumns = {
  personSlug: people.slug,
  nameBe: people.nameBe,
  nameRu: people.nameRu,
  nameLatin: people.nameLatin,
  sortLatin: people.sortLatin,
};

export async function findFigureBySlug(db: Conn, slug: string): Promise<FigureRow | undefined> {
  const [row] = await db.select().from(publicFigures).where(eq(publicFigures.slug, slug));
  return row;
}

export async function findFigureById(db: Conn, id: string): Promise<FigureRow | undefined> {
  const [row] = await db.select().from(publicFigures).where(eq(publicFigures.id, id));
  return row;
}

export async function figureSlugsLike(db: Conn, base: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: publicFigures.slug })
    .from(publicFigures)
    .where(or(eq(publicFigures.slug, base), like(publicFigures.slug, `${base}-%`)));
  return new Set(rows.map((r) => r.slug));
}

export async function insertFigure(db: Conn, values: typeof publicFigures.$inferInsert): Promise<FigureRow> {
  const [row] = await db.insert(publicFigures).values(values).returning();
  return row;
}

/** Updates a figure and returns the photo it had, read under a row lock so two edits cannot both miss it. */
export async function updateFigure(db: Conn, id: string, values: Partial<typeof publicFigures.$inferInsert>): Promise<{ photoKey: string | null } | undefined> {
  const [before] = await db.select({ photoKey: publicFigures.photoKey }).from(publicFigures).where(eq(publicFigures.id, id)).for('update');
  if (!before) return undefined;
  await db.update(publicFigures).set(values).where(eq(publicFigures.id, id));
  return before;
}

/** Moves a figure from one state to another; false when it was no longer in the expected one. */
export async function moveFigure(db: Conn, id: string, from: FigureState, values: Partial<typeof publicFigures.$inferInsert> & { state: FigureState }): Promise<boolean> {
  const moved = await db.update(publicFigures).set(values).where(and(eq(publicFigures.id, id), eq(publicFigures.state, from))).returning({ id: publicFigures.id });
  return moved.length > 0;
}

/** Every figure for the coordinators' list, whatever its state, by name. */
export async function allFigures(db: Conn): Promise<FigureRow[]> {
  return db.select().from(publicFigures).orderBy(sql`${publicFigures.name} COLLATE "und-x-icu"`, asc(publicFigures.id));
}

/** Approved figures a sponsorship can be handed to. */
export async function approvedFigures(db: Conn): Promise<Pick<FigureRow, 'id' | 'slug' | 'name' | 'institution'>[]> {
  return db
    .select({ id: publicFigures.id, slug: publicFigures.slug, name: publicFigures.name, institution: publicFigures.institution })
    .from(publicFigures)
    .where(eq(publicFigures.state, 'approved'))
    .orderBy(sql`${publicFigures.name} COLLATE "und-x-icu"`, asc(publicFigures.id));
}

/** The state of the figure that shows this photo, if one does. */
export async function figureStateOfPhoto(db: Conn, key: string): Promise<FigureState | undefined> {
  const [row] = await db.select({ state: publicFigures.state }).from(publicFigures).where(eq(publicFigures.photoKey, key)).limit(1);
  return row?.state;
}

// Sponsorships

export async function findSponsorship(db: Conn, id: string): Promise<SponsorshipRow | undefined> {
  const [row] = await db.select().from(sponsorships).where(eq(sponsorships.id, id));
  return row;
}

export async function insertSponsorship(db: Conn, values: typeof sponsorships.$inferInsert): Promise<SponsorshipRow> {
  const [row] = await db.insert(sponsorships).values(values).returning();
  return row;
}

/**
 * Moves a sponsorship from one state to the next. The update names the expected state, so two coordinators
 * (or a retried request) cannot both end or hand over the same one: the second gets undefined.
 */
export async function moveSponsorship(
  db: Conn,
  id: string,
  from: SponsorshipState,
  values: Partial<typeof sponsorships.$inferInsert> & { state: SponsorshipState },
): Promise<SponsorshipRow | undefined> {
  const [row] = await db.update(sponsorships).set(values).where(and(eq(sponsorships.id, id), eq(sponsorships.state, from))).returning();
  return row;
}

export async function activeSponsorshipOf(db: Conn, figureId: string, personId: string): Promise<SponsorshipRow | undefined> {
  const [row] = await db
    .select()
    .from(sponsorships)
    .where(and(eq(sponsorships.figureId, figureId), eq(sponsorships.personId, personId), eq(sponsorships.state, 'active')))
    .limit(1);
  return row;
}

/** What every public list shows of a sponsorship itself. */
const sponsorshipColumns = {
  id: sponsorships.id,
  state: sponsorships.state,
  startedOn: sponsorships.startedOn,
  endedOn: sponsorships.endedOn,
  statement: sponsorships.statement,
  statementLocale: sponsorships.statementLocale,
};

const successor = alias(sponsorships, 'successor');
const successorFigure = alias(publicFigures, 'successor_figure');

/** A figure's sponsorships in the given states with the people, newest first; for ended ones, who took over. */
export async function sponsorshipsOfFigure(db: Conn, figureId: string, states: SponsorshipState[]) {
  return db
    .select({
      ...sponsorshipColumns,
      ...personColumns,
      successorName: successorFigure.name,
      successorSlug: successorFigure.slug,
    })
    .from(sponsorships)
    .innerJoin(people, eq(people.id, sponsorships.personId))
    .leftJoin(successor, and(eq(successor.predecessorId, sponsorships.id), inArray(successor.state, ['active', 'ended'])))
    .leftJoin(successorFigure, and(eq(successorFigure.id, successor.figureId), eq(successorFigure.state, 'approved')))
    .where(and(eq(sponsorships.figureId, figureId), inArray(sponsorships.state, states)))
    .orderBy(desc(sponsorships.startedOn), asc(sponsorships.id));
}
export type FigureSponsorship = Awaited<ReturnType<typeof sponsorshipsOfFigure>>[number];

/**
 * A person's public sponsorships (active and ended, of approved figures) with each figure, newest first;
 * for an ended one, the figure who took it over. One indexed query: the person page loads it every time.
 */
export async function publicSponsorshipsOfPerson(db: Conn, personId: string) {
  return db
    .select({
      ...sponsorshipColumns,
      figureSlug: publicFigures.slug,
      figureName: publicFigures.name,
      role: publicFigures.role,
      institution: publicFigures.institution,
      country: publicFigures.country,
      figureStatements: publicFigures.statements,
      successorName: successorFigure.name,
      successorSlug: successorFigure.slug,
    })
    .from(sponsorships)
    .innerJoin(publicFigures, eq(publicFigures.id, sponsorships.figureId))
    .leftJoin(successor, and(eq(successor.predecessorId, sponsorships.id), inArray(successor.state, ['active', 'ended'])))
    .leftJoin(successorFigure, and(eq(successorFigure.id, successor.figureId), eq(successorFigure.state, 'approved')))
    .where(and(eq(sponsorships.personId, personId), inArray(sponsorships.state, ['active', 'ended']), eq(publicFigures.state, 'approved')))
    .orderBy(desc(sponsorships.startedOn), asc(sponsorships.id));
}
export type PersonSponsorship = Awaited<ReturnType<typeof publicSponsorshipsOfPerson>>[number];
