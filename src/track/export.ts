// Exports for fact-checkers: schema.org ClaimReview JSON-LD, JSONL or CSV. A `Claim` for every claim;
// a `ClaimReview` only where a review event exists, with the reviewer's own rating text (a verdict is
// never made up here). Every record passes our own schema before anything is written.
import { stringify } from 'csv-stringify/sync';
import { check } from '../validate.js';
import type { DB } from './db.js';
import { query, type ClaimResult } from './query.js';

export type ExportFormat = 'claimreview' | 'jsonl' | 'csv';

export class ExportError extends Error {
  constructor(message: string) { super(message); this.name = 'ExportError'; }
}

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
    published: c.source.published, start: c.start, end: c.end, cluster: c.cluster,
    rating: review?.rating ?? null, reviewedBy: review?.by ?? null, reviewUrl: review?.url ?? null, reviewVia: review?.via ?? null,
  };
}

export function exportClaims(db: DB, format: ExportFormat, o: { minScore?: number } = {}): string {
  const rows = query(db, { minScore: o.minScore });
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (format === 'claimreview') {
    const items = rows.flatMap((c) => claimReview(c, c.cluster ? byId.get(c.cluster) : undefined));
    for (const [i, it] of items.entries()) {
      const p = check(it['@type'] === 'ClaimReview' ? 'claimReview' : 'schemaClaim', it);
      if (p) throw new ExportError(`export item ${i} (${String(it['@type'])}) fails its schema: ${p.path} ${p.message}`);
    }
    return JSON.stringify(items, null, 2) + '\n';
  }
  const recs = rows.map(flat);
  for (const r of recs) {
    const p = check('exportRecord', r);
    if (p) throw new ExportError(`export record ${r.id} fails its schema: ${p.path} ${p.message}`);
  }
  if (format === 'jsonl') return recs.map((r) => JSON.stringify(r)).join('\n') + (recs.length ? '\n' : '');
  return stringify(recs, { header: true, columns: Object.keys(flat({ reviews: [], source: {}, speaker: null } as unknown as ClaimResult)) });
}
