// The statement scorer: every reason kept, whole sentences scored, headings and lead-ins no statements,
// a one-sentence input scored even where it reports speech, and triage by score.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contributions, isTitleCase, ngrams, statementFeatures, statementScore } from '../src/stages/claims.js';
import { statementWeights } from '../src/lexicon/index.js';
import { runBatch } from '../src/run.js';
import { defaultConfig } from '../src/config.js';
import { openIndex } from '../src/track/db.js';
import { query } from '../src/track/query.js';
import { run } from './helpers.js';

describe('the statement scorer', () => {
  it('reads word 1–2-grams with numbers as <num>', () => {
    expect(ngrams('Taxes rose 20% in 2019, they’re saying.')).toEqual(['taxes', 'rose', '<num>', 'in', '<num>', "they're", 'saying', 'taxes rose', 'rose <num>', '<num> in', 'in <num>', "<num> they're", "they're saying"]);
  });

  it('keeps every reason with its sign and size, and the score is the logistic of their sum', () => {
    const s = 'Unemployment fell to 3.5 percent in 2019, the lowest rate since 1969.';
    const f = statementFeatures(s);
    const parts = contributions(f, s);
    expect(parts.some((c) => c.reason === 'numbers' && c.value > 0)).toBe(true);
    expect(parts.some((c) => /^".+"$/.test(c.reason))).toBe(true); // a learned word or pair
    const z = parts.reduce((a, c) => a + c.value, statementWeights().bias);
    const { score, reasons } = statementScore(f, s);
    expect(score).toBeCloseTo(1 / (1 + Math.exp(-z)), 2);
    expect(reasons[0]).toMatch(/^\S.* [+−]\d\.\d\d$/);
    // largest first
    const sizes = parts.map((c) => Math.abs(c.value));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it('ranks a sentence of numbers and events above an opinion or a question', () => {
    const score = (s: string) => statementScore(statementFeatures(s), s).score;
    expect(score('The state spent $4.2 billion on roads last year, twice as much as in 2010.')).toBeGreaterThan(score('I think we have to do better for our kids.'));
    expect(score('The unemployment rate fell by 2 percent in 2015.')).toBeGreaterThan(score('What are we going to do about it?'));
  });

  it('a title-case heading and a lead-in ending in a colon are no statements', () => {
    expect(isTitleCase('Ukraine Received Not Just a Promise, but a Tangible Action Plan')).toBe(true);
    expect(isTitleCase('Ukraine received 27 billion euros in aid in 2024.')).toBe(false);
    const file = run('Harbour news\n\nCity Council Approves 40 Million Euro Bridge Plan As Costs Rise\n\nThe council approved 40 million euros for the bridge on Monday, officials said in a statement:\n\nThe bridge carried 12,000 cars a day in 2023.');
    const statements = file.data.claims.filter((c) => c.type === 'statement').map((c) => c.text);
    expect(statements).toContain('The bridge carried 12,000 cars a day in 2023.');
    expect(statements.some((t) => /Approves|statement:/.test(t))).toBe(false);
  });

  it('reported speech is scored on its whole sentence; a one-sentence input is a statement when no one is quoted', () => {
    const one = run('They said they would cut taxes by 20 percent in 2025.');
    const indirect = one.data.claims.find((c) => c.type === 'indirect')!;
    const whole = 'They said they would cut taxes by 20 percent in 2025.';
    expect(indirect.score).toBe(statementScore(statementFeatures(whole), whole).score);
    expect(one.data.claims.some((c) => c.type === 'statement' && c.text === whole)).toBe(true);
    // with a quotation in it, the sentence is the speaker's: no statement
    const quoted = run('“We will cut taxes by 20 percent in 2025,” the governor said.');
    expect(quoted.data.claims.some((c) => c.type === 'statement')).toBe(false);
  });
});

describe('triage', () => {
  it('query --rank orders claims by score, highest first, with their reasons', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimledger-rank-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Budget news\n\nI think it is a nice day.\n\nThe city spent 4.2 million euros on 12 new buses in 2024, twice the 2019 budget.\n\nThe mayor met residents on Monday.');
    const out = path.join(dir, 'out');
    await runBatch({ config: defaultConfig, input: dir, output: out, workers: 0 });
    const db = openIndex(out, defaultConfig);
    try {
      const ranked = query(db, { rank: true });
      const scores = ranked.map((c) => c.score ?? -1);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      expect(ranked[0].text).toMatch(/4\.2 million euros/);
      expect(ranked[0].reasons.length).toBeGreaterThan(0);
    } finally { db.close(); }
  });
});
