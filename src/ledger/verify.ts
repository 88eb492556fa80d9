// Verification shares no state with appending and trusts nothing stored: every hash is recomputed,
// every signature checked against a key the caller pins. Result: valid (exit 0), invalid (exit 1) or
// unverifiable (exit 2: evidence is missing); never "valid" on missing evidence.
// Order of checks, first failure reported with its line (entry number, 1-based) and a stable code:
//   1. each line: UTF-8, JSON, its own RFC 8785 canonical form, the entry schema, seq, prev;
//      a source's stored text and its hash; a claim's source comes earlier, its text (and its speaker mention, cue and clause) at their offsets,
//      its selectors; an event's subject comes earlier
//   2. every checkpoint: signed by the pinned key, its size within the ledger, its root recomputed
//   3. the ledger's end is covered by a checkpoint
//   4. with --sources: every raw input hashes to sha256Raw; with --since: the older checkpoint is a
//      prefix of today's (RFC 9162 consistency proof)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { check } from '../validate.js';
import { codePointOffset } from '../span.js';
import { canonical } from './canonical.js';
import { leafHashBytes, ZERO_HASH } from './hash.js';
import { isUtf8 } from 'node:buffer';
import { listCheckpoints, openCheckpoint, parseCheckpointText, type Checkpoint } from './checkpoint.js';
import { consistencyProof, merkleRoot, verifyConsistency } from './merkle.js';
import type { Verifier } from './sign.js';

export type VerifyCode =
  | 'NOT_FOUND' | 'BAD_UTF8' | 'TORN_LINE' | 'BAD_JSON' | 'NOT_CANONICAL' | 'SCHEMA' | 'SEQ' | 'CHAIN'
  | 'TEXT_MISSING' | 'TEXT_HASH' | 'TEXT_LENGTH' | 'UNKNOWN_SOURCE' | 'CLAIM_TEXT' | 'SPAN_TEXT' | 'SELECTOR' | 'UNKNOWN_SUBJECT'
  | 'NO_KEY' | 'NO_CHECKPOINT' | 'NOTE_FORMAT' | 'NO_SIGNATURE' | 'BAD_SIGNATURE' | 'CHECKPOINT_FORMAT' | 'WRONG_ORIGIN'
  | 'CHECKPOINT_AHEAD' | 'CHECKPOINT_ROOT' | 'UNSIGNED_TAIL' | 'SOURCE_MISSING' | 'SOURCE_HASH' | 'TRUNCATED' | 'CONSISTENCY';

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

const sha256 = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

interface Spanned { text: string; start: number; end: number }

/** Whether some checkpoint in the output states the root of exactly these leaves (used only to say which line changed). */
function signedWith(outputDir: string, leaves: string[]): boolean {
  const root = merkleRoot(leaves);
  return listCheckpoints(outputDir).some(({ note }) => {
    const cp = parseCheckpointText(note);
    return cp?.size === leaves.length && cp.root === root;
  });
}

export function verifyLedger(o: VerifyOptions): VerifyResult {
  const outputDir = o.outputDir ?? path.dirname(o.ledger);
  const textsDir = path.join(outputDir, 'texts');
  const invalid = (line: number, code: VerifyCode, message: string): VerifyResult => ({ status: 'invalid', line, code, message });
  const unverifiable = (line: number, code: VerifyCode, message: string): VerifyResult => ({ status: 'unverifiable', line, code, message });
  if (!existsSync(o.ledger)) return unverifiable(0, 'NOT_FOUND', `${o.ledger} does not exist`);
  const bytes = readFileSync(o.ledger);
  // 1. each line
  const leaves: string[] = [];
  const leafSet = new Set<string>();
  const sources = new Map<string, { text: string; body: Record<string, unknown>; line: number; cp: (i: number) => number }>();
  const texts = new Map<string, string>();
  let head = ZERO_HASH;
  // one native UTF-8 check over the file, then line by line (ASCII lines stay one-byte strings)
  if (!isUtf8(bytes)) {
    let from = 0, n = 0;
    while (from < bytes.length) {
      n++;
      const to = bytes.indexOf(10, from);
      if (!isUtf8(bytes.subarray(from, to < 0 ? bytes.length : to))) return invalid(n, 'BAD_UTF8', 'the line is not valid UTF-8');
      from = to < 0 ? bytes.length : to + 1;
    }
  }
  const lines: string[] = [];
  const ends: number[] = [];
  for (let from = 0; from < bytes.length;) {
    const to = bytes.indexOf(10, from);
    if (to < 0) return invalid(lines.length + 1, 'TORN_LINE', 'the last line is not complete (no final newline)');
    lines.push(bytes.toString('utf8', from, to));
    ends.push(to);
    from = to + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i], ln = i + 1;
    let entry: Record<string, unknown>;
    try { entry = JSON.parse(line); } catch (e) { return invalid(ln, 'BAD_JSON', (e as Error).message); }
    if (!isCanonical(entry, line)) return invalid(ln, 'NOT_CANONICAL', 'the line is not its own RFC 8785 canonical form (edited, reordered or duplicate keys)');
    const problem = check('ledgerEntry', entry);
    if (problem) return invalid(ln, 'SCHEMA', `${problem.path} ${problem.message}`);
    if (entry.seq !== i) return invalid(ln, 'SEQ', `seq is ${entry.seq}, expected ${i}`);
    const leaf = leafHashBytes(bytes.subarray(i === 0 ? 0 : ends[i - 1] + 1, ends[i]));
    if (entry.prev !== head) {
      // either this line's prev was changed, or the line before it was: the next line's prev tells which
      let next: unknown;
      try { next = lines[i + 1] ? JSON.parse(lines[i + 1]).prev : undefined; } catch { next = undefined; }
      // on the last line there is no next prev: a checkpoint over the whole ledger tells instead
      if (i > 0 && next === undefined && signedWith(outputDir, [...leaves.slice(0, i - 1), String(entry.prev), leaf])) next = leaf;
      if (i > 0 && next === leaf) return invalid(ln - 1, 'CHAIN', `the entry was changed: its leaf hash no longer equals the prev of line ${ln}`);
      return invalid(ln, 'CHAIN', `prev ${String(entry.prev).slice(0, 12)}… does not equal the previous entry's leaf hash ${head.slice(0, 12)}…`);
    }
    const body = entry.body as Record<string, unknown>;
    if (entry.type === 'source') {
      const sha = String(body.sha256Text);
      let text = texts.get(sha);
      if (text === undefined) {
        const p = path.join(textsDir, `${sha}.txt`);
        if (!existsSync(p)) return unverifiable(ln, 'TEXT_MISSING', `the stored text ${p} is missing`);
        text = readFileSync(p, 'utf8');
        if (sha256(text) !== sha) return invalid(ln, 'TEXT_HASH', `${p} does not hash to sha256Text`);
        texts.set(sha, text);
      }
      if (text.length !== body.length) return invalid(ln, 'TEXT_LENGTH', `the stored text has ${text.length} UTF-16 units, the entry says ${body.length}`);
      // code point offsets equal UTF-16 offsets unless the text has astral characters
      const astral = /[\uD800-\uDFFF]/.test(text);
      const t = text;
      sources.set(leaf, { text, body, line: ln, cp: astral ? (i: number) => codePointOffset(t, i) : (i: number) => i });
    } else if (entry.type === 'claim') {
      const src = sources.get(String(body.source));
      if (!src) return invalid(ln, 'UNKNOWN_SOURCE', 'the claim names a source entry that does not come earlier in the ledger');
      const c = body.claim as { text: string; start: number; end: number };
      if (src.text.slice(c.start, c.end) !== c.text) return invalid(ln, 'CLAIM_TEXT', `the claim's text is not found at [${c.start}, ${c.end}) of its source`);
      // every other span the claim carries (speaker mention, cue, clause) slices back too
      const cl = body.claim as { speaker?: { mention?: Spanned } | null; cue?: Spanned | null; clause?: Spanned };
      for (const [what, sp] of [['speaker mention', cl.speaker?.mention], ['cue', cl.cue], ['clause', cl.clause]] as const) {
        if (sp && src.text.slice(sp.start, sp.end) !== sp.text) return invalid(ln, 'SPAN_TEXT', `the claim's ${what} is not found at [${sp.start}, ${sp.end}) of its source`);
      }
      const [q, pos] = body.selectors as [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }];
      if (q.exact !== c.text || src.text.slice(c.start - q.prefix.length, c.start) !== q.prefix || src.text.slice(c.end, c.end + q.suffix.length) !== q.suffix) return invalid(ln, 'SELECTOR', 'the TextQuoteSelector does not match the source text');
      if (pos.start !== src.cp(c.start) || pos.end !== src.cp(c.end)) return invalid(ln, 'SELECTOR', 'the TextPositionSelector does not match the claim offsets');
    } else if (entry.type === 'event') {
      if (!leafSet.has(String(body.about))) return invalid(ln, 'UNKNOWN_SUBJECT', 'the event is about an entry that does not come earlier in the ledger');
    }
    head = leaf;
    leaves.push(leaf);
    leafSet.add(leaf);
  }
  // 2. checkpoints, against the pinned key
  const notes = listCheckpoints(outputDir);
  if (!o.key) return unverifiable(leaves.length, 'NO_KEY', 'no verifier key is pinned: pass --key (the line in keys/ed25519.pub, published by the ledger\'s owner)');
  if (!notes.length) return unverifiable(leaves.length, 'NO_CHECKPOINT', `no signed checkpoint in ${path.join(outputDir, 'checkpoints')}`);
  let latest: Checkpoint | undefined;
  for (const { file, note } of notes) {
    const r = openCheckpoint(note, o.key);
    if (!r.ok) return invalid(0, r.code, `${path.basename(file)}: ${r.message}`);
    const cp = r.checkpoint;
    if (cp.origin !== o.key.name) return invalid(0, 'WRONG_ORIGIN', `${path.basename(file)} is for the log "${cp.origin}", the key for "${o.key.name}"`);
    if (cp.size > leaves.length) return invalid(leaves.length, 'CHECKPOINT_AHEAD', `${path.basename(file)} signs ${cp.size} entries but the ledger has ${leaves.length}: entries were removed`);
    if (merkleRoot(leaves, 0, cp.size) !== cp.root) return invalid(cp.size, 'CHECKPOINT_ROOT', `the Merkle root of the first ${cp.size} entries differs from the root ${path.basename(file)} signs`);
    if (!latest || cp.size >= latest.size) latest = cp;
  }
  // 3. the end of the ledger is signed
  if (!latest || latest.size < leaves.length) return unverifiable(leaves.length, 'UNSIGNED_TAIL', `entries ${(latest?.size ?? 0) + 1}–${leaves.length} come after the last signed checkpoint`);
  // 4a. raw inputs
  let sourcesChecked: number | undefined;
  if (o.sources) {
    sourcesChecked = 0;
    for (const { body, line } of sources.values()) {
      const raw = readRaw(o.sources, String(body.input));
      if (raw === undefined) return unverifiable(line, 'SOURCE_MISSING', `the input ${body.input} is not in ${o.sources}`);
      if (sha256(raw) !== body.sha256Raw) return invalid(line, 'SOURCE_HASH', `the input ${body.input} does not hash to sha256Raw`);
      sourcesChecked++;
    }
  }
  // 4b. an older checkpoint kept elsewhere must be a prefix of today's tree
  if (o.since) {
    const r = openCheckpoint(readFileSync(o.since, 'utf8'), o.key);
    if (!r.ok) return invalid(0, r.code, `${o.since}: ${r.message}`);
    const old = r.checkpoint;
    if (old.size > latest.size) return invalid(leaves.length, 'TRUNCATED', `the older checkpoint signs ${old.size} entries, today's ledger has ${latest.size}: it was truncated`);
    if (old.size > 0 && !verifyConsistency(old.size, latest.size, consistencyProof(leaves, old.size, latest.size), old.root, latest.root)) {
      return invalid(old.size, 'CONSISTENCY', `the first ${old.size} entries are not those the older checkpoint signed: the ledger was rewritten`);
    }
  }
  return { status: 'valid', entries: leaves.length, head, root: latest.root, checkpoints: notes.length, ...(sourcesChecked !== undefined ? { sources: sourcesChecked } : {}) };
}

/**
 * True when `line` is the RFC 8785 canonical form of `value` (the parse of `line`). Fast path: the native
 * JSON.stringify keeps the line's key order, numbers and escapes as RFC 8785 writes them, so the line is
 * canonical when it equals JSON.stringify of its parse and every object's keys are in sorted order.
 * Integer-like keys (which JavaScript reorders) fall back to the canonicalize library.
 */
function isCanonical(value: unknown, line: string): boolean {
  let integerKeys = false;
  const sorted = (v: unknown): boolean => {
    if (Array.isArray(v)) return v.every(sorted);
    if (v === null || typeof v !== 'object') return true;
    const keys = Object.keys(v);
    for (let i = 0; i < keys.length; i++) {
      if (/^(0|[1-9]\d*)$/.test(keys[i])) integerKeys = true;
      if (i > 0 && !(keys[i - 1] < keys[i])) return false;
      if (!sorted((v as Record<string, unknown>)[keys[i]])) return false;
    }
    return true;
  };
  const ok = sorted(value) && JSON.stringify(value) === line;
  if (ok || !integerKeys) return ok;
  try { return canonical(value) === line; } catch { return false; }
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
