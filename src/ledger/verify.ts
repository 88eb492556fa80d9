// Verification shares no state with appending and trusts nothing stored: every hash is recomputed.
// Checks, in order, for each line: JSON, canonical form, schema, seq, prev; then sources' stored
// texts and every claim's text at its offsets. Reports the first failure with a stable code.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { check } from '../validate.js';
import { canonical } from './canonical.js';
import { leafHash, ZERO_HASH } from './hash.js';
import { codePointOffset } from '../span.js';
import { readCheckpoint } from './checkpoint.js';
import { merkleRoot } from './merkle.js';

export type VerifyCode = 'NOT_FOUND' | 'BAD_UTF8' | 'CHECKPOINT' | 'TORN_LINE' | 'BAD_JSON' | 'NOT_CANONICAL' | 'SCHEMA' | 'SEQ' | 'CHAIN' | 'TEXT_MISSING' | 'TEXT_HASH' | 'TEXT_LENGTH' | 'UNKNOWN_SOURCE' | 'CLAIM_TEXT' | 'SELECTOR';
export type VerifyResult = { ok: true; entries: number; head: string } | { ok: false; line: number; code: VerifyCode; message: string };

export function verifyLedger(ledgerFile: string, textsDir = path.join(path.dirname(ledgerFile), 'texts'), checkpointFile = path.join(path.dirname(ledgerFile), 'checkpoint.json')): VerifyResult {
  if (!existsSync(ledgerFile)) return { ok: false, line: 0, code: 'NOT_FOUND', message: `${ledgerFile} does not exist` };
  const bytes = readFileSync(ledgerFile);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const lines: string[] = [];
  for (let from = 0, n = 1; from <= bytes.length; n++) {
    let to = bytes.indexOf(10, from);
    if (to < 0) to = bytes.length;
    try { lines.push(utf8.decode(bytes.subarray(from, to))); } catch {
      return { ok: false, line: n, code: 'BAD_UTF8', message: 'the line is not valid UTF-8' };
    }
    from = to + 1;
  }
  if (lines[lines.length - 1] !== '') return { ok: false, line: lines.length, code: 'TORN_LINE', message: 'the last line is not complete (no final newline)' };
  lines.pop();
  const cp = readCheckpoint(checkpointFile);
  const leaves: string[] = [];
  const sources = new Map<string, { text: string }>();
  let head = ZERO_HASH;
  const fail = (line: number, code: VerifyCode, message: string): VerifyResult => ({ ok: false, line, code, message });
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1, line = lines[i];
    let entry: Record<string, unknown>;
    try { entry = JSON.parse(line); } catch (e) { return fail(n, 'BAD_JSON', (e as Error).message); }
    let canon: string;
    try { canon = canonical(entry); } catch (e) { return fail(n, 'NOT_CANONICAL', (e as Error).message); }
    if (canon !== line) return fail(n, 'NOT_CANONICAL', 'the line is not its own RFC 8785 canonical form (edited, reordered or duplicate keys)');
    const problem = check('ledgerEntry', entry);
    if (problem) return fail(n, 'SCHEMA', `${problem.path} ${problem.message}`);
    if (entry.seq !== i) return fail(n, 'SEQ', `seq is ${entry.seq}, expected ${i}`);
    const leaf = leafHash(line);
    if (entry.prev !== head) {
      // either this line's prev was changed, or the line before it was: the next line's prev tells which
      const next = lines[i + 1] ? (() => { try { return JSON.parse(lines[i + 1]).prev; } catch { return undefined; } })() : cp?.size === n ? cp.head : undefined;
      if (i > 0 && (next === leaf || next === undefined)) return fail(n - 1, 'CHAIN', `the entry was changed: its leaf hash no longer equals the prev of line ${n}`);
      return fail(n, 'CHAIN', `prev ${String(entry.prev).slice(0, 12)}… does not equal the previous entry's leaf hash ${head.slice(0, 12)}…`);
    }
    const body = entry.body as Record<string, unknown>;
    if (entry.type === 'source') {
      const p = path.join(textsDir, `${body.sha256Text}.txt`);
      if (!existsSync(p)) return fail(n, 'TEXT_MISSING', `the stored text ${p} is missing`);
      const text = readFileSync(p, 'utf8');
      if (createHash('sha256').update(text, 'utf8').digest('hex') !== body.sha256Text) return fail(n, 'TEXT_HASH', `${p} does not hash to sha256Text`);
      if (text.length !== body.length) return fail(n, 'TEXT_LENGTH', `stored text length ${text.length} differs from ${body.length}`);
      sources.set(leaf, { text });
    } else if (entry.type === 'claim') {
      const src = sources.get(String(body.source));
      if (!src) return fail(n, 'UNKNOWN_SOURCE', 'the claim names a source entry that does not come earlier in the ledger');
      const c = body.claim as { text: string; start: number; end: number };
      if (src.text.slice(c.start, c.end) !== c.text) return fail(n, 'CLAIM_TEXT', `the claim's text is not found at [${c.start}, ${c.end}) of its source`);
      const [q, pos] = body.selectors as [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }];
      if (q.exact !== c.text || src.text.slice(Math.max(0, c.start - q.prefix.length), c.start) !== q.prefix || src.text.slice(c.end, c.end + q.suffix.length) !== q.suffix) return fail(n, 'SELECTOR', 'the TextQuoteSelector does not match the source text');
      if (pos.start !== codePointOffset(src.text, c.start) || pos.end !== codePointOffset(src.text, c.end)) return fail(n, 'SELECTOR', 'the TextPositionSelector does not match the claim offsets');
    }
    head = leaf;
    leaves.push(leaf);
  }
  // the checkpoint of the last run pins the tree: a change to the last entries or a cut shows here
  if (cp) {
    if (cp.size > leaves.length) return fail(leaves.length, 'CHECKPOINT', `the checkpoint names ${cp.size} entries but the ledger has ${leaves.length}: entries were removed`);
    if (merkleRoot(leaves, 0, cp.size) !== cp.root) {
      // find the first entry that differs from what the checkpoint committed to: report the line
      return fail(cp.size, 'CHECKPOINT', `the Merkle root of the first ${cp.size} entries differs from the checkpoint's root`);
    }
  }
  return { ok: true, entries: lines.length, head };
}
