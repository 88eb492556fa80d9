// Verification shares no state with appending and trusts nothing stored: every hash is recomputed,
// every signature checked against a key the caller pins. Result: valid (exit 0), invalid (exit 1) or
// unverifiable (exit 2: evidence is missing); never "valid" on missing evidence.
// Order of checks, first failure reported with its line (entry number, 1-based) and a stable code:
//   1. each line: UTF-8, JSON, its own RFC 8785 canonical form, the entry schema, seq, prev;
//      a source's stored text and its hash; a claim's source comes earlier, its text (and its speaker mention, cue and clause) at their offsets,
//      its selectors; an event's subject comes earlier
//      every source is followed by as many claim entries as it announces (INCOMPLETE_ARTICLE)
//   2. every checkpoint: signed by the pinned key, its size within the ledger, its root recomputed
//   3. the ledger's end is covered by a checkpoint
//   4. with --sources: every raw input hashes to sha256Raw; with --since: the older checkpoint is a
//      prefix of today's (RFC 9162 consistency proof)
import { sha256Hex } from '../hash.js';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { check, problemOf, type ValidationProblem } from '../validate.js';
import { createRequire } from 'node:module';
import { codePointCounter } from '../span.js';
import { isCanonicalBytes } from './canonical.js';
import { leafHashPrefixed, ZERO_HASH } from './hash.js';
import { isUtf8 } from 'node:buffer';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { listCheckpoints, openCheckpoint, parseCheckpointText, type Checkpoint } from './checkpoint.js';
import { consistencyProof, merkleRoot, verifyConsistency } from './merkle.js';
import { HashList, rootsOfRuns, runNodes } from './packed.js';
import type { Verifier } from './sign.js';

export type VerifyCode =
  | 'NOT_FOUND' | 'BAD_UTF8' | 'TORN_LINE' | 'BAD_JSON' | 'NOT_CANONICAL' | 'SCHEMA' | 'SEQ' | 'CHAIN'
  | 'TEXT_MISSING' | 'TEXT_HASH' | 'TEXT_LENGTH' | 'UNKNOWN_SOURCE' | 'CLAIM_TEXT' | 'SPAN_TEXT' | 'SELECTOR' | 'UNKNOWN_SUBJECT'
  | 'NO_KEY' | 'NO_CHECKPOINT' | 'NOTE_FORMAT' | 'NO_SIGNATURE' | 'BAD_SIGNATURE' | 'CHECKPOINT_FORMAT' | 'WRONG_ORIGIN'
  | 'CHECKPOINT_AHEAD' | 'CHECKPOINT_ROOT' | 'UNSIGNED_TAIL' | 'SOURCE_MISSING' | 'SOURCE_HASH' | 'TRUNCATED' | 'CONSISTENCY' | 'INCOMPLETE_ARTICLE';

export type VerifyResult =
  | { status: 'valid'; entries: number; head: string; root: string; checkpoints: number; sources?: number }
  | { status: 'invalid' | 'unverifiable'; line: number; code: VerifyCode; message: string };

export interface VerifyOptions {
  ledger: string;
  /** the pinned verifier key; without it no checkpoint can be trusted */
  key?: Verifier;
  /** defaults to the ledger's folder */
  outputDir?: string;
  /** a folder of the raw inputs, to check sha256Raw */
  sources?: string;
  /** an older checkpoint note kept elsewhere */
  since?: string;
}


interface Spanned { text: string; start: number; end: number }

/** Whether some checkpoint in the output states the root of exactly these leaves (used only to say which line changed). */
function signedWith(outputDir: string, leaves: string[]): boolean {
  const root = merkleRoot(leaves);
  return listCheckpoints(outputDir).some(({ note }) => {
    const cp = parseCheckpointText(note);
    return cp?.size === leaves.length && cp.root === root;
  });
}

type Failure = { status: 'invalid' | 'unverifiable'; line: number; code: VerifyCode; message: string };
/** what a claim or event needs from outside its chunk: a source or a subject earlier in the ledger */
type Deferred =
  | { line: number; kind: 'claim'; source: string; claim: Record<string, unknown>; selectors: unknown }
  | { line: number; kind: 'event'; about: string };
interface SourceInfo { sha: string; line: number; body: Record<string, unknown> }

/** The per-line checks of a run of whole lines, independent of the lines before it (a worker may run it). */
export interface ChunkScan {
  /** the global index of the chunk's first line */
  firstLine: number;
  /** leaf hash and prev of every line checked (the failing line's too when it parsed), packed 32 bytes each */
  count: number;
  leaves: Uint8Array;
  prevs: Uint8Array;
  /** the first failure, and whether it comes before the chain check in the order of checks */
  failure?: Failure & { beforeChain: boolean };
  sources: [string, SourceInfo][];
  deferred: Deferred[];
  /** how many claim entries name each source leaf, in this run of lines */
  claimCounts: [string, number][];
  /** the Merkle nodes wholly inside this run of lines, level by level from 1 (none after a failure) */
  nodes?: { first: number; count: number; bytes: Uint8Array }[];
}

type EntryValidate = ((v: unknown) => boolean) & { errors?: Parameters<typeof problemOf>[1] };
let precompiled: EntryValidate | null | undefined;
/**
 * The ledger-entry schema check: the schema compiled ahead of time by the build (dist/ledger/entry-schema.cjs,
 * the same Ajv and schemas) when it is there, so a verifier thread never loads Ajv; else the shared Ajv.
 */
function entryProblem(entry: unknown): ValidationProblem | null {
  if (precompiled === undefined) {
    try { precompiled = (createRequire(import.meta.url)('./entry-schema.cjs') as { ledgerEntry: EntryValidate }).ledgerEntry; } catch { precompiled = null; }
  }
  if (!precompiled) return check('ledgerEntry', entry);
  return precompiled(entry) ? null : problemOf('ledgerEntry', precompiled.errors);
}

type LoadedText = { text: string; cp: (i: number) => number };

/**
 * The per-line checks over whole lines fed in order, from line `firstLine` on; `out` holds the scan.
 * Stops at the first failure (feed returns false from then on).
 */
export class LineScanner {
  readonly out: Omit<ChunkScan, 'count' | 'leaves' | 'prevs' | 'claimCounts'>;
  private readonly claimCounts = new Map<string, number>();
  readonly leaves: HashList;
  readonly prevs: HashList;
  private readonly texts = new Map<string, LoadedText>();
  private readonly sources = new Map<string, LoadedText>();
  /** the global index of the next line (−1 before the first line when the run's start is not known: see feed) */
  private i: number;
  /** `expectedLines`: room to make for the hashes up front (growing a list copies it) */
  constructor(firstLine: number, private readonly textsDir: string, expectedLines = 4096) {
    this.leaves = new HashList(expectedLines);
    this.prevs = new HashList(expectedLines);
    this.out = { firstLine, sources: [], deferred: [] };
    this.i = firstLine;
  }
  /** the scan, its hashes packed; with the tree's nodes over this run (hashed here, so threads share the tree too) */
  result(): ChunkScan {
    const nodes = this.out.failure ? undefined : runNodes(this.leaves, this.out.firstLine).map((l) => ({ first: l.first, count: l.hashes.count, bytes: l.hashes.bytes }));
    return { ...this.out, claimCounts: [...this.claimCounts], count: this.leaves.count, leaves: this.leaves.bytes, prevs: this.prevs.bytes, ...(nodes ? { nodes } : {}) };
  }
  private fail(line: number, code: VerifyCode, message: string, beforeChain: boolean, status: Failure['status'] = 'invalid'): false {
    this.out.failure = { status, line, code, message, beforeChain };
    return false;
  }
  /**
   * Checks the whole lines of buf[start, end) (each ending in \n). The byte before each line is
   * overwritten (with the leaf prefix 0x00, so a line's leaf hash is one call): start must be ≥ 1.
   */
  feed(buf: Buffer, start: number, end: number): boolean {
    const out = this.out;
    if (out.failure) return false;
    const utf8 = isUtf8(buf.subarray(start, end));
    for (let from = start; from < end; this.i++) {
      const to = buf.indexOf(10, from);
      let ln = this.i + 1;
      if (!utf8 && !isUtf8(buf.subarray(from, to))) return this.fail(ln, 'BAD_UTF8', 'the line is not valid UTF-8', true);
      // (read as Latin-1: one byte, one character. The line is valid UTF-8, so its JSON structure is
      // ASCII and only the characters inside strings differ; JSON.parse reads a one-byte string
      // faster, and the schema's checks (types, ASCII patterns and enums, minLength 1) come out the
      // same. The few strings compared with the source text go back to UTF-8 first: `utf8` below.)
      const line = buf.toString('latin1', from, to);
      let entry: Record<string, unknown>;
      try { entry = JSON.parse(line); } catch (e) { return this.fail(ln, 'BAD_JSON', (e as Error).message, true); }
      if (this.i < 0) {
        // a run whose first line's number is not known yet takes it from the line's seq; the caller
        // checks it against the count of lines before the run, and checks the run again if they differ
        if (!Number.isSafeInteger(entry.seq) || (entry.seq as number) < 0) return this.fail(ln, 'SEQ', 'seq unknown', true);
        this.i = out.firstLine = entry.seq as number;
        ln = this.i + 1;
      }
      if (!isCanonicalBytes(buf, from, to)) return this.fail(ln, 'NOT_CANONICAL', 'the line is not its own RFC 8785 canonical form (edited, reordered or duplicate keys)', true);
      const problem = entryProblem(entry);
      if (problem) return this.fail(ln, 'SCHEMA', `${problem.path} ${problem.message}`, true);
      if (entry.seq !== this.i) return this.fail(ln, 'SEQ', `seq is ${entry.seq}, expected ${this.i}`, true);
      buf[from - 1] = 0;
      const leaf = leafHashPrefixed(buf.subarray(from - 1, to));
      from = to + 1;
      this.leaves.push(leaf);
      this.prevs.push(entry.prev as string);
      const body = entry.body as Record<string, unknown>;
      if (entry.type === 'source') {
        const sha = body.sha256Text as string;
        let t = this.texts.get(sha);
        if (t === undefined) {
          const p = path.join(this.textsDir, `${sha}.txt`);
          // (read as bytes and hashed before decoding: the text is encoded once, by its writer)
          let bytes: Buffer;
          try { bytes = readFileSync(p); } catch { return this.fail(ln, 'TEXT_MISSING', `the stored text ${p} is missing or unreadable`, false, 'unverifiable'); }
          if (sha256Hex(bytes) !== sha) return this.fail(ln, 'TEXT_HASH', `${p} does not hash to sha256Text`, false);
          t = loadedText(bytes.toString('utf8'));
          remember(this.texts, sha, t);
        }
        if (t.text.length !== body.length) return this.fail(ln, 'TEXT_LENGTH', `the stored text has ${t.text.length} UTF-16 units, the entry says ${body.length}`, false);
        remember(this.sources, leaf, t);
        out.sources.push([leaf, { sha, line: ln, body }]);
      } else if (entry.type === 'claim') {
        this.claimCounts.set(body.source as string, (this.claimCounts.get(body.source as string) ?? 0) + 1);
        const src = this.sources.get(body.source as string);
        if (!src) out.deferred.push({ line: ln, kind: 'claim', source: body.source as string, claim: body.claim as Record<string, unknown>, selectors: body.selectors });
        else {
          const f = claimFailure(src, body.claim as Record<string, unknown>, body.selectors);
          if (f) return this.fail(ln, f.code, f.message, false);
        }
      } else if (entry.type === 'event') {
        // (checked at the end against every earlier leaf: events are rare, a set of all leaves is not free)
        out.deferred.push({ line: ln, kind: 'event', about: body.about as string });
      }
    }
    return true;
  }
}

/**
 * Texts stay in memory for the sources met last only (a claim follows its source in the ledger), so a
 * verifier's memory does not grow with the ledger; a claim whose source text was let go is checked
 * at the end with its text read again.
 */
const TEXTS_KEPT = 32;
function remember<K, V>(m: Map<K, V>, k: K, v: V): void {
  m.delete(k);
  m.set(k, v);
  if (m.size > TEXTS_KEPT) m.delete(m.keys().next().value as K);
}

/** code point offsets equal UTF-16 offsets unless the text has astral characters */
const loadedText = (text: string): LoadedText => ({ text, cp: codePointCounter(text) });

/** Checks the whole lines in bytes [start, end) of a file, read a block at a time into one reused buffer. */
export function scanFile(file: string, start: number, end: number, firstLine: number, textsDir: string): ChunkScan {
  // (a ledger line is about 1 KB or more: room for one hash per 900 bytes is rarely outgrown)
  const s = new LineScanner(firstLine, textsDir, Math.ceil((end - start) / 900) + 16);
  const fd = openSync(file, 'r');
  try {
    // byte 0 is the room feed() needs before the first line
    let buf = Buffer.allocUnsafe(1 + Math.min(BLOCK, Math.max(1, end - start)));
    let have = 1; // byte 0, then the bytes of an unfinished line carried over
    for (let pos = start; pos < end;) {
      if (have === buf.length) { const bigger = Buffer.allocUnsafe(buf.length * 2); buf.copy(bigger, 0, 0, have); buf = bigger; } // a line longer than a block
      const n = readSync(fd, buf, have, Math.min(buf.length - have, end - pos), pos);
      if (n <= 0) break;
      pos += n;
      const filled = have + n;
      const last = buf.lastIndexOf(10, filled - 1);
      if (last < 1) { have = filled; continue; }
      if (!s.feed(buf, 1, last + 1)) break;
      buf.copy(buf, 1, last + 1, filled);
      have = 1 + filled - last - 1;
    }
  } finally { closeSync(fd); }
  return s.result();
}
const BLOCK = 4 << 20;

/** A claim's text, its other spans and its selectors against its source text. */
/** A string parsed from a line read as Latin-1, as the text its UTF-8 bytes hold. */
const NON_ASCII = /[^\x00-\x7f]/;
const utf8 = (s: string): string => (NON_ASCII.test(s) ? Buffer.from(s, 'latin1').toString('utf8') : s);

function claimFailure(src: LoadedText, claim: Record<string, unknown>, selectors: unknown): { code: VerifyCode; message: string } | undefined {
  const c = claim as { text: string; start: number; end: number; speaker?: { mention?: Spanned } | null; cue?: Spanned | null; clause?: Spanned };
  if (src.text.slice(c.start, c.end) !== utf8(c.text)) return { code: 'CLAIM_TEXT', message: `the claim's text is not found at [${c.start}, ${c.end}) of its source` };
  // every other span the claim carries (speaker mention, cue, clause) slices back too
  for (const [what, sp] of [['speaker mention', c.speaker?.mention], ['cue', c.cue], ['clause', c.clause]] as const) {
    if (sp && src.text.slice(sp.start, sp.end) !== utf8(sp.text)) return { code: 'SPAN_TEXT', message: `the claim's ${what} is not found at [${sp.start}, ${sp.end}) of its source` };
  }
  const [q, pos] = selectors as [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }];
  const prefix = utf8(q.prefix), suffix = utf8(q.suffix);
  if (q.exact !== c.text || src.text.slice(c.start - prefix.length, c.start) !== prefix || src.text.slice(c.end, c.end + suffix.length) !== suffix) return { code: 'SELECTOR', message: 'the TextQuoteSelector does not match the source text' };
  if (pos.start !== src.cp(c.start) || pos.end !== src.cp(c.end)) return { code: 'SELECTOR', message: 'the TextPositionSelector does not match the claim offsets' };
  return undefined;
}

export function verifyLedger(o: VerifyOptions): VerifyResult {
  const outputDir = o.outputDir ?? path.dirname(o.ledger);
  if (!existsSync(o.ledger)) return { status: 'unverifiable', line: 0, code: 'NOT_FOUND', message: `${o.ledger} does not exist` };
  const size = statSync(o.ledger).size;
  const torn = tornLine(o.ledger, size);
  if (torn) return torn;
  return finish(o, outputDir, [scanFile(o.ledger, 0, size, 0, path.join(outputDir, 'texts'))]);
}

/**
 * The same verification with the per-line checks split over worker threads, one run of lines each,
 * for large ledgers on several cores. The result is the one verifyLedger gives. This thread only
 * splits the file and joins the runs: each worker gets a small young generation (YOUNG_MB), which
 * this thread's heap cannot be given once Node has started; measured here, a cold worker checks a
 * ledger about 10% faster with it (fewer fresh pages faulted in while its heap grows), enough to pay
 * for the start-up (about 65 ms) that checking in this thread would have saved.
 */
export async function verifyLedgerParallel(o: VerifyOptions & { threads?: number }): Promise<VerifyResult> {
  const outputDir = o.outputDir ?? path.dirname(o.ledger);
  if (!existsSync(o.ledger)) return { status: 'unverifiable', line: 0, code: 'NOT_FOUND', message: `${o.ledger} does not exist` };
  const size = statSync(o.ledger).size;
  // one worker per core, each with MIN_RUN bytes or more; `threads` forces the count
  const threads = o.threads ?? Math.min(availableParallelism(), Math.floor(size / MIN_RUN));
  if (threads < 2) return verifyLedger(o);
  if (size && lastByte(o.ledger, size) !== 10) return verifyLedger(o); // a torn line: reported the usual way
  const textsDir = path.join(outputDir, 'texts');
  const { Worker } = await import('node:worker_threads');
  // under the test runner this file is src/ledger/verify.ts: the compiled worker lives in dist/
  const here = fileURLToPath(import.meta.url);
  const workerFile = here.endsWith('.ts') ? path.resolve(path.dirname(here), '../../dist/ledger/verify-worker.js') : path.resolve(path.dirname(here), 'verify-worker.js');
  // the workers start first (loading the checks takes a while) and wait for their byte range
  const workers = Array.from({ length: threads }, () => new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } }));
  const fd = openSync(o.ledger, 'r');
  const bounds: number[] = [0];
  try {
    const win = Buffer.alloc(1 << 16);
    for (let k = 1; k < threads; k++) {
      // the end of the line that holds byte size·k/threads
      let pos = Math.max(bounds[k - 1], Math.floor((size * k) / threads));
      for (;;) {
        const n = readSync(fd, win, 0, win.length, pos);
        const nl = win.subarray(0, n).indexOf(10);
        if (nl >= 0) { pos += nl + 1; break; }
        if (n <= 0) { pos = size; break; }
        pos += n;
      }
      bounds.push(pos);
    }
    bounds.push(size);
  } finally { closeSync(fd); }
  // every worker starts at once: a run after the first takes its first line's number from that line's seq
  // (firstLine −1) while this thread counts the lines before it; a run whose seq did not match the count
  // (an edited ledger) is checked again here with its true first line, so the verdict is one thread's
  const pending = workers.map((w, k) => {
    const p = new Promise<ChunkScan>((resolve, reject) => {
      w.once('message', (r: ChunkScan) => { resolve(r); void w.terminate(); });
      w.once('error', reject);
    });
    w.postMessage({ file: o.ledger, start: bounds[k], end: bounds[k + 1], firstLine: k === 0 ? 0 : -1, textsDir });
    return p;
  });
  const firstLines = [0];
  for (let k = 1; k < workers.length; k++) firstLines.push(firstLines[k - 1] + countLines(o.ledger, bounds[k - 1], bounds[k]));
  const scans = await Promise.all(pending);
  for (let k = 1; k < scans.length; k++) {
    if (scans[k].firstLine !== firstLines[k]) scans[k] = scanFile(o.ledger, bounds[k], bounds[k + 1], firstLines[k], textsDir);
  }
  return finish(o, outputDir, scans);
}

/** a worker is started only for a run of this many bytes or more */
const MIN_RUN = 12e6;
/** each worker's young generation, in MB */
const YOUNG_MB = 6;

function lastByte(file: string, size: number): number {
  const fd = openSync(file, 'r');
  try { const b = Buffer.alloc(1); readSync(fd, b, 0, 1, size - 1); return b[0]; } finally { closeSync(fd); }
}

/** Newlines in [start, end) of a file. */
function countLines(file: string, start: number, end: number): number {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let n = 0;
    for (let pos = start; pos < end;) {
      const got = readSync(fd, buf, 0, Math.min(buf.length, end - pos), pos);
      if (got <= 0) break;
      for (let p = buf.indexOf(10); p >= 0 && p < got; p = buf.indexOf(10, p + 1)) n++;
      pos += got;
    }
    return n;
  } finally { closeSync(fd); }
}

function tornLine(file: string, size: number): Failure | undefined {
  if (size && lastByte(file, size) !== 10) {
    const n = countLines(file, 0, size) + 1;
    return { status: 'invalid', line: n, code: 'TORN_LINE', message: 'the last line is not complete (no final newline)' };
  }
  return undefined;
}

/** A chunk's failure as the result (without its place in the order of checks). */
const reported = ({ status, line, code, message }: Failure): VerifyResult => ({ status, line, code, message });

/** The chain, the checks that need earlier chunks, then checkpoints, raw inputs and --since. */
function finish(o: VerifyOptions, outputDir: string, scans: ChunkScan[]): VerifyResult {
  const invalid = (line: number, code: VerifyCode, message: string): VerifyResult => ({ status: 'invalid', line, code, message });
  const unverifiable = (line: number, code: VerifyCode, message: string): VerifyResult => ({ status: 'unverifiable', line, code, message });
  const textsDir = path.join(outputDir, 'texts');
  const runs = scans.map((c) => ({ from: c.firstLine, leaves: HashList.of(c.leaves, c.count), prevs: HashList.of(c.prevs, c.count), nodes: (c.nodes ?? []).map((l) => ({ first: l.first, hashes: HashList.of(l.bytes, l.count) })) }));
  /** the leaves of the lines passed so far, as hex (built only where a rare check needs them) */
  const leavesSoFar = (upTo: number): string[] => runs.flatMap((r) => r.leaves.toArray()).slice(0, upTo);
  let leafSet: Set<string> | undefined; // the leaves so far, made at the first event
  const sources = new Map<string, SourceInfo>();
  const loaded = new Map<string, LoadedText>();
  /** the prev of line index k, where its chunk read it */
  const prevAt = (k: number): string | undefined => {
    for (const r of runs) if (k >= r.from && k < r.from + r.prevs.count) return r.prevs.hex(k - r.from);
    return undefined;
  };
  const zero = new HashList(1);
  zero.push(ZERO_HASH);
  // the previous line's leaf: a list and an index into it
  let headList = zero, headAt = 0;
  let n = 0; // global index of the next line
  for (const [si, scan] of scans.entries()) {
    const run = runs[si];
    const deferred = new Map(scan.deferred.map((d) => [d.line, d]));
    for (let j = 0; j < scan.count; j++, n++) {
      const ln = n + 1;
      if (!run.prevs.same(j, headList, headAt)) {
        const leaf = run.leaves.hex(j), prev = run.prevs.hex(j), head = headList.hex(headAt);
        // either this line's prev was changed, or the line before it was: the next line's prev tells which
        let next: string | undefined = prevAt(n + 1);
        // on the last line there is no next prev: a checkpoint over the whole ledger tells instead
        if (n > 0 && next === undefined && !scan.failure && si === scans.length - 1 && signedWith(outputDir, [...leavesSoFar(n - 1), prev, leaf])) next = leaf;
        if (n > 0 && next === leaf) return invalid(ln - 1, 'CHAIN', `the entry was changed: its leaf hash no longer equals the prev of line ${ln}`);
        return invalid(ln, 'CHAIN', `prev ${prev.slice(0, 12)}… does not equal the previous entry's leaf hash ${head.slice(0, 12)}…`);
      }
      // the failing line of a chunk passed the chain: its own failure comes next
      if (scan.failure && !scan.failure.beforeChain && scan.failure.line === ln) return reported(scan.failure);
      const d = deferred.get(ln);
      if (d?.kind === 'claim') {
        const src = sources.get(d.source);
        if (!src) return invalid(ln, 'UNKNOWN_SOURCE', 'the claim names a source entry that does not come earlier in the ledger');
        let t = loaded.get(src.sha);
        if (!t) {
          const text = readFileSync(path.join(textsDir, `${src.sha}.txt`), 'utf8');
          t = loadedText(text);
          remember(loaded, src.sha, t);
        }
        const f = claimFailure(t, d.claim, d.selectors);
        if (f) return invalid(ln, f.code, f.message);
      } else if (d?.kind === 'event' && !(leafSet ??= new Set(leavesSoFar(n))).has(d.about)) {
        return invalid(ln, 'UNKNOWN_SUBJECT', 'the event is about an entry that does not come earlier in the ledger');
      }
      headList = run.leaves; headAt = j;
      leafSet?.add(run.leaves.hex(j));
    }
    for (const [leaf, info] of scan.sources) sources.set(leaf, info);
    if (scan.failure) return reported(scan.failure);
  }
  const size = n, head = headList.hex(headAt);
  // 1b. every article is whole: a source is followed by as many claim entries as it announces
  const claimCounts = new Map<string, number>();
  for (const scan of scans) for (const [leaf, c] of scan.claimCounts) claimCounts.set(leaf, (claimCounts.get(leaf) ?? 0) + c);
  for (const [leaf, { body, line }] of sources) {
    if (typeof body.claims === 'number' && (claimCounts.get(leaf) ?? 0) !== body.claims) return invalid(line, 'INCOMPLETE_ARTICLE', `the source announces ${body.claims} claim entries, the ledger has ${claimCounts.get(leaf) ?? 0}`);
  }
  // 2. checkpoints, against the pinned key
  const notes = listCheckpoints(outputDir);
  if (!o.key) return unverifiable(size, 'NO_KEY', 'no verifier key is pinned: pass --key (the verifier key the ledger\'s owner published; `run` printed it when it created the signing key) or set ledger.publicKey in the config');
  if (!notes.length) return unverifiable(size, 'NO_CHECKPOINT', `no signed checkpoint in ${path.join(outputDir, 'checkpoints')}`);
  let latest: Checkpoint | undefined;
  const rootOf = rootsOfRuns(runs);
  for (const { file, note } of notes) {
    const r = openCheckpoint(note, o.key);
    if (!r.ok) return invalid(0, r.code, `${path.basename(file)}: ${r.message}`);
    const cp = r.checkpoint;
    if (cp.origin !== o.key.name) return invalid(0, 'WRONG_ORIGIN', `${path.basename(file)} is for the log "${cp.origin}", the key for "${o.key.name}"`);
    if (cp.size > size) return invalid(size, 'CHECKPOINT_AHEAD', `${path.basename(file)} signs ${cp.size} entries but the ledger has ${size}: entries were removed`);
    if (rootOf(cp.size) !== cp.root) return invalid(cp.size, 'CHECKPOINT_ROOT', `the Merkle root of the first ${cp.size} entries differs from the root ${path.basename(file)} signs`);
    if (!latest || cp.size >= latest.size) latest = cp;
  }
  // 3. the end of the ledger is signed
  if (!latest || latest.size < size) return unverifiable(size, 'UNSIGNED_TAIL', `entries ${(latest?.size ?? 0) + 1}–${size} come after the last signed checkpoint`);
  // 4a. raw inputs
  let sourcesChecked: number | undefined;
  if (o.sources) {
    sourcesChecked = 0;
    for (const { body, line } of sources.values()) {
      const input = utf8(String(body.input));
      const raw = readRaw(o.sources, input);
      if (raw === undefined) return unverifiable(line, 'SOURCE_MISSING', `the input ${input} is not in ${o.sources}`);
      if (sha256Hex(raw) !== body.sha256Raw) return invalid(line, 'SOURCE_HASH', `the input ${input} does not hash to sha256Raw`);
      sourcesChecked++;
    }
  }
  // 4b. an older checkpoint kept elsewhere must be a prefix of today's tree
  if (o.since) {
    const r = openCheckpoint(readFileSync(o.since, 'utf8'), o.key);
    if (!r.ok) return invalid(0, r.code, `${o.since}: ${r.message}`);
    const old = r.checkpoint;
    if (old.size > latest.size) return invalid(size, 'TRUNCATED', `the older checkpoint signs ${old.size} entries, today's ledger has ${latest.size}: it was truncated`);
    if (old.size > 0 && !verifyConsistency(old.size, latest.size, consistencyProof(leavesSoFar(size), old.size, latest.size), old.root, latest.root)) {
      return invalid(old.size, 'CONSISTENCY', `the first ${old.size} entries are not those the older checkpoint signed: the ledger was rewritten`);
    }
  }
  return { status: 'valid', entries: size, head, root: latest.root, checkpoints: notes.length, ...(sourcesChecked !== undefined ? { sources: sourcesChecked } : {}) };
}

/** The raw bytes of an input as recorded in a source entry: a file under `dir`, or line N of a JSONL file there. */
function readRaw(dir: string, input: string): Uint8Array | string | undefined {
  const candidates = [path.join(dir, input), path.join(dir, path.basename(input))];
  for (const p of candidates) if (existsSync(p)) return readFileSync(p);
  const m = /^(.*):(\d+)$/.exec(input);
  if (m) {
    for (const p of [path.join(dir, m[1]), path.join(dir, path.basename(m[1]))]) {
      if (!existsSync(p)) continue;
      const line = readFileSync(p, 'utf8').split('\n')[Number(m[2]) - 1];
      if (line === undefined) return undefined;
      try { const o = JSON.parse(line); return typeof o.html === 'string' ? o.html : typeof o.text === 'string' ? o.text : undefined; } catch { return undefined; }
    }
  }
  return undefined;
}
