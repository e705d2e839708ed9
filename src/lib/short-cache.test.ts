import { describe, expect, it } from 'vitest';
import { cachePerOwner, shortCache } from './short-cache.ts';

function counter(values: string[]) {
  let calls = 0;
  return { load: async () => values[calls++] ?? 'more', calls: () => calls };
}

describe('short cache', () => {
  it('answers requests arriving together and after them with one read', async () => {
    const cache = shortCache<string>({ ttlMs: 60_000, maxKeys: 10 });
    const source = counter(['a']);
    const answers = await Promise.all([cache.read('k', source.load), cache.read('k', source.load)]);
    expect(answers).toEqual(['a', 'a']);
    expect(await cache.read('k', source.load)).toBe('a');
    expect(source.calls()).toBe(1);
  });

  it('forgets everything on a change, and never keeps a read that a change overtook', async () => {
    const cache = shortCache<string>({ ttlMs: 60_000, maxKeys: 10 });
    const source = counter(['old', 'during', 'new']);
    await cache.read('k', source.load);
    cache.changed();
    const during = cache.read('k', source.load);
    cache.changed();
    expect(await during).toBe('during');
    expect(await cache.read('k', source.load)).toBe('new');
    expect(source.calls()).toBe(3);
  });

  it('keeps only what `keep` allows, and nothing past its time or its size', async () => {
    const cache = shortCache<string>({ ttlMs: 60_000, maxKeys: 1 });
    const source = counter(['pending', 'approved', 'other', 'approved again']);
    const approved = (v: string) => v.startsWith('approved');
    expect(await cache.read('k', source.load, approved)).toBe('pending');
    expect(await cache.read('k', source.load, approved)).toBe('approved');
    expect(await cache.read('k', source.load, approved)).toBe('approved');
    await cache.read('other key', source.load);
    expect(await cache.read('k', source.load, approved)).toBe('approved again');
    const expired = shortCache<string>({ ttlMs: -1, maxKeys: 10 });
    const second = counter(['x', 'y']);
    await expired.read('k', second.load);
    expect(await expired.read('k', second.load)).toBe('y');
  });

  it('keeps one cache per owner', () => {
    const of = cachePerOwner(() => ({}));
    const a = {};
    expect(of(a)).toBe(of(a));
    expect(of(a)).not.toBe(of({}));
  });
});
