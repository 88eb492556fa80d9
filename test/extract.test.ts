import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractHtml } from '../src/stages/extract-html.js';
import { extractText, splitParagraphs } from '../src/stages/extract-text.js';
import { decode } from '../src/stages/decode.js';
import { processArticle } from '../src/pipeline.js';
import { defaultConfig } from '../src/config.js';

const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const para = 'This paragraph is long enough, with commas, to be counted as article body text by the scorer.';

describe('extract: HTML', () => {
  it('drops page furniture and keeps the body paragraphs in order', () => {
    const html = page(`<nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <div class="cookie-banner"><p>We use cookies to improve your experience, please accept them all.</p></div>
      <article><h1>Title</h1><div class="share-bar"><a href="#">Share on Facebook</a></div>
      <p>First ${para}</p><h2>A heading</h2><p>Second ${para}</p><figure><img src="x.jpg"><figcaption>A caption, with credit.</figcaption></figure></article>
      <aside class="related"><p>Related: another story you may like, with a long teaser.</p></aside>
      <footer><p>© 2026 The Outlet. All rights reserved.</p></footer>`);
    const r = extractHtml(html);
    expect(r.text).toBe(`First ${para}\n\nA heading\n\nSecond ${para}`);
    expect(r.paragraphs.map((p) => p.kind)).toEqual(['body', 'heading', 'body']);
    expect(r.paragraphs[0].path).toMatch(/article > p/);
  });

  it('reads metadata from JSON-LD, then OpenGraph and meta tags, and says where each came from', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', headline: 'Headline', datePublished: '2026-01-08T10:00:00Z', author: [{ '@type': 'Person', name: 'Ann Writer' }], publisher: { '@type': 'Organization', name: 'Daily Test' } }] };
    const html = page(`<article><p>${para}</p></article>`, `<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="og:url" content="https://example.org/a"><meta property="article:section" content="World">`);
    const { meta } = extractHtml(html);
    expect(meta).toMatchObject({ title: 'Headline', authors: ['Ann Writer'], publisher: 'Daily Test', published: '2026-01-08T10:00:00Z', url: 'https://example.org/a', section: 'World', language: 'en' });
    expect(meta.sources).toMatchObject({ title: 'json-ld', url: 'opengraph', section: 'opengraph', language: 'meta' });
  });

  it('decodes entities and drops soft hyphens, keeping curly quotes', () => {
    const r = extractHtml(page(`<article><p>“Fish &amp; chips,” said the cook. Ex\u00adtra&shy;ordinary ${para}</p></article>`));
    expect(r.text.startsWith('“Fish & chips,” said the cook. Extraordinary')).toBe(true);
  });
});

describe('plain-text paragraphs', () => {
  it.each([
    ['blank lines', 'One sentence here.\n\nAnother one here.', ['One sentence here.', 'Another one here.']],
    ['single line breaks after full sentences', 'One sentence here.\nAnother one here.', ['One sentence here.', 'Another one here.']],
    ['a hard-wrapped paragraph stays whole', 'This sentence is wrapped at a fixed width by the sender of the\nmessage and goes on here.', ['This sentence is wrapped at a fixed width by the sender of the\nmessage and goes on here.']],
  ])('%s', (_n, text, expected) => {
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(expected);
  });
});

describe('extract: plain text keeps the text and marks boilerplate', () => {
  const text = ['Big Headline Here', 'Big Headline Here', 'The Outlet', `Body one. ${para}`, `Body two. ${para}`, 'Jane Reporter, Lviv', 'While citing and using any materials on the Internet, links are mandatory.', '© 2015-2026 The Outlet. All rights reserved.'].join('\n\n');
  const r = extractText(text);
  it.each([
    [0, 'boilerplate', 'headline'], [1, 'boilerplate', 'headline'], [2, 'boilerplate', 'outlet'], [3, 'body', undefined], [4, 'body', undefined],
    [5, 'boilerplate', 'byline'], [6, 'boilerplate', 'footer'], [7, 'boilerplate', 'footer'],
  ])('paragraph %i is %s (%s)', (i, kind, role) => {
    expect(r.paragraphs[i].kind).toBe(kind);
    expect(r.paragraphs[i].role).toBe(role);
  });
  it('moves their facts into metadata', () => {
    expect(r.meta).toMatchObject({ title: 'Big Headline Here', publisher: 'The Outlet', authors: ['Jane Reporter'] });
  });
});

describe('decode: bad input is a reject with a reason', () => {
  it.each([
    ['empty', new Uint8Array(), 'EMPTY'],
    ['white space', new TextEncoder().encode('  \n\n '), 'EMPTY'],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]), 'BINARY'],
    ['latin-1 without a declaration', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]), 'UNDECODABLE'],
  ])('%s', (_n, bytes, code) => {
    const r = processArticle({ name: 'x.txt', raw: bytes }, defaultConfig);
    expect(r.ok).toBe(false);
    if (!r.ok) { expect(r.code).toBe(code); expect(r.message).toContain('x.txt'); }
  });

  it('honours a declared charset', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<html><head><meta charset="windows-1252"></head><body><p>Caf'), 0xe9, ...new TextEncoder().encode('</p></body></html>')]);
    const d = decode(bytes, 'x.html');
    expect(d.charset).toBe('windows-1252');
    expect(d.text).toContain('Café');
  });

  it('rejects an article over the size limit', () => {
    const r = processArticle({ name: 'big.txt', raw: 'x'.repeat(100) }, { ...defaultConfig, limits: { maxBytes: 10 } });
    expect(r.ok ? '' : r.code).toBe('TOO_LARGE');
  });
});

describe('the sample article in input/', () => {
  const text = readFileSync(new URL('../input/ukrinform-coalition-summit.txt', import.meta.url), 'utf8');
  const r = processArticle({ name: 'ukrinform-coalition-summit.txt', raw: text }, defaultConfig);
  it('keeps the input text unchanged and marks headline, outlet, byline and footer', () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file.text).toBe(text);
    const roles = r.file.paragraphs.filter((p) => p.kind === 'boilerplate').map((p) => p.role);
    expect(roles.slice(0, 4)).toEqual(['headline', 'headline', 'outlet', 'byline']);
    expect(roles.slice(4).length).toBeGreaterThanOrEqual(4);
    expect(new Set(roles.slice(4))).toEqual(new Set(['footer']));
    expect(r.file.meta.authors).toEqual(['Myroslav Liskovych']);
  });
  it('takes no claim from boilerplate', () => {
    if (!r.ok) return;
    const bp = r.file.paragraphs.filter((p) => p.kind === 'boilerplate');
    expect(r.file.data.claims.filter((c) => bp.some((p) => c.start < p.end && p.start < c.end))).toEqual([]);
  });
  it('the HTML page of the same article yields the same quotations', () => {
    const html = readFileSync(new URL('../input/ukrinform-coalition-summit.html', import.meta.url));
    const h = processArticle({ name: 'ukrinform-coalition-summit.html', raw: html }, defaultConfig);
    if (!r.ok || !h.ok) throw new Error('rejected');
    const q = (f: typeof r.file) => f.data.claims.filter((c) => c.type === 'direct').map((c) => [c.text.replace(/\s+/g, ' '), c.speaker?.name]);
    expect(q(h.file)).toEqual(q(r.file));
    expect(h.file.meta).toMatchObject({ publisher: 'Ukrinform', authors: ['Myroslav Liskovych'], language: 'en' });
    for (const f of ['title', 'authors', 'publisher', 'published', 'modified', 'url', 'language', 'section', 'description'] as const) expect(h.file.meta.sources[f]).toBe('json-ld');
    expect(h.file.text).not.toMatch(/cookies|Share on|Related news|All rights reserved|Subscribe/);
  });
});

describe('metadata a citation can use', async () => {
  const { languageTag, withoutSiteName, readMeta } = await import('../src/stages/extract-meta.js');
  const { parseDocument } = await import('htmlparser2');
  it.each([
    ['en_US', 'en-US'], ['de-de', 'de-DE'], ['Deutsch', 'de'], ['italiano (italian)', 'it'], ['deutsch, de', 'de'], ['en', 'en'], ['pt_BR', 'pt-BR'], ['klingon-ish nonsense', undefined],
  ])('language %j → %j', (raw, tag) => { expect(languageTag(raw)).toBe(tag); });
  it.each([
    ['Kondenswasser am Fenster verhindern - hausinfo', undefined, 'https://www.hausinfo.ch/de/a.html', 'Kondenswasser am Fenster verhindern'],
    ['Leafs edge Habs in overtime - Sportsnet.ca', undefined, 'https://www.sportsnet.ca/hockey/x', 'Leafs edge Habs in overtime'],
    ['What are Leadership Styles? definition and meaning - Business Jargons', 'Business Jargons', undefined, 'What are Leadership Styles? definition and meaning'],
    ['Bridge reopens | The Harbour Times', 'The Harbour Times', undefined, 'Bridge reopens'],
    ['UN-Klimakonferenz in Glasgow - DRK: Immer mehr Menschen auf Hilfe angewiesen', 'DRK e.V.', undefined, 'UN-Klimakonferenz in Glasgow - DRK: Immer mehr Menschen auf Hilfe angewiesen'],
    ['Kücknitz - So lief die Auktion', 'Lübecker Nachrichten', 'https://www.ln-online.de/x', 'Kücknitz - So lief die Auktion'],
  ])('title %j', (title, publisher, url, want) => { expect(withoutSiteName(title, publisher, url)).toBe(want); });
  it('no HTML entity is left in a metadata field read from JSON-LD', () => {
    const page = '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Here&#8217;s why &amp; how","articleSection":"City &amp; states","description":"&#034;Clarice&#034;"}</script></head><body><p>x</p></body></html>';
    const meta = readMeta(parseDocument(page) as never);
    expect(meta.title).toBe('Here’s why & how');
    expect(meta.section).toBe('City & states');
    expect(meta.description).toBe('"Clarice"');
  });
});
