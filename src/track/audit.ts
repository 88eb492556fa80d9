// Attribution audit over the index: the problems a newsroom auditor or fact-checker wants surfaced,
// each naming the claims and their places in the texts (input, UTF-16 [start, end)).
//   NO_SPEAKER              a quotation with no speaker
//   LONG_PRONOUN_CHAIN      a speaker found through a pronoun, role or continuation far from the last mention of the name
//   CONFLICTING_ATTRIBUTION the same quote given to different speakers in different places
//   DRIFTED_WORDING         the same quote with different words (a possible misquote), with a word diff
//   DUPLICATE_CLAIM         the same article text entered twice, or the same words claimed twice in one article
//   REPEATED_QUOTE          (info) the same quote in several articles
//   REPEATED_STATEMENT      (info) the same statement in several outlets' own voice
//   SPEAKER_VARIANTS        (info) one speaker named several ways across the ledger
import type { Config } from '../config.js';
import type { ClaimRow, DB } from './db.js';
import { diffLine, wordDiff, words } from './words.js';

export type FindingCode = 'NO_SPEAKER' | 'LONG_PRONOUN_CHAIN' | 'CONFLICTING_ATTRIBUTION' | 'DRIFTED_WORDING' | 'DUPLICATE_CLAIM'
  | 'REPEATED_QUOTE' | 'REPEATED_STATEMENT' | 'SPEAKER_VARIANTS';

export interface Place { id: string; leaf: string; /** the article's source entry */ source: string; input: string; publisher: string | null; published: string | null; start: number; end: number; text: string; speaker: string | null }
export interface Finding { code: FindingCode; severity: 'problem' | 'info'; message: string; claims: Place[]; diff?: string; /** (in the index) how many claims the finding names when `claims` holds only the first of them */ claimCount?: number }

const QUOTE = new Set(['direct', 'partial']);
type Row = ClaimRow & { input: string; publisher: string | null; s_published: string | null; sha256Text: string; speaker_name: string | null };

export function audit(db: DB, config: Config): Finding[] {
  const rows = db.prepare(`SELECT c.*, s.input, s.publisher, s.published AS s_published, s.sha256Text, sp.name AS speaker_name FROM claims c
    JOIN sources s ON s.leaf = c.source LEFT JOIN speakers sp ON sp.key = c.speaker_key ORDER BY c.seq`).all() as Row[];
  const byLeaf = new Map(rows.map((r) => [r.leaf, r]));
  const place = (r: Row): Place => ({ id: r.id, leaf: r.leaf, source: r.source, input: r.input, publisher: r.publisher, published: r.s_published, start: r.start, end: r.end, text: r.text, speaker: r.speaker_name ?? r.speaker });
  const out: Finding[] = [];
  // 1. quotations with no speaker
  for (const r of rows) if (QUOTE.has(r.type) && !r.speaker) out.push({ code: 'NO_SPEAKER', severity: 'problem', message: `a ${r.type} quotation with no speaker`, claims: [place(r)] });
  // 2. long pronoun chains
  for (const r of rows) {
    if (r.chain_chars !== null && r.chain_chars > config.tracking.pronounChainChars) {
      out.push({ code: 'LONG_PRONOUN_CHAIN', severity: 'problem', message: `"${r.speaker}" found through a ${r.speaker_via} ${r.chain_chars} characters after the name last appears`, claims: [place(r)] });
    }
  }
  // 3. clusters: conflicting speakers, repeats
  const clusters = new Map<string, Row[]>();
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => { const l = m.get(k); if (l) l.push(v); else m.set(k, [v]); };
  for (const r of rows) if (r.cluster) push(clusters, r.cluster, r);
  for (const members of clusters.values()) {
    const quotes = members.filter((m) => m.type !== 'statement');
    const speakers = new Map<string, Row[]>();
    for (const m of quotes) if (m.speaker_key) push(speakers, m.speaker_key, m);
    if (speakers.size > 1) {
      const names = [...speakers.values()].map((g) => `${g[0].speaker_name ?? g[0].speaker} (${g.length})`);
      out.push({ code: 'CONFLICTING_ATTRIBUTION', severity: 'problem', message: `the same words are attributed to ${names.join(' and ')}`, claims: quotes.filter((m) => m.speaker_key).map(place) });
    }
    const quoted = members.filter((m) => QUOTE.has(m.type));
    if (new Set(quoted.map((m) => m.sha256Text)).size > 1) out.push({ code: 'REPEATED_QUOTE', severity: 'info', message: `the same quotation in ${new Set(quoted.map((m) => m.sha256Text)).size} articles`, claims: quoted.map(place) });
    const stated = members.filter((m) => m.type === 'statement');
    const outlets = new Set(stated.map((m) => m.publisher ?? m.input));
    if (outlets.size > 1) out.push({ code: 'REPEATED_STATEMENT', severity: 'info', message: `the same statement in the own voice of ${outlets.size} outlets: ${[...outlets].join(', ')}`, claims: stated.map(place) });
  }
  // 4. drifted wording: near (not exact, not excerpt) quotations in different articles
  const links = db.prepare("SELECT a, b FROM links WHERE relation = 'near' ORDER BY rowid").all() as { a: string; b: string }[];
  for (const l of links) {
    let a = byLeaf.get(l.a), b = byLeaf.get(l.b);
    // from the earlier publication to the later one: the diff shows what the later one changed
    if (a && b && (b.s_published ?? '9999') < (a.s_published ?? '9999')) [a, b] = [b, a];
    if (!a || !b || !QUOTE.has(a.type) || !QUOTE.has(b.type) || a.sha256Text === b.sha256Text) continue;
    const d = diffLine(wordDiff(a.text, b.text));
    out.push({ code: 'DRIFTED_WORDING', severity: 'problem', message: 'the same quotation with different words (a possible misquote)', claims: [place(a), place(b)], diff: d });
  }
  // 5. duplicates: one text entered twice; the same words claimed twice in one article
  const bySha = new Map<string, Set<string>>();
  const firstOf = new Map<string, Row>();
  for (const r of rows) if (!firstOf.has(r.source)) firstOf.set(r.source, r);
  for (const r of rows) bySha.set(r.sha256Text, (bySha.get(r.sha256Text) ?? new Set()).add(r.source));
  for (const [, srcs] of bySha) {
    if (srcs.size < 2) continue;
    const firsts = [...srcs].map((s) => firstOf.get(s)!).map(place);
    out.push({ code: 'DUPLICATE_CLAIM', severity: 'problem', message: `one article text entered ${srcs.size} times: its claims are in the ledger ${srcs.size} times`, claims: firsts });
  }
  const seen = new Map<string, Row>();
  for (const r of rows) {
    const k = `${r.source}\u0000${r.type === 'statement' ? 's' : 'q'}\u0000${words(r.text).join(' ')}`;
    const prev = seen.get(k);
    if (prev && prev.start !== r.start && words(r.text).length >= config.tracking.minClusterWords) out.push({ code: 'DUPLICATE_CLAIM', severity: 'problem', message: 'the same words claimed twice in one article', claims: [place(prev), place(r)] });
    else seen.set(k, r);
  }
  // 6. speakers named several ways
  const sp = db.prepare('SELECT key, name, variants FROM speakers ORDER BY key').all() as { key: string; name: string; variants: string }[];
  const bySpeaker = new Map<string, Row[]>();
  for (const r of rows) if (r.speaker_key) push(bySpeaker, r.speaker_key, r);
  for (const s of sp) {
    const variants = JSON.parse(s.variants) as string[];
    if (variants.length < 2) continue;
    const claims = bySpeaker.get(s.key) ?? [];
    out.push({ code: 'SPEAKER_VARIANTS', severity: 'info', message: `${s.name} is named ${variants.length} ways: ${variants.map((v) => `"${v}"`).join(', ')}`, claims: claims.slice(0, 20).map(place) });
  }
  return out;
}
