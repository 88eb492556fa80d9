// A batch run: every input → ledger entries (in input order) or a reject with its reason.
// The library function behind `claimledger run`; the CLI only parses flags and prints.
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import PQueue from 'p-queue';
import type { ArticleInput } from './article.js';
import { configHash, type Config } from './config.js';
import { listInputs } from './inputs.js';
import { parseJsonlLine } from './jsonl.js';
import { listCheckpoints, signCheckpoint, writeCheckpoint } from './ledger/checkpoint.js';
import { loadOrCreateSigner } from './ledger/keys.js';
import { merkleRoot } from './ledger/merkle.js';
import { appendArticle, openLedger, storeText, type LedgerState } from './ledger/append.js';
import { processArticle } from './pipeline.js';
import { toRecord } from './record.js';
import { EXTRACTOR_VERSION } from './stages/extract.js';
import { check } from './validate.js';

export interface RunOptions { config: Config; input: string; output: string; log?: (line: string) => void }
export interface RunSummary { processed: number; skipped: number; rejected: number; rejects: Record<string, number>; claims: Record<string, number>; seconds: number; ledger: string; checkpoint?: string; publicKey?: string }

export class LockedError extends Error {}

function lock(output: string): () => void {
  const p = path.join(output, '.lock');
  mkdirSync(output, { recursive: true });
  try {
    closeSync(openSync(p, 'wx'));
  } catch {
    const pid = Number(readFileSync(p, 'utf8').trim());
    let alive = false;
    try { if (pid) { process.kill(pid, 0); alive = true; } } catch { /* not running */ }
    if (alive && pid !== process.pid) throw new LockedError(`another claimledger run (pid ${pid}) is writing to ${output}; wait for it or remove ${p} if it is gone`);
  }
  writeFileSync(p, String(process.pid));
  return () => { try { unlinkSync(p); } catch { /* already gone */ } };
}

/** Expands the input paths into article inputs (JSONL files give one per line; bad lines are rejects). */
async function* inputsOf(target: string): AsyncGenerator<ArticleInput | { reject: { input: string; id?: string; code: string; message: string } }> {
  const files = listInputs(target);
  const queue = new PQueue({ concurrency: 4 });
  const reads = files.map((f) => queue.add(() => readFileSync(f)));
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    const raw = (await reads[i]) as Buffer;
    if (/\.jsonl$/i.test(f)) {
      const lines = raw.toString('utf8').split('\n');
      for (let n = 0; n < lines.length; n++) {
        if (!lines[n].trim()) continue;
        const item = parseJsonlLine(lines[n], `${f}:${n + 1}`);
        if (item.ok) yield item.input; else yield { reject: { input: `${f}:${n + 1}`, id: item.id, code: item.code, message: item.message } };
      }
    } else yield { name: f, raw: new Uint8Array(raw.buffer, raw.byteOffset, raw.length) };
  }
}

/** Signs a checkpoint of the whole tree unless one of this size exists; creates the key on first use. */
export function checkpointLedger(outputDir: string, config: Config, leaves: string[], log: (l: string) => void = () => {}): { file?: string; publicKey: string } {
  const keys = loadOrCreateSigner(outputDir, config.ledger.origin, config.ledger.privateKey);
  if (keys.created) log(`ledger: created a signing key; pin this verifier key to check checkpoints: ${keys.verifier}`);
  const signed = listCheckpoints(outputDir).map((c) => Number(path.basename(c.file, '.note')));
  if (signed.includes(leaves.length)) return { publicKey: keys.verifier };
  return { file: writeCheckpoint(outputDir, signCheckpoint({ origin: config.ledger.origin, size: leaves.length, root: merkleRoot(leaves) }, keys.signer), leaves.length), publicKey: keys.verifier };
}

/** Runs `fn` on the ledger under the output's lock, then signs a checkpoint: for appends outside `run`. */
export function withLedger(outputDir: string, config: Config, fn: (state: LedgerState) => LedgerState): LedgerState {
  const unlock = lock(outputDir);
  try {
    const ledgerFile = path.join(outputDir, 'ledger.jsonl');
    const state = fn(openLedger(ledgerFile));
    checkpointLedger(outputDir, config, state.leaves);
    return state;
  } finally { unlock(); }
}

export async function runBatch(o: RunOptions): Promise<RunSummary> {
  const t0 = performance.now();
  const log = o.log ?? (() => {});
  if (!existsSync(o.input)) throw new Error(`input ${o.input} does not exist`);
  const unlock = lock(o.output);
  try {
    const ledgerFile = path.join(o.output, 'ledger.jsonl');
    const rejectsFile = path.join(o.output, 'rejects.jsonl');
    const articlesDir = path.join(o.output, 'articles');
    const textsDir = path.join(o.output, 'texts');
    mkdirSync(articlesDir, { recursive: true });
    let state = openLedger(ledgerFile);
    if (state.repaired) log(`ledger: ${state.repaired}`);
    const cfgHash = configHash(o.config);
    const summary: RunSummary = { processed: 0, skipped: 0, rejected: 0, rejects: {}, claims: {}, seconds: 0, ledger: ledgerFile };
    const reject = (r: { input: string; id?: string; code: string; message: string; sha256Raw?: string }) => {
      const rec = Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined));
      if (check('reject', rec)) throw new Error(`reject record for ${r.input} does not pass its schema`);
      appendFileSync(rejectsFile, JSON.stringify(rec) + '\n');
      summary.rejected++;
      summary.rejects[r.code] = (summary.rejects[r.code] ?? 0) + 1;
      log(`rejected ${r.input}: ${r.code}: ${r.message}`);
    };
    for await (const item of inputsOf(o.input)) {
      if ('reject' in item) { reject(item.reject); continue; }
      const r = processArticle(item, o.config);
      if (!r.ok) { reject({ input: item.name, id: item.id, code: r.code, message: r.message, sha256Raw: r.sha256Raw }); continue; }
      const file = r.file;
      if (state.known.has(`${file.input.sha256Raw}:${cfgHash}`)) { summary.skipped++; continue; }
      storeText(textsDir, file);
      writeFileSync(path.join(articlesDir, `${file.id}.json`), JSON.stringify(toRecord(file), null, 2) + '\n');
      state = appendArticle(ledgerFile, state, file, EXTRACTOR_VERSION, cfgHash);
      summary.processed++;
      for (const c of file.data.claims) summary.claims[c.type] = (summary.claims[c.type] ?? 0) + 1;
    }
    // a signed checkpoint of the whole tree after each run
    const cp = checkpointLedger(o.output, o.config, state.leaves, log);
    summary.publicKey = cp.publicKey;
    if (cp.file) summary.checkpoint = cp.file;
    summary.seconds = Math.round((performance.now() - t0) / 10) / 100;
    return summary;
  } finally {
    unlock();
  }
}
