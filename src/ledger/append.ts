// The single writer of ledger.jsonl. Each article's entries go out in one write followed by fsync, so
// a crash leaves at most one torn last line, which the next open cuts back (and says so).
import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, renameSync, truncateSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { threadId } from 'node:worker_threads';
import { sha256Hex } from '../hash.js';
import path from 'node:path';
import type { ArticleFile } from '../article.js';
import { check } from '../validate.js';
import { canonical } from './canonical.js';
import type { Entry, EntryType } from './entries.js';
import { leafHash, ZERO_HASH } from './hash.js';

export interface LedgerState { seq: number; head: string; leaves: string[]; known: Set<string>; repaired?: string }

/** A write to the ledger (or the rejects file) that did not complete: the disk is full, a file size
 *  limit was reached. What was written of it is cut back, so the ledger holds whole articles only. */
export class LedgerWriteError extends Error {
  constructor(message: string, readonly code: string) { super(message); }
}

const WHY: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  EFBIG: 'the file size limit was reached',
  EIO: 'the disk reported an I/O error',
};

/**
 * Appends `data` whole or not at all: every write is checked for the bytes it took (a full disk
 * takes part of a write, then fails), and on any failure the file is cut back to its size before.
 */
export function appendWhole(file: string, data: string, fsync: boolean, what: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const buf = Buffer.from(data, 'utf8');
  const fd = openSync(file, 'a');
  const before = fstatSync(fd).size;
  try {
    for (let off = 0; off < buf.length;) {
      const n = writeSync(fd, buf, off, buf.length - off);
      if (n <= 0) throw Object.assign(new Error('a write took no bytes'), { code: 'EIO' });
      off += n;
    }
    if (fsync) fsyncSync(fd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    let undone = true;
    try { ftruncateSync(fd, before); } catch { undone = false; }
    throw new LedgerWriteError(`could not write ${what} to ${file}: ${WHY[code] ?? (e as Error).message} (${code}); ${undone ? 'nothing of it was kept' : 'the partial write will be cut back on the next run'}. Free space and run again: what is in the ledger already is skipped`, code);
  } finally { closeSync(fd); }
}

interface OpenArticle { at: number; seq: number; prev: string; leaves: number; key: string; article: string; announced: number; seen: number }

/** What says an input is in the ledger already: its raw bytes' hash under one config (LedgerState.known). */
export const knownKey = (sha256Raw: string, configHash: string): string => `${sha256Raw}:${configHash}`;

/**
 * Reads the ledger's tail state. Cuts back what an interrupted run can leave: a torn last line, and an
 * article whose source entry announces more claim entries than follow it (says so in `repaired`).
 */
export function openLedger(file: string): LedgerState {
  const state: LedgerState = { seq: 0, head: ZERO_HASH, leaves: [], known: new Set() };
  if (!existsSync(file)) return state;
  const data = readFileSync(file);
  const repairs: string[] = [];
  let end = data.length;
  if (end && data[end - 1] !== 10) {
    end = data.lastIndexOf(10) + 1;
    repairs.push(`cut a torn last line (${data.length - end} bytes) left by an interrupted run`);
  }
  let open: OpenArticle | undefined;
  for (let from = 0; from < end;) {
    const nl = data.indexOf(10, from);
    const line = data.toString('utf8', from, nl);
    if (line) {
      const e = JSON.parse(line) as Entry;
      if (e.type === 'source') {
        const key = knownKey(String(e.body.sha256Raw), String(e.body.config));
        const announced = typeof e.body.claims === 'number' ? e.body.claims : -1;
        open = { at: from, seq: e.seq, prev: e.prev, leaves: state.leaves.length, key, article: String(e.body.article), announced, seen: 0 };
        state.known.add(key);
      } else if (e.type === 'claim' && open) open.seen++;
      else open = undefined;
      state.seq = e.seq + 1;
      state.head = leafHash(line);
      state.leaves.push(state.head);
    }
    from = nl + 1;
  }
  if (open && open.seen < open.announced) {
    end = open.at;
    state.leaves.length = open.leaves;
    state.known.delete(open.key);
    state.seq = open.seq;
    state.head = open.prev;
    repairs.push(`cut back article ${open.article}, which had ${open.seen} of its ${open.announced} claim entries (an interrupted run); it will be processed again`);
  }
  if (end < data.length) truncateSync(file, end);
  if (repairs.length) state.repaired = repairs.join('; ');
  return state;
}

/**
 * Writes the frozen text content-addressed, so claims can be re-anchored without the input. Each writer
 * (process and thread) has its own temporary name; the rename is atomic, so two writers storing the same
 * text (one story syndicated twice) both succeed with the same bytes.
 */
export function storeText(dir: string, file: Pick<ArticleFile, 'sha256Text' | 'text'>): void {
  const p = path.join(dir, `${file.sha256Text}.txt`);
  if (existsSync(p)) return;
  mkdirSync(dir, { recursive: true });
  const tmp = `${p}.tmp-${process.pid}-${threadId}-${randomBytes(4).toString('hex')}`;
  try {
    writeFileSync(tmp, file.text, 'utf8');
    renameSync(tmp, p);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* not written */ }
    // another writer's rename won: the content-addressed file with the right hash is all that is needed
    if (existsSync(p) && sha256Hex(readFileSync(p)) === file.sha256Text) return;
    throw e;
  }
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
  appendWhole(ledgerFile, lines.join('\n') + '\n', true, entries.length === 1 ? `a ${entries[0].type} entry` : `${entries.length} entries`);
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
  const leaves: string[] = [];
  const line = (type: EntryType, body: string) => `{"body":${body},"prev":"${head}","seq":${seq},"type":"${type}","v":1}`;
  const s = line('source', source);
  lines.push(s);
  const sourceLeaf = leafHash(s);
  head = sourceLeaf; seq++;
  leaves.push(sourceLeaf);
  for (const c of claims) {
    const at = c.lastIndexOf(placeholder);
    const l = line('claim', at < 0 ? c : c.slice(0, at) + sourceLeaf + c.slice(at + placeholder.length));
    lines.push(l);
    head = leafHash(l); seq++;
    leaves.push(head);
  }
  appendWhole(ledgerFile, lines.join('\n') + '\n', fsync, `an article (${lines.length} entries)`);
  for (const l of leaves) state.leaves.push(l);
  return { seq, head, leaves: state.leaves, known: state.known };
}

/** Appends an event about an earlier entry (a review, a correction, a retraction): nothing is edited. */
export function appendEvent(ledgerFile: string, state: LedgerState, about: string, kind: string, details: Record<string, unknown>): LedgerState {
  return appendEntries(ledgerFile, state, [{ type: 'event', body: { about, kind, ...details } }]);
}
