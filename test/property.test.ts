// Property tests (fast-check): random text and HTML never throw out of the pipeline, and every claim's
// offsets slice back to its text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { processArticle } from '../src/pipeline.js';
import { defaultConfig } from '../src/config.js';

const words = ['the', 'minister', 'said', 'that', '“', '”', '"', "''", '—', ',', '.', ':', '\n\n', 'According', 'to', 'Anna', 'Kowalska', 'he', 'told', 'reporters', '42', 'percent', '<p>', '</p>', '<div class="share">', '</div>', '&amp;', '😀', 'Mr.', 'U.S.', '‘', '’', '(', ')', '\u00a0', '\u00ad'];
const textArb = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 8 }), fc.string({ maxLength: 4, unit: 'grapheme' })), { maxLength: 120 }).map((a) => a.join(' '));

function check(result: ReturnType<typeof processArticle>) {
  if (!result.ok) { expect(result.code).toMatch(/^[A-Z_]+$/); return; }
  for (const c of result.file.data.claims) {
    expect(result.file.text.slice(c.start, c.end)).toBe(c.text);
    if (c.speaker) expect(result.file.text.slice(c.speaker.mention.start, c.speaker.mention.end)).toBe(c.speaker.mention.text);
  }
}

describe('the pipeline on random input', () => {
  it('plain text: never throws, offsets always slice back', () => {
    fc.assert(fc.property(textArb, (t) => { check(processArticle({ name: 'p.txt', raw: `Headline\n\n${t}\n\nMore text follows here today.`, mediaType: 'text/plain' }, defaultConfig)); }), { numRuns: 300 });
  });
  it('HTML: never throws, offsets always slice back', () => {
    fc.assert(fc.property(textArb, (t) => { check(processArticle({ name: 'p.html', raw: `<html><body><article><p>${t}</p><p>${t.split(' ').reverse().join(' ')}</p></article></body></html>`, mediaType: 'text/html' }, defaultConfig)); }), { numRuns: 300 });
  });
  it('bytes: never throws', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (b) => { check(processArticle({ name: 'p.html', raw: b }, defaultConfig)); }), { numRuns: 300 });
  });
});
