// RFC 6962 / RFC 9162 hashing with domain separation: leaf = SHA-256(0x00 ‖ line), node = SHA-256(0x01 ‖ l ‖ r).
import { createHash } from 'node:crypto';

export const ZERO_HASH = '0'.repeat(64);

export function leafHash(line: string): string {
  return createHash('sha256').update(Buffer.from([0])).update(line, 'utf8').digest('hex');
}

export function nodeHash(left: string, right: string): string {
  return createHash('sha256').update(Buffer.from([1])).update(Buffer.from(left, 'hex')).update(Buffer.from(right, 'hex')).digest('hex');
}

/** The leaf hash of raw bytes (the RFC's test vectors are bytes, not text lines). */
const LEAF_PREFIX = Buffer.from([0]);
export function leafHashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(LEAF_PREFIX).update(bytes).digest('hex');
}
