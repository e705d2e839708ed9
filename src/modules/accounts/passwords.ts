import argon2 from 'argon2';

/** OWASP's minimum for argon2id is m=19 MiB, t=2, p=1; we stay at or above it. Raise here, and logins rehash. */
export const PASSWORD_PARAMS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, PASSWORD_PARAMS);
}

// Verifying against this when no account exists makes a login for an unknown address
// cost the same time as one for a known address.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword('no such account: equal-time dummy');
    await argon2.verify(await dummyHash, password);
    return false;
  }
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

export function needsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, PASSWORD_PARAMS);
}
