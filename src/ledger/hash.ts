// RFC 6962 / RFC 9162 hashing with domain separation: leaf = SHA-256(0x00 ‖ line), node = SHA-256(0x01 ‖ l ‖ r).
import { createHash } from 'node:crypto';
import { sha256Hex } from '../hash.js';

export const ZERO_HASH = '0'.repeat(64);
/** Stands for the source entry's leaf hash in claim bodies until the writer knows it (valid hex, so
 *  the body passes its schema; no real hash is all f's). */
export const SOURCE_PLACEHOLDER = 'f'.repeat(64);


export function leafHash(line: string): string {
  return createHash('sha256').update(Buffer.from([0])).update(line, 'utf8').digest('hex');
}

/** 0x01 ‖ left ‖ right, written into one reused buffer (a verifier computes one per leaf) */
const NODE = Buffer.alloc(65, 1);
export function nodeHash(left: string, right: string): string {
  if (NODE.write(left, 1, 'hex') !== 32 || NODE.write(right, 33, 'hex') !== 32) throw new Error('a node hash takes two 32-byte hex hashes');
  return sha256Hex(NODE);
}

/** The leaf hash of raw bytes (the RFC's test vectors are bytes, not text lines). */
const LEAF_PREFIX = Buffer.from([0]);
export function leafHashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(LEAF_PREFIX).update(bytes).digest('hex');
}

/** The leaf hash of bytes that already begin with the leaf prefix 0x00 (the verifier's hot path). */
export function leafHashPrefixed(prefixed: Uint8Array): string {
  if (prefixed[0] !== 0) throw new Error('the bytes must begin with the leaf prefix 0x00');
  return sha256Hex(prefixed);
}
