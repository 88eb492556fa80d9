// A claim's history: the claim where it stands, every event about it in ledger order (reviews,
// corrections, retractions, notes), the other members of its cluster and the reviews they carry.
import type { DB } from './db.js';
import { query, type ClaimResult } from './query.js';
import { diffLine, wordDiff } from './words.js';

export interface Status {
  claim: ClaimResult;
  events: { seq: number; leaf: string; kind: string; rating: string | null; by: string | null; url: string | null; date: string | null; note: string | null; what: string | null }[];
  cluster: { id: string; input: string; published: string | null; speaker: string | null; type: string; relation: string | null; diff: string | null }[];
}

export function status(db: DB, id: string): Status | undefined {
  const row = db.prepare('SELECT leaf FROM claims WHERE id = ? OR leaf = ? ORDER BY seq LIMIT 1').get(id, id) as { leaf: string } | undefined;
  if (!row) return undefined;
  const [claim] = query(db, { leaf: row.leaf });
  const events = (db.prepare('SELECT seq, leaf, kind, rating, reviewer AS by, url, date, note, body FROM events WHERE about = ? ORDER BY seq').all(row.leaf) as (Status['events'][number] & { body: string })[]).map(({ body, ...e }) => {
    // a correction says what it sets
    const b = JSON.parse(body) as Record<string, unknown>;
    const what = e.kind === 'correction' ? [b.speaker ? `speaker: ${String(b.speaker)}` : '', b.type ? `type: ${String(b.type)}` : '', b.notAClaim ? 'not a claim' : ''].filter(Boolean).join('; ') || null : null;
    return { ...e, what };
  });
  const rel = db.prepare('SELECT relation FROM links WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)');
  const cluster = claim.cluster ? query(db, { cluster: claim.cluster }).filter((c) => c.leaf !== claim.leaf).map((c) => {
    const r = rel.get(claim.leaf, c.leaf, c.leaf, claim.leaf) as { relation: string } | undefined;
    return {
      id: c.id, input: c.source.input, published: c.source.published, speaker: c.speaker?.name ?? null, type: c.type,
      relation: r?.relation ?? null, diff: r?.relation === 'near' ? diffLine(wordDiff(claim.text, c.text)) : null,
    };
  }) : [];
  return { claim, events, cluster };
}
