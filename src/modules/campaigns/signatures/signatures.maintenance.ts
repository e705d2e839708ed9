import type { Deps } from '../../../app/context.ts';

/** Periodic work of signatures; idempotent (a second run at the same moment does nothing more). */
export async function signaturesMaintenance(_deps: Deps, _now: Date): Promise<void> {}
