import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../accounts/accounts.tables.ts';
import { people } from '../../registry/registry.tables.ts';
import { FIGURE_STATES, SPONSORSHIP_STATES } from '../solidarity.model.ts';

/** A member of parliament or another public figure; public once approved. */
export const publicFigures = pgTable(
  'public_figures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    // The parliament or institution ("Bundestag", "European Parliament").
    institution: text('institution').notNull(),
    country: text('country').notNull(),
    photoKey: text('photo_key'),
    // Their statement per interface language: { en: "...", de: "..." }.
    statements: jsonb('statements').$type<Record<string, string>>().notNull().default({}),
    state: text('state', { enum: FIGURE_STATES }).notNull(),
    // How coordinators reach a figure who proposed through an invitation (sealed); never shown publicly.
    contactEnc: text('contact_enc'),
    createdOn: date('created_on').notNull(),
  },
  (t) => [index('public_figures_country_idx').on(t.country, t.institution)],
);

/** A figure's symbolic sponsorship of a person. A hand-over ends one and starts the next, which names it. */
export const sponsorships = pgTable(
  'sponsorships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    figureId: uuid('figure_id')
      .notNull()
      .references(() => publicFigures.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    state: text('state', { enum: SPONSORSHIP_STATES }).notNull(),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    statement: text('statement'),
    statementLocale: text('statement_locale'),
    // The sponsorship this one took over from.
    predecessorId: uuid('predecessor_id'),
    invitationId: uuid('invitation_id').references(() => sponsorshipInvitations.id, { onDelete: 'set null' }),
    createdOn: date('created_on').notNull(),
  },
  (t) => [index('sponsorships_person_idx').on(t.personId, t.state), index('sponsorships_figure_idx').on(t.figureId, t.state)],
);

/** A link a coordinator sends to a public figure; its token is only in the link (hash here). */
export const sponsorshipInvitations = pgTable('sponsorship_invitations', {
  id: uuid('id').primaryKey().defaultRandom(),
  tokenHash: text('token_hash').notNull().unique(),
  // Who it was meant for, as the coordinator wrote it ("MdB office Schmidt").
  label: text('label').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdOn: date('created_on').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedOn: date('used_on'),
});
