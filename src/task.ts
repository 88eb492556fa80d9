// One article's work, done off the writer's thread: read or parse the input, skip it when it is in
// the ledger already, run the pipeline, store its text and record file, and prepare its ledger
// entries' bodies as canonical strings. The writer then only chains them (seq, prev) in input order.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleInput, ClaimType } from './article.js';
import type { Config } from './config.js';
import { parseJsonlLine } from './jsonl.js';
import { knownKey, storeText } from './ledger/append.js';
import { canonical } from './ledger/canonical.js';
import { claimBody, sourceBody } from './ledger/entries.js';
import { processArticle, rawHash } from './pipeline.js';
import { recordFileName, toRecord } from './record.js';
import { EXTRACTOR_VERSION } from './stages/extract.js';
import { assertSpan } from './span.js';
import { SOURCE_PLACEHOLDER } from './ledger/hash.js';

export type TaskInput =
  | { kind: 'file'; path: string; name?: string }
  | { kind: 'line'; line: string; name: string }
  | { kind: 'bytes'; bytes: Uint8Array; name: string }
  | { kind: 'input'; input: ArticleInput };

/**
 * `outputDir`: the worker stores the frozen text and the record file there itself (a local run: one disk).
 * Without it (a worker on another machine) they come back in the result, `stored`, for the sequencer to write.
 */
export interface TaskArgs { item: TaskInput; config: Config; configHash: string; outputDir?: string; known: ReadonlySet<string> }

/** What the sequencer writes for a remote worker: the frozen text (content-addressed) and the record file. */
export interface Stored { sha256Text: string; text: string; record: string }

export type TaskResult =
  | { status: 'skipped'; name: string; sha256Raw: string }
  | { status: 'reject'; name: string; id?: string; code: string; message: string; sha256Raw?: string }
  | { status: 'ok'; name: string; id: string; sha256Raw: string; source: string; claims: string[]; counts: Partial<Record<ClaimType, number>>; stored?: Stored };

/** An article input as JSON (a queue job, a manifest line): the raw bytes as base64, or the text as it was given. */
export interface SerialInput { id?: string; name: string; mediaType?: ArticleInput['mediaType']; url?: string; published?: string; raw: string; base64?: true }

export function serialInput(i: ArticleInput): SerialInput {
  const raw = typeof i.raw === 'string' ? { raw: i.raw } : { raw: Buffer.from(i.raw.buffer, i.raw.byteOffset, i.raw.length).toString('base64'), base64: true as const };
  return { ...(i.id !== undefined ? { id: i.id } : {}), name: i.name, ...(i.mediaType ? { mediaType: i.mediaType } : {}), ...(i.url ? { url: i.url } : {}), ...(i.published ? { published: i.published } : {}), ...raw };
}

export function fromSerial(s: SerialInput): ArticleInput {
  const { raw, base64, ...rest } = s;
  if (!base64) return { ...rest, raw };
  const b = Buffer.from(raw, 'base64');
  return { ...rest, raw: new Uint8Array(b.buffer, b.byteOffset, b.length) };
}


/** The article an item stands for (a file read, a JSONL line parsed), or why the line is no article. */
export function toInput(item: TaskInput): ArticleInput | { reject: { name: string; id?: string; code: string; message: string } } {
  if (item.kind === 'input') return item.input;
  if (item.kind === 'file') {
    const raw = readFileSync(item.path);
    return { name: item.name ?? item.path, raw: new Uint8Array(raw.buffer, raw.byteOffset, raw.length) };
  }
  const line = item.kind === 'bytes' ? Buffer.from(item.bytes.buffer, item.bytes.byteOffset, item.bytes.length).toString('utf8') : item.line;
  const r = parseJsonlLine(line, item.name);
  return r.ok ? r.input : { reject: { name: item.name, id: r.id, code: r.code, message: r.message } };
}

/** The article an item stands for with its raw hash, or the result it has without any work: a reject (no article) or a skip (in the ledger already). */
export function admit(item: TaskInput, known: ReadonlySet<string>, configHash: string): { input: ArticleInput; sha256Raw: string } | TaskResult {
  const input = toInput(item);
  if ('reject' in input) return { status: 'reject', ...input.reject };
  const sha256Raw = rawHash(input);
  if (known.has(knownKey(sha256Raw, configHash))) return { status: 'skipped', name: input.name, sha256Raw };
  return { input, sha256Raw };
}

export function runTask(a: TaskArgs): TaskResult {
  const admitted = admit(a.item, a.known, a.configHash);
  if ('status' in admitted) return admitted;
  const { input, sha256Raw } = admitted;
  const r = processArticle(input, a.config, sha256Raw);
  if (!r.ok) return { status: 'reject', name: input.name, id: input.id, code: r.code, message: r.message, sha256Raw: r.sha256Raw };
  const file = r.file;
  let stored: Stored | undefined;
  if (!a.outputDir) stored = { sha256Text: file.sha256Text, text: file.text, record: JSON.stringify(toRecord(file)) + '\n' };
  else try {
    storeText(path.join(a.outputDir, 'texts'), file);
    writeFileSync(path.join(a.outputDir, 'articles', recordFileName(file.id)), JSON.stringify(toRecord(file)) + '\n');
  } catch (e) {
    // a full disk: the writer stops the run (nothing of this article is in the ledger; the next run does it)
    return { status: 'reject', name: input.name, id: file.id, code: 'WRITE_FAILED', message: `${input.name}: could not store its text or record: ${(e as Error).message}`, sha256Raw };
  }
  const counts: Partial<Record<ClaimType, number>> = {};
  const claims: string[] = [];
  // (the entries are built by code from a record that passed its schema in the pipeline's last stage;
  //  they are not checked one by one here: test/ledger.test.ts checks what the builders make against
  //  the ledger-entry schema, and verify checks every line of the ledger)
  for (const c of file.data.claims) {
    assertSpan(file.text, c, `claim ${c.id}`); // offsets are sacred: checked before every append
    claims.push(canonical(claimBody(file, c, SOURCE_PLACEHOLDER)));
    counts[c.type] = (counts[c.type] ?? 0) + 1;
  }
  return { status: 'ok', name: input.name, id: file.id, sha256Raw, source: canonical(sourceBody(file, EXTRACTOR_VERSION, a.configHash)), claims, counts, ...(stored ? { stored } : {}) };
}
