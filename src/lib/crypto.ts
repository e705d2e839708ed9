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

export function createKeys(master: Buffer): Keys {
  const encKey = derive(master, 'field-encryption-v1');
  const lookupKey = derive(master, 'lookup-hash-v1');
  const macKey = derive(master, 'mac-v1');
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    decrypt(sealed) {
      if (!sealed.startsWith('v1.')) throw new Error('Unknown ciphertext version');
      const raw = Buffer.from(sealed.slice(3), 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    lookupHash: (value) => createHmac('sha256', lookupKey).update(value).digest('base64url'),
    mac: (value) => createHmac('sha256', macKey).update(value).digest('base64url'),
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
