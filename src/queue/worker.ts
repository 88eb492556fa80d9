// `claimledger worker --queue redis://…`: runs the queue's jobs on this machine with its own pool of
// worker threads. Each job is one article: the same pure per-article work as a local run, its text and
// record sent back with the prepared entries (no shared disk). A job over the time limit or over the
// memory limit is a reject (it would fail again anywhere); a pool worker that dies, a lost connection
// or a killed process (the job's lock lapses: stalled) makes BullMQ run the job again, here or elsewhere,
// with backoff, until its attempts are spent.
import { Worker, type Job } from 'bullmq';
import { hostname } from 'node:os';
import { Piscina } from 'piscina';
import { configHash } from '../config.js';
import { resultInPool } from '../run.js';
import { poolOptions } from '../pool.js';
import { fromSerial, type TaskResult } from '../task.js';
import { parseQueueUrl } from './redis.js';
import type { JobData } from './runner.js';

export interface QueueWorkerOptions {
  url: string;
  /** articles at once (one pool thread each) */
  concurrency?: number;
  /** a job's lock: a worker that stops renewing it (killed) loses the job after this long */
  lockMs?: number;
  log?: (line: string) => void;
}

export interface QueueWorker { close(): Promise<void>; done(): number }

export async function startQueueWorker(o: QueueWorkerOptions): Promise<QueueWorker> {
  const addr = parseQueueUrl(o.url);
  const concurrency = Math.max(1, o.concurrency ?? 1);
  const log = o.log ?? (() => {});
  const pool = new Piscina(poolOptions(concurrency));
  let done = 0;
  const work = async (job: Job<JobData, TaskResult>): Promise<TaskResult> => {
    const d = job.data;
    const name = d.input.name;
    // the job says which config; its hash must be that config's (a mixed-up queue is refused, not guessed)
    if (configHash(d.config) !== d.configHash) return { status: 'reject', name, code: 'BAD_JOB', message: `${name}: the job's config does not hash to its configHash` };
    const out = await resultInPool(pool, { item: { kind: 'input', input: fromSerial(d.input) }, config: d.config, configHash: d.configHash }, name, d.timeoutMs);
    done++;
    // a pool worker that died for no reason of the article's: try again (elsewhere, maybe)
    if (out.status === 'reject' && out.code === 'WORKER_FAILED') throw new Error(out.message);
    return out;
  };
  const lockMs = o.lockMs ?? 30_000;
  const worker = new Worker<JobData, TaskResult>(addr.name, work, {
    connection: { ...addr.connection, maxRetriesPerRequest: null },
    concurrency, lockDuration: lockMs, stalledInterval: Math.max(1000, Math.floor(lockMs / 2)), maxStalledCount: 2,
    name: `${hostname()}:${process.pid}`,
  });
  worker.on('error', (e) => log(`worker: ${e.message}`));
  worker.on('failed', (job, e) => log(`worker: ${job?.data.input.name ?? 'a job'} failed (attempt ${job?.attemptsMade ?? '?'}): ${e.message}`));
  await worker.waitUntilReady();
  log(`worker: ${concurrency} at once on queue ${addr.name} at ${addr.shown}`);
  return {
    done: () => done,
    close: async () => { await worker.close(); await pool.destroy(); },
  };
}
