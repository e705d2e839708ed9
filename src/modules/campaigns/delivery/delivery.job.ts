import { z } from 'zod';
import type { Config } from '../../../app/config.ts';
import type { Db } from '../../../db/client.ts';
import { derivedJobId, type JobHandler, type JobSpec } from '../../../jobs/queue.ts';
import type { Keys } from '../../../lib/crypto.ts';
import { SMTP_POOL_CONNECTIONS, type MailTransport, type OutgoingMessage } from '../../../lib/mailer.ts';
import { todayIso } from '../../registry/registry.present.ts';
import { letterForTarget } from '../actions/template.ts';
import { coalescing } from './coalesce.ts';
import { deliveriesToSend, recordDone, type DeliveryToSend, type DoneDelivery } from './delivery.repository.ts';

/**
 * Sends one delivery (one supporter's letter to one target) at its slot. Many small jobs: the worker fetches
 * them in batches (256 per fetch: fewer fetches of the job table) and sends as many at once as the SMTP pool
 * has connections (see JobSpec.batchSize).
 */
export const DELIVERY_JOB: JobSpec<z.ZodObject<{ deliveryId: z.ZodString }>> = {
  name: 'campaigns.deliver',
  version: 1,
  input: z.object({ deliveryId: z.string().uuid() }),
  batchSize: 256,
  concurrency: SMTP_POOL_CONNECTIONS,
};

/** The delivery's job id: one job per delivery, whoever schedules it and however often. */
export const deliveryJobId = (deliveryId: string) => derivedJobId(deliveryId, 'campaigns.deliver');

/**
 * Message-ID from the delivery (not the job, not the attempt): a re-send after a crash is the very same
 * message, which the target's mail system shows once. `<id.delivery@host>` so it can never equal an
 * e-mail job's `<jobId@host>`.
 */
export function deliveryMessageId(deliveryId: string, publicUrl: string): string {
  return `<${deliveryId}.delivery@${new URL(publicUrl).hostname || 'solidarity-post.invalid'}>`;
}

type DeliveryDeps = { db: Db; keys: Keys; transport: MailTransport; config: Config };

/** The message for one delivery: From the organisation, To the target, Reply-To the supporter, the organisation's copy per the campaign. */
export function deliveryMessage(
  deps: Pick<DeliveryDeps, 'keys' | 'config'>,
  d: DeliveryToSend & { targetEmail: string; subjectEnc: string; bodyEnc: string },
): OutgoingMessage {
  const { keys, config } = deps;
  const letter = letterForTarget({ subject: keys.decrypt(d.subjectEnc), body: keys.decrypt(d.bodyEnc) }, { name: d.targetName, salutations: d.salutations }, d.locale);
  const email = d.emailEnc ? keys.decrypt(d.emailEnc) : null;
  const name = d.nameEnc ? keys.decrypt(d.nameEnc) : '';
  const copyTo = config.campaigns.copyTo;
  return {
    messageId: deliveryMessageId(d.id, config.publicUrl),
    from: config.smtpFrom,
    to: d.targetEmail,
    ...(email ? { replyTo: name ? { name, address: email } : email } : {}),
    ...(copyTo && d.copyMode === 'cc' ? { cc: copyTo } : {}),
    ...(copyTo && d.copyMode === 'bcc' ? { bcc: copyTo } : {}),
    subject: letter.subject,
    text: letter.body,
  };
}


/**
 * Idempotent: a delivery already sent or cancelled, or whose letter is not confirmed, is left alone. The
 * record follows the SMTP server's acceptance at once (the only window in which a kill makes a re-send,
 * of the identical message); a retry after a kill before the record sends the same Message-ID again.
 * The worker runs several of these at once: a fetched batch is read in one query, and the records of the
 * lanes are grouped (coalescing) into one statement, which is what lets the database (above all the
 * embedded one, where each statement costs ~0.5-3 ms of CPU) keep up with a pooled SMTP transport. A record
 * waits at most 2 ms for the other lanes' before it is written: the window between acceptance and record
 * stays a few milliseconds.
 */
export function deliveryHandler(deps: DeliveryDeps): JobHandler<typeof DELIVERY_JOB.input> {
  // Read for a whole fetched batch at once (beforeBatch), else grouped with the lanes' concurrent reads.
  const prefetched = new Map<string, DeliveryToSend>();
  const load = coalescing(async (ids: string[]) => {
    const rows = new Map((await deliveriesToSend(deps.db, ids)).map((r) => [r.id, r]));
    return ids.map((id) => rows.get(id));
  });
  // Records wait at most 2 ms for the other lanes' (one statement for several costs hardly more than for one).
  const record = coalescing((done: DoneDelivery[]) => recordDone(deps.db, done, todayIso()), { size: DELIVERY_JOB.concurrency ?? 1, ms: 2 });
  const handle = async (data: z.infer<typeof DELIVERY_JOB.input>) => {
    const d = prefetched.get(data.deliveryId) ?? (await load(data.deliveryId));
    prefetched.delete(data.deliveryId);
    if (!d || d.mode !== 'server' || d.state !== 'scheduled' || d.letterState !== 'confirmed') return;
    const { targetEmail, subjectEnc, bodyEnc } = d;
    if (!targetEmail || !subjectEnc || !bodyEnc) {
      // The target's address was removed since scheduling (or the words are gone): nothing can be sent.
      await record({ id: d.id, letterId: d.letterId, state: 'cancelled', siblings: d.siblings });
      return;
    }
    await deps.transport.deliver(deliveryMessage(deps, { ...d, targetEmail, subjectEnc, bodyEnc }));
    await record({ id: d.id, letterId: d.letterId, state: 'sent', siblings: d.siblings });
  };
  return Object.assign(handle, {
    async beforeBatch(batch: z.infer<typeof DELIVERY_JOB.input>[]) {
      prefetched.clear();
      for (const row of await deliveriesToSend(deps.db, batch.map((b) => b.deliveryId))) prefetched.set(row.id, row);
    },
  });
}
