import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Keys derived from one master secret that never lives in the database,
 * so a database dump alone reveals no encrypted field and no token.
 */
export interface Keys {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** Deterministic keyed hash: lets us look up an e-mail without storing it in clear. */
  lookupHash(value: string): string;
  /** MAC for short-lived values (CSRF tokens, message ids). */
  mac(value: string): string;
  /**
   * Envelope encryption: a fresh data key per record, stored only wrapped by a key derived from
   * the master secret. Dropping the wrapped key makes every copy of the record unreadable.
   */
  newDataKey(): { key: DataKey; wrapped: string };
  unwrapDataKey(wrapped: string): DataKey;
}

/** A record's own key: seals its text fields and its files. */
export interface DataKey {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  encryptBytes(plain: Buffer): Buffer;
  decryptBytes(sealed: Buffer): Buffer;
}

export function loadMasterKey(opts: { secretKey?: string; keyFile: string; allowGenerate: boolean }): Buffer {
  if (opts.secretKey) return Buffer.from(opts.secretKey, 'utf8');
  if (fs.existsSync(opts.keyFile)) return Buffer.from(fs.readFileSync(opts.keyFile, 'utf8').trim(), 'base64');
  if (!opts.allowGenerate) throw new Error(`No secret key: set SECRET_KEY or create ${opts.keyFile}`);
  fs.mkdirSync(path.dirname(opts.keyFile), { recursive: true });
  const key = randomBytes(32);
  fs.writeFileSync(opts.keyFile, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}

function derive(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `solidarity-post:${purpose}`, 32));
}

// AES-256-GCM: 12-byte nonce, 16-byte tag, then the ciphertext.
function seal(key: Buffer, plain: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, raw: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
}

function textSealer(key: Buffer) {
  return {
    encrypt: (plain: string) => `v1.${seal(key, Buffer.from(plain, 'utf8')).toString('base64url')}`,
    decrypt(sealed: string) {
      if (!sealed.startsWith('v1.')) throw new Error('Unknown ciphertext version');
      return open(key, Buffer.from(sealed.slice(3), 'base64url')).toString('utf8');
    },
  };
}

function dataKey(key: Buffer): DataKey {
  return { ...textSealer(key), encryptBytes: (plain) => seal(key, plain), decryptBytes: (sealed) => open(key, sealed) };
}

export function createKeys(master: Buffer): Keys {
  const fields = textSealer(derive(master, 'field-encryption-v1'));
  const wrapping = textSealer(derive(master, 'key-wrapping-v1'));
  const lookupKey = derive(master, 'lookup-hash-v1');
  const macKey = derive(master, 'mac-v1');
  return {
    ...fields,
    lookupHash: (value) => createHmac('sha256', lookupKey).update(value).digest('base64url'),
    mac: (value) => createHmac('sha256', macKey).update(value).digest('base64url'),
    newDataKey() {
      const key = randomBytes(32);
      return { key: dataKey(key), wrapped: wrapping.encrypt(key.toString('base64')) };
    },
    unwrapDataKey: (wrapped) => dataKey(Buffer.from(wrapping.decrypt(wrapped), 'base64')),
  };
}

/** A random token for links and cookies; only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
