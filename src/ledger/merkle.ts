// RFC 6962 / RFC 9162 Merkle tree: the tree hash over leaf hashes with the RFC's split rule
// (k = the largest power of two smaller than n), inclusion proofs (PATH) and consistency proofs
// (PROOF), and their verification as RFC 9162 §2.1.3.2 and §2.1.4.2 write them.
import { createHash } from 'node:crypto';
import { nodeHash } from './hash.js';

const EMPTY_ROOT = createHash('sha256').digest('hex');

/** The largest power of two smaller than n (n ≥ 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

export function merkleRoot(leaves: string[], from = 0, to = leaves.length): string {
  const n = to - from;
  if (n === 0) return EMPTY_ROOT;
  if (n === 1) return leaves[from];
  const k = split(n);
  return nodeHash(merkleRoot(leaves, from, from + k), merkleRoot(leaves, from + k, to));
}

/** PATH(m, D[0:n]): the audit path of leaf m in the tree of the first n leaves. */
export function inclusionPath(leaves: string[], m: number, n = leaves.length, from = 0): string[] {
  if (n <= 1) return [];
  const k = split(n);
  if (m < k) return [...inclusionPath(leaves, m, k, from), merkleRoot(leaves, from + k, from + n)];
  return [...inclusionPath(leaves, m - k, n - k, from + k), merkleRoot(leaves, from, from + k)];
}

/** PROOF(m, D[0:n]): the consistency proof from the tree of the first m leaves to that of n. */
export function consistencyProof(leaves: string[], m: number, n = leaves.length): string[] {
  const sub = (m: number, from: number, n: number, complete: boolean): string[] => {
    if (m === n) return complete ? [] : [merkleRoot(leaves, from, from + n)];
    const k = split(n);
    if (m <= k) return [...sub(m, from, k, complete), merkleRoot(leaves, from + k, from + n)];
    return [...sub(m - k, from + k, n - k, false), merkleRoot(leaves, from, from + k)];
  };
  if (m <= 0 || m > n) throw new Error(`no consistency proof from size ${m} to ${n}`);
  return m === n ? [] : sub(m, 0, n, true);
}

/** RFC 9162 §2.1.3.2: does `path` prove leaf `index` with hash `leaf` in a tree of `size` with `root`? */
export function verifyInclusion(leaf: string, index: number, size: number, path: string[], root: string): boolean {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size) return false;
  let fn = index, sn = size - 1, r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) { while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); } }
    } else r = nodeHash(r, p);
    fn = Math.floor(fn / 2); sn = Math.floor(sn / 2);
  }
  return sn === 0 && r === root;
}

/** RFC 9162 §2.1.4.2: does `proof` show that the tree (size1, root1) is a prefix of (size2, root2)? */
export function verifyConsistency(size1: number, size2: number, proof: string[], root1: string, root2: string): boolean {
  if (!Number.isInteger(size1) || !Number.isInteger(size2) || size1 < 0 || size2 < size1) return false;
  if (size1 === size2) return proof.length === 0 && root1 === root2;
  if (size1 === 0) return proof.length === 0;
  let path = proof;
  if ((size1 & (size1 - 1)) === 0) path = [root1, ...proof]; // size1 is a power of two
  if (path.length === 0) return false;
  let fn = size1 - 1, sn = size2 - 1;
  while (fn % 2 === 1) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
  let fr = path[0], sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr); sr = nodeHash(c, sr);
      if (fn % 2 === 0) { while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); } }
    } else sr = nodeHash(sr, c);
    fn = Math.floor(fn / 2); sn = Math.floor(sn / 2);
  }
  return fr === root1 && sr === root2 && sn === 0;
}
