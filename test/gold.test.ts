// Scores the pipeline on the gold sample article when ../shared is present (CI has it; users' clones
// do not, and then this file is skipped). Floors, not targets: `npm run eval` prints the numbers.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hasShared, shared } from './helpers.js';
import { processArticle } from '../src/pipeline.js';
import { defaultConfig } from '../src/config.js';

/** The gold sample and the pipeline's claims on it, read only when ../shared is here. */
function load() {
  const gold = JSON.parse(readFileSync(path.join(shared, 'gold/seed.jsonl'), 'utf8').split('\n')[0]);
  const r = processArticle({ id: gold.id, name: 'seed', raw: gold.text, mediaType: 'text/plain' }, defaultConfig);
  if (!r.ok) throw new Error(r.message);
  return { gold, file: r.file, claims: r.file.data.claims.filter((c) => c.type !== 'statement') };
}

// describe's body runs even when the suite is skipped: nothing in it may touch ../shared
describe.skipIf(!hasShared)('gold: the sample article', () => {
  const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

  it('finds at least 90% of the quotations, each with the speaker the gold names in 80% of cases', () => {
    const { gold, claims } = load();
    const matchOf = (g: { start: number; end: number }) => claims.find((c) => overlap(c, g) >= 0.3 * (g.end - g.start) && overlap(c, g) >= 0.3 * (c.end - c.start));
    const quotes = gold.quotes.filter((q: { kind: string }) => q.kind !== 'indirect');
    const found = quotes.map((q: { start: number; end: number; speakerResolved: string }) => ({ q, c: matchOf(q) }));
    expect(found.filter((f: { c: unknown }) => f.c).length / quotes.length).toBeGreaterThanOrEqual(0.9);
    expect(found.filter((f: { c?: { speaker: { name: string } | null }; q: { speakerResolved: string } }) => f.c?.speaker?.name === f.q.speakerResolved).length / quotes.length).toBeGreaterThanOrEqual(0.8);
  });
  it('every claim text is the text at its offsets', () => {
    const { gold, file } = load();
    for (const c of file.data.claims) expect(gold.text.slice(c.start, c.end)).toBe(c.text);
  });
});
