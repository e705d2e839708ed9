import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid, date } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  // The e-mail is stored encrypted; the keyed hash is what login looks it up by.
  emailHash: text('email_hash').notNull().unique(),
  emailEnc: text('email_enc').notNull(),
  passwordHash: text('password_hash').notNull(),
  locale: text('locale').notNull().default('en'),
  roles: text('roles').array().notNull().default([]),
  emailConfirmedAt: timestamp('email_confirmed_at', { withTimezone: true }),
  totpSecretEnc: text('totp_secret_enc'),
  totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
  // Last accepted TOTP time step: a code from this step or earlier is a replay.
  totpLastStep: integer('totp_last_step'),
  // Coarse and latest-only on purpose: no activity timeline per person.
  lastActiveOn: date('last_active_on'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);

export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    persistent: boolean('persistent').notNull().default(false),
    mfaVerified: boolean('mfa_verified').notNull().default(false),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const accountTokens = pgTable('account_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  purpose: text('purpose', { enum: ['confirm', 'reset'] }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});
