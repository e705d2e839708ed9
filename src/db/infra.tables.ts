import { bigserial, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Fixed-window counters for rate limits keyed by account, target address or a global budget, never by IP. */
export const rateCounters = pgTable(
  'rate_counters',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

/** Append-only (enforced by a trigger in the migration): who did what to which record, never from where. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    objectId: text('object_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_object_idx').on(t.objectId)],
);

/** One row per Message-ID handed to the mail transport: a retried job sees it and does not send again. */
export const sentMessages = pgTable('sent_messages', {
  messageId: text('message_id').primaryKey(),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Development outbox: messages that would have gone to SMTP. Fields are encrypted like any contact data. */
export const devOutbox = pgTable('dev_outbox', {
  messageId: text('message_id').primaryKey(),
  toEnc: text('to_enc').notNull(),
  subject: text('subject').notNull(),
  bodyEnc: text('body_enc').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
