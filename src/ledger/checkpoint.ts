// After each run: output/checkpoint.json names the tree size, the Merkle root and the head leaf, so
// that a change to (or a cut of) the last entries is caught by verify. (Signed notes come later.)
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { merkleRoot } from './merkle.js';

export interface Checkpoint { origin: string; size: number; root: string; head: string }

export function writeCheckpoint(file: string, origin: string, leaves: string[]): Checkpoint {
  const cp: Checkpoint = { origin, size: leaves.length, root: merkleRoot(leaves), head: leaves[leaves.length - 1] ?? '0'.repeat(64) };
  writeFileSync(`${file}.tmp`, JSON.stringify(cp) + '\n');
  renameSync(`${file}.tmp`, file);
  return cp;
}

export function readCheckpoint(file: string): Checkpoint | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as Checkpoint;
}
