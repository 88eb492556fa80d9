// A review verdict is an event in the ledger (never an edit): who reviewed the claim, their own rating
// text, where the review is published and when. The entry is checked against its schema first.
import path from 'node:path';
import type { Config } from '../config.js';
import { appendEvent } from '../ledger/append.js';
import { findClaim, readLedger } from '../ledger/read.js';
import { withLedger } from '../run.js';
import { check } from '../validate.js';

export interface ReviewInput { rating: string; by: string; url: string; date?: string; breakLock?: boolean }
export type ReviewResult = { ok: true; entry: number; about: number } | { ok: false; code: 'NO_CLAIM' | 'BAD_REVIEW'; message: string };

export interface CorrectionInput { speaker?: string; type?: string; notAClaim?: boolean; by?: string; date?: string; note?: string; breakLock?: boolean }
export type CorrectionResult = { ok: true; entry: number; about: number } | { ok: false; code: 'NO_CLAIM' | 'BAD_CORRECTION'; message: string };

/**
 * A correction of an attribution is an event (never an edit): the right speaker, the right type, or "not a
 * claim", with who corrected it. Checked against its schema before anything is appended.
 */
export function appendCorrection(ledgerFile: string, config: Config, claimId: string, r: CorrectionInput): CorrectionResult {
  const l = readLedger(ledgerFile);
  const index = findClaim(l, claimId);
  if (index < 0) return { ok: false, code: 'NO_CLAIM', message: `no claim ${claimId} in ${ledgerFile}` };
  if (!r.speaker && !r.type && !r.notAClaim) return { ok: false, code: 'BAD_CORRECTION', message: 'say what is right: --speaker NAME, --type T or --not-a-claim' };
  const details = {
    ...(r.speaker ? { speaker: r.speaker.trim() } : {}), ...(r.type ? { type: r.type } : {}), ...(r.notAClaim ? { notAClaim: true } : {}),
    ...(r.by ? { by: r.by.trim() } : {}), ...(r.date ? { date: r.date } : {}), ...(r.note ? { note: r.note } : {}),
  };
  const problem = check('ledgerEntry', { v: 1, seq: 0, type: 'event', prev: '0'.repeat(64), body: { about: l.leaves[index], kind: 'correction', ...details } });
  if (problem) return { ok: false, code: 'BAD_CORRECTION', message: `${problem.path} ${problem.message}` };
  const state = withLedger(path.dirname(ledgerFile), config, (s) => appendEvent(ledgerFile, s, l.leaves[index], 'correction', details), r.breakLock);
  return { ok: true, entry: state.leaves.length - 1, about: index };
}

export function appendReview(ledgerFile: string, config: Config, claimId: string, r: ReviewInput): ReviewResult {
  const l = readLedger(ledgerFile);
  const index = findClaim(l, claimId);
  if (index < 0) return { ok: false, code: 'NO_CLAIM', message: `no claim ${claimId} in ${ledgerFile}` };
  const details = { rating: r.rating, by: r.by, url: r.url, ...(r.date ? { date: r.date } : {}) };
  const problem = check('ledgerEntry', { v: 1, seq: 0, type: 'event', prev: '0'.repeat(64), body: { about: l.leaves[index], kind: 'review', ...details } });
  if (problem) return { ok: false, code: 'BAD_REVIEW', message: problem.path.endsWith('/url') ? `--url must be an http or https URL, not ${JSON.stringify(r.url)}` : problem.path.endsWith('/date') ? `--date must be YYYY-MM-DD, not ${JSON.stringify(r.date)}` : `${problem.path} ${problem.message}` };
  const state = withLedger(path.dirname(ledgerFile), config, (s) => appendEvent(ledgerFile, s, l.leaves[index], 'review', details), r.breakLock);
  return { ok: true, entry: state.leaves.length - 1, about: index };
}
