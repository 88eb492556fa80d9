// Hashes packed 32 bytes each, for the verifier's threads: a run of leaf hashes, prevs and Merkle nodes
// crosses from a worker to the main thread as one transferred buffer (no copy, no per-string cloning),
// and each thread hashes the tree's nodes over its own run, so the main thread only joins the runs.
import { sha256Hex } from '../hash.js';
import { nodeHash } from './hash.js';
import { merkleRoot } from './merkle.js';

/** A list of 32-byte hashes in one buffer; hex in, hex or bytes out. */
export class HashList {
  /** the bytes (a buffer of its own, so that it can be transferred), and a Buffer view of them */
  bytes: Uint8Array;
  private view: Buffer;
  count = 0;
  constructor(capacity = 1024) {
    this.bytes = new Uint8Array(32 * Math.max(1, capacity));
    this.view = Buffer.from(this.bytes.buffer, 0, this.bytes.length);
  }
  /** a list over received bytes (a buffer another thread filled) */
  static of(bytes: Uint8Array, count: number): HashList {
    const l = new HashList(1);
    l.bytes = bytes; l.count = count;
    l.view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    return l;
  }
  /** appends a 64-digit lower-case hex hash (the caller has checked its form) */
  push(hex: string): void {
    if (32 * (this.count + 1) > this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes.subarray(0, 32 * this.count));
      this.bytes = bigger;
      this.view = Buffer.from(bigger.buffer, 0, bigger.length);
    }
    this.view.write(hex, 32 * this.count, 32, 'hex');
    this.count++;
  }
  hex(i: number): string {
    return this.view.toString('hex', 32 * i, 32 * i + 32);
  }
  /** copies hash i into `target` at `at` */
  copyTo(i: number, target: Buffer, at: number): void {
    this.view.copy(target, at, 32 * i, 32 * i + 32);
  }
  /** whether hash i of this list equals hash j of `other` */
  same(i: number, other: HashList, j: number): boolean {
    const a = this.bytes, b = other.bytes;
    for (let k = 0, p = 32 * i, q = 32 * j; k < 32; k++) if (a[p + k] !== b[q + k]) return false;
    return true;
  }
  /** the hashes as hex strings */
  toArray(): string[] {
    const out: string[] = new Array(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.hex(i);
    return out;
  }
}

/** one level of a run's Merkle nodes: node indices first … first + hashes.count − 1 */
export interface PackedLevel { first: number; hashes: HashList }

const NODE = Buffer.alloc(65, 1);
/** SHA-256(0x01 ‖ a[i] ‖ b[j]) as hex */
function nodeOf(a: HashList, i: number, b: HashList, j: number): string {
  a.copyTo(i, NODE, 1);
  b.copyTo(j, NODE, 33);
  return sha256Hex(NODE);
}

/**
 * The perfect subtrees at aligned positions (level h, index j: leaves [j·2^h, (j+1)·2^h)) that lie
 * wholly inside a run of `leaves` starting at leaf index `from` of a bigger tree, level by level from 1.
 */
export function runNodes(leaves: HashList, from: number): PackedLevel[] {
  const out: PackedLevel[] = [];
  let below = leaves, belowFirst = from;
  for (let h = 1; ; h++) {
    const size = 2 ** h;
    const first = Math.ceil(from / size), end = Math.floor((from + leaves.count) / size);
    if (end <= first) break;
    const hashes = new HashList(end - first);
    for (let j = first; j < end; j++) hashes.push(nodeOf(below, 2 * j - belowFirst, below, 2 * j + 1 - belowFirst));
    out.push({ first, hashes });
    below = hashes; belowFirst = first;
  }
  return out;
}

/** A run of leaves with the nodes its thread hashed (runNodes). */
export interface PackedRun { from: number; leaves: HashList; nodes: PackedLevel[] }

/**
 * MTH(D[0:m]) for any m up to the runs' end, from the runs' nodes: RFC 9162's split rule makes the root
 * the right fold of the perfect subtrees that the binary digits of m name; a subtree no run holds
 * whole (it spans two runs) is hashed from its two halves. O(log² n) hashes per root.
 */
export function rootsOfRuns(runs: PackedRun[]): (m: number) => string {
  const memo = new Map<string, string>();
  const runOf = (leaf: number) => {
    for (const r of runs) if (leaf >= r.from && leaf < r.from + r.leaves.count) return r;
    throw new RangeError(`no run holds leaf ${leaf}`);
  };
  const nodeAt = (h: number, j: number): string => {
    const start = j * 2 ** h, end = start + 2 ** h;
    const r = runOf(start);
    if (h === 0) return r.leaves.hex(start - r.from);
    if (end <= r.from + r.leaves.count) {
      const lv = r.nodes[h - 1];
      if (lv && j >= lv.first && j < lv.first + lv.hashes.count) return lv.hashes.hex(j - lv.first);
    }
    const key = `${h}:${j}`;
    let v = memo.get(key);
    if (v === undefined) {
      v = nodeHash(nodeAt(h - 1, 2 * j), nodeAt(h - 1, 2 * j + 1));
      memo.set(key, v);
    }
    return v;
  };
  return (m: number) => {
    if (m === 0) return merkleRoot([]);
    const parts: string[] = [];
    let offset = 0;
    for (let h = Math.floor(Math.log2(m)); h >= 0; h--) {
      if (!(m & (2 ** h))) continue;
      parts.push(nodeAt(h, offset / 2 ** h));
      offset += 2 ** h;
    }
    let root = parts[parts.length - 1];
    for (let i = parts.length - 2; i >= 0; i--) root = nodeHash(parts[i], root);
    return root;
  };
}
