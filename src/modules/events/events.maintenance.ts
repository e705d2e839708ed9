import type { Deps } from '../../app/context.ts';

/** Periodic work of events (reminders, expiring unconfirmed answers); idempotent. */
export async function eventsMaintenance(_deps: Deps, _now: Date): Promise<void> {}
