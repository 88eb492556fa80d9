// RFC 6962 / RFC 9162 Merkle tree hash over leaf hashes, with the RFC's split rule
// (k = the largest power of two smaller than n).
import { createHash } from 'node:crypto';
import { nodeHash } from './hash.js';

const EMPTY_ROOT = createHash('sha256').digest('hex');

export function merkleRoot(leaves: string[], from = 0, to = leaves.length): string {
  const n = to - from;
  if (n === 0) return EMPTY_ROOT;
  if (n === 1) return leaves[from];
  let k = 1;
  while (k * 2 < n) k *= 2;
  return nodeHash(merkleRoot(leaves, from, from + k), merkleRoot(leaves, from + k, to));
}
