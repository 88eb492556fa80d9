// A claim's history: the claim where it stands, every event about it in ledger order (reviews,
// corrections, retractions, notes), the other members of its cluster and the reviews they carry.
import type { DB } from './db.js';
import { query, type ClaimResult } from './query.js';
import { diffLine, wordDiff } from './words.js';

/** An event about a claim; a correction says what it sets (`what`: "speaker: X; type: T; not a claim"). */
export interface ClaimEvent { seq: number; leaf: string; kind: string; rating: string | null; by: string | null; url: string | null; date: string | null; note: string | null; what: string | null; body: Record<string, unknown> }

/** The events about a claim (its leaf), in ledger order. */
export function eventsAbout(db: DB, leaf: string): ClaimEvent[] {
  return (db.prepare('SELECT seq, leaf, kind, rating, reviewer AS by, url, date, note, body FROM events WHERE about = ? ORDER BY seq').all(leaf) as (Omit<ClaimEvent, 'body' | 'what'> & { body: string })[]).map((e) => {
    const b = JSON.parse(e.body) as Record<string, unknown>;
    const what = e.kind === 'correction' ? [b.speaker ? `speaker: ${String(b.speaker)}` : '', b.type ? `type: ${String(b.type)}` : '', b.notAClaim ? 'not a claim' : ''].filter(Boolean).join('; ') || null : null;
    return { ...e, what, body: b };
  });
}

export interface Status {
  claim: ClaimResult;
  events: Omit<ClaimEvent, 'body'>[];
  cluster: { id: string; input: string; published: string | null; speaker: string | null; type: string; relation: string | null; diff: string | null }[];
}

export function status(db: DB, id: string): Status | undefined {
  const row = db.prepare('SELECT leaf FROM claims WHERE id = ? OR leaf = ? ORDER BY seq LIMIT 1').get(id, id) as { leaf: string } | undefined;
  if (!row) return undefined;
  const [claim] = query(db, { leaf: row.leaf });
  const events = eventsAbout(db, row.leaf).map(({ body: _, ...e }) => e);
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
