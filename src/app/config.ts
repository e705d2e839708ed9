import path from 'node:path';
import { z } from 'zod';

// Every setting comes from the environment and is checked once, at start-up,
// so a typo fails loudly instead of running with a silent default.
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    SMTP_FROM: z.string().min(3).default('Solidarity Post <no-reply@solidarity-post.invalid>'),
    SECRET_KEY: z.string().min(32, 'SECRET_KEY must be at least 32 characters').optional(),
    SECRET_KEY_FILE: z.string().min(1).optional(),
    SEED_DEMO: z.enum(['auto', 'yes', 'no']).default('auto'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
    // The organisation's return address for letters whose writer gives none; lines separated by "|".
    LETTERS_RETURN_ADDRESS: z.string().max(500).optional(),
    // The site's hourly budget of letter confirmation e-mails, so the form cannot be used to flood mailboxes.
    LETTERS_CONFIRMATIONS_PER_HOUR: z.coerce.number().int().min(1).default(600),
    // Days after posting before a letter's words and images are deleted (unless the writer asked for an archive copy).
    LETTERS_RETENTION_DAYS: z.coerce.number().int().min(0).default(30),
    // Days after posting during which a reply can still reach the writer; then their e-mail address is deleted.
    LETTERS_REPLY_WINDOW_DAYS: z.coerce.number().int().min(1).default(180),
    // Days a writer's link to read a reply works.
    LETTERS_REPLY_LINK_DAYS: z.coerce.number().int().min(1).default(30),
    // A LibreTranslate-compatible service that pre-fills translators' drafts. Unset: nothing is sent anywhere.
    TRANSLATION_URL: z.url({ protocol: /^https?$/ }).optional(),
    TRANSLATION_API_KEY: z.string().min(1).optional(),
    // How many keepers may look after one person at the same time.
    KEEPERS_MAX_PER_PERSON: z.coerce.number().int().min(1).max(20).default(2),
    // The organisation's own page on sending money and parcels (shown where a need concerns money); unset: no link.
    MONEY_RULES_URL: z.url({ protocol: /^https?$/ }).optional(),
    // The hashtag share links carry (person pages, the wall).
    SHARE_HASHTAG: z.string().regex(/^#[\p{L}\p{N}_]{1,60}$/u, 'SHARE_HASHTAG must be one hashtag, like #WeStandBYyou').default('#WeStandBYyou'),
    // Letter actions sent by the platform: the organisation's address that gets a copy of every letter (unset: no copy).
    CAMPAIGNS_COPY_TO: z.email().optional(),
    // At most this many letters to one target in one hour, spread over the hour (drip delivery).
    CAMPAIGNS_TARGET_HOURLY_CAP: z.coerce.number().int().min(1).max(3600).default(20),
    // Letters to targets leave only between these hours ("8-18": from 08:00 to 17:59) in CAMPAIGNS_TIME_ZONE.
    CAMPAIGNS_SENDING_HOURS: z.string().regex(/^([01]?\d|2[0-3])-([01]?\d|2[0-4])$/, 'CAMPAIGNS_SENDING_HOURS must look like 8-18').default('8-18'),
    CAMPAIGNS_TIME_ZONE: z.string().refine(validTimeZone, 'CAMPAIGNS_TIME_ZONE must be an IANA time zone like Europe/Berlin').default('Europe/Berlin'),
    // Days after a letter is confirmed before the supporter is asked "did they reply?".
    CAMPAIGNS_FOLLOWUP_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    // The site's hourly budget of confirmation e-mails for campaign letters, signatures, co-signers and RSVPs.
    CAMPAIGNS_CONFIRMATIONS_PER_HOUR: z.coerce.number().int().min(1).default(600),
  })
  .superRefine((env, ctx) => {
    const hours = parseHours(env.CAMPAIGNS_SENDING_HOURS);
    if (hours.from >= hours.to) ctx.addIssue({ code: 'custom', path: ['CAMPAIGNS_SENDING_HOURS'], message: 'CAMPAIGNS_SENDING_HOURS must start before it ends, like 8-18' });
    if (env.NODE_ENV === 'production') {
      if (!env.SECRET_KEY && !env.SECRET_KEY_FILE)
        ctx.addIssue({ code: 'custom', path: ['SECRET_KEY'], message: 'SECRET_KEY or SECRET_KEY_FILE is required in production' });
      if (!env.PUBLIC_URL) ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'PUBLIC_URL is required in production' });
      if (!env.SMTP_URL) ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'SMTP_URL is required in production' });
    }
  });

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** "8-18" → { from: 8, to: 18 }; "0-24" is all day. */
function parseHours(hours: string): { from: number; to: number } {
  const [from, to] = hours.split('-').map(Number);
  return { from, to };
}

export type Config = ReturnType<typeof toConfig>;

function toConfig(env: z.infer<typeof envSchema>) {
  const dataDir = path.resolve(env.DATA_DIR);
  const publicUrl = (env.PUBLIC_URL ?? `http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${env.PORT}`).replace(/\/$/, '');
  return {
    env: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    port: env.PORT,
    host: env.HOST,
    publicUrl,
    secureCookies: publicUrl.startsWith('https:'),
    dataDir,
    databaseUrl: env.DATABASE_URL,
    smtpUrl: env.SMTP_URL,
    smtpFrom: env.SMTP_FROM,
    secretKey: env.SECRET_KEY,
    secretKeyFile: env.SECRET_KEY_FILE ?? path.join(dataDir, 'secret.key'),
    seedDemo: env.SEED_DEMO === 'auto' ? env.NODE_ENV === 'development' : env.SEED_DEMO === 'yes',
    logLevel: env.LOG_LEVEL,
    lettersConfirmationsPerHour: env.LETTERS_CONFIRMATIONS_PER_HOUR,
    lettersRetentionDays: env.LETTERS_RETENTION_DAYS,
    lettersReplyWindowDays: env.LETTERS_REPLY_WINDOW_DAYS,
    lettersReplyLinkDays: env.LETTERS_REPLY_LINK_DAYS,
    translationUrl: env.TRANSLATION_URL,
    translationApiKey: env.TRANSLATION_API_KEY,
    keepersMaxPerPerson: env.KEEPERS_MAX_PER_PERSON,
    moneyRulesUrl: env.MONEY_RULES_URL,
    shareHashtag: env.SHARE_HASHTAG,
    campaigns: {
      copyTo: env.CAMPAIGNS_COPY_TO,
      targetHourlyCap: env.CAMPAIGNS_TARGET_HOURLY_CAP,
      sendingHours: parseHours(env.CAMPAIGNS_SENDING_HOURS),
      timeZone: env.CAMPAIGNS_TIME_ZONE,
      followupDays: env.CAMPAIGNS_FOLLOWUP_DAYS,
      confirmationsPerHour: env.CAMPAIGNS_CONFIRMATIONS_PER_HOUR,
    },
    lettersReturnAddress: (env.LETTERS_RETURN_ADDRESS ?? '').split('|').map((l) => l.trim()).filter(Boolean),
  };
}

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError with one line per bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || 'environment'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return toConfig(parsed.data);
}
