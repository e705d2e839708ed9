import type { Deps } from '../../../app/context.ts';
import { expireCosigners } from './cosign.service.ts';
import { expireSignatures } from './signatures.service.ts';

/**
 * Periodic work of signatures: signatures and co-signatures never confirmed within CONFIRM_HOURS are
 * deleted (they were never counted). Idempotent: a second run at the same moment finds nothing more.
 */
export async function signaturesMaintenance(deps: Deps, now: Date): Promise<void> {
  await expireSignatures(deps, now);
  await expireCosigners(deps, now);
}
