// Tracking claims across articles: a corpus of four articles by four outlets about one event
// (test/fixtures/tracking/, written for this project) exercises every finding.
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runBatch } from '../src/run.js';
import { pinnedKeyFile } from './helpers.js';
import { defaultConfig } from '../src/config.js';
import { indexPath, openIndex, reindex } from '../src/track/db.js';
import { audit } from '../src/track/audit.js';
import { query } from '../src/track/query.js';
import { status } from '../src/track/status.js';
import { exportClaims } from '../src/track/export.js';
import { appendCorrection, appendReview } from '../src/track/review.js';
import { bareName, identities } from '../src/track/speakers.js';
import { diffLine, relation, wordDiff, words } from '../src/track/words.js';
import { verifyLedger } from '../src/ledger/verify.js';
import { parseVerifier } from '../src/ledger/sign.js';
import { check } from '../src/validate.js';

describe('words', () => {
  it.each([
    ['same words, other marks', '“We will win,” she said', 'we will win she said', 'exact'],
    ['an excerpt', 'the barrier will hold back the surge', 'engineers say the barrier will hold back the surge without question', 'excerpt'],
    ['drifted wording', 'We will not raise property taxes to pay for this barrier, not this year and not next year', 'We will not raise taxes to pay for the barrier, not this year', 'near'],
    ['different claims', 'The council approved the barrier on Tuesday', 'Fishermen want a seat on the gate committee', undefined],
  ])('%s', (_n, a, b, want) => {
    expect(relation(words(a), words(b), 0.6)).toBe(want);
  });

  it('a word diff shows what changed', () => {
    expect(diffLine(wordDiff('We will not raise property taxes this year', 'We will not raise taxes this year or next'))).toBe('We will not raise [-property-] taxes this year {+or next+}');
  });
});

describe('speaker identity', () => {
  it.each([
    ['Political analyst Volodymyr Fesenko', 'Volodymyr Fesenko'],
    ['Mr. Fesenko', 'Fesenko'],
    ['Sen. Elizabeth Warren', 'Elizabeth Warren'],
    ['Fesenko', 'Fesenko'],
  ])('bare name of %s', (n, want) => expect(bareName(n)).toBe(want));

  it('one first name for a surname joins every spelling; two keep the bare surname apart', () => {
    const ids = identities(['Volodymyr Fesenko', 'Fesenko', 'Mr. Fesenko', 'Hillary Clinton', 'Bill Clinton', 'Clinton']);
    const byVariant = new Map([...ids.values()].flatMap((id) => id.variants.map((v) => [v, id.name] as const)));
    expect(byVariant.get('Fesenko')).toBe('Volodymyr Fesenko');
    expect(byVariant.get('Mr. Fesenko')).toBe('Volodymyr Fesenko');
    expect(byVariant.get('Clinton')).toBe('Clinton');
    expect(byVariant.get('Bill Clinton')).toBe('Bill Clinton');
  });
});

describe('tracking across articles', () => {
  let out: string;
  const cfg = defaultConfig;

  beforeAll(async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'claimledger-track-'));
    cpSync(new URL('./fixtures/tracking', import.meta.url), path.join(base, 'input'), { recursive: true });
    out = path.join(base, 'output');
    await runBatch({ config: cfg, input: path.join(base, 'input'), output: out, workers: 0 });
  }, 60_000);

  /** every table of the index, as data */
  const dump = () => {
    const db = new Database(indexPath(out), { readonly: true });
    try {
      return Object.fromEntries(['sources', 'claims', 'speakers', 'clusters', 'links', 'events'].map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));
    } finally { db.close(); }
  };

  it('reindex from the ledger alone rebuilds the same index', () => {
    const first = reindex(out, cfg);
    const a = dump();
    const second = reindex(out, cfg);
    expect(second).toEqual(first);
    expect(dump()).toEqual(a);
    expect(first).toMatchObject({ sources: 4 });
    expect(first.clusters).toBeGreaterThanOrEqual(3);
  });

  it('audit reports the same quote with another speaker, the drifted quote, the repeated statement and the speaker named three ways', () => {
    const db = openIndex(out, cfg);
    try {
      const f = audit(db, cfg);
      const conflict = f.find((x) => x.code === 'CONFLICTING_ATTRIBUTION');
      expect(conflict?.claims.map((c) => c.speaker).sort()).toEqual(['Dana Whitfield', 'Tomas Reyes']);
      const drift = f.find((x) => x.code === 'DRIFTED_WORDING');
      expect(drift?.diff).toContain('[-property-]');
      expect(drift?.claims.map((c) => c.publisher)).toEqual(['Harlow Herald', 'The Bay Courier']);
      const repeated = f.find((x) => x.code === 'REPEATED_STATEMENT');
      expect(repeated?.claims.map((c) => c.publisher).sort()).toEqual(['Coastal Wire', 'Harlow Herald']);
      const variants = f.find((x) => x.code === 'SPEAKER_VARIANTS' && x.message.startsWith('Ines Valcourt'));
      expect(variants?.message).toMatch(/named [3-9] ways/);
      // every finding names its claims and their places, and each place slices back to the claim's text
      for (const x of f) for (const c of x.claims) {
        const text = readFileSync(path.join(out, 'texts', `${(db.prepare('SELECT s.sha256Text AS h FROM claims c JOIN sources s ON s.leaf = c.source WHERE c.leaf = ?').get(c.leaf) as { h: string }).h}.txt`), 'utf8');
        expect(text.slice(c.start, c.end)).toBe(c.text);
      }
    } finally { db.close(); }
  });

  it('query --speaker lists one person\'s claims across articles in date order, whatever the spelling', () => {
    const db = openIndex(out, cfg);
    try {
      const lists = ['Valcourt', 'Ms. Valcourt', 'Ines Valcourt', 'Mayor Ines Valcourt'].map((n) => query(db, { speaker: n }));
      for (const l of lists) expect(l.map((c) => c.id)).toEqual(lists[0].map((c) => c.id));
      const rows = lists[0];
      expect(new Set(rows.map((c) => c.source.publisher)).size).toBeGreaterThanOrEqual(3);
      const dates = rows.map((c) => c.source.published ?? '');
      expect(dates).toEqual([...dates].sort());
      expect(rows.every((c) => c.speaker?.name === 'Ines Valcourt')).toBe(true);
      // full-text and date range
      expect(query(db, { text: 'storm surge' }).length).toBe(2);
      expect(query(db, { speaker: 'Valcourt', from: '2026-03-05' }).every((c) => (c.source.published ?? '') >= '2026-03-05')).toBe(true);
    } finally { db.close(); }
  });

  it('a review shows in status, in the ClaimReview export and in a query of a repeat of the claim', () => {
    let db = openIndex(out, cfg);
    const [reyes] = query(db, { speaker: 'Tomas Reyes', text: 'storm surge' });
    const [whitfield] = query(db, { speaker: 'Dana Whitfield', text: 'storm surge' });
    db.close();
    expect(reyes.cluster).toBe(whitfield.cluster);
    const r = appendReview(path.join(out, 'ledger.jsonl'), cfg, reyes.id, { rating: 'Unproven', by: 'Bay Fact Check', url: 'https://factcheck.example/harlow-barrier', date: '2026-03-08' });
    expect(r.ok).toBe(true);
    expect(appendReview(path.join(out, 'ledger.jsonl'), cfg, reyes.id, { rating: '', by: 'X', url: 'https://x.example' })).toMatchObject({ ok: false, code: 'BAD_REVIEW' });
    db = openIndex(out, cfg); // stale: rebuilt with the event
    try {
      const s = status(db, reyes.id)!;
      expect(s.events).toMatchObject([{ kind: 'review', rating: 'Unproven', by: 'Bay Fact Check' }]);
      const repeat = query(db, { speaker: 'Dana Whitfield', text: 'storm surge' })[0];
      expect(repeat.reviews).toMatchObject([{ rating: 'Unproven', via: 'cluster', claim: reyes.id }]);
      const items = JSON.parse(exportClaims(db, 'claimreview').text) as Record<string, any>[];
      const reviews = items.filter((x) => x['@type'] === 'ClaimReview');
      expect(reviews).toHaveLength(1);
      expect(reviews[0]).toMatchObject({ claimReviewed: reyes.text, reviewRating: { alternateName: 'Unproven' }, url: 'https://factcheck.example/harlow-barrier', author: { name: 'Bay Fact Check' }, itemReviewed: { author: { '@type': 'Person', name: 'Tomas Reyes' } } });
      expect(check('claimReview', reviews[0])).toBeNull();
      // no rating is made up: only the reviewed claim has a ClaimReview
      expect(items.filter((x) => x['@type'] === 'Claim').length).toBe(query(db, {}).length);
      // (a floor at or below the repeat's own score: the filter keeps it, and drops what scores less)
      const floor = Math.min(0.2, whitfield.score ?? 0);
      const jsonl = exportClaims(db, 'jsonl', { minScore: floor }).text.trim().split('\n').map((l) => JSON.parse(l));
      expect(jsonl.every((x) => x.score >= floor)).toBe(true);
      expect(jsonl.find((x) => x.id === whitfield.id)).toMatchObject({ rating: 'Unproven', reviewVia: 'cluster' });
      const csv = exportClaims(db, 'csv').text;
      expect(csv.split('\n')[0]).toBe('id,type,text,score,speaker,speakerKind,role,cue,input,url,publisher,published,start,end,cluster,reasons,correctedSpeaker,correctedType,notAClaim,rating,reviewedBy,reviewUrl,reviewVia');
    } finally { db.close(); }
    const key = parseVerifier(readFileSync(pinnedKeyFile(), 'utf8'));
    expect(verifyLedger({ ledger: path.join(out, 'ledger.jsonl'), key })).toMatchObject({ status: 'valid' });
  });
});

describe('a correction of an attribution', () => {
  it('is an event: status, query and every export show the corrected value beside the original, and the ledger verifies', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'claimledger-correct-'));
    const out = path.join(base, 'output');
    cpSync(path.join(import.meta.dirname, 'fixtures', 'tracking'), path.join(base, 'input'), { recursive: true });
    await runBatch({ config: defaultConfig, input: path.join(base, 'input'), output: out, workers: 0 });
    const ledger = path.join(out, 'ledger.jsonl');
    let db = openIndex(out, defaultConfig);
    const [c] = query(db, { speaker: 'Tomas Reyes', text: 'storm surge' });
    const statement = query(db, {}).find((x) => x.type === 'statement')!;
    db.close();
    const inode = statSync(indexPath(out)).ino;
    // nothing to say, a bad type, an unknown claim: refused, nothing appended
    const before = readFileSync(ledger, 'utf8');
    expect(appendCorrection(ledger, defaultConfig, c.id, {})).toMatchObject({ ok: false, code: 'BAD_CORRECTION' });
    expect(appendCorrection(ledger, defaultConfig, c.id, { type: 'rumour' })).toMatchObject({ ok: false, code: 'BAD_CORRECTION' });
    expect(appendCorrection(ledger, defaultConfig, c.id, { speaker: '   ' })).toMatchObject({ ok: false, code: 'BAD_CORRECTION' });
    expect(appendCorrection(ledger, defaultConfig, 'c_00000000000000000000', { speaker: 'X' })).toMatchObject({ ok: false, code: 'NO_CLAIM' });
    expect(readFileSync(ledger, 'utf8')).toBe(before);
    expect(appendCorrection(ledger, defaultConfig, c.id, { speaker: 'Dana Whitfield', by: 'Desk editor', date: '2026-03-09' })).toMatchObject({ ok: true });
    expect(appendCorrection(ledger, defaultConfig, statement.id, { notAClaim: true, by: 'Desk editor' })).toMatchObject({ ok: true });
    db = openIndex(out, defaultConfig);
    try {
      const s = status(db, c.id)!;
      expect(s.claim.speaker?.name).toBe('Tomas Reyes'); // the original stays
      expect(s.claim.correction).toMatchObject({ speaker: 'Dana Whitfield', by: 'Desk editor', date: '2026-03-09' });
      expect(s.events).toMatchObject([{ kind: 'correction', by: 'Desk editor', what: 'speaker: Dana Whitfield' }]);
      const rows = exportClaims(db, 'jsonl').text.trim().split('\n').map((l) => JSON.parse(l));
      expect(rows.find((x) => x.id === c.id)).toMatchObject({ speaker: 'Tomas Reyes', correctedSpeaker: 'Dana Whitfield' });
      expect(rows.find((x) => x.id === statement.id)).toMatchObject({ notAClaim: true });
      for (const r of rows) expect(check('exportRecord', r)).toBeNull();
      const items = JSON.parse(exportClaims(db, 'claimreview').text) as Record<string, any>[];
      expect(items.find((x) => x.text === c.text)).toMatchObject({ author: { name: 'Dana Whitfield' } });
      expect(items.some((x) => x['@type'] === 'Claim' && x.text === statement.text)).toBe(false);
    } finally { db.close(); }
    // the index caught up with the two events without a rebuild, and holds what a rebuild holds
    expect(statSync(indexPath(out)).ino).toBe(inode); // the same file: updated, not rebuilt (a rebuild writes a new file)
    const rows = (file: string) => { const d = new Database(file, { readonly: true }); try { return [d.prepare('SELECT * FROM events ORDER BY seq').all(), d.prepare('SELECT * FROM meta ORDER BY k').all()]; } finally { d.close(); } };
    const caughtUp = rows(indexPath(out));
    reindex(out, defaultConfig);
    expect(rows(indexPath(out))).toEqual(caughtUp);
    const key = parseVerifier(readFileSync(pinnedKeyFile(), 'utf8'));
    expect(verifyLedger({ ledger, key })).toMatchObject({ status: 'valid' });
  });
});

describe('audit of one article', () => {
  it('reports a quotation with no speaker and a speaker found through a long pronoun chain', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'claimledger-audit-'));
    mkdirSync(path.join(base, 'input'));
    const filler = 'The committee spent the rest of the afternoon on the budget for roads, schools and parks, line by line. ';
    writeFileSync(path.join(base, 'input', 'story.txt'), [
      'Harbour plan divides the council',
      'Council member Ray Osei opened the debate on the harbour plan on Monday.',
      filler.repeat(4).trim(),
      'He said the engineers had not shown how the gates would cope with two storms in a row.',
      'On the back wall of the room: “Not one more dollar for the gates.”',
      'The vote is expected next month, after a second public hearing on the plan.',
    ].join('\n\n'));
    const cfg = { ...defaultConfig, tracking: { ...defaultConfig.tracking, pronounChainChars: 300 } };
    const out = path.join(base, 'output');
    await runBatch({ config: cfg, input: path.join(base, 'input'), output: out, workers: 0 });
    const db = openIndex(out, cfg);
    try {
      const f = audit(db, cfg);
      expect(f.find((x) => x.code === 'LONG_PRONOUN_CHAIN')?.claims[0]).toMatchObject({ speaker: 'Ray Osei' });
      expect(f.find((x) => x.code === 'NO_SPEAKER')?.claims[0].text).toBe('Not one more dollar for the gates.');
    } finally { db.close(); }
  }, 30_000);
});
