// What the audit pages show, read from the derived index and the stored texts (never from the pages'
// own state): paged lists of articles, speakers and findings; one article with its claims, their
// events and their repeats elsewhere; one speaker's claims across articles; claim search (FTS).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sha256Hex } from '../hash.js';
import { listCheckpoints, parseCheckpointText, openCheckpoint, type Checkpoint } from '../ledger/checkpoint.js';
import type { Verifier } from '../ledger/sign.js';
import type { VerifyResult } from '../ledger/verify.js';
import type { Finding } from '../track/audit.js';
import type { DB } from '../track/db.js';
import { query, type ClaimResult } from '../track/query.js';
import { eventsAbout, type ClaimEvent } from '../track/status.js';
import { diffLine, relation, wordDiff, words } from '../track/words.js';
import { defaultConfig } from '../config.js';

export const PER_PAGE = 50;

export interface Paged<T> { rows: T[]; total: number; page: number; pages: number }

export interface ArticleRow { leaf: string; seq: number; article: string; input: string; url: string | null; title: string | null; publisher: string | null; published: string | null; claims: number }

export interface Elsewhere { id: string; source: string; input: string; title: string | null; publisher: string | null; published: string | null; speaker: string | null; relation: string | null; diff: string | null }
export interface ClaimView extends ClaimResult {
  /** the words at [start, end) of the stored text are the claim's words */
  verifies: boolean;
  mentionText: string | null;
  events: ClaimEvent[];
  elsewhere: Elsewhere[];
  /** how many other claims share its cluster (the card lists the linked ones, up to ELSEWHERE_SHOWN) */
  clusterOthers: number;
}
export interface ArticleView {
  source: ArticleRow & { sha256Text: string };
  text: string | null;
  /** the stored text is there and hashes to the source entry's sha256Text */
  textVerifies: boolean;
  claims: ClaimView[];
  /** the article's people, most claims first: the legend */
  speakers: { key: string; name: string; count: number }[];
}

const pageOf = (page: number | undefined, total: number, per: number) => {
  const pages = Math.max(1, Math.ceil(total / per));
  return { page: Math.min(Math.max(1, Math.floor(page ?? 1) || 1), pages), pages };
};

export function listArticles(db: DB, o: { q?: string; from?: string; to?: string; page?: number; per?: number } = {}): Paged<ArticleRow> {
  const per = o.per ?? PER_PAGE;
  const where: string[] = [];
  const args: unknown[] = [];
  if (o.q) { where.push("instr(lower(coalesce(s.title, '') || ' ' || coalesce(s.publisher, '') || ' ' || s.input || ' ' || coalesce(s.url, '')), lower(?)) > 0"); args.push(o.q); }
  if (o.from) { where.push('s.published >= ?'); args.push(o.from); }
  if (o.to) { where.push('substr(s.published, 1, ?) <= ?'); args.push(o.to.length, o.to); }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM sources s ${w}`).get(...args) as { n: number }).n;
  const { page, pages } = pageOf(o.page, total, per);
  const rows = db.prepare(`SELECT s.leaf, s.seq, s.article, s.input, s.url, s.title, s.publisher, s.published,
    (SELECT count(*) FROM claims c WHERE c.source = s.leaf) AS claims FROM sources s ${w}
    ORDER BY coalesce(s.published, '') DESC, s.seq LIMIT ? OFFSET ?`).all(...args, per, (page - 1) * per) as ArticleRow[];
  return { rows, total, page, pages };
}

export interface SpeakerRow { key: string; name: string; variants: string[]; claims: number }

export function listSpeakers(db: DB, o: { q?: string; page?: number; per?: number } = {}): Paged<SpeakerRow> {
  const per = o.per ?? PER_PAGE;
  const w = o.q ? "WHERE instr(lower(name || ' ' || variants), lower(?)) > 0" : '';
  const args = o.q ? [o.q] : [];
  const total = (db.prepare(`SELECT count(*) AS n FROM speakers ${w}`).get(...args) as { n: number }).n;
  const { page, pages } = pageOf(o.page, total, per);
  const rows = (db.prepare(`SELECT key, name, variants, claims FROM speakers ${w} ORDER BY claims DESC, name LIMIT ? OFFSET ?`).all(...args, per, (page - 1) * per) as { key: string; name: string; variants: string; claims: number }[])
    .map((r) => ({ ...r, variants: JSON.parse(r.variants) as string[] }));
  return { rows, total, page, pages };
}

export function speakerRow(db: DB, key: string): SpeakerRow | undefined {
  const r = db.prepare('SELECT key, name, variants, claims FROM speakers WHERE key = ?').get(key) as { key: string; name: string; variants: string; claims: number } | undefined;
  return r && { ...r, variants: JSON.parse(r.variants) as string[] };
}

/** The most repeats a card lists (the rest are counted). */
export const ELSEWHERE_SHOWN = 20;

const OTHER_SQL = `SELECT o.id, o.source, s.input, s.title, s.publisher, s.published, coalesce(sp.name, o.speaker) AS speaker, o.speaker_key, o.text, o.type, x.relation, x.mine
  FROM (SELECT l.a AS mine, l.b AS other, l.relation FROM links l WHERE l.a IN (%MINE%)
        UNION ALL SELECT l.b, l.a, l.relation FROM links l WHERE l.b IN (%MINE%)) x
  JOIN claims o ON o.leaf = x.other JOIN sources s ON s.leaf = o.source LEFT JOIN speakers sp ON sp.key = o.speaker_key`;
type OtherRow = Omit<Elsewhere, 'diff'> & { speaker_key: string | null; text: string; type: string; mine: string };

/**
 * The same words elsewhere: the claims the index links to this one (exact, excerpt, near), earliest
 * first, with the word diff when drifted; at most ELSEWHERE_SHOWN, and how many the cluster holds.
 */
function elsewhereOf(db: DB, c: ClaimResult): { shown: Elsewhere[]; cluster: number } {
  if (!c.cluster) return { shown: [], cluster: 0 };
  const size = (db.prepare('SELECT size FROM clusters WHERE id = ?').get(c.cluster) as { size: number } | undefined)?.size ?? 0;
  if (size <= ELSEWHERE_SHOWN + 1) {
    // a small cluster: every member, each with its relation to this claim (the index links a spanning set of pairs)
    const mine = words(c.text);
    const rows = db.prepare(`SELECT o.id, o.source, s.input, s.title, s.publisher, s.published, coalesce(sp.name, o.speaker) AS speaker, o.speaker_key, o.text, o.type, NULL AS relation, ? AS mine
      FROM claims o JOIN sources s ON s.leaf = o.source LEFT JOIN speakers sp ON sp.key = o.speaker_key
      WHERE o.cluster = ? AND o.leaf <> ? ORDER BY coalesce(s.published, '9999'), o.seq`).all(c.leaf, c.cluster, c.leaf) as OtherRow[];
    for (const r of rows) r.relation = relation(mine, words(r.text), defaultConfig.tracking.nearWordShare) ?? 'same cluster';
    return { shown: rows.map((r) => elsewhere(r, c.text)), cluster: Math.max(0, size - 1) };
  }
  const rows = db.prepare(`${OTHER_SQL.replaceAll('%MINE%', '?')} ORDER BY coalesce(s.published, '9999'), o.seq LIMIT ${ELSEWHERE_SHOWN}`).all(c.leaf, c.leaf) as OtherRow[];
  return { shown: rows.map((r) => elsewhere(r, c.text)), cluster: Math.max(0, size - 1) };
}

function elsewhere(r: OtherRow, mine: string): Elsewhere {
  return { id: r.id, source: r.source, input: r.input, title: r.title, publisher: r.publisher, published: r.published, speaker: r.speaker, relation: r.relation, diff: r.relation === 'near' ? diffLine(wordDiff(mine, r.text)) : null };
}

function withElsewhere(db: DB, c: ClaimResult): { elsewhere: Elsewhere[]; clusterOthers: number } {
  const e = elsewhereOf(db, c);
  return { elsewhere: e.shown, clusterOthers: e.cluster };
}

function sourceRow(db: DB, leaf: string): (ArticleRow & { sha256Text: string }) | undefined {
  return db.prepare(`SELECT s.leaf, s.seq, s.article, s.input, s.url, s.title, s.publisher, s.published, s.sha256Text,
    (SELECT count(*) FROM claims c WHERE c.source = s.leaf) AS claims FROM sources s WHERE s.leaf = ?`).get(leaf) as (ArticleRow & { sha256Text: string }) | undefined;
}

export function articleView(db: DB, outputDir: string, leaf: string): ArticleView | undefined {
  const source = sourceRow(db, leaf);
  if (!source) return undefined;
  const file = path.join(outputDir, 'texts', `${source.sha256Text}.txt`);
  const text = /^[0-9a-f]{64}$/.test(source.sha256Text) && existsSync(file) ? readFileSync(file, 'utf8') : null;
  const textVerifies = text !== null && sha256Hex(text) === source.sha256Text;
  const claims = query(db, { source: leaf }).map((c): ClaimView => ({
    ...c,
    verifies: text !== null && text.slice(c.start, c.end) === c.text,
    mentionText: text !== null && c.speaker?.mention ? text.slice(c.speaker.mention.start, c.speaker.mention.end) : null,
    events: eventsAbout(db, c.leaf),
    ...withElsewhere(db, c),
  }));
  const count = new Map<string, { key: string; name: string; count: number }>();
  for (const c of claims) {
    if (!c.speaker) continue;
    const key = c.speaker.key ?? `name:${c.speaker.name}`;
    const x = count.get(key) ?? { key, name: c.speaker.name, count: 0 };
    x.count++; count.set(key, x);
  }
  const speakers = [...count.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { source, text, textVerifies, claims, speakers };
}

export interface Mine { id: string; source: string; text: string; publisher: string | null; input: string }
export interface SpeakerView {
  speaker: SpeakerRow;
  claims: Paged<ClaimResult>;
  /** the same words given to someone else (the first SHOWN, and how many) */
  conflicts: { claim: Mine; other: Elsewhere }[]; conflictCount: number;
  /** the same quote in other words */
  drift: { claim: Mine; other: Elsewhere }[]; driftCount: number;
}

export function speakerView(db: DB, key: string, page = 1, per = PER_PAGE): SpeakerView | undefined {
  const speaker = speakerRow(db, key);
  if (!speaker) return undefined;
  const p = pageOf(page, speaker.claims, per);
  const rows = query(db, { speakerKey: key, limit: per, offset: (p.page - 1) * per });
  // conflicts and drift over all the speaker's claims, through the index's links (one query each)
  const mine = `SELECT leaf FROM claims WHERE speaker_key = ?`;
  const pairs = (where: string) => {
    const sql = `SELECT m.id AS m_id, m.source AS m_source, m.text AS m_text, ms.publisher AS m_publisher, ms.input AS m_input, y.* FROM (${OTHER_SQL.replaceAll('%MINE%', mine)}) y
      JOIN claims m ON m.leaf = y.mine JOIN sources ms ON ms.leaf = m.source WHERE ${where}`;
    const count = (db.prepare(`SELECT count(*) AS n FROM (${sql})`).get(key, key, key) as { n: number }).n;
    const list = (db.prepare(`${sql} ORDER BY coalesce(ms.published, '9999'), m.seq LIMIT ${per}`).all(key, key, key) as (OtherRow & { m_id: string; m_source: string; m_text: string; m_publisher: string | null; m_input: string })[])
      .map((r) => ({ claim: { id: r.m_id, source: r.m_source, text: r.m_text, publisher: r.m_publisher, input: r.m_input }, other: elsewhere(r, r.m_text) }));
    return { count, list };
  };
  const conflicts = pairs(`m.type IN ('direct', 'partial') AND y.speaker_key IS NOT NULL AND y.speaker_key <> ?`);
  const drift = pairs(`y.relation = 'near' AND m.type <> 'statement' AND (y.speaker_key IS NULL OR y.speaker_key = ?)`);
  return { speaker, claims: { rows, total: speaker.claims, ...p }, conflicts: conflicts.list, conflictCount: conflicts.count, drift: drift.list, driftCount: drift.count };
}

export function searchClaims(db: DB, q: string, page = 1, per = PER_PAGE): Paged<ClaimResult> {
  const all = q.trim() ? query(db, { text: q }) : [];
  const p = pageOf(page, all.length, per);
  return { rows: all.slice((p.page - 1) * per, p.page * per), total: all.length, ...p };
}

/** The findings of `claimledger audit` (kept in the index when it is built), problems first, a page at a time. */
export function findings(db: DB, o: { code?: string; page?: number; per?: number } = {}): Paged<Finding> & { codes: Record<string, number> } {
  const codes: Record<string, number> = {};
  for (const r of db.prepare('SELECT code, count(*) AS n FROM findings GROUP BY code ORDER BY min(n)').all() as { code: string; n: number }[]) codes[r.code] = r.n;
  const total = o.code ? codes[o.code] ?? 0 : Object.values(codes).reduce((a, b) => a + b, 0);
  const per = o.per ?? PER_PAGE;
  const p = pageOf(o.page, total, per);
  const rows = (db.prepare(`SELECT finding FROM findings ${o.code ? 'WHERE code = ?' : ''} ORDER BY n LIMIT ? OFFSET ?`).all(...(o.code ? [o.code] : []), per, (p.page - 1) * per) as { finding: string }[])
    .map((r) => JSON.parse(r.finding) as Finding);
  return { rows, total, ...p, codes };
}

export interface LedgerStatus {
  checkpoint: (Checkpoint & { file: string; signature: 'valid' | 'invalid' | 'no key' }) | null;
  /** the verify result, when it has been computed */
  verify: { status: string; message: string; entries?: number } | null;
  keySource: string;
}

/** The home page's words for a verify result, and for where its key came from. */
export function verifyStatus(r: VerifyResult, when = ''): NonNullable<LedgerStatus['verify']> {
  return r.status === 'valid'
    ? { status: 'valid', message: `${r.entries} entries, ${r.checkpoints} signed checkpoints${when}`, entries: r.entries }
    : { status: r.status, message: `${r.code} at entry ${r.line}: ${r.message}` };
}
export const keySourceOf = (key: Verifier | undefined, said?: string) => said ?? (key ? 'checked with the pinned key' : 'no verifier key: checkpoints cannot be trusted');

/** The newest signed checkpoint in the output, and whether its signature holds under the key. */
export function latestCheckpoint(outputDir: string, key: Verifier | undefined): LedgerStatus['checkpoint'] {
  const all = listCheckpoints(outputDir);
  const last = all[all.length - 1];
  if (!last) return null;
  const cp = parseCheckpointText(last.note);
  if (!cp) return null;
  const signature = !key ? 'no key' : openCheckpoint(last.note, key).ok ? 'valid' : 'invalid';
  return { ...cp, file: path.basename(last.file), signature };
}
