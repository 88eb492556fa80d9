// `claimledger check-records`: the record files in output/articles/ are conveniences (the ledger is the
// evidence), but a reader who opens one must be able to trust it. Each article's newest source entry
// names its record file (recordFileName of the article id); the record must hold that entry's text hash
// and exactly the claims the ledger holds for it, and the stored text. Reports every difference.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { canonical } from './canonical.js';
import { recordFileName } from '../record.js';
import { readLedger } from './read.js';

export type RecordProblemCode = 'RECORD_MISSING' | 'RECORD_UNREADABLE' | 'RECORD_CHANGED' | 'RECORD_STRAY';
export interface RecordProblem { file: string; article?: string; code: RecordProblemCode; message: string }
export interface RecordsReport { checked: number; problems: RecordProblem[] }

interface Expected { article: string; sha256Text: string; claims: string[] }

/** The newest source entry of each article id, with its claims (canonical JSON), from the ledger alone. */
function expectedRecords(ledgerFile: string): Map<string, Expected> {
  const { lines, leaves } = readLedger(ledgerFile);
  const byLeaf = new Map<string, Expected>();
  const byFile = new Map<string, Expected>();
  lines.forEach((line, i) => {
    const e = JSON.parse(line) as { type: string; body: Record<string, unknown> };
    if (e.type === 'source') {
      const x: Expected = { article: String(e.body.article), sha256Text: String(e.body.sha256Text), claims: [] };
      byLeaf.set(leaves[i], x);
      byFile.set(recordFileName(x.article), x); // a later source of the same id replaces its record
    } else if (e.type === 'claim') byLeaf.get(String(e.body.source))?.claims.push(canonical(e.body.claim));
  });
  return byFile;
}

export function checkRecords(outputDir: string): RecordsReport {
  const dir = path.join(outputDir, 'articles');
  const expected = expectedRecords(path.join(outputDir, 'ledger.jsonl'));
  const problems: RecordProblem[] = [];
  for (const [file, x] of expected) {
    const p = path.join(dir, file);
    const problem = (code: RecordProblemCode, message: string) => problems.push({ file: p, article: x.article, code, message });
    if (!existsSync(p)) { problem('RECORD_MISSING', `article ${x.article} has no record file`); continue; }
    let r: { sha256Text?: unknown; text?: unknown; claims?: unknown };
    try { r = JSON.parse(readFileSync(p, 'utf8')); } catch (e) { problem('RECORD_UNREADABLE', `not JSON: ${(e as Error).message}`); continue; }
    if (r.sha256Text !== x.sha256Text) { problem('RECORD_CHANGED', 'its sha256Text is not the ledger\'s'); continue; }
    const stored = path.join(outputDir, 'texts', `${x.sha256Text}.txt`);
    if (existsSync(stored) && r.text !== readFileSync(stored, 'utf8')) { problem('RECORD_CHANGED', 'its text is not the stored text'); continue; }
    const claims = Array.isArray(r.claims) ? r.claims.map((c) => canonical(c)) : [];
    const changed = x.claims.findIndex((c, i) => claims[i] !== c);
    if (changed >= 0 || claims.length !== x.claims.length) {
      const at = changed >= 0 ? changed : x.claims.length;
      problem('RECORD_CHANGED', `its claims differ from the ledger's from claim ${at + 1} on (${claims.length} in the record, ${x.claims.length} in the ledger)`);
    }
  }
  if (existsSync(dir)) {
    for (const f of readdirSync(dir)) {
      if (f.endsWith('.json') && !expected.has(f)) problems.push({ file: path.join(dir, f), code: 'RECORD_STRAY', message: 'no article in the ledger has this record file (an earlier version\'s name, or a file put there)' });
    }
  }
  return { checked: expected.size, problems };
}
