// The file contract: any batch engine (Spark, Beam, a cluster scheduler, xargs) can do the per-article
// work, and `append` builds the same ledger a local run writes.
//   claimledger manifest INPUTS --shards N --to DIR   DIR/manifest-0001-of-000N.jsonl …: one line per input,
//                                                      {"n": position, "input": {name, raw, base64?, …}} or
//                                                      {"n", "reject": {input, code, message}} (refused while reading)
//   claimledger work --from MANIFEST --to RESULTS      one line per manifest line, in its order: {"n", "result"}
//                                                      (the prepared entries, the text and the record); resumable
//   claimledger append --from RESULTS…                 merges the results by n and appends them in that order
// Every line is JSON; n is the input's position in the whole run, so shards can be cut any way.
import { createReadStream, existsSync, mkdirSync, openSync, closeSync, statSync, truncateSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Piscina } from 'piscina';
import type { Config } from './config.js';
import { configHash } from './config.js';
import { byteLines } from './jsonl.js';
import { inputsOf, resultInPool, type Item, type RunOptions } from './run.js';
import { poolOptions } from './pool.js';
import { fromSerial, serialInput, toInput, type SerialInput, type TaskResult } from './task.js';

export type ManifestLine = { n: number; input: SerialInput } | { n: number; reject: { input: string; id?: string; code: string; message: string; sha256Raw?: string } };
export interface ResultLine { n: number; configHash: string; result: TaskResult }

export class ContractError extends Error {}

/** Splits the inputs into `shards` manifests (input n goes to shard n mod shards); returns the files. */
export async function writeManifest(o: { inputs: string[]; shards: number; dir: string; config: Config; stdinFormat?: RunOptions['stdinFormat'] }): Promise<{ files: string[]; lines: number }> {
  mkdirSync(o.dir, { recursive: true });
  const width = String(o.shards).length < 4 ? 4 : String(o.shards).length;
  const files = Array.from({ length: o.shards }, (_, i) => path.join(o.dir, `manifest-${String(i + 1).padStart(width, '0')}-of-${String(o.shards).padStart(width, '0')}.jsonl`));
  const fds = files.map((f) => openSync(f, 'w'));
  let n = 0;
  try {
    for await (const item of inputsOf(o.inputs, o.config.limits.maxBytes, o.stdinFormat)) {
      const line = manifestLine(n, item);
      writeSync(fds[n % o.shards], JSON.stringify(line) + '\n');
      n++;
    }
  } finally { for (const fd of fds) closeSync(fd); }
  return { files, lines: n };
}

function manifestLine(n: number, item: Item): ManifestLine {
  if ('reject' in item) return { n, reject: item.reject };
  const input = toInput(item.task);
  if ('reject' in input) return { n, reject: { input: input.reject.name, ...(input.reject.id ? { id: input.reject.id } : {}), code: input.reject.code, message: input.reject.message } };
  return { n, input: serialInput(input) };
}

/** The n's already in a results file, read a line at a time (a torn last line is cut off first: a killed `work` resumes). */
async function resultsDone(file: string): Promise<Set<number>> {
  const done = new Set<number>();
  if (!existsSync(file)) return done;
  const size = statSync(file).size;
  let good = 0;
  for await (const line of byteLines(createReadStream(file) as AsyncIterable<Buffer>, Number.MAX_SAFE_INTEGER)) {
    if ('tooLong' in line || good + line.bytes.length + 1 > size) break; // (the last line has no newline: torn)
    try { done.add((JSON.parse(line.bytes.toString('utf8')) as ResultLine).n); } catch { break; }
    good += line.bytes.length + 1;
  }
  if (good < size) truncateSync(file, good);
  return done;
}

/** Works one manifest into a results file, in the manifest's order, with a pool of worker threads. */
export async function workManifest(o: { from: string; to: string; config: Config; workers: number; timeoutMs?: number; onDone?: (n: number) => void }): Promise<{ done: number; skipped: number }> {
  const hash = configHash(o.config);
  const done = await resultsDone(o.to);
  const fd = openSync(o.to, 'a');
  const pool = new Piscina(poolOptions(Math.max(1, o.workers)));
  let count = 0;
  const pending: { n: number; result: Promise<TaskResult> }[] = [];
  const flush = async () => {
    const p = pending.shift()!;
    writeSync(fd, JSON.stringify({ n: p.n, configHash: hash, result: await p.result } satisfies ResultLine) + '\n');
    count++;
    o.onDone?.(count);
  };
  try {
    for await (const line of byteLines(createReadStream(o.from) as AsyncIterable<Buffer>, Number.MAX_SAFE_INTEGER)) {
      if ('tooLong' in line) continue;
      const text = line.bytes.toString('utf8');
      if (!text.trim()) continue;
      let m: ManifestLine;
      try { m = JSON.parse(text) as ManifestLine; } catch { throw new ContractError(`${o.from}:${line.n} is not a manifest line (not JSON)`); }
      if (typeof m.n !== 'number') throw new ContractError(`${o.from}:${line.n} is not a manifest line (no "n")`);
      if (done.has(m.n)) continue;
      const result: Promise<TaskResult> = 'reject' in m
        ? Promise.resolve({ status: 'reject', name: m.reject.input, ...(m.reject.id ? { id: m.reject.id } : {}), code: m.reject.code, message: m.reject.message, ...(m.reject.sha256Raw ? { sha256Raw: m.reject.sha256Raw } : {}) })
        : resultInPool(pool, { item: { kind: 'input', input: fromSerial(m.input) }, config: o.config, configHash: hash }, m.input.name, o.timeoutMs);
      pending.push({ n: m.n, result });
      while (pending.length >= Math.max(2, o.workers * 4)) await flush();
    }
    while (pending.length) await flush();
  } finally {
    closeSync(fd);
    await pool.destroy();
  }
  return { done: count, skipped: done.size };
}

/**
 * The results of every shard merged by n (each file is in increasing n: a k-way merge, memory bounded by
 * the number of files), as items for the writer. A gap (an input no shard worked) stops before anything
 * is appended past it.
 */
export async function* resultItems(files: string[], config: Config): AsyncGenerator<Item> {
  const hash = configHash(config);
  const its = files.map((f) => ({ f, it: byteLines(createReadStream(f) as AsyncIterable<Buffer>, Number.MAX_SAFE_INTEGER)[Symbol.asyncIterator]() }));
  const next = async (k: number): Promise<ResultLine | undefined> => {
    for (;;) {
      const r = await its[k].it.next();
      if (r.done) return undefined;
      if ('tooLong' in r.value) continue;
      const t = r.value.bytes.toString('utf8');
      if (!t.trim()) continue;
      let line: ResultLine;
      try { line = JSON.parse(t) as ResultLine; } catch { throw new ContractError(`${its[k].f}:${r.value.n} is not a result line (not JSON): was its \`work\` cut short? Run it again to finish it`); }
      if (line.configHash !== hash) throw new ContractError(`${its[k].f}:${r.value.n} was worked under another config (${line.configHash.slice(0, 12)}…, not ${hash.slice(0, 12)}…): append with the config the shards used`);
      return line;
    }
  };
  const heads = await Promise.all(its.map((_, k) => next(k)));
  let expect = 0;
  for (;;) {
    let k = -1;
    for (let i = 0; i < heads.length; i++) if (heads[i] && (k < 0 || heads[i]!.n < heads[k]!.n)) k = i;
    if (k < 0) return;
    const h = heads[k]!;
    heads[k] = await next(k);
    if (h.n < expect) continue; // the same input in two results files: the first stands
    if (h.n > expect) throw new ContractError(`no result for input ${expect} (the results go from ${expect - 1} to ${h.n}): a shard is missing or unfinished; nothing past input ${expect - 1} was appended`);
    expect++;
    const r = h.result;
    yield { task: { kind: 'line', line: '', name: r.name }, name: r.name, prepared: r };
  }
}
