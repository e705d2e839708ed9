// The only SQL about invitation links and the proposals they bring.
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import { people } from '../../registry/registry.tables.ts';
import { publicFigures, sponsorshipInvitations, sponsorships } from './sponsorships.tables.ts';

export type InvitationRow = typeof sponsorshipInvitations.$inferSelect;

export async function insertInvitation(db: Conn, values: typeof sponsorshipInvitations.$inferInsert): Promise<InvitationRow> {
  const [row] = await db.insert(sponsorshipInvitations).values(values).returning();
  return row;
}

/** Open and used invitations, newest first (revoked ones are deleted). */
export async function listInvitations(db: Conn): Promise<InvitationRow[]> {
  return db.select().from(sponsorshipInvitations).orderBy(desc(sponsorshipInvitations.createdOn), desc(sponsorshipInvitations.expiresAt));
}

/** Revoking deletes an unused invitation: its token then finds nothing. A used one stays, as the proposal's origin. */
export async function deleteUnusedInvitation(db: Conn, id: string): Promise<boolean> {
  const gone = await db
    .delete(sponsorshipInvitations)
    .where(and(eq(sponsorshipInvitations.id, id), isNull(sponsorshipInvitations.usedOn)))
    .returning({ id: sponsorshipInvitations.id });
  return gone.length > 0;
}

export async function findInvitationByHash(db: Conn, tokenHash: string): Promise<InvitationRow | undefined> {
  const [row] = await db.select().from(sponsorshipInvitations).where(eq(sponsorshipInvitations.tokenHash, tokenHash));
  return row;
}

/**
 * Marks an invitation used, only if it is still unused and unexpired: of two submits with one token,
 * the second finds nothing to mark (the row lock makes it wait for the first and then see it used).
 */
export async function useInvitation(db: Conn, id: string, today: string, now: Date): Promise<boolean> {
  const used = await db
    .update(sponsorshipInvitations)
    .set({ usedOn: today })
    .where(and(eq(sponsorshipInvitations.id, id), isNull(sponsorshipInvitations.usedOn), gt(sponsorshipInvitations.expiresAt, now)))
    .returning({ id: sponsorshipInvitations.id });
  return used.length > 0;
}

/** Proposals waiting for a coordinator: the figure (with its sealed contact), the person, the invitation's label. */
export async function pendingProposals(db: Conn) {
  return db
    .select({
      sponsorshipId: sponsorships.id,
      startedOn: sponsorships.startedOn,
      statement: sponsorships.statement,
      statementLocale: sponsorships.statementLocale,
      figureId: publicFigures.id,
      figureSlug: publicFigures.slug,
      name: publicFigures.name,
      role: publicFigures.role,
      institution: publicFigures.institution,
      country: publicFigures.country,
      photoKey: publicFigures.photoKey,
      contactEnc: publicFigures.contactEnc,
      createdOn: publicFigures.createdOn,
      personSlug: people.slug,
      nameBe: people.nameBe,
      nameRu: people.nameRu,
      nameLatin: people.nameLatin,
      sortLatin: people.sortLatin,
      label: sponsorshipInvitations.label,
    })
    .from(sponsorships)
    .innerJoin(publicFigures, eq(publicFigures.id, sponsorships.figureId))
    .innerJoin(people, eq(people.id, sponsorships.personId))
    .leftJoin(sponsorshipInvitations, eq(sponsorshipInvitations.id, sponsorships.invitationId))
    .where(and(eq(sponsorships.state, 'proposed'), eq(publicFigures.state, 'proposed')))
    .orderBy(publicFigures.createdOn, sql`${publicFigures.name} COLLATE "und-x-icu"`);
}
export type Proposal = Awaited<ReturnType<typeof pendingProposals>>[number];
