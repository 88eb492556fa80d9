// Reviews, corrections and other events about a claim are ledger entries (never edits): who reviewed it
// and their own rating, who corrected the attribution and to what. Every event is checked against the
// ledger-entry schema before anything is appended, so nothing appended can make a later export fail.
import path from 'node:path';
import type { Config } from '../config.js';
import { appendEvent } from '../ledger/append.js';
import { findClaim, readLedger } from '../ledger/read.js';
import { withLedger } from '../run.js';
import { check, type ValidationProblem } from '../validate.js';

export interface ReviewInput { rating: string; by: string; url: string; date?: string; breakLock?: boolean }
export type ReviewResult = { ok: true; entry: number; about: number } | { ok: false; code: 'NO_CLAIM' | 'BAD_REVIEW'; message: string };

export interface CorrectionInput { speaker?: string; type?: string; notAClaim?: boolean; by?: string; date?: string; note?: string; breakLock?: boolean }
export type CorrectionResult = { ok: true; entry: number; about: number } | { ok: false; code: 'NO_CLAIM' | 'BAD_CORRECTION'; message: string };

export type EventResult = { ok: true; entry: number; about: number } | { ok: false; code: 'NO_CLAIM'; message: string } | { ok: false; code: 'BAD_EVENT'; problem: ValidationProblem };

/** Appends an event of `kind` about a claim (by claim id or leaf hash) under the output's lock, and signs a checkpoint. */
export function appendClaimEvent(ledgerFile: string, config: Config, claimId: string, kind: string, details: Record<string, unknown>, breakLock?: boolean): EventResult {
  const l = readLedger(ledgerFile);
  const index = findClaim(l, claimId);
  if (index < 0) return { ok: false, code: 'NO_CLAIM', message: `no claim ${claimId} in ${ledgerFile}` };
  const problem = check('ledgerEntry', { v: 1, seq: 0, type: 'event', prev: '0'.repeat(64), body: { about: l.leaves[index], kind, ...details } });
  if (problem) return { ok: false, code: 'BAD_EVENT', problem };
  const state = withLedger(path.dirname(ledgerFile), config, (s) => appendEvent(ledgerFile, s, l.leaves[index], kind, details), breakLock);
  return { ok: true, entry: state.leaves.length - 1, about: index };
}

/** A correction of an attribution: the right speaker, the right type, or "not a claim", with who corrected it. */
export function appendCorrection(ledgerFile: string, config: Config, claimId: string, r: CorrectionInput): CorrectionResult {
  if (!r.speaker && !r.type && !r.notAClaim) return { ok: false, code: 'BAD_CORRECTION', message: 'say what is right: --speaker NAME, --type T or --not-a-claim' };
  const details = {
    ...(r.speaker ? { speaker: r.speaker.trim() } : {}), ...(r.type ? { type: r.type } : {}), ...(r.notAClaim ? { notAClaim: true } : {}),
    ...(r.by ? { by: r.by.trim() } : {}), ...(r.date ? { date: r.date } : {}), ...(r.note ? { note: r.note } : {}),
  };
  const e = appendClaimEvent(ledgerFile, config, claimId, 'correction', details, r.breakLock);
  if (e.ok || e.code === 'NO_CLAIM') return e;
  return { ok: false, code: 'BAD_CORRECTION', message: `${e.problem.path} ${e.problem.message}` };
}

export function appendReview(ledgerFile: string, config: Config, claimId: string, r: ReviewInput): ReviewResult {
  const details = { rating: r.rating, by: r.by, url: r.url, ...(r.date ? { date: r.date } : {}) };
  const e = appendClaimEvent(ledgerFile, config, claimId, 'review', details, r.breakLock);
  if (e.ok || e.code === 'NO_CLAIM') return e;
  const p = e.problem;
  return { ok: false, code: 'BAD_REVIEW', message: p.path.endsWith('/url') ? `--url must be an http or https URL, not ${JSON.stringify(r.url)}` : p.path.endsWith('/date') ? `--date must be YYYY-MM-DD, not ${JSON.stringify(r.date)}` : `${p.path} ${p.message}` };
}
