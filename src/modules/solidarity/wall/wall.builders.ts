// Wall entries for tests, the benchmark and the demo: invented names and generated pictures (gradients
// made by sharp, never photos of anyone).
import { createHash, randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import sharp from 'sharp';
import type { Deps } from '../../../app/context.ts';
import type { Db } from '../../../db/client.ts';
import type { BlobStore } from '../../../lib/blob-store.ts';
import { hashToken, newToken, type Keys } from '../../../lib/crypto.ts';
import { todayIso } from '../../registry/registry.present.ts';
import { people } from '../../registry/registry.tables.ts';
import type { WallState } from '../solidarity.model.ts';
import { WALL_THUMB_SIDE } from './wall.model.ts';
import type { WallFiles } from './wall.repository.ts';
import { wallEntries } from './wall.tables.ts';

/** A diagonal gradient between two colours: a picture with no one in it. */
export async function gradientPicture(side: number, from: [number, number, number], to: [number, number, number]): Promise<Buffer> {
  const raw = Buffer.alloc(side * side * 3);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const f = (x + y) / (2 * (side - 1));
      for (let c = 0; c < 3; c++) raw[(y * side + x) * 3 + c] = Math.round(from[c] + (to[c] - from[c]) * f);
    }
  }
  return sharp(raw, { raw: { width: side, height: side, channels: 3 } }).jpeg({ quality: 80 }).toBuffer();
}

const colourOf = (seed: string): [number, number, number] => {
  const h = createHash('sha256').update(seed).digest();
  return [h[0], h[1], h[2]];
};

/** Stores a generated photo and thumbnail under the given (or new random) keys. */
export async function putPictures(blobs: BlobStore, seed: string, files: WallFiles = { photoKey: `wall/${randomHex()}.jpg`, thumbKey: `wall/${randomHex()}.jpg` }): Promise<WallFiles> {
  const [a, b] = [colourOf(`${seed}:a`), colourOf(`${seed}:b`)];
  await blobs.put(files.photoKey, await gradientPicture(600, a, b));
  await blobs.put(files.thumbKey, await gradientPicture(WALL_THUMB_SIDE, a, b));
  return files;
}

const randomHex = () => randomUUID().replace(/-/g, '');

export interface BuiltEntry {
  id: string;
  confirmToken: string;
  takedownToken: string;
  files: WallFiles;
}

/** The row of an entry with sensible defaults; tests and the benchmark insert it (files must exist first). */
export function wallEntryValues(opts: { files: WallFiles; state?: WallState; name?: string; statement?: string; personId?: string | null; approvedOn?: string; locale?: string }) {
  const confirmToken = newToken();
  const takedownToken = newToken();
  const state = opts.state ?? 'approved';
  const values: typeof wallEntries.$inferInsert = {
    submissionId: randomUUID(),
    name: opts.name ?? 'Test Supporter',
    statement: opts.statement ?? 'We stand by you.',
    locale: opts.locale ?? 'en',
    personId: opts.personId ?? null,
    ...opts.files,
    state,
    emailEnc: null,
    consentText: 'Consent given through a test builder.',
    confirmTokenHash: hashToken(confirmToken),
    confirmExpiresAt: new Date(Date.now() + 3600_000),
    takedownTokenHash: hashToken(takedownToken),
    createdOn: todayIso(),
    approvedOn: state === 'approved' ? (opts.approvedOn ?? todayIso()) : null,
  };
  return { values, confirmToken, takedownToken };
}

/** One entry with its own generated pictures. */
export async function buildWallEntry(db: Db, blobs: BlobStore, opts: Omit<Parameters<typeof wallEntryValues>[0], 'files'> & { files?: WallFiles } = {}): Promise<BuiltEntry> {
  const files = opts.files ?? (await putPictures(blobs, randomUUID()));
  const { values, confirmToken, takedownToken } = wallEntryValues({ ...opts, files });
  const [row] = await db.insert(wallEntries).values(values).returning({ id: wallEntries.id });
  return { id: row.id, confirmToken, takedownToken, files };
}

/** Invented supporters of the demo (never real people). */
const DEMO = [
  { name: 'Anna from Kraków', statement: 'Every letter counts. We have not forgotten you.', locale: 'en' },
  { name: 'Jonas', statement: 'Wir denken an dich, jeden Tag.', locale: 'de' },
  { name: 'Léa M.', statement: 'Tu n’es pas seul. On t’écrit bientôt !', locale: 'fr' },
  { name: 'Marta', statement: 'Trzymaj się! Czekamy na Ciebie.', locale: 'pl' },
  { name: 'Алесь', statement: 'Мы побач. Жыве!', locale: 'be' },
  { name: 'Sofía R.', statement: 'Desde Valencia, con todo nuestro cariño.', locale: 'es' },
  { name: 'Ірина', statement: 'Тримайся! Ми пам’ятаємо.', locale: 'uk' },
  { name: 'Ольга', statement: 'Думаем о тебе каждый день.', locale: 'ru' },
];

/** The demo's file keys are derived from their number, so the pictures can be made again if missing. */
const demoFiles = (i: number): WallFiles => {
  const h = createHash('sha256').update(`wall-demo-${i}`).digest('hex');
  return { photoKey: `wall/${h.slice(0, 32)}.jpg`, thumbKey: `wall/${h.slice(32, 64)}.jpg` };
};

/**
 * Invented demo data for wall (never real people), made by the same builders the tests use. The seed has
 * no blob store: the pictures are made by restoreDemoFiles, which the daily work runs at start-up.
 */
export async function seedWallDemo(db: Db, keys: Keys, blobs?: BlobStore): Promise<void> {
  void keys;
  const held = await db.select({ id: people.id }).from(people).where(eq(people.status, 'current')).orderBy(asc(people.slug)).limit(4);
  for (const [i, d] of DEMO.entries()) {
    const files = demoFiles(i);
    if (blobs) await putPictures(blobs, `demo-${i}`, files);
    const { values } = wallEntryValues({ ...d, files, personId: held.length > 0 ? held[i % held.length].id : null });
    await db.insert(wallEntries).values({ ...values, consentText: 'Demo entry: an invented supporter and a generated picture.' });
  }
}

/** Makes the demo entries' pictures that are missing (after a seed without a blob store). Cheap when none are. */
export async function restoreDemoFiles(deps: Pick<Deps, 'database' | 'blobs'>): Promise<void> {
  const wanted = DEMO.map((_, i) => demoFiles(i));
  const rows = await deps.database.db.select({ photoKey: wallEntries.photoKey }).from(wallEntries).where(inArray(wallEntries.photoKey, wanted.map((f) => f.photoKey)));
  const present = new Set(rows.map((r) => r.photoKey));
  for (const [i, files] of wanted.entries()) {
    if (!present.has(files.photoKey)) continue;
    if ((await deps.blobs.get(files.photoKey)) && (await deps.blobs.get(files.thumbKey))) continue;
    await putPictures(deps.blobs, `demo-${i}`, files);
  }
}
