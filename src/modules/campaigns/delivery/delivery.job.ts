import { z } from 'zod';
import type { Config } from '../../../app/config.ts';
import type { Db } from '../../../db/client.ts';
import type { JobSpec } from '../../../jobs/queue.ts';
import type { Keys } from '../../../lib/crypto.ts';
import type { MailTransport } from '../../../lib/mailer.ts';

/** Sends one delivery (one supporter's letter to one target) at its slot. */
export const DELIVERY_JOB: JobSpec<z.ZodObject<{ deliveryId: z.ZodString }>> = {
  name: 'campaigns.deliver',
  version: 1,
  input: z.object({ deliveryId: z.string().uuid() }),
};

/** STUB: the delivery feature writes the handler (idempotent: a delivery already sent is not sent again). */
export function deliveryHandler(_deps: { db: Db; keys: Keys; transport: MailTransport; config: Config }) {
  return async (_data: z.infer<typeof DELIVERY_JOB.input>, _meta: { jobId: string }) => {};
}
