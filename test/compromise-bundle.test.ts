// dist/vendor/compromise.cjs (scripts/build-compromise.mjs): compromise's own code with its pre-tagger's
// lexicon computed at build time. What the built pipeline tags with must tag exactly as the package does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type Nlp from 'compromise';

const file = new URL('../dist/vendor/compromise.cjs', import.meta.url);
const require = createRequire(import.meta.url);

// the repository's golden articles (test/golden/*/input.*), plus words the rules ask about one at a time
const golden = new URL('./golden/', import.meta.url);
const texts = readdirSync(golden).flatMap((d) => readdirSync(new URL(`${d}/`, golden)).filter((f) => /^input\./.test(f)).map((f) => readFileSync(new URL(`${d}/${f}`, golden), 'utf8').replace(/<[^>]*>/g, ' ')));
const WORDS = ['architect', 'farmer', 'lawyer', 'columnist', 'blasted', 'likened', 'rewrote', 'announced', 'older', 'better', 'baker', 'center', 'Maria', 'John', 'rob', 'April'];

describe('compromise with its lexicon computed at build time (dist/vendor/compromise.cjs)', () => {
  it.skipIf(!existsSync(file))('has the same model and tags every sentence and word as the package does, taught words too', () => {
    const ours = require(file.pathname) as typeof Nlp;
    const theirs = require('compromise') as typeof Nlp;
    expect(ours.version).toBe(theirs.version);
    expect(JSON.stringify(ours.model().one.lexicon)).toBe(JSON.stringify(theirs.model().one.lexicon));
    const text = [...texts, 'The architect, who rewrote the plan, said prices were older than 40 years. “We will not back down,” Maria Ivanova told reporters on Monday.'].join('\n');
    expect(texts.length).toBeGreaterThan(0);
    const tags = (n: typeof Nlp, t: string) => JSON.stringify(n(t).out('tags'));
    expect(tags(ours, text)).toBe(tags(theirs, text));
    const pre = (n: typeof Nlp) => { const d = n.tokenize(text); d.compute(['alias', 'machine', 'index', 'id', 'lexicon', 'preTagger', 'offset']); return JSON.stringify(d.out('tags')); };
    expect(pre(ours)).toBe(pre(theirs));
    for (const w of WORDS) expect(tags(ours, w), w).toBe(tags(theirs, w));
    for (const n of [ours, theirs]) n.addWords({ reiterovych: 'LastName' });
    expect(tags(ours, 'Ihor Reiterovych said so.')).toBe(tags(theirs, 'Ihor Reiterovych said so.'));
  });
});

describe("compromise's answers about its lexicon's words, computed at build time (dist/vendor/compromise-word-tags.json)", () => {
  const tagsFile = new URL('../dist/vendor/compromise-word-tags.json', import.meta.url);
  it.skipIf(!existsSync(tagsFile))('equal what a one-word parse with the package answers, for every 40th word of the lexicon', () => {
    const theirs = require('compromise') as typeof Nlp;
    const data = JSON.parse(readFileSync(tagsFile, 'utf8')) as Record<string, string[]>;
    expect(Object.keys(data).sort()).toEqual(['Actor', 'Adjective', 'PastTense', 'Verb']);
    const sets = Object.fromEntries(Object.entries(data).map(([t, ws]) => [t, new Set(ws)]));
    const words = Object.keys(theirs.model().one.lexicon).filter((w) => !/\s/.test(w) && w === w.toLowerCase());
    let checked = 0;
    for (let i = 0; i < words.length; i += 40) {
      const doc = theirs(words[i]);
      for (const t of Object.keys(sets)) expect(sets[t].has(words[i]), `${words[i]} #${t}`).toBe(doc.has(`#${t}`));
      checked++;
    }
    expect(checked).toBeGreaterThan(400);
  });
});
