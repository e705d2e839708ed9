// Files kept outside the database and the web root: person photos now, reply scans later. A local folder
// by default; an object store can stand behind the same three calls.
import fs from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

export interface BlobStore {
  /** Stores the bytes under the key, durably: when it resolves, the file survives a crash. */
  put(key: string, data: Buffer): Promise<void>;
  /** The bytes under the key, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the key; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** Keys are ours (random ids under a folder name), never a user's file name: nothing can point outside the folder. */
const KEY_RE = /^[a-z0-9]+(?:[/-][a-z0-9]+)*\.[a-z0-9]+$/;

export class BadBlobKey extends Error {}

function checkedKey(key: string): string {
  if (!KEY_RE.test(key)) throw new BadBlobKey(`bad blob key: ${JSON.stringify(key)}`);
  return key;
}

export function localBlobStore(root: string): BlobStore {
  const fileOf = (key: string) => path.join(root, ...checkedKey(key).split('/'));
  return {
    async put(key, data) {
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Written beside, flushed, then renamed: a crash leaves the old file or the new one, never half of one.
      const tmp = `${file}.${randomUUID()}.tmp`;
      const handle = await fs.open(tmp, 'w', 0o600);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(tmp, file);
      const dir = await fs.open(path.dirname(file), 'r');
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
    },
    async get(key) {
      try {
        return await fs.readFile(fileOf(key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    async delete(key) {
      await fs.rm(fileOf(key), { force: true });
    },
  };
}
