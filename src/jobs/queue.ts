import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { z } from 'zod';
import { executorFor, type Database, type Db } from '../db/client.ts';

/**
 * A job: a name, a version (bump it when the input changes shape), a zod input and an
 * idempotent handler, so a retry after a crash never repeats an effect such as a send.
 */
export interface JobSpec<S extends z.ZodType = z.ZodType> {
  name: string;
  version: number;
  input: S;
  retryLimit?: number;
  /**
   * Throughput for queues with many small jobs (campaign deliveries): the worker fetches up to `batchSize`
   * due jobs in one query and runs up to `concurrency` of them at once, each completed or failed on its own.
   * Unset (1 and 1): one job at a time, as pg-boss's own worker does.
   */
  batchSize?: number;
  concurrency?: number;
}
export type JobHandler<S extends z.ZodType = z.ZodType> = ((data: z.infer<S>, meta: { jobId: string }) => Promise<void>) & {
  /**
   * Batched queues only: called with a whole fetched batch before its jobs run, so the handler can read what
   * they all need in one query (a hint: each job must still work without it, e.g. when drained one by one).
   */
  beforeBatch?: (data: z.infer<S>[]) => Promise<void>;
};
interface JobDefinition extends JobSpec {
  handle: JobHandler;
}

export interface Jobs {
  register<S extends z.ZodType>(spec: JobSpec<S>, handle: JobHandler<S>): Promise<void>;
  /** Enqueues inside the caller's transaction: the job exists exactly when the business row does. */
  /** With an id, a second send of the same id is a no-op (returns null): how a retried job avoids enqueuing twice. */
  /** With startAfter, the job is not run before that moment (a campaign delivery's slot). */
  send<S extends z.ZodType>(tx: Pick<Db, 'execute'>, spec: JobSpec<S>, data: z.infer<S>, opts?: { id?: string; startAfter?: Date }): Promise<string | null>;
  /** Starts polling workers (the server does; tests and the CLI drain explicitly). */
  work(pollingIntervalSeconds?: number): Promise<void>;
  /** Runs every job that is due now, one by one; returns how many ran. */
  drain(): Promise<number>;
  status(): Promise<{ name: string; queued: number; active: number; failed: number; completed: number }[]>;
  stop(): Promise<void>;
}

/** A UUID derived from a parent job and a purpose: the child job's id, stable across retries. */
export function derivedJobId(parentJobId: string, purpose: string): string {
  const h = createHash('sha256').update(`${parentJobId}:${purpose}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const queueName = (def: { name: string; version: number }) => `${def.name}.v${def.version}`;

export async function createJobs(database: Database, log: { error(obj: object, msg: string): void }): Promise<Jobs> {
  const boss = new PgBoss({ db: database.executor, supervise: true, schedule: false, migrate: false });
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  await boss.start();
  const defs = new Map<string, JobDefinition>();

  async function run(def: JobDefinition, job: PgBoss.Job<unknown>) {
    await def.handle(def.input.parse(job.data), { jobId: job.id });
  }

  let stopping = false;
  const batchWorkers: Promise<void>[] = [];
  let sleepers: (() => void)[] = [];
  const wake = () => {
    for (const s of sleepers) s();
    sleepers = [];
  };
  const pause = (ms: number) => new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    sleepers.push(() => (clearTimeout(timer), resolve()));
  });

  /**
   * The worker of a queue with batchSize/concurrency: one query fetches a batch; `concurrency` lanes run its
   * jobs side by side (so the handlers' own queries can be grouped: they start together); the next batch is
   * fetched while the last jobs of this one finish; one query completes the batch's successes. Each handler
   * records its own effect as soon as it happens; a failed job is failed alone and retried by pg-boss.
   */
  async function workInBatches(name: string, def: JobDefinition, pollingIntervalSeconds: number) {
    const batchSize = def.batchSize ?? 1;
    const lanes = def.concurrency ?? 1;
    const fetch = () => boss.fetch<unknown>(name, { batchSize }).catch((err: unknown) => (log.error({ err }, 'job queue error'), [] as PgBoss.Job<unknown>[]));
    let jobs = await fetch();
    // On stop, the batch in hand is finished (stop() waits up to 5 s) and no other is fetched.
    while (!stopping || jobs.length > 0) {
      if (jobs.length === 0) {
        await pause(pollingIntervalSeconds * 1000);
        if (!stopping) jobs = await fetch();
        continue;
      }
      const batch = jobs;
      const parsed = batch.flatMap((job) => {
        const r = def.input.safeParse(job.data);
        return r.success ? [r.data] : [];
      });
      await def.handle.beforeBatch?.(parsed).catch((err: unknown) => log.error({ err }, 'job queue error'));
      const completed: string[] = [];
      let next = 0;
      let following: Promise<PgBoss.Job<unknown>[]> | undefined;
      const lane = async () => {
        for (let job = batch[next++]; job; job = batch[next++]) {
          if (next >= batch.length && !stopping) following ??= fetch();
          try {
            await run(def, job);
            completed.push(job.id);
          } catch (err) {
            await boss.fail(name, job.id, { error: (err as Error).name }).catch((e: unknown) => log.error({ err: e }, 'job queue error'));
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(lanes, batch.length) }, lane));
      if (completed.length) await boss.complete(name, completed).catch((err: unknown) => log.error({ err }, 'job queue error'));
      jobs = following ? await following : [];
    }
  }

  return {
    async register(spec, handle) {
      defs.set(queueName(spec), { ...spec, handle: handle as JobHandler });
      await boss.createQueue(queueName(spec), { name: queueName(spec), retryLimit: spec.retryLimit ?? 5, retryDelay: 30, retryBackoff: true });
    },
    async send(tx, spec, data, opts) {
      const parsed = spec.input.parse(data);
      const id = await boss.send(queueName(spec), parsed as object, { id: opts?.id, startAfter: opts?.startAfter, db: executorFor(tx, database.execScript) });
      if (!id && !opts?.id) throw new Error(`Job ${spec.name} was not enqueued`);
      return id;
    },
    async work(pollingIntervalSeconds = 1) {
      for (const [name, def] of defs) {
        if ((def.batchSize ?? 1) > 1 || (def.concurrency ?? 1) > 1) batchWorkers.push(workInBatches(name, def, pollingIntervalSeconds));
        else await boss.work(name, { pollingIntervalSeconds, batchSize: 1 }, async ([job]) => run(def, job));
      }
    },
    async drain() {
      let ran = 0;
      for (let progressed = true; progressed; ) {
        progressed = false;
        for (const [name, def] of defs) {
          const [job] = await boss.fetch<unknown>(name);
          if (!job) continue;
          progressed = true;
          try {
            await run(def, job);
            await boss.complete(name, job.id);
          } catch (err) {
            await boss.fail(name, job.id, { error: (err as Error).name });
            throw err;
          }
          ran++;
        }
      }
      return ran;
    },
    async status() {
      const out = [];
      for (const name of defs.keys()) {
        const rows = (await database.executor.executeSql(
          `SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state`,
          [name],
        )).rows as { state: string; n: number }[];
        const count = (...states: string[]) => rows.filter((r) => states.includes(r.state)).reduce((s, r) => s + r.n, 0);
        out.push({ name, queued: count('created', 'retry'), active: count('active'), failed: count('failed'), completed: count('completed') });
      }
      return out;
    },
    async stop() {
      stopping = true;
      wake();
      // As pg-boss's own stop: wait for the batch in hand, but not forever (a job left active is retried after its expiry).
      await Promise.race([Promise.all(batchWorkers), new Promise((r) => setTimeout(r, 5000).unref())]);
      await boss.stop({ graceful: true, wait: true, close: false, timeout: 5000 });
    },
  };
}
