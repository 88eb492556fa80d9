// A batch run: every input → ledger entries (in input order) or a reject with its reason.
// The library function behind `claimledger run`; the CLI only parses flags and prints.
// Recipe:
//   1. take the output's lock; cut a torn last ledger line; learn what is already in the ledger;
//   2. stream the inputs (files, directories, JSONL, stdin) in order, reading each once;
//   3. skip inputs already in the ledger (same raw hash and config); refuse oversized ones unread;
//   4. hand the rest to a pool of worker threads, at most a few per worker in flight, each with a
//      time limit;
//   5. one writer takes the results in input order: stored text, record file, ledger append (one
//      write + fsync per article) or a reject line;
//   6. sign a checkpoint of the whole tree; report.
import { closeSync, createReadStream, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { byteLines } from './jsonl.js';
import { recordFileName } from './record.js';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import PQueue from 'p-queue';
import { configHash, type Config } from './config.js';
import { inputName, listInputs } from './inputs.js';
import { listCheckpoints, signCheckpoint, writeCheckpoint } from './ledger/checkpoint.js';
import { loadOrCreateSigner } from './ledger/keys.js';
import { merkleRoot } from './ledger/merkle.js';
import { appendPrepared, appendWhole, knownKey, LedgerWriteError, openLedger, storeText, type LedgerState } from './ledger/append.js';
export { LedgerWriteError } from './ledger/append.js';
import type { TaskArgs, TaskInput, TaskResult } from './task.js';
import { sha256Hex } from './hash.js';
import { SOURCE_PLACEHOLDER } from './ledger/hash.js';
import { check } from './validate.js';
import { lock } from './lock.js';
export { lock, LockedError } from './lock.js';

export interface RunOptions {
  config: Config;
  /** files or directories; "-" reads JSONL from standard input */
  input: string | string[];
  output: string;
  /** worker threads; 0 runs in this thread (no time limit); default: the machine's cores */
  workers?: number;
  /** per-article time limit in milliseconds (worker mode only) */
  timeoutMs?: number;
  log?: (line: string) => void;
  /** what "-" reads from standard input: JSONL (default), or one HTML page or plain text */
  stdinFormat?: 'jsonl' | 'html' | 'text';
  /** take the output's lock over whatever holds it (said with a warning) */
  breakLock?: boolean;
  /** called as articles finish: done so far, total when known, counts by outcome */
  onProgress?: (done: number, total: number | undefined, counts: Record<string, number>) => void;
  /** who does the per-article work (default: a pool of worker threads here; `queueRunner`: workers on other machines) */
  runner?: (ctx: RunnerContext) => Runner | Promise<Runner>;
  /** the items to append, in order, instead of reading `input` (`claimledger append`: results prepared elsewhere) */
  items?: AsyncIterable<Item>;
}

/** What the per-article work gives: prepared entries, a reject, a skip; a timeout; nothing for an item refused unread. */
export type Outcome = TaskResult | { timeout: true } | undefined;

/** One implementation of the per-article work. The writer neither knows nor cares which. */
export interface Runner {
  run(item: { task: TaskInput; name: string }): Promise<Outcome>;
  /** how many results may wait for the writer (more when many machines share a queue) */
  window?: number;
  /** after the run (ok: it finished; else it stopped on an error) */
  close(ok: boolean): Promise<void>;
}
export interface RunnerContext { config: Config; configHash: string; outputDir: string; known: ReadonlySet<string>; timeoutMs?: number; workers: number; log: (line: string) => void }
export interface RunSummary {
  processed: number; skipped: number; rejected: number; rejects: Record<string, number>; claims: Record<string, number>;
  seconds: number; articlesPerSecond: number;
  /** the process's peak resident memory (all threads), in MB */
  maxRssMb: number;
  ledger: string; checkpoint?: string; publicKey?: string; repaired?: string;
}

/** One input in order: work to do, work done elsewhere (`prepared`), or a reject found while reading. */
export type Item = { task: TaskInput; name: string; prepared?: TaskResult } | { reject: { input: string; id?: string; code: string; message: string; sha256Raw?: string } };

/** Streams the inputs in order: one item per file (read by the worker), one per JSONL line. */
export async function* inputsOf(targets: string[], maxBytes: number, stdinFormat: RunOptions['stdinFormat'] = 'jsonl'): AsyncGenerator<Item> {
  for (const target of targets) {
    if (target === '-') { yield* stdinItems(process.stdin, stdinFormat, maxBytes); continue; }
    if (!existsSync(target)) { yield { reject: { input: target, code: 'NOT_FOUND', message: `${target} does not exist` } }; continue; }
    for (const f of listInputs(target)) {
      // the ledger names an input by its path inside the folder given (a file given alone: its name), never
      // by a local absolute path: the bytes do not depend on where the folder is or how its path was typed
      const name = inputName(target, f);
      if (/\.jsonl$/i.test(f)) { yield* jsonlLines(createReadStream(f, { highWaterMark: 1 << 20 }), name, maxBytes); continue; }
      const size = statSync(f).size;
      if (size > maxBytes) { yield { reject: { input: name, code: 'TOO_LARGE', message: `${name} is ${size} bytes, over the limit of ${maxBytes} (limits.maxBytes)` } }; continue; }
      yield { task: { kind: 'file', path: f, name }, name };
    }
  }
}

/**
 * Standard input: JSONL, one article per line, unless it plainly is not (a page piped in gives one clear
 * reject, not a BAD_JSONL_LINE per line of HTML); or, with --stdin-format html|text, one article.
 */
async function* stdinItems(stream: NodeJS.ReadableStream, format: NonNullable<RunOptions['stdinFormat']>, maxBytes: number): AsyncGenerator<Item> {
  const it = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const first = await it.next();
  const rest = async function* () { if (!first.done) yield first.value; for (let c = await it.next(); !c.done; c = await it.next()) yield c.value; };
  if (format === 'jsonl') {
    const head = first.done ? '' : first.value.subarray(0, 200).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    if (head && head[0] !== '{') {
      for await (const _ of rest()) { /* read to the end, so the writer of the pipe is not cut off */ }
      const looks = head[0] === '<' ? 'an HTML page' : 'plain text';
      yield { reject: { input: 'stdin', code: 'NOT_JSONL', message: `standard input is ${looks}, not JSONL (it starts ${JSON.stringify(head.slice(0, 40))}): pass --stdin-format ${head[0] === '<' ? 'html' : 'text'} to read it as one article` } };
      return;
    }
    yield* jsonlLines(rest(), 'stdin', maxBytes);
    return;
  }
  const parts: Buffer[] = [];
  let size = 0;
  for await (const c of rest()) { size += c.length; if (size <= maxBytes) parts.push(c); }
  if (size > maxBytes) { yield { reject: { input: 'stdin', code: 'TOO_LARGE', message: `standard input is ${size} bytes, over the limit of ${maxBytes} (limits.maxBytes)` } }; return; }
  const raw = new Uint8Array(Buffer.concat(parts, size));
  yield { task: { kind: 'input', input: { name: 'stdin', raw, mediaType: format === 'html' ? 'text/html' : 'text/plain' } }, name: 'stdin' };
}

/** JSONL lines (memory bounded by the size limit: an over-long line is refused as soon as it passes it); each line parsed by a worker. */
async function* jsonlLines(stream: NodeJS.ReadableStream | AsyncIterable<Buffer>, name: string, maxBytes: number): AsyncGenerator<Item> {
  for await (const line of byteLines(stream as AsyncIterable<Buffer>, maxBytes)) {
    const where = `${name}:${line.n}`;
    if ('tooLong' in line) { yield { reject: { input: where, code: 'TOO_LARGE', message: `${where} is ${line.tooLong} bytes, over the limit of ${maxBytes} (limits.maxBytes)` } }; continue; }
    const buf = line.bytes;
    if (buf.every((b) => b === 32 || b === 9)) continue; // a blank line
    // the line's bytes go to the worker in their own buffer, transferred rather than copied as a string
    const bytes = new Uint8Array(buf.length);
    bytes.set(buf);
    yield { task: { kind: 'bytes', bytes, name: where }, name: where };
  }
}

/** The lines of a file, counted a block at a time (a file of any size, even past 2 GiB). */
function countLines(file: string): number {
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  let lines = 0, last = 10;
  try {
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) {
      for (let i = buf.indexOf(10); i >= 0 && i < n; i = buf.indexOf(10, i + 1)) lines++;
      last = buf[n - 1];
    }
  } finally { closeSync(fd); }
  return lines + (last !== 10 ? 1 : 0);
}

/** Counts the articles ahead when that is cheap (files, and lines of JSONL files); undefined for stdin. */
function countInputs(targets: string[]): number | undefined {
  let n = 0;
  for (const t of targets) {
    if (t === '-') return undefined;
    if (!existsSync(t)) { n++; continue; }
    for (const f of listInputs(t)) {
      n += /\.jsonl$/i.test(f) ? countLines(f) : 1;
    }
  }
  return n;
}

function syncFile(file: string): void {
  if (!existsSync(file)) return;
  const fd = openSync(file, 'r+');
  try { fsyncSync(fd); } finally { closeSync(fd); }
}

import { poolOptions, timeoutMessage } from './pool.js';
export { timeoutMessage, workerFile } from './pool.js';

/** Signs a checkpoint of the whole tree unless one of this size exists; creates the key on first use. */
export function checkpointLedger(outputDir: string, config: Config, leaves: string[], log: (l: string) => void = () => {}): { file?: string; publicKey: string } {
  const keys = loadOrCreateSigner(outputDir, config.ledger.origin, config.ledger.privateKey);
  if (keys.created) log(`ledger: created a signing key in ${keys.privateKeyFile} (keep it private and back it up; it is not in ${outputDir}). Verifiers pin its verifier key, published by you, not read from the output:\n  ${keys.verifier}\n  claimledger verify --key '${keys.verifier}'   (or set ledger.publicKey in the config; it is also in ${keys.publicKeyFile})`);
  if (keys.warning) log(`ledger: warning: ${keys.warning}`);
  const signed = listCheckpoints(outputDir).map((c) => Number(path.basename(c.file, '.note')));
  if (signed.includes(leaves.length)) return { publicKey: keys.verifier };
  return { file: writeCheckpoint(outputDir, signCheckpoint({ origin: config.ledger.origin, size: leaves.length, root: merkleRoot(leaves) }, keys.signer), leaves.length), publicKey: keys.verifier };
}

/** Runs `fn` on the ledger under the output's lock, then signs a checkpoint: for appends outside `run`. */
export function withLedger(outputDir: string, config: Config, fn: (state: LedgerState) => LedgerState, breakLock = false, log: (l: string) => void = (l) => process.stderr.write(l + '\n')): LedgerState {
  const unlock = lock(outputDir, { breakLock, log });
  try {
    const state = fn(openLedger(path.join(outputDir, 'ledger.jsonl')));
    checkpointLedger(outputDir, config, state.leaves, log);
    return state;
  } finally { unlock(); }
}

export async function runBatch(o: RunOptions): Promise<RunSummary> {
  const t0 = performance.now();
  const log = o.log ?? (() => {});
  const targets = Array.isArray(o.input) ? o.input : [o.input];
  // 1. lock, repair, what is in already
  const unlock = lock(o.output, { breakLock: o.breakLock, log });
  const workers = o.workers ?? Math.max(1, availableParallelism());
  let runner: Runner | undefined;
  let finished = false;
  try {
    const ledgerFile = path.join(o.output, 'ledger.jsonl');
    const rejectsFile = path.join(o.output, 'rejects.jsonl');
    const articlesDir = path.join(o.output, 'articles');
    mkdirSync(articlesDir, { recursive: true });
    let state = openLedger(ledgerFile);
    if (state.repaired) log(`ledger: ${state.repaired}`);
    mkdirSync(path.join(o.output, 'texts'), { recursive: true }); // the workers store texts here
    const cfgHash = configHash(o.config);
    runner = await (o.runner ?? localRunner)({ config: o.config, configHash: cfgHash, outputDir: o.output, known: state.known, timeoutMs: o.timeoutMs, workers, log });
    const rejectedBefore = new Set(existsSync(rejectsFile) ? readFileSync(rejectsFile, 'utf8').split('\n').filter(Boolean).map((l) => { try { const r = JSON.parse(l); return `${r.input}|${r.sha256Raw ?? ''}|${r.code}`; } catch { return ''; } }) : []);
    const summary: RunSummary = { processed: 0, skipped: 0, rejected: 0, rejects: {}, claims: {}, seconds: 0, articlesPerSecond: 0, maxRssMb: 0, ledger: ledgerFile, ...(state.repaired ? { repaired: state.repaired } : {}) };
    const total = o.onProgress ? countInputs(targets) : undefined;
    let done = 0;
    const tick = () => { done++; o.onProgress?.(done, total, { processed: summary.processed, skipped: summary.skipped, rejected: summary.rejected }); };

    const reject = (r: { input: string; id?: string; code: string; message: string; sha256Raw?: string }) => {
      const rec = Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined));
      if (check('reject', rec)) throw new Error(`reject record for ${r.input} does not pass its schema`);
      const key = `${r.input}|${r.sha256Raw ?? ''}|${r.code}`;
      if (!rejectedBefore.has(key)) { appendWhole(rejectsFile, JSON.stringify(rec) + '\n', false, 'a reject line'); rejectedBefore.add(key); }
      summary.rejected++;
      summary.rejects[r.code] = (summary.rejects[r.code] ?? 0) + 1;
      log(`rejected ${r.input}: ${r.code}: ${r.message}`);
    };
    // 5. the single writer, in input order; fsync at most every 200 ms (a kill loses nothing written,
    //    a power cut at most that window; a torn last line is cut on the next run)
    let lastSync = performance.now();
    const appendedThisRun = new Map<string, string>(); // input key → the article id that landed
    const write = (item: Item, result: TaskResult | { timeout: true } | undefined) => {
      if ('reject' in item) { reject(item.reject); return; }
      if (!result || 'timeout' in result) {
        reject({ input: item.name, code: 'TIMEOUT', message: timeoutMessage(item.name, o.timeoutMs) });
        return;
      }
      if (result.status === 'skipped') { summary.skipped++; return; }
      if (result.status === 'reject' && result.code === 'WRITE_FAILED') throw new LedgerWriteError(`${result.message}. Stopped: free space and run again; what is in the ledger already is skipped`, result.code);
      if (result.status === 'reject') { reject({ input: result.name, id: result.id, code: result.code, message: result.message, sha256Raw: result.sha256Raw }); return; }
      const key = knownKey(result.sha256Raw, cfgHash);
      if (state.known.has(key) && !appendedThisRun.has(key)) { summary.skipped++; return; } // prepared elsewhere, in the ledger already
      const first = appendedThisRun.get(key);
      if (first !== undefined) { // the same input twice in one run (under two names): one article, one record
        if (first !== result.id) rmSync(path.join(articlesDir, recordFileName(result.id)), { force: true });
        summary.skipped++;
        return;
      }
      if (result.stored) {
        // prepared on another machine: its text and record are written here, the text checked against its hash first
        if (sha256Hex(result.stored.text) !== result.stored.sha256Text) { reject({ input: result.name, id: result.id, code: 'BAD_RESULT', message: `${result.name}: the text a worker sent does not hash to its sha256Text`, sha256Raw: result.sha256Raw }); return; }
        try {
          storeText(path.join(o.output, 'texts'), result.stored);
          writeFileSync(path.join(articlesDir, recordFileName(result.id)), result.stored.record);
        } catch (e) { throw new LedgerWriteError(`${result.name}: could not store its text or record: ${(e as Error).message}. Stopped: free space and run again; what is in the ledger already is skipped`, 'WRITE_FAILED'); }
      }
      appendedThisRun.set(key, result.id);
      const now = performance.now();
      const sync = now - lastSync > 200;
      if (sync) lastSync = now;
      state = appendPrepared(ledgerFile, state, result.source, result.claims, SOURCE_PLACEHOLDER, sync);
      state.known.add(key);
      summary.processed++;
      for (const [t, c] of Object.entries(result.counts)) summary.claims[t] = (summary.claims[t] ?? 0) + (c ?? 0);
    };
    // 2–4. stream and dispatch; at most `window` results wait for the writer
    const window = runner.window ?? Math.max(2, workers * 4);
    const pending: { item: Item; result: Promise<Outcome> }[] = [];
    const dispatch = (item: Item): Promise<Outcome> => {
      if ('reject' in item) return Promise.resolve(undefined);
      if (item.prepared) return Promise.resolve(item.prepared);
      return runner!.run(item);
    };
    // p-queue bounds the tasks in flight to the pool; the writer's FIFO keeps input order
    const queue = new PQueue({ concurrency: Math.max(1, runner.window ? runner.window : workers * 2) });
    try {
      for await (const item of o.items ?? inputsOf(targets, o.config.limits.maxBytes, o.stdinFormat)) {
        pending.push({ item, result: queue.add(() => dispatch(item)) as Promise<Outcome> });
        while (pending.length >= window) { const p = pending.shift()!; write(p.item, await p.result); tick(); }
      }
      while (pending.length) { const p = pending.shift()!; write(p.item, await p.result); tick(); }
    } catch (e) {
      // (the articles in flight finish first, unwritten: a pool stopped under a running task fails on its answer)
      await Promise.allSettled(pending.map((p) => p.result));
      // whatever stopped the run (a full disk, a queue gone, a missing shard): what landed is whole articles; it is signed
      try { syncFile(ledgerFile); checkpointLedger(o.output, o.config, state.leaves, log); } catch { /* no room: the next run signs */ }
      throw e;
    }
    syncFile(ledgerFile);
    // 6. a signed checkpoint of the whole tree after each run
    const cp = checkpointLedger(o.output, o.config, state.leaves, log);
    summary.publicKey = cp.publicKey;
    if (cp.file) summary.checkpoint = cp.file;
    summary.seconds = Math.round((performance.now() - t0) / 10) / 100;
    summary.maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    summary.articlesPerSecond = Math.round(((summary.processed + summary.rejected) / Math.max(0.001, summary.seconds)) * 10) / 10;
    finished = true;
    return summary;
  } finally {
    try { await runner?.close(finished); } finally { unlock(); }
  }
}

/**
 * The default runner: a pool of worker threads on this machine (none with `workers: 0`), each article
 * under the time limit; the workers store texts and records in the output themselves.
 */
export function localRunner(ctx: RunnerContext): Runner {
  // the workers learn once which inputs are in the ledger already
  const pool = ctx.workers > 0 ? new Piscina(poolOptions(ctx.workers, ctx.known)) : undefined;
  return {
    run(item) {
      const args = { item: item.task, config: ctx.config, configHash: ctx.configHash, outputDir: ctx.outputDir };
      // in this thread: the pipeline loads on first use (a CLI command that only locks the ledger never loads it)
      // (an exception costs this input, not the run, as a dead worker does)
      if (!pool) return import('./task.js').then(({ runTask }) => runTask({ ...args, known: ctx.known })).catch((e: Error) => ({ status: 'reject' as const, name: item.name, code: 'WORKER_FAILED', message: `${item.name}: the pipeline failed: ${e.message}` }));
      return runInPool(pool, args, item.name, ctx.timeoutMs);
    },
    close: async () => { await pool?.destroy(); },
  };
}


/** One article's work elsewhere than in a run (a queue worker, `claimledger work`): a timeout is a TIMEOUT reject. */
export async function resultInPool(pool: Piscina, args: Omit<TaskArgs, 'known'>, name: string, timeoutMs?: number): Promise<TaskResult> {
  const out = await runInPool(pool, args, name, timeoutMs);
  if (!out) return { status: 'reject', name, code: 'WORKER_FAILED', message: `${name}: no result` };
  return 'timeout' in out ? { status: 'reject', name, code: 'TIMEOUT', message: timeoutMessage(name, timeoutMs) } : out;
}

/** One article in a pool worker under the time limit; a dead worker costs this input, not the run. */
export function runInPool(pool: Piscina, args: Omit<TaskArgs, 'known'>, name: string, timeoutMs?: number): Promise<Outcome> {
  const signal = timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined;
  const transferList = args.item.kind === 'bytes' ? [args.item.bytes.buffer as ArrayBuffer] : undefined;
  return (pool.run(args, { ...(signal ? { signal } : {}), ...(transferList ? { transferList } : {}) }) as Promise<TaskResult>).catch((e: Error) => {
    if (signal?.aborted) return { timeout: true as const };
    // a worker that died (out of memory, a crash in a dependency) costs this input, not the run
    const oom = (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
    return { status: 'reject' as const, name, code: oom ? 'OUT_OF_MEMORY' : 'WORKER_FAILED', message: `${name}: ${oom ? 'the article needed more memory than a worker may use' : `the worker failed: ${e.message}`}` };
  });
}
