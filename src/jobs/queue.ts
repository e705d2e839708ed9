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
}
export type JobHandler<S extends z.ZodType = z.ZodType> = (data: z.infer<S>, meta: { jobId: string }) => Promise<void>;
interface JobDefinition extends JobSpec {
  handle: JobHandler;
}

export interface Jobs {
  register<S extends z.ZodType>(spec: JobSpec<S>, handle: JobHandler<S>): Promise<void>;
  /** Enqueues inside the caller's transaction: the job exists exactly when the business row does. */
  /** With an id, a second send of the same id is a no-op (returns null): how a retried job avoids enqueuing twice. */
  send<S extends z.ZodType>(tx: Pick<Db, 'execute'>, spec: JobSpec<S>, data: z.infer<S>, opts?: { id?: string }): Promise<string | null>;
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

  return {
    async register(spec, handle) {
      defs.set(queueName(spec), { ...spec, handle: handle as JobHandler });
      await boss.createQueue(queueName(spec), { name: queueName(spec), retryLimit: spec.retryLimit ?? 5, retryDelay: 30, retryBackoff: true });
    },
    async send(tx, spec, data, opts) {
      const parsed = spec.input.parse(data);
      const id = await boss.send(queueName(spec), parsed as object, { id: opts?.id, db: executorFor(tx, database.execScript) });
      if (!id && !opts?.id) throw new Error(`Job ${spec.name} was not enqueued`);
      return id;
    },
    async work(pollingIntervalSeconds = 1) {
      for (const [name, def] of defs) {
        await boss.work(name, { pollingIntervalSeconds, batchSize: 1 }, async ([job]) => run(def, job));
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
      await boss.stop({ graceful: true, wait: true, close: false, timeout: 5000 });
    },
  };
}
