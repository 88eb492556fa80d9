// The single writer of ledger.jsonl. Each article's entries go out in one write followed by fsync, so
// a crash leaves at most one torn last line, which the next open cuts back (and says so).
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { ArticleFile } from '../article.js';
import { check } from '../validate.js';
import { canonical } from './canonical.js';
import type { Entry, EntryType } from './entries.js';
import { leafHash, ZERO_HASH } from './hash.js';

export interface LedgerState { seq: number; head: string; leaves: string[]; known: Set<string>; repaired?: string }

/** Reads the ledger's tail state; cuts a torn last line back to the last complete entry. */
export function openLedger(file: string): LedgerState {
  const state: LedgerState = { seq: 0, head: ZERO_HASH, leaves: [], known: new Set() };
  if (!existsSync(file)) return state;
  let data = readFileSync(file, 'utf8');
  if (data.length && !data.endsWith('\n')) {
    const cut = data.lastIndexOf('\n') + 1;
    truncateSync(file, Buffer.byteLength(data.slice(0, cut), 'utf8'));
    state.repaired = `cut a torn last line (${data.length - cut} characters) left by an interrupted run`;
    data = data.slice(0, cut);
  }
  for (const line of data.split('\n')) {
    if (!line) continue;
    const e = JSON.parse(line) as Entry;
    state.seq = e.seq + 1;
    state.head = leafHash(line);
    state.leaves.push(state.head);
    if (e.type === 'source') state.known.add(`${e.body.sha256Raw}:${e.body.config}`);
  }
  return state;
}

/** Writes the frozen text content-addressed, so claims can be re-anchored without the input. */
export function storeText(dir: string, file: ArticleFile): void {
  const p = path.join(dir, `${file.sha256Text}.txt`);
  if (existsSync(p)) return;
  mkdirSync(dir, { recursive: true });
  const tmp = `${p}.tmp-${process.pid}`;
  writeFileSync(tmp, file.text, 'utf8');
  renameSync(tmp, p);
}

/** Appends entries in one write followed by fsync; returns the new state. Every entry is checked first. */
export function appendEntries(ledgerFile: string, state: LedgerState, entries: { type: EntryType; body: Record<string, unknown> }[]): LedgerState {
  const lines: string[] = [];
  let { seq, head } = state;
  const leaves = state.leaves;
  const added: string[] = [];
  for (const { type, body } of entries) {
    const entry: Entry = { v: 1, seq, type, prev: head, body };
    const problem = check('ledgerEntry', entry);
    if (problem) throw new Error(`entry ${seq} does not pass ${problem.schema}: ${problem.path} ${problem.message}`);
    const line = canonical(entry);
    lines.push(line);
    head = leafHash(line);
    added.push(head);
    seq++;
  }
  mkdirSync(path.dirname(ledgerFile), { recursive: true });
  const fd = openSync(ledgerFile, 'a');
  try { writeSync(fd, lines.join('\n') + '\n'); fsyncSync(fd); } finally { closeSync(fd); }
  for (const l of added) leaves.push(l);
  return { seq, head, leaves, known: state.known };
}

/**
 * Appends prepared entries: bodies already in canonical form (from the workers). Since an entry's keys
 * sort as body, prev, seq, type, v, its canonical line is assembled around the body string. Claims'
 * `source` placeholders become the source entry's leaf hash. One write and an optional fsync.
 */
export function appendPrepared(ledgerFile: string, state: LedgerState, source: string, claims: string[], placeholder: string, fsync = true): LedgerState {
  let { seq, head } = state;
  const lines: string[] = [];
  const line = (type: EntryType, body: string) => `{"body":${body},"prev":"${head}","seq":${seq},"type":"${type}","v":1}`;
  const s = line('source', source);
  lines.push(s);
  const sourceLeaf = leafHash(s);
  head = sourceLeaf; seq++;
  state.leaves.push(sourceLeaf);
  for (const c of claims) {
    const at = c.lastIndexOf(placeholder);
    const l = line('claim', at < 0 ? c : c.slice(0, at) + sourceLeaf + c.slice(at + placeholder.length));
    lines.push(l);
    head = leafHash(l); seq++;
    state.leaves.push(head);
  }
  mkdirSync(path.dirname(ledgerFile), { recursive: true });
  const fd = openSync(ledgerFile, 'a');
  try { writeSync(fd, lines.join('\n') + '\n'); if (fsync) fsyncSync(fd); } finally { closeSync(fd); }
  return { seq, head, leaves: state.leaves, known: state.known };
}

/** Appends an event about an earlier entry (a review, a correction, a retraction): nothing is edited. */
export function appendEvent(ledgerFile: string, state: LedgerState, about: string, kind: string, details: Record<string, unknown>): LedgerState {
  return appendEntries(ledgerFile, state, [{ type: 'event', body: { about, kind, ...details } }]);
}
