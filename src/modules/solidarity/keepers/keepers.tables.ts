import { date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from '../../accounts/accounts.tables.ts';
import { people } from '../../registry/registry.tables.ts';
import { KEEPER_STATES } from '../solidarity.model.ts';

/**
 * A keeper looks after one person over months. The rows of a person are its history: who asked, who was
 * approved, when each ended, and to whom it was handed over.
 */
export const keepers = pgTable(
  'keepers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    state: text('state', { enum: KEEPER_STATES }).notNull(),
    // The name the volunteer chose to be shown by (to coordinators and the person's keepers); never their e-mail.
    pseudonym: text('pseudonym'),
    // What the volunteer tells the coordinator when asking (no contact details: they have an account).
    note: text('note'),
    requestedOn: date('requested_on').notNull(),
    startedOn: date('started_on'),
    endedOn: date('ended_on'),
    // The keeper row that took over from this one.
    handedOverTo: uuid('handed_over_to'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('keepers_person_idx').on(t.personId, t.state),
    index('keepers_user_idx').on(t.userId, t.state),
    // One open request or active keeping per volunteer and person.
    uniqueIndex('keepers_open_once_idx').on(t.personId, t.userId).where(sql`state in ('requested', 'active')`),
  ],
);
