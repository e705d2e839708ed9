import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BadBlobKey, localBlobStore } from './blob-store.ts';

describe('the local blob store', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'solpost-blobs-'));
  const store = localBlobStore(root);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('keeps bytes under a key, gives them back, and forgets them when deleted', async () => {
    await store.put('photos/abc-123.jpg', Buffer.from('bytes'));
    expect((await store.get('photos/abc-123.jpg'))?.toString()).toBe('bytes');
    expect(fs.readdirSync(path.join(root, 'photos'))).toEqual(['abc-123.jpg']);
    await store.delete('photos/abc-123.jpg');
    expect(await store.get('photos/abc-123.jpg')).toBeNull();
    await store.delete('photos/abc-123.jpg');
  });

  it('refuses a key that could point outside its folder', async () => {
    for (const key of ['../secret.key', 'photos/../../x.jpg', '/etc/passwd', 'photos/a.jpg/', 'Photos/A.jpg']) {
      await expect(store.put(key, Buffer.from('x'))).rejects.toBeInstanceOf(BadBlobKey);
    }
    expect(fs.readdirSync(root)).toEqual(['photos']);
  });
});
