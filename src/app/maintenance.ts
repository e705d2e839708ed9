import { and, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rateCounters } from '../db/infra.tables.ts';
import { accountTokens, sessions } from '../modules/accounts/accounts.tables.ts';
import { pruneSearchWords } from '../modules/registry/search/word-dictionary.ts';
import { expireUnconfirmedLetters } from '../modules/letters/letters.service.ts';
import { applyLetterRetention, type RetentionConfig } from '../modules/letters/retention/retention.service.ts';
import type { BlobStore } from '../lib/blob-store.ts';

/**
 * Deletes what has expired: sessions, used or expired link tokens, old rate-limit windows, letters never
 * confirmed (their sealed words and image), letters' words, images and writers' e-mails past their
 * retention; and search words no name uses any more. Holding less is
 * safer; nothing here is needed once expired.
 */
export async function purgeExpired(db: Db, blobs: BlobStore, config: RetentionConfig): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
  await db.delete(accountTokens).where(or(lt(accountTokens.expiresAt, sql`now()`), and(isNotNull(accountTokens.usedAt), lt(accountTokens.usedAt, sql`now() - interval '1 day'`))));
  await db.delete(rateCounters).where(lt(rateCounters.windowStart, sql`now() - interval '1 day'`));
  await expireUnconfirmedLetters(db, blobs);
  await applyLetterRetention(db, blobs, config);
  await pruneSearchWords(db);
}

/** Runs the purge now and then hourly until stopped. */
export function schedulePurge(db: Db, blobs: BlobStore, config: RetentionConfig, onError: (err: unknown) => void): () => void {
  const run = () => purgeExpired(db, blobs, config).catch(onError);
  void run();
  const timer = setInterval(run, 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
