// The queue runner: `claimledger run --queue redis://…` is the sequencer. It reads the inputs (files are
// read here, so workers need no shared disk), skips what the ledger holds, enqueues one BullMQ job per
// article (job id = raw hash + config hash: an input enqueued again collapses onto its job), and hands
// each job's result to the writer in input order. The writer appends exactly as a local run does.
// A sequencer killed mid-run leaves its jobs in Redis: the rerun re-adds them (the same ids), finds the
// finished ones finished, and carries on. One sequencer per queue: a claim in Redis says who it is.
import { Job, Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { hostname } from 'node:os';
import path from 'node:path';
import type { Outcome, Runner, RunnerContext } from '../run.js';
import { admit, serialInput, type TaskResult } from '../task.js';
import { parseQueueUrl } from './redis.js';

/** The queue cannot be used: Redis unreachable, its queue lost, or another sequencer on it. */
export class QueueError extends Error {
  constructor(message: string, readonly code: 'QUEUE_DOWN' | 'QUEUE_LOST' | 'QUEUE_BUSY') { super(message); this.name = 'QueueError'; }
}

export interface QueueRunnerOptions {
  url: string;
  /** how long Redis may be unreachable before the run stops (it is signed and resumable) */
  downMs?: number;
  /** results that may wait for the writer */
  window?: number;
  /** attempts per job before it is a reject (a worker that dies, a lost connection) */
  attempts?: number;
  /** the sequencer's claim on the queue lasts this long unless renewed */
  claimMs?: number;
  /** take over another sequencer's claim */
  breakLock?: boolean;
  /** queue depth and workers seen, every few seconds */
  onQueue?: (q: { waiting: number; active: number; completed: number; failed: number; delayed: number; workers: number }) => void;
}

export interface JobData { input: ReturnType<typeof serialInput>; config: RunnerContext['config']; configHash: string; timeoutMs?: number }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** `p`, or a rejection after `ms` (BullMQ waits for a connection that is reconnecting: never longer than this) */
function within<T>(ms: number, p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms); });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; } };

const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export function queueRunner(o: QueueRunnerOptions): (ctx: RunnerContext) => Promise<Runner> {
  return async (ctx) => {
    const addr = parseQueueUrl(o.url);
    const downMs = o.downMs ?? 60_000;
    const claimMs = o.claimMs ?? 30_000;
    // commands fail fast while Redis is away (counted against downMs) instead of queueing up
    const connection = { ...addr.connection, maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: (n: number) => Math.min(1000, 50 * n) };
    const redis = new Redis({ ...connection, lazyConnect: true });
    redis.on('error', () => { /* reported through the commands that fail */ });
    try { await redis.connect(); } catch (e) {
      redis.disconnect();
      throw new QueueError(`cannot reach Redis at ${addr.shown}: ${(e as Error).message}. Start it (redis-server), or check the address`, 'QUEUE_DOWN');
    }
    // 1. the claim: one sequencer per queue
    const claimKey = `claimledger:${addr.name}:sequencer`;
    const me = JSON.stringify({ host: hostname(), pid: process.pid, output: path.resolve(ctx.outputDir), since: new Date().toISOString() });
    if ((await redis.set(claimKey, me, 'PX', claimMs, 'NX')) !== 'OK') {
      const held = await redis.get(claimKey);
      let holder: { host?: string; pid?: number; output?: string; since?: string } = {};
      try { holder = JSON.parse(held ?? '{}'); } catch { /* not ours */ }
      const gone = holder.host === hostname() && typeof holder.pid === 'number' && !alive(holder.pid);
      if (!gone && !o.breakLock) {
        redis.disconnect();
        throw new QueueError(`queue ${addr.name} at ${addr.shown} has a sequencer already: pid ${holder.pid ?? '?'} on ${holder.host ?? '?'}, writing ${holder.output ?? '?'} since ${holder.since ?? '?'}. One sequencer per queue: wait for it, use another queue (?queue=NAME), or, if it is gone, wait ${Math.round(claimMs / 1000)} s for its claim to lapse (or pass --break-lock)`, 'QUEUE_BUSY');
      }
      ctx.log(`queue: took over the claim of ${gone ? 'a sequencer that is gone' : 'another sequencer (--break-lock)'} (pid ${holder.pid ?? '?'} on ${holder.host ?? '?'})`);
      await redis.set(claimKey, me, 'PX', claimMs);
    }
    // Redis going away rejects commands that BullMQ sends on its own (and does not wait for): those are
    // expected here, the run's own waits notice the outage and stop it with its reason; anything else is a bug
    const redisGone = (e: unknown) => e instanceof Error && (e.name === 'MaxRetriesPerRequestError' || /Connection is closed|ECONNREFUSED|ECONNRESET|Stream isn't writeable|enableOfflineQueue/.test(e.message));
    const onRejection = (e: unknown) => { if (!redisGone(e)) throw e; };
    process.on('unhandledRejection', onRejection);
    const renew = setInterval(() => { redis.eval(RENEW, 1, claimKey, me, String(claimMs)).catch(() => { /* Redis away: the waits report it */ }); }, Math.max(200, claimMs / 3));
    renew.unref();

    const queue = new Queue<JobData, TaskResult>(addr.name, { connection, defaultJobOptions: { attempts: o.attempts ?? 3, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: false, removeOnFail: false } });
    queue.on('error', () => { /* as above */ });
    queue.setMaxListeners(0); // a wait per result in the window listens for the queue closing
    const events = new QueueEvents(addr.name, { connection: { ...addr.connection, maxRetriesPerRequest: null } });
    events.on('error', () => { /* as above */ });
    await events.waitUntilReady();

    let downSince = 0;
    /** a Redis command, retried while Redis is away for up to downMs; then the run stops with the reason */
    async function withRedis<T>(what: string, f: () => Promise<T>): Promise<T> {
      for (;;) {
        // (a command that does not answer in time counts as Redis being down)
        try { const r = await within(5000, f(), what); downSince = 0; return r; } catch (e) {
          if (e instanceof QueueError) throw e;
          downSince ||= Date.now();
          if (Date.now() - downSince > downMs) throw new QueueError(`Redis at ${addr.shown} has not answered for ${Math.round(downMs / 1000)} s (${what}: ${(e as Error).message}). Stopped: what landed in the ledger is whole and signed; run the same command again when Redis is back, and it carries on`, 'QUEUE_DOWN');
          await sleep(250);
        }
      }
    }

    async function waitFor(jobId: string, name: string): Promise<Outcome> {
      for (;;) {
        const job = await withRedis('reading a job', () => Job.fromId<JobData, TaskResult>(queue, jobId));
        if (!job) throw new QueueError(`the job of ${name} is no longer in Redis at ${addr.shown} (was Redis restarted without persistence, or the queue emptied?). Stopped: what landed is whole and signed; run the same command again and the rest is enqueued anew`, 'QUEUE_LOST');
        if (job.finishedOn && job.returnvalue) return job.returnvalue;
        if (job.finishedOn && job.failedReason) {
          return { status: 'reject', name, code: 'WORKER_FAILED', message: `${name}: failed on ${job.attemptsMade} attempt${job.attemptsMade === 1 ? '' : 's'}: ${job.failedReason}` };
        }
        // wait for its events (a second at most: then look again, so a lost queue or a dead Redis is noticed)
        try { await within(1500, job.waitUntilFinished(events, 1000), 'waiting'); } catch { /* finished with a failure, timed out, or Redis away: look again */ }
      }
    }

    const waited: string[] = [];
    const timer = o.onQueue ? setInterval(() => {
      Promise.all([queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed'), queue.getWorkersCount()])
        .then(([c, workers]) => o.onQueue!({ waiting: c.waiting ?? 0, active: c.active ?? 0, completed: c.completed ?? 0, failed: c.failed ?? 0, delayed: c.delayed ?? 0, workers }))
        .catch(() => { /* Redis away */ });
    }, 5000) : undefined;
    timer?.unref();

    return {
      window: o.window ?? 128,
      async run(item) {
        const admitted = admit(item.task, ctx.known, ctx.configHash);
        if ('status' in admitted) return admitted;
        const { input, sha256Raw } = admitted;
        const jobId = `${sha256Raw}-${ctx.configHash.slice(0, 16)}`;
        await withRedis('adding a job', () => queue.add('article', { input: serialInput(input), config: ctx.config, configHash: ctx.configHash, ...(ctx.timeoutMs ? { timeoutMs: ctx.timeoutMs } : {}) }, { jobId }));
        waited.push(jobId);
        return waitFor(jobId, input.name);
      },
      async close(ok) {
        clearInterval(renew);
        if (timer) clearInterval(timer);
        try {
          // the results are in the ledger: their jobs go (after a failure they stay for the rerun)
          if (ok) for (let i = 0; i < waited.length; i += 500) await Promise.all(waited.slice(i, i + 500).map((id) => queue.remove(id).catch(() => 0)));
          await within(3000, redis.eval(RELEASE, 1, claimKey, me), 'releasing the claim');
        } catch { /* Redis away: the claim lapses by itself */ }
        await Promise.allSettled([within(3000, queue.close(), 'closing the queue'), within(3000, events.close(), 'closing its events')]);
        redis.disconnect();
        void queue.disconnect().catch(() => {}); void events.disconnect().catch(() => {});
        process.off('unhandledRejection', onRejection);
      },
    };
  };
}
