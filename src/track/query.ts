// Queries over the index: by speaker (any spelling of the name), by text (full-text search), by
// article, by date range and by type. Every result carries the reviews of its own claim and of the
// other members of its cluster (a verdict on a quote holds for its repeats).
import type { ClaimRow, DB } from './db.js';
import { bareName } from './speakers.js';

export interface QueryOptions { speaker?: string; text?: string; article?: string; from?: string; to?: string; type?: string; minScore?: number; limit?: number; leaf?: string; cluster?: string; /** a source entry's leaf: the claims of one article, in text order */ source?: string; /** a speaker identity key */ speakerKey?: string; offset?: number; /** by check-worthiness score, highest first (triage) */ rank?: boolean }

export interface Review { claim: string; event: string; rating: string | null; by: string | null; url: string | null; date: string | null; via: 'claim' | 'cluster' }

/** A person's correction of the attribution (the newest one about the claim): the corrected values beside the original. */
export interface Correction { event: string; seq: number; speaker?: string; type?: string; notAClaim?: true; by?: string; date?: string; note?: string }

export interface ClaimResult {
  id: string; leaf: string; seq: number; type: string; text: string; start: number; end: number; score: number | null;
  /** why the score is what it is: the largest contributions, "numbers +0.81" */
  reasons: string[];
  /** the rule that made the claim, and the check-worthiness features that fired */
  rule: string | null; features: Record<string, unknown>;
  speaker: { name: string; key: string | null; kind: string | null; role: string | null; via: string | null; mention?: { start: number; end: number } | null } | null;
  cue: string | null;
  source: { leaf: string; input: string; url: string | null; title: string | null; publisher: string | null; published: string | null };
  cluster: string | null;
  reviews: Review[];
  /** the newest correction event about this claim, when there is one: the original values stay as they are */
  correction?: Correction;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Speaker identity keys that a name typed by a user stands for ("Okafor", "Mr. Okafor", "Jane Okafor"). */
export function speakerKeys(db: DB, name: string): string[] {
  const want = fold(bareName(name)).split(/\s+/);
  const rows = db.prepare('SELECT key, name, variants FROM speakers').all() as { key: string; name: string; variants: string }[];
  return rows.filter((r) => {
    const names = [r.name, ...(JSON.parse(r.variants) as string[])].map((n) => fold(bareName(n)).split(/\s+/));
    return names.some((n) => want.length === 1 ? n[n.length - 1] === want[0] || n.join(' ') === want[0] : n.join(' ') === want.join(' '));
  }).map((r) => r.key);
}

/** An FTS5 query from plain words: each word a quoted term, all required. */
function ftsQuery(q: string): string {
  return (q.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => `"${w}"`).join(' ');
}

export function query(db: DB, o: QueryOptions): ClaimResult[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (o.speaker) {
    const keys = speakerKeys(db, o.speaker);
    if (!keys.length) return [];
    where.push(`c.speaker_key IN (${keys.map(() => '?').join(', ')})`);
    args.push(...keys);
  }
  if (o.text) {
    const f = ftsQuery(o.text);
    if (!f) return [];
    where.push('c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)');
    args.push(f);
  }
  if (o.article) {
    where.push('(s.article = ? OR s.input = ? OR s.url = ? OR s.leaf = ? OR instr(lower(coalesce(s.title, \'\')), lower(?)) > 0)');
    args.push(o.article, o.article, o.article, o.article, o.article);
  }
  if (o.from) { where.push('c.published >= ?'); args.push(o.from); }
  if (o.to) { where.push('substr(c.published, 1, ?) <= ?'); args.push(o.to.length, o.to); }
  if (o.type) { where.push('c.type = ?'); args.push(o.type); }
  if (o.leaf) { where.push('c.leaf = ?'); args.push(o.leaf); }
  if (o.cluster) { where.push('c.cluster = ?'); args.push(o.cluster); }
  if (o.source) { where.push('c.source = ?'); args.push(o.source); }
  if (o.speakerKey) { where.push('c.speaker_key = ?'); args.push(o.speakerKey); }
  if (o.minScore !== undefined) { where.push('c.score >= ?'); args.push(o.minScore); }
  const sql = `SELECT c.*, s.input AS s_input, s.url AS s_url, s.title AS s_title, s.publisher AS s_publisher, s.published AS s_published
    FROM claims c JOIN sources s ON s.leaf = c.source ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${o.rank ? 'coalesce(c.score, -1) DESC, ' : ''}${o.source ? 'c.start, c."end" DESC' : "coalesce(c.published, '9999'), c.seq"} ${o.limit ? `LIMIT ${Math.floor(o.limit)}${o.offset ? ` OFFSET ${Math.floor(o.offset)}` : ''}` : ''}`;
  const rows = db.prepare(sql).all(...args) as (ClaimRow & { s_input: string; s_url: string | null; s_title: string | null; s_publisher: string | null; s_published: string | null })[];
  return rows.map((r) => ({
    id: r.id, leaf: r.leaf, seq: r.seq, type: r.type, text: r.text, start: r.start, end: r.end, score: r.score,
    reasons: r.reasons ? (JSON.parse(r.reasons) as string[]) : [],
    rule: r.rule, features: r.features ? (JSON.parse(r.features) as Record<string, unknown>) : {},
    speaker: r.speaker ? { name: speakerName(db, r.speaker_key) ?? r.speaker, key: r.speaker_key, kind: r.speaker_kind, role: r.speaker_role, via: r.speaker_via, mention: r.mention_start !== null && r.mention_end !== null ? { start: r.mention_start, end: r.mention_end } : null } : null,
    cue: r.cue,
    source: { leaf: r.source, input: r.s_input, url: r.s_url, title: r.s_title, publisher: r.s_publisher, published: r.s_published },
    cluster: r.cluster,
    reviews: reviewsFor(db, r),
    ...correctionOf(db, r.leaf),
  }));
}

function speakerName(db: DB, key: string | null): string | undefined {
  if (!key) return undefined;
  return (db.prepare('SELECT name FROM speakers WHERE key = ?').get(key) as { name: string } | undefined)?.name;
}

/** Review events about this claim, then about the other members of its cluster. */
function correctionOf(db: DB, leaf: string): { correction?: Correction } {
  const row = db.prepare("SELECT leaf, seq, body FROM events WHERE about = ? AND kind = 'correction' ORDER BY seq DESC LIMIT 1").get(leaf) as { leaf: string; seq: number; body: string } | undefined;
  if (!row) return {};
  const b = JSON.parse(row.body) as Record<string, unknown>;
  const pick = (k: string) => (typeof b[k] === 'string' ? { [k]: b[k] as string } : {});
  return { correction: { event: row.leaf, seq: row.seq, ...pick('speaker'), ...pick('type'), ...(b.notAClaim === true ? { notAClaim: true as const } : {}), ...pick('by'), ...pick('date'), ...pick('note') } };
}

export function reviewsFor(db: DB, c: Pick<ClaimRow, 'leaf' | 'cluster'>): Review[] {
  const rows = db.prepare(`SELECT e.leaf, e.about, e.rating, e.reviewer, e.url, e.date, m.id AS claim FROM events e JOIN claims m ON m.leaf = e.about
    WHERE e.kind = 'review' AND (e.about = ? OR (? IS NOT NULL AND m.cluster = ?)) ORDER BY e.seq`).all(c.leaf, c.cluster, c.cluster) as
    { leaf: string; about: string; rating: string | null; reviewer: string | null; url: string | null; date: string | null; claim: string }[];
  return rows.map((e) => ({ claim: e.claim, event: e.leaf, rating: e.rating, by: e.reviewer, url: e.url, date: e.date, via: e.about === c.leaf ? 'claim' : 'cluster' }));
}
