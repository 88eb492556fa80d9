// Reading a ledger for queries and proofs (not for verification, which re-checks everything itself).
import { readFileSync } from 'node:fs';
import { leafHash } from './hash.js';

export interface LedgerLines { lines: string[]; leaves: string[] }

export function readLedger(file: string): LedgerLines {
  const data = readFileSync(file, 'utf8');
  const lines = data.split('\n');
  lines.pop(); // the final newline (a torn last line is dropped with it)
  return { lines, leaves: lines.map(leafHash) };
}

/** The index of the claim entry whose claim id is `id` (or whose leaf hash is `id`). */
export function findClaim(l: LedgerLines, id: string): number {
  for (let i = 0; i < l.lines.length; i++) {
    if (l.leaves[i] === id) return i;
    if (l.lines[i].includes(`"id":"${id}"`)) {
      const e = JSON.parse(l.lines[i]);
      if (e.type === 'claim' && e.body?.claim?.id === id) return i;
    }
  }
  return -1;
}
