import { describe, expect, it } from 'vitest';
import { createKeys, hashToken, newToken } from './crypto.ts';

const keys = createKeys(Buffer.alloc(32, 7));

describe('field encryption', () => {
  it('round-trips text and never repeats a ciphertext', () => {
    const a = keys.encrypt('Иванову Ивану Ивановичу');
    const b = keys.encrypt('Иванову Ивану Ивановичу');
    expect(a).not.toEqual(b);
    expect(a).not.toContain('Иван');
    expect(keys.decrypt(a)).toBe('Иванову Ивану Ивановичу');
  });

  it('refuses tampered ciphertext', () => {
    const sealed = keys.encrypt('secret');
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(() => keys.decrypt(tampered)).toThrow();
  });

  it('cannot be read with another master key', () => {
    const other = createKeys(Buffer.alloc(32, 8));
    expect(() => other.decrypt(keys.encrypt('secret'))).toThrow();
  });

  it('seals a record with its own data key, readable only through the wrapped key and the master key', () => {
    const { key, wrapped } = keys.newDataKey();
    const text = key.encrypt('Дарагі Андрэй');
    const file = key.encryptBytes(Buffer.from('JPEG bytes'));
    expect(file.includes(Buffer.from('JPEG'))).toBe(false);
    const again = keys.unwrapDataKey(wrapped);
    expect(again.decrypt(text)).toBe('Дарагі Андрэй');
    expect(again.decryptBytes(file).toString()).toBe('JPEG bytes');
    expect(() => createKeys(Buffer.alloc(32, 8)).unwrapDataKey(wrapped)).toThrow();
    expect(() => keys.newDataKey().key.decrypt(text)).toThrow();
  });

  it('derives stable lookup hashes that differ per key', () => {
    expect(keys.lookupHash('a@example.org')).toBe(keys.lookupHash('a@example.org'));
    expect(createKeys(Buffer.alloc(32, 9)).lookupHash('a@example.org')).not.toBe(keys.lookupHash('a@example.org'));
  });

  it('makes unguessable tokens stored only as hashes', () => {
    const t = newToken();
    expect(t.length).toBeGreaterThanOrEqual(43);
    expect(hashToken(t)).not.toContain(t);
  });
});
