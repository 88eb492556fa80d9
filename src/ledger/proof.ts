// Inclusion proofs for single claims: everything a third party needs to check, without the ledger,
// that an entry is in the tree a signed checkpoint commits to.
import { leafHash } from './hash.js';
import { canonical } from './canonical.js';
import { inclusionPath, verifyInclusion } from './merkle.js';
import { openCheckpoint } from './checkpoint.js';
import type { Verifier } from './sign.js';

export interface InclusionProof {
  v: 1;
  /** the ledger line of the entry, exactly */
  entry: string;
  leafIndex: number;
  treeSize: number;
  /** hex hashes, leaf to root */
  auditPath: string[];
  /** the signed checkpoint note the proof is against */
  checkpoint: string;
}

export function makeProof(lines: string[], leaves: string[], index: number, checkpointNote: string, treeSize: number): InclusionProof {
  return { v: 1, entry: lines[index], leafIndex: index, treeSize, auditPath: inclusionPath(leaves, index, treeSize), checkpoint: checkpointNote };
}

export type ProofCheck = { ok: true; entry: Record<string, unknown> } | { ok: false; code: string; message: string };

export function checkProof(p: InclusionProof, key: Verifier): ProofCheck {
  if (!p || p.v !== 1 || typeof p.entry !== 'string' || !Array.isArray(p.auditPath)) return { ok: false, code: 'PROOF_FORMAT', message: 'not a claimledger inclusion proof' };
  let entry: Record<string, unknown>;
  try { entry = JSON.parse(p.entry); } catch { return { ok: false, code: 'PROOF_FORMAT', message: 'the entry is not JSON' }; }
  if (canonical(entry) !== p.entry) return { ok: false, code: 'NOT_CANONICAL', message: 'the entry is not in its canonical form' };
  if (entry.seq !== p.leafIndex) return { ok: false, code: 'SEQ', message: `the entry's seq ${entry.seq} is not the leaf index ${p.leafIndex}` };
  const cp = openCheckpoint(p.checkpoint, key);
  if (!cp.ok) return { ok: false, code: cp.code, message: cp.message };
  if (cp.checkpoint.size !== p.treeSize) return { ok: false, code: 'TREE_SIZE', message: `the proof is for size ${p.treeSize}, the checkpoint signs ${cp.checkpoint.size}` };
  if (!verifyInclusion(leafHash(p.entry), p.leafIndex, p.treeSize, p.auditPath, cp.checkpoint.root)) return { ok: false, code: 'INCLUSION', message: 'the audit path does not lead from the entry to the signed root' };
  return { ok: true, entry };
}
