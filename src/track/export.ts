// Exports for fact-checkers: schema.org ClaimReview JSON-LD, JSONL or CSV. A `Claim` for every claim;
// a `ClaimReview` only where a review event exists, with the reviewer's own rating text (a verdict is
// never made up here). Every record passes our own schema before anything is written.
import { stringify } from 'csv-stringify/sync';
import { check } from '../validate.js';
import type { DB } from './db.js';
import { query, type ClaimResult } from './query.js';

export type ExportFormat = 'claimreview' | 'jsonl' | 'csv';


function creativeWork(s: ClaimResult['source']) {
  return {
    '@type': 'CreativeWork',
    ...(s.url ? { url: s.url } : {}),
    ...(s.title ? { headline: s.title } : {}),
    ...(s.published ? { datePublished: s.published } : {}),
    ...(s.publisher ? { publisher: { '@type': 'Organization', name: s.publisher } } : {}),
    identifier: s.input,
  };
}

function author(c: ClaimResult) {
  // a person's correction of the speaker is who said it (the original stays in the ledger and in JSONL/CSV)
  if (c.correction?.speaker) return { '@type': 'Person', name: c.correction.speaker };
  if (c.type === 'statement') return c.source.publisher ? { '@type': 'Organization', name: c.source.publisher } : undefined;
  if (!c.speaker) return undefined;
  return { '@type': c.speaker.kind === 'organization' || c.speaker.kind === 'group' ? 'Organization' : 'Person', name: c.speaker.name, ...(c.speaker.role ? { jobTitle: c.speaker.role } : {}) };
}

/** The schema.org objects for one claim: its Claim, and one ClaimReview per review event on it (or on its cluster). */
export function claimReview(c: ClaimResult, firstAppearance: ClaimResult | undefined): Record<string, unknown>[] {
  const a = author(c);
  const claim = {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    identifier: c.id,
    text: c.text,
    ...(a ? { author: a } : {}),
    appearance: [creativeWork(c.source)],
    firstAppearance: creativeWork((firstAppearance ?? c).source),
    ...(c.source.published ? { datePublished: c.source.published } : {}),
  };
  const out: Record<string, unknown>[] = [claim];
  // a ClaimReview only for a review of this very claim: a verdict on a repeat shows in queries, JSONL and
  // CSV (with reviewVia "cluster"), but is not restated here as if it had been made about these words
  for (const r of c.reviews) {
    if (r.via !== 'claim' || !r.rating || !r.by || !r.url) continue;
    const { '@context': _ctx, ...item } = claim;
    out.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: c.text,
      reviewRating: { '@type': 'Rating', alternateName: r.rating },
      url: r.url,
      author: { '@type': 'Organization', name: r.by },
      ...(r.date ? { datePublished: r.date } : {}),
      itemReviewed: item,
    });
  }
  return out;
}

/** One flat record per claim (JSONL and CSV). */
export function flat(c: ClaimResult) {
  const review = c.reviews[0];
  return {
    id: c.id, type: c.type, text: c.text, score: c.score, speaker: c.speaker?.name ?? null, speakerKind: c.speaker?.kind ?? null,
    role: c.speaker?.role ?? null, cue: c.cue, input: c.source.input, url: c.source.url, publisher: c.source.publisher,
    published: c.source.published, start: c.start, end: c.end, cluster: c.cluster, reasons: (c.reasons ?? []).join('; '),
    correctedSpeaker: c.correction?.speaker ?? null, correctedType: c.correction?.type ?? null, notAClaim: c.correction?.notAClaim ?? false,
    rating: review?.rating ?? null, reviewedBy: review?.by ?? null, reviewUrl: review?.url ?? null, reviewVia: review?.via ?? null,
  };
}

/** An item left out of an export because it failed its schema: the rest is written. */
export interface Skipped { id: string; item: string; reason: string }
export interface ExportResult { text: string; items: number; skipped: Skipped[] }

/**
 * JSON for embedding in a web page (a `<script type="application/ld+json">` block): `<`, `>`, `&` and
 * the line separators U+2028/U+2029 as \u escapes, so no field can close the script element.
 */
export function embeddableJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The claims as ClaimReview JSON-LD, JSONL or CSV. Every item passes its schema before it is written;
 * one that does not is left out and reported (a Claim with its reviews, or one review), never the
 * whole export. CSV cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) are quoted
 * with a leading ' (csv-stringify's escape_formulas).
 */
export function exportClaims(db: DB, format: ExportFormat, o: { minScore?: number; rank?: boolean } = {}): ExportResult {
  const rows = query(db, { minScore: o.minScore, rank: o.rank });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const skipped: Skipped[] = [];
  if (format === 'claimreview') {
    const items: Record<string, unknown>[] = [];
    for (const c of rows) {
      if (c.correction?.notAClaim) { skipped.push({ id: c.id, item: 'Claim', reason: 'a person marked it as no claim (a correction event)' }); continue; }
      const [claim, ...reviews] = claimReview(c, c.cluster ? byId.get(c.cluster) : undefined);
      const p = check('schemaClaim', claim);
      if (p) { skipped.push({ id: c.id, item: 'Claim', reason: `${p.path} ${p.message}` }); continue; }
      items.push(claim);
      for (const r of reviews) {
        const q = check('claimReview', r);
        if (q) skipped.push({ id: c.id, item: 'ClaimReview', reason: `${q.path} ${q.message}` });
        else items.push(r);
      }
    }
    return { text: embeddableJson(items, 2) + '\n', items: items.length, skipped };
  }
  const recs = rows.map(flat).filter((r) => {
    const p = check('exportRecord', r);
    if (p) skipped.push({ id: r.id, item: 'record', reason: `${p.path} ${p.message}` });
    return !p;
  });
  if (format === 'jsonl') return { text: recs.map((r) => embeddableJson(r)).join('\n') + (recs.length ? '\n' : ''), items: recs.length, skipped };
  const columns = Object.keys(flat({ reviews: [], source: {}, speaker: null } as unknown as ClaimResult));
  return { text: stringify(recs, { header: true, columns, escape_formulas: true }), items: recs.length, skipped };
}
