// Pages that must never crash the extractor, encodings, dates: written for this project.
import { describe, expect, it } from 'vitest';
import { processArticle } from '../src/pipeline.js';
import { defaultConfig } from '../src/config.js';
import { decode } from '../src/stages/decode.js';
import { dateFromUrl, dateInText, normaliseDate } from '../src/stages/dates.js';
import { extractHtml } from '../src/stages/extract-html.js';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const hasIconv = spawnSync('iconv', ['--version']).status === 0;

const run = (html: string | Uint8Array, config = defaultConfig) => processArticle({ name: 'page.html', raw: typeof html === 'string' ? new TextEncoder().encode(html) : html }, config);

describe('pages that must end as a record or a reject with a reason', () => {
  it.each([
    ['100k nested divs', '<html><body>' + '<div>'.repeat(100_000) + 'text' + '</div>'.repeat(100_000) + '</body></html>', 'TOO_DEEP'],
    ['no body', '<html><head><title>Only a title</title></head></html>', 'NO_BODY'],
    ['only a script', '<script>var story = "all of it lives in a script and nothing else";</script>', 'NO_BODY'],
  ])('%s', (_n, html, code) => {
    const r = run(html);
    expect(r.ok ? 'ok' : r.code).toBe(code);
    if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
  });

  it('a 30 MB page is refused by the size limit at once', () => {
    const html = '<html><body>' + '<p>A paragraph of article text, with commas, that repeats.</p>'.repeat(500_000) + '</body></html>';
    const t = performance.now();
    const r = run(html);
    expect(r.ok ? 'ok' : r.code).toBe('TOO_LARGE');
    expect(performance.now() - t).toBeLessThan(5000);
  });
});

describe('encodings', () => {
  const latin = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
  it.each([
    ['declared in meta charset', latin('<html><head><meta charset="iso-8859-1"></head><body><p>Caf\u00e9 cr\u00e8me</p></body></html>'), 'Café crème'],
    ['declared in http-equiv', latin('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>\u00abQuote\u00bb</p></body></html>'), '«Quote»'],
    ['undeclared Western', latin('<html><body><p>Na\u00efve caf\u00e9 r\u00e9sum\u00e9 in an English page with plenty of plain ASCII words around it.</p></body></html>'), 'Naïve café résumé'],
  ])('%s', (_n, bytes, expected) => {
    expect(decode(bytes, 'x.html').text).toContain(expected);
  });
  it.skipIf(!hasIconv)('undeclared Shift_JIS is sniffed', () => {
    const text = '日本語の記事です。東京で会議が開かれました。首相は記者団に対し、協議を続けると述べました。'.repeat(3);
    // the Shift_JIS bytes of the text, produced by a known table-free route: TextDecoder cannot encode,
    // so this test builds them with the one encoder Node has for it
    const bytes = new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'SHIFT_JIS'], { input: `<html><body><p>${text}</p></body></html>` }));
    expect(decode(bytes, 'x.html').text).toContain('東京で会議');
  });
});

describe('dates', () => {
  it.each([
    ['2019-11-20T13:14:00Z', '2019-11-20T13:14:00Z'],
    ['2019-11-20', '2019-11-20'],
    ['November 20, 2019', '2019-11-20'],
    ['20 November 2019', '2019-11-20'],
    ['21. Januar 2022', '2022-01-21'],
    ['20.11.2019', '2019-11-20'],
    ['11/20/2019', '2019-11-20'],
    ['$Date: 2016/11/18 06:31:41 $', '2016-11-18'],
    ['not a date', undefined],
  ])('%s', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });
  it('reads the URL date path', () => {
    expect(dateFromUrl('https://example.org/2019/10/22/a-story/')).toBe('2019-10-22');
    expect(dateInText('Posted on 3 de marzo de 2021 by staff')?.date).toBe('2021-03-03');
  });
  it('takes a dateline under the headline when the head has no date', () => {
    const { meta } = extractHtml('<html><body><h1>Headline</h1><p><em>10.11.2021</em></p><article><p>Body text of the story, long enough to be counted as the body of the article page.</p></article></body></html>');
    expect(meta.published).toBe('2021-11-10');
    expect(meta.sources.published).toBe('text');
  });
});

describe('the tokenizer whose skipping search is native (nativeSearchTokenizer)', () => {
  /** the tree as plain data: node types, names, attributes, text */
  const shape = (n: unknown): unknown => {
    const x = n as { type: string; name?: string; attribs?: Record<string, string>; data?: string; children?: unknown[] };
    return [x.type, x.name ?? null, x.attribs ?? null, x.data ?? null, (x.children ?? []).map(shape)];
  };
  it.each([
    ['scripts and styles', '<html><head><style>p { color: red } a<b</style><script>if (a < b && c </scr) { x = "</div>" }</script></head><body><p>Text &amp; more</p></body></html>'],
    ['a JSON-LD script', '<script type="application/ld+json">{"headline":"A &lt; B"}</script><p>x</p>'],
    ['comments', '<p>a<!-- one -- two --> b <!----> c <!-- x --!> d</p><!-- never closed'],
    ['an unclosed script', '<p>before</p><script>var a = 1 < 2;'],
    ['an unclosed style and a title', '<title>A < B</title><style>x<y'],
    ['CDATA and a declaration', '<!DOCTYPE html><svg><![CDATA[ a < b ]]></svg><p>t</p>'],
    ['uppercase end tags', '<SCRIPT>a</SCRIPT ><STYLE>b</Style><p>c</p>'],
    ['entities and quotes in text and attributes', `<p title="a &amp; b 'c'" data-x='say "hi" &lt;3'>Fish &amp; chips &copy 2024 & more &#x41;</p><a href=x?a=1&b=2 id=z>l</a>`],
    ['text running to the end', '<p>no closing tag & an ampersand at the very end &'],
    ['an attribute value never closed', '<p class="open>text & more <b>bold</b>'],
    ['the hostile fixture', readFileSync(new URL('./fixtures/hostile/hostile-page.html', import.meta.url), 'utf8')],
  ])('parses %s exactly as the stock tokenizer', async (_name, html) => {
    const { parseDocument } = await import('htmlparser2');
    const { nativeSearchTokenizer } = await import('../src/stages/extract-html.js');
    expect(shape(parseDocument(html, { decodeEntities: true, Tokenizer: nativeSearchTokenizer() }))).toEqual(shape(parseDocument(html, { decodeEntities: true })));
  });
});

describe('the nesting limit, measured as the parser opens elements', () => {
  const nested = (n: number) => `<html><body>${'<div>'.repeat(n)}<p>Deep inside, the council said the bridge would open in May.</p>${'</div>'.repeat(n)}</body></html>`;
  it('refuses a page one element deeper than the limit and names its depth; the limit itself passes', async () => {
    const { MAX_DEPTH } = await import('../src/stages/extract-html.js');
    // html, body, the divs, p: n + 3 levels
    expect(() => extractHtml(nested(MAX_DEPTH - 2))).toThrow(new RegExp(`nests elements ${MAX_DEPTH + 1} levels deep or more`));
    expect(extractHtml(nested(MAX_DEPTH - 3)).text).toContain('the bridge would open in May');
  });
});
