// RFC 6962 / RFC 9162 hashing with domain separation: leaf = SHA-256(0x00 ‖ line), node = SHA-256(0x01 ‖ l ‖ r).
import { createHash } from 'node:crypto';

export const ZERO_HASH = '0'.repeat(64);

export function leafHash(line: string): string {
  return createHash('sha256').update(Buffer.from([0])).update(line, 'utf8').digest('hex');
}

/** 0x01 ‖ left ‖ right, written into one reused buffer (a verifier computes one per leaf) */
const NODE = Buffer.alloc(65, 1);
export function nodeHash(left: string, right: string): string {
  if (NODE.write(left, 1, 'hex') !== 32 || NODE.write(right, 33, 'hex') !== 32) throw new Error('a node hash takes two 32-byte hex hashes');
  return createHash('sha256').update(NODE).digest('hex');
}

/** The leaf hash of raw bytes (the RFC's test vectors are bytes, not text lines). */
const LEAF_PREFIX = Buffer.from([0]);
export function leafHashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(LEAF_PREFIX).update(bytes).digest('hex');
}
