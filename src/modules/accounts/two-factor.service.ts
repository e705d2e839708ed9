import { randomBytes } from 'node:crypto';
import { authenticator } from 'otplib';
import type { Deps } from '../../app/context.ts';
import { enforce, LIMITS } from '../../app/rate-limit.ts';
import { hashToken } from '../../lib/crypto.ts';
import { claimTotpStep, findUserById, replaceRecoveryCodes, updateUser, useRecoveryCode } from './accounts.repository.ts';

authenticator.options = { window: 1, step: 30, digits: 6 };
const ISSUER = 'Solidarity Post';
// Deliberately no e-mail in the authenticator entry: a seized phone should not name the account.
const ACCOUNT_LABEL = 'account';
const OFFER_TTL_MS = 15 * 60 * 1000;

export interface EnrolmentOffer {
  secret: string;
  sealed: string;
  qrSvg: string;
}

/**
 * A new secret for the enrolment form. It is not stored until a code proves the app has it:
 * it travels in the form, sealed to this user, so showing the page changes nothing.
 */
export async function enrolmentOffer(deps: Deps, userId: string): Promise<EnrolmentOffer> {
  const secret = authenticator.generateSecret(20);
  const sealed = deps.keys.encrypt(JSON.stringify({ secret, userId, exp: Date.now() + OFFER_TTL_MS }));
  return { secret, sealed, qrSvg: await qrSvgFor(secret) };
}

/** The otpauth URI as an SVG QR code, drawn here: no third-party QR service ever sees the secret. */
export async function qrSvgFor(secret: string): Promise<string> {
  const { default: QRCode } = await import('qrcode'); // only enrolment needs it
  return QRCode.toString(authenticator.keyuri(ACCOUNT_LABEL, ISSUER, secret), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}

export function reopenOffer(deps: Deps, userId: string, sealed: string): string | null {
  try {
    const offer = JSON.parse(deps.keys.decrypt(sealed));
    return offer.userId === userId && offer.exp > Date.now() ? String(offer.secret) : null;
  } catch {
    return null;
  }
}

function matchingStep(code: string, secret: string): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = authenticator.checkDelta(code, secret);
  return delta === null ? null : Math.floor(Date.now() / 30000) + delta;
}

function newRecoveryCodes(): string[] {
  return Array.from({ length: 10 }, () => randomBytes(5).toString('hex'));
}

/** Checks the first code, turns TOTP on and returns recovery codes to show once. */
export async function completeEnrolment(deps: Deps, userId: string, secret: string, code: string): Promise<string[] | null> {
  await enforce(deps.database.db, [[LIMITS.codePerAccount, userId]]);
  const step = matchingStep(code, secret);
  if (step === null) return null;
  const codes = newRecoveryCodes();
  await deps.database.db.transaction(async (tx) => {
    await updateUser(tx, userId, { totpSecretEnc: deps.keys.encrypt(secret), totpEnabledAt: new Date(), totpLastStep: step });
    await replaceRecoveryCodes(tx, userId, codes.map(hashToken));
  });
  return codes;
}

/** A TOTP code (each time step accepted once: replays are refused) or an unused recovery code. */
export async function verifySecondFactor(deps: Deps, userId: string, code: string): Promise<boolean> {
  const db = deps.database.db;
  await enforce(db, [[LIMITS.codePerAccount, userId]]);
  const user = await findUserById(db, userId);
  if (!user?.totpSecretEnc) return false;
  if (/^\d{6}$/.test(code)) {
    const step = matchingStep(code, deps.keys.decrypt(user.totpSecretEnc));
    return step !== null && (await claimTotpStep(db, userId, step));
  }
  return useRecoveryCode(db, userId, hashToken(code));
}
