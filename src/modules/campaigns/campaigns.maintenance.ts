import type { Deps } from '../../app/context.ts';
import { eventsMaintenance } from '../events/events.maintenance.ts';
import { actionsMaintenance } from './actions/actions.maintenance.ts';
import { signaturesMaintenance } from './signatures/signatures.maintenance.ts';

/**
 * Periodic work of campaigns and events: "did they reply?" follow-ups, event reminders, expiring what was
 * never confirmed. Every step is idempotent, so a restart or a second run repeats nothing.
 */
export async function runCampaignsMaintenance(deps: Deps, now: Date = new Date()): Promise<void> {
  await actionsMaintenance(deps, now);
  await signaturesMaintenance(deps, now);
  await eventsMaintenance(deps, now);
}

/** Runs now and then every 15 minutes (event reminders are due at a time of day, not just on a date). */
export function scheduleCampaigns(deps: Deps, onError: (err: unknown) => void): () => void {
  const run = () => runCampaignsMaintenance(deps).catch(onError);
  void run();
  const timer = setInterval(run, 15 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
