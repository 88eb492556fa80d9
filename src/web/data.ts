// What the audit pages show, read from the derived index and the stored texts (never from the pages'
// own state): paged lists of articles, speakers and findings; one article with its claims, their
// events and their repeats elsewhere; one speaker's claims across articles; claim search (FTS).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { sha256Hex } from '../hash.js';
import { listCheckpoints, parseCheckpointText, openCheckpoint, type Checkpoint } from '../ledger/checkpoint.js';
import type { Verifier } from '../ledger/sign.js';
import { audit, type Finding } from '../track/audit.js';
import type { DB } from '../track/db.js';
import { query, type ClaimResult } from '../track/query.js';
import { diffLine, wordDiff } from '../track/words.js';

export const PER_PAGE = 50;

export interface Paged<T> { rows: T[]; total: number; page: number; pages: number }

export interface ArticleRow { leaf: string; seq: number; article: string; input: string; url: string | null; title: string | null; publisher: string | null; published: string | null; claims: number }

export interface Event { seq: number; leaf: string; kind: string; rating: string | null; by: string | null; url: string | null; date: string | null; note: string | null; body: Record<string, unknown> }
export interface Elsewhere { id: string; source: string; input: string; title: string | null; publisher: string | null; published: string | null; speaker: string | null; relation: string | null; diff: string | null }
export interface ClaimView extends ClaimResult {
  /** the words at [start, end) of the stored text are the claim's words */
  verifies: boolean;
  mentionText: string | null;
  events: Event[];
  elsewhere: Elsewhere[];
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

/** The claim's events in ledger order (reviews, corrections, notes). */
function eventsOf(db: DB, leaf: string): Event[] {
  return (db.prepare('SELECT seq, leaf, kind, rating, reviewer AS by, url, date, note, body FROM events WHERE about = ? ORDER BY seq').all(leaf) as (Omit<Event, 'body'> & { body: string })[])
    .map((e) => ({ ...e, body: JSON.parse(e.body) as Record<string, unknown> }));
}

/** The same words elsewhere: the other members of the claim's cluster, with how they relate (and the word diff when drifted). */
function elsewhereOf(db: DB, c: ClaimResult): Elsewhere[] {
  if (!c.cluster) return [];
  const rel = db.prepare('SELECT relation FROM links WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)');
  return query(db, { cluster: c.cluster }).filter((m) => m.leaf !== c.leaf).map((m) => {
    const r = rel.get(c.leaf, m.leaf, m.leaf, c.leaf) as { relation: string } | undefined;
    return {
      id: m.id, source: m.source.leaf, input: m.source.input, title: m.source.title, publisher: m.source.publisher, published: m.source.published,
      speaker: m.speaker?.name ?? null, relation: r?.relation ?? 'same cluster', diff: r?.relation === 'near' ? diffLine(wordDiff(c.text, m.text)) : null,
    };
  });
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
    events: eventsOf(db, c.leaf),
    elsewhere: elsewhereOf(db, c),
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

export interface SpeakerView {
  speaker: SpeakerRow;
  claims: Paged<ClaimView>;
  /** the same words given to someone else */
  conflicts: { claim: ClaimResult; other: Elsewhere }[];
  /** the same quote with other words */
  drift: { claim: ClaimResult; other: Elsewhere }[];
}

export function speakerView(db: DB, key: string, page = 1, per = PER_PAGE): SpeakerView | undefined {
  const speaker = speakerRow(db, key);
  if (!speaker) return undefined;
  const total = speaker.claims;
  const p = pageOf(page, total, per);
  const rows = query(db, { speakerKey: key, limit: per, offset: (p.page - 1) * per }).map((c): ClaimView => ({ ...c, verifies: true, mentionText: null, events: eventsOf(db, c.leaf), elsewhere: elsewhereOf(db, c) }));
  // conflicts and drift over all the speaker's clustered claims, not only this page's
  const clustered = query(db, { speakerKey: key }).filter((c) => c.cluster);
  const conflicts: SpeakerView['conflicts'] = [];
  const drift: SpeakerView['drift'] = [];
  for (const c of clustered) {
    for (const o of elsewhereOf(db, c)) {
      const otherKey = (db.prepare('SELECT speaker_key FROM claims WHERE id = ?').get(o.id) as { speaker_key: string | null } | undefined)?.speaker_key;
      if ((c.type === 'direct' || c.type === 'partial') && o.speaker && otherKey !== key) conflicts.push({ claim: c, other: o });
      else if (o.relation === 'near') drift.push({ claim: c, other: o });
    }
  }
  return { speaker, claims: { rows, total, ...p }, conflicts, drift };
}

export function searchClaims(db: DB, q: string, page = 1, per = PER_PAGE): Paged<ClaimResult> {
  const all = q.trim() ? query(db, { text: q }) : [];
  const p = pageOf(page, all.length, per);
  return { rows: all.slice((p.page - 1) * per, p.page * per), total: all.length, ...p };
}

const auditCache = new WeakMap<DB, Finding[]>();
/** The findings of `claimledger audit`, problems first; computed once per opened index. */
export function findings(db: DB, config: Config, o: { code?: string; page?: number; per?: number } = {}): Paged<Finding> & { codes: Record<string, number> } {
  let all = auditCache.get(db);
  if (!all) {
    all = audit(db, config).sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'problem' ? -1 : 1));
    auditCache.set(db, all);
  }
  const codes: Record<string, number> = {};
  for (const f of all) codes[f.code] = (codes[f.code] ?? 0) + 1;
  const chosen = o.code ? all.filter((f) => f.code === o.code) : all;
  const per = o.per ?? PER_PAGE;
  const p = pageOf(o.page, chosen.length, per);
  return { rows: chosen.slice((p.page - 1) * per, p.page * per), total: chosen.length, ...p, codes };
}

export interface LedgerStatus {
  checkpoint: (Checkpoint & { file: string; signature: 'valid' | 'invalid' | 'no key' }) | null;
  /** the verify result, when it has been computed */
  verify: { status: string; message: string; entries?: number } | null;
  keySource: string;
}

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
