// The derived index: a SQLite file (output/index.sqlite) rebuilt from the ledger and its stored texts
// alone, so it can always be thrown away and made again (`claimledger reindex`). It holds sources,
// claims with their speaker identity and cluster, speakers, clusters with the pairwise relation of their
// members, events, and a full-text index over claim texts. Nothing here is evidence: the ledger is.
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { leafHash } from '../ledger/hash.js';
import { readLedger } from '../ledger/read.js';
import { audit } from './audit.js';
import { identities, keyOf } from './speakers.js';
import { relation, words, type Relation } from './words.js';

export type DB = Database.Database;
export const INDEX_VERSION = '4'; // 2: claims.reasons; 3: claims.rule, claims.features, speakers.claims (for the audit pages); 4: findings

const SCHEMA = `
CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE sources(leaf TEXT PRIMARY KEY, seq INTEGER NOT NULL, article TEXT, input TEXT, url TEXT, title TEXT,
  publisher TEXT, published TEXT, sha256Text TEXT);
CREATE INDEX sources_published ON sources(coalesce(published, '') DESC, seq);
CREATE TABLE claims(leaf TEXT PRIMARY KEY, id TEXT NOT NULL, seq INTEGER NOT NULL, source TEXT NOT NULL, type TEXT NOT NULL,
  text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, score REAL, speaker TEXT, speaker_key TEXT,
  speaker_kind TEXT, speaker_via TEXT, speaker_role TEXT, mention_start INTEGER, mention_end INTEGER, cue TEXT,
  published TEXT, cluster TEXT, chain_chars INTEGER, reasons TEXT, rule TEXT, features TEXT);
CREATE INDEX claims_source ON claims(source);
CREATE INDEX claims_id ON claims(id);
CREATE INDEX claims_speaker ON claims(speaker_key);
CREATE INDEX claims_cluster ON claims(cluster);
CREATE VIRTUAL TABLE claims_fts USING fts5(text, speaker, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE speakers(key TEXT PRIMARY KEY, name TEXT NOT NULL, variants TEXT NOT NULL, claims INTEGER NOT NULL);
CREATE TABLE clusters(id TEXT PRIMARY KEY, size INTEGER NOT NULL, sources INTEGER NOT NULL);
CREATE TABLE links(a TEXT NOT NULL, b TEXT NOT NULL, relation TEXT NOT NULL, PRIMARY KEY(a, b));
CREATE INDEX links_b ON links(b);
CREATE TABLE events(leaf TEXT PRIMARY KEY, seq INTEGER NOT NULL, about TEXT NOT NULL, kind TEXT NOT NULL, rating TEXT,
  reviewer TEXT, url TEXT, date TEXT, note TEXT, body TEXT NOT NULL);
CREATE INDEX events_about ON events(about);
CREATE TABLE findings(n INTEGER PRIMARY KEY, code TEXT NOT NULL, severity TEXT NOT NULL, finding TEXT NOT NULL);
CREATE INDEX findings_code ON findings(code, n);
`;

interface SourceRow { leaf: string; seq: number; article: string; input: string; url: string | null; title: string | null; publisher: string | null; published: string | null; sha256Text: string }
export interface ClaimRow {
  leaf: string; id: string; seq: number; source: string; type: string; text: string; start: number; end: number;
  score: number | null; speaker: string | null; speaker_key: string | null; speaker_kind: string | null; speaker_via: string | null;
  speaker_role: string | null; mention_start: number | null; mention_end: number | null; cue: string | null;
  published: string | null; cluster: string | null; chain_chars: number | null;
  /** the scorer's reasons, largest first, as JSON (the top few) */
  reasons: string | null;
  /** the id of the rule that made the claim ("quote.after", "statement.score") */
  rule: string | null;
  /** the check-worthiness features that fired, as JSON ({"numbers": ["35"], …}; empty lists left out) */
  features: string | null;
}

/** the claims of one finding the index keeps (`claimledger audit --json` lists them all) */
export const FINDING_CLAIMS = 50;

export const indexPath = (outputDir: string) => path.join(outputDir, 'index.sqlite');

/** Rebuilds the index from the ledger (and stored texts) into a fresh file, then moves it into place. */
export function reindex(outputDir: string, config: Config): { sources: number; claims: number; events: number; speakers: number; clusters: number } {
  const ledgerFile = path.join(outputDir, 'ledger.jsonl');
  const { lines, leaves } = existsSync(ledgerFile) ? readLedger(ledgerFile) : { lines: [], leaves: [] };
  const ledgerBytes = existsSync(ledgerFile) ? statSync(ledgerFile).size : 0;
  const sources = new Map<string, SourceRow>();
  const claims: ClaimRow[] = [];
  const events: { leaf: string; seq: number; body: Record<string, unknown> }[] = [];
  const mentionText = new Map<string, string>();
  const texts = new Map<string, string | undefined>();
  const textOf = (sha: string) => {
    if (!texts.has(sha)) { const f = path.join(outputDir, 'texts', `${sha}.txt`); texts.set(sha, existsSync(f) ? readFileSync(f, 'utf8') : undefined); }
    return texts.get(sha);
  };
  for (let i = 0; i < lines.length; i++) {
    const e = JSON.parse(lines[i]) as { seq: number; type: string; body: Record<string, any> };
    const b = e.body;
    if (e.type === 'source') {
      const meta = (b.meta ?? {}) as Record<string, unknown>;
      sources.set(leaves[i], {
        leaf: leaves[i], seq: e.seq, article: String(b.article), input: String(b.input), url: (b.url as string) ?? (meta.url as string) ?? null,
        title: (meta.title as string) ?? null, publisher: (meta.publisher as string) ?? null, published: (meta.published as string) ?? null, sha256Text: String(b.sha256Text),
      });
    } else if (e.type === 'claim') {
      const c = b.claim;
      const src = sources.get(b.source);
      if (c.speaker?.mention?.text && (c.speaker.via === 'name' || c.speaker.via === 'surname')) mentionText.set(leaves[i], String(c.speaker.mention.text).replace(/[’']s$/, ''));
      claims.push({
        leaf: leaves[i], id: c.id, seq: e.seq, source: b.source, type: c.type, text: c.text, start: c.start, end: c.end,
        score: c.score ?? null, speaker: c.speaker?.name ?? null, speaker_key: null, speaker_kind: c.speaker?.kind ?? null,
        speaker_via: c.speaker?.via ?? null, speaker_role: c.speaker?.role ?? null, mention_start: c.speaker?.mention?.start ?? null,
        mention_end: c.speaker?.mention?.end ?? null, cue: c.cue?.text ?? null, published: src?.published ?? null, cluster: null,
        chain_chars: src ? chainChars(textOf(src.sha256Text), c) : null,
        reasons: Array.isArray(c.features?.reasons) ? JSON.stringify(c.features.reasons.slice(0, 5)) : null,
        rule: typeof c.rule === 'string' ? c.rule : null, features: firedFeatures(c.features),
      });
    } else if (e.type === 'event') events.push({ leaf: leaves[i], seq: e.seq, body: b });
  }
  // speaker identities over the whole ledger
  const people = [...new Set(claims.filter((c) => c.speaker && c.speaker_kind === 'person').map((c) => c.speaker!))].sort();
  const others = [...new Set(claims.filter((c) => c.speaker && (c.speaker_kind === 'organization' || c.speaker_kind === 'group')).map((c) => c.speaker!))].sort();
  const ids = identities(people, others);
  const keys = keyOf(ids);
  for (const c of claims) if (c.speaker && c.speaker_kind !== 'unknown') c.speaker_key = keys.get(c.speaker) ?? null;
  // the ways each speaker is named in the texts ("Mr. Okafor", "Okafor") join the identity's variants
  for (const c of claims) {
    const m = mentionText.get(c.leaf);
    const id = c.speaker_key ? ids.get(c.speaker_key) : undefined;
    if (id && m && !id.variants.includes(m)) { id.variants.push(m); id.variants.sort(); }
  }
  // clusters
  const { clusterOf, links } = cluster(claims, sources, config);
  for (const c of claims) c.cluster = clusterOf.get(c.leaf) ?? null;

  const file = indexPath(outputDir);
  const tmp = `${file}.tmp-${process.pid}`;
  rmSync(tmp, { force: true });
  const db = new Database(tmp);
  try {
    db.pragma('journal_mode = OFF');
    db.exec(SCHEMA);
    db.transaction(() => {
      const meta = db.prepare('INSERT INTO meta(k, v) VALUES (?, ?)');
      meta.run('version', INDEX_VERSION);
      meta.run('ledgerSize', String(lines.length));
      meta.run('ledgerBytes', String(ledgerBytes));
      meta.run('ledgerHead', leaves[leaves.length - 1] ?? '');
      const ins = db.prepare('INSERT INTO sources VALUES (@leaf, @seq, @article, @input, @url, @title, @publisher, @published, @sha256Text)');
      for (const s of sources.values()) ins.run(s);
      const ic = db.prepare('INSERT INTO claims VALUES (@leaf, @id, @seq, @source, @type, @text, @start, @end, @score, @speaker, @speaker_key, @speaker_kind, @speaker_via, @speaker_role, @mention_start, @mention_end, @cue, @published, @cluster, @chain_chars, @reasons, @rule, @features)');
      const fts = db.prepare('INSERT INTO claims_fts(rowid, text, speaker) VALUES (?, ?, ?)');
      claims.forEach((c, n) => { ic.run(c); fts.run(n + 1, c.text, c.speaker ?? ''); });
      // rowid n+1 of claims_fts is the n-th claim in ledger order; claims' own rowids follow the same order
      const isp = db.prepare('INSERT INTO speakers VALUES (?, ?, ?, ?)');
      const count = new Map<string, number>();
      for (const c of claims) if (c.speaker_key) count.set(c.speaker_key, (count.get(c.speaker_key) ?? 0) + 1);
      for (const id of [...ids.values()].sort((a, b) => a.key.localeCompare(b.key))) isp.run(id.key, id.name, JSON.stringify(id.variants), count.get(id.key) ?? 0);
      const cl = new Map<string, { size: number; sources: Set<string> }>();
      for (const c of claims) if (c.cluster) {
        const x = cl.get(c.cluster) ?? { size: 0, sources: new Set<string>() };
        x.size++; x.sources.add(c.source); cl.set(c.cluster, x);
      }
      const icl = db.prepare('INSERT INTO clusters VALUES (?, ?, ?)');
      for (const [id, x] of cl) icl.run(id, x.size, x.sources.size);
      const il = db.prepare('INSERT INTO links VALUES (?, ?, ?)');
      for (const l of links) il.run(l.a, l.b, l.relation);
      insertEvents(db, events);
    })();
    // the audit's findings, problems first, kept so that a page of them is one indexed read
    const found = audit(db, config).sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'problem' ? -1 : 1));
    db.transaction(() => {
      const ins = db.prepare('INSERT INTO findings VALUES (?, ?, ?, ?)');
      // a finding over a large cluster names thousands of claims: the index keeps the first FINDING_CLAIMS and the count
      found.forEach((f, n) => ins.run(n, f.code, f.severity, JSON.stringify(f.claims.length > FINDING_CLAIMS ? { ...f, claims: f.claims.slice(0, FINDING_CLAIMS), claimCount: f.claims.length } : f)));
    })();
  } finally {
    db.close();
  }
  renameSync(tmp, file);
  return { sources: sources.size, claims: claims.length, events: events.length, speakers: ids.size, clusters: new Set(claims.map((c) => c.cluster).filter(Boolean)).size };
}

/** Event entries into the index (a rebuild, or the events appended since). */
function insertEvents(db: DB, events: { leaf: string; seq: number; body: Record<string, unknown> }[]): void {
  const ie = db.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const ev of events) {
    const b = ev.body as Record<string, string | undefined>;
    ie.run(ev.leaf, ev.seq, b.about, b.kind, b.rating ?? null, b.by ?? null, b.url ?? null, b.date ?? null, b.note ?? null, JSON.stringify(b));
  }
}

/** The features that fired (non-empty lists, true flags), as JSON; the scorer's bookkeeping left out. */
function firedFeatures(f: unknown): string | null {
  if (!f || typeof f !== 'object') return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f as Record<string, unknown>)) {
    if (k === 'reasons' || k === 'scorer' || k === 'words') continue;
    if ((Array.isArray(v) && v.length) || v === true) out[k] = v;
  }
  return Object.keys(out).length ? JSON.stringify(out) : null;
}

/**
 * For a speaker found through a pronoun or a continuation: how far back (in characters) the speaker's
 * name last stood in the text before the mention. Null when the name itself is the mention.
 */
function chainChars(text: string | undefined, c: { speaker?: { name: string; via: string; mention?: { start: number } } | null }): number | null {
  const sp = c.speaker;
  if (!text || !sp?.mention || !['pronoun', 'continuation', 'role', 'introduction'].includes(sp.via)) return null;
  const surname = sp.name.split(/\s+/).pop() ?? '';
  if (!surname) return null;
  const at = text.lastIndexOf(surname, sp.mention.start);
  return at < 0 ? sp.mention.start : sp.mention.start - at;
}

/**
 * Clusters claims across the ledger by their words: the same words, an excerpt, or near wording (a
 * share of words in order). Candidates share a three-word shingle; a cluster's id is the claim id of its
 * first appearance (earliest publication date, then ledger order). The links kept are the pairs that joined
 * two clusters (a spanning set), so a sentence repeated in thousands of articles costs a chain, not all pairs.
 */
function cluster(claims: ClaimRow[], sources: Map<string, SourceRow>, config: Config) {
  const ws = claims.map((c) => words(c.text));
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const shingles = new Map<string, number[]>();
  const links: { a: string; b: string; relation: Relation }[] = [];
  claims.forEach((_, i) => {
    const w = ws[i];
    if (w.length < config.tracking.minClusterWords) return;
    const seen = new Set<number>();
    for (let k = 0; k + 3 <= w.length; k++) {
      const sh = `${w[k]} ${w[k + 1]} ${w[k + 2]}`;
      const list = shingles.get(sh) ?? [];
      for (const j of list) {
        if (seen.has(j)) continue;
        seen.add(j);
        if (claims[j].source === claims[i].source && claims[j].start === claims[i].start) continue;
        // already in one cluster through other links: no pair is needed (boilerplate repeated in a
        // thousand articles makes a chain of links, not a million pairs)
        if (find(j) === find(i)) continue;
        const r = relation(ws[j], w, config.tracking.nearWordShare);
        if (!r) continue;
        links.push({ a: claims[j].leaf, b: claims[i].leaf, relation: r });
        parent[find(i)] = find(j);
      }
      if (list.length < 500) { list.push(i); shingles.set(sh, list); }
    }
  });
  const groups = new Map<number, number[]>();
  claims.forEach((_, i) => { const r = find(i); const g = groups.get(r); if (g) g.push(i); else groups.set(r, [i]); });
  const clusterOf = new Map<string, string>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const first = [...members].sort((x, y) => (sources.get(claims[x].source)?.published ?? '9999').localeCompare(sources.get(claims[y].source)?.published ?? '9999') || claims[x].seq - claims[y].seq)[0];
    for (const i of members) clusterOf.set(claims[i].leaf, claims[first].id);
  }
  return { clusterOf, links };
}

/**
 * When the ledger has grown by events only (a review, a correction: what the audit pages append), adds
 * them to the index instead of rebuilding it: nothing else an event changes is derived. False when the
 * index cannot be caught up this way (another version, other entries, a ledger that is not its extension).
 */
function catchUpEvents(file: string, ledgerFile: string, bytes: number): boolean {
  const db = new Database(file);
  try {
    const meta = new Map((db.prepare('SELECT k, v FROM meta').all() as { k: string; v: string }[]).map((r) => [r.k, r.v]));
    const from = Number(meta.get('ledgerBytes'));
    if (meta.get('version') !== INDEX_VERSION || !(from > 0) || from >= bytes || bytes - from > 1 << 20) return false;
    const fd = openSync(ledgerFile, 'r');
    const buf = Buffer.alloc(bytes - from);
    try { readSync(fd, buf, 0, buf.length, from); } finally { closeSync(fd); }
    const text = buf.toString('utf8');
    if (!text.endsWith('\n')) return false;
    const lines = text.slice(0, -1).split('\n');
    let seq = Number(meta.get('ledgerSize'));
    let prev = meta.get('ledgerHead');
    const rows: { leaf: string; seq: number; body: Record<string, string | undefined> }[] = [];
    for (const line of lines) {
      const e = JSON.parse(line) as { seq: number; type: string; prev: string; body: Record<string, string | undefined> };
      if (e.type !== 'event' || e.seq !== seq || e.prev !== prev) return false;
      prev = leafHash(line);
      rows.push({ leaf: prev, seq: e.seq, body: e.body });
      seq++;
    }
    db.transaction(() => {
      insertEvents(db, rows);
      const set = db.prepare('UPDATE meta SET v = ? WHERE k = ?');
      set.run(String(bytes), 'ledgerBytes');
      set.run(String(seq), 'ledgerSize');
      set.run(prev ?? '', 'ledgerHead');
    })();
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/** Opens the index, rebuilding it first when it is missing or behind the ledger. */
export function openIndex(outputDir: string, config: Config): DB {
  const file = indexPath(outputDir);
  const ledgerFile = path.join(outputDir, 'ledger.jsonl');
  // the ledger only grows: its size in bytes tells whether the index is behind (no reading, no hashing)
  const bytes = existsSync(ledgerFile) ? statSync(ledgerFile).size : 0;
  let fresh = false;
  if (existsSync(file)) {
    const db = new Database(file, { readonly: true });
    try {
      const v = db.prepare("SELECT v FROM meta WHERE k = 'ledgerBytes'").get() as { v: string } | undefined;
      const ver = db.prepare("SELECT v FROM meta WHERE k = 'version'").get() as { v: string } | undefined;
      fresh = v?.v === String(bytes) && ver?.v === INDEX_VERSION;
    } catch { fresh = false; } finally { db.close(); }
  }
  if (!fresh && !(existsSync(file) && catchUpEvents(file, ledgerFile, bytes))) reindex(outputDir, config);
  return new Database(file, { readonly: true });
}
