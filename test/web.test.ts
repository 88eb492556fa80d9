// The audit pages through Hono's app.request() (no socket): every page renders from the index, hostile
// text stays text, writes need the run's token and land as signed ledger events, the static report
// links only to pages it wrote. The real-browser tests are in test/browser.test.ts.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig } from '../src/config.js';
import { parseVerifier } from '../src/ledger/sign.js';
import { verifyLedger } from '../src/ledger/verify.js';
import { openIndex } from '../src/track/db.js';
import { exportClaims } from '../src/track/export.js';
import { status } from '../src/track/status.js';
import { createApp, type AuditServer } from '../src/web/app.js';
import { listArticles, type ArticleView, type ClaimView } from '../src/web/data.js';
import { articlePage, speakerPage } from '../src/web/pages.js';
import { serverLinks } from '../src/web/app.js';
import { esc, html, httpUrl } from '../src/web/html.js';
import { writeReport } from '../src/web/report.js';
import { pinnedKeyFile } from './helpers.js';
import { auditOutput, SAMPLE } from './web-fixture.js';

let out: string;
let server: AuditServer;
const TOKEN = 'test-token-0123456789';
const key = () => parseVerifier(readFileSync(pinnedKeyFile(), 'utf8'));

const sourceLeaf = (input: string) => {
  const db = openIndex(out, defaultConfig);
  try { return (db.prepare('SELECT leaf FROM sources WHERE input = ?').get(input) as { leaf: string }).leaf; } finally { db.close(); }
};
const get = async (url: string, headers: Record<string, string> = {}) => {
  const r = await server.app.request(url, { headers });
  return { status: r.status, text: await r.text(), headers: r.headers };
};
/** what a browser would show as text: tags out, entities decoded */
const textOf = (h: string) => h.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#96;/g, '`').replace(/&amp;/g, '&');

beforeAll(async () => {
  ({ out } = await auditOutput());
  server = createApp({ outputDir: out, config: defaultConfig, key: key(), token: TOKEN });
  await server.verified();
}, 120_000);
afterAll(() => server?.close());

describe('html', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['" onmouseover="alert(1)', '&quot; onmouseover=&quot;alert(1)'],
    ["'</textarea>`", '&#39;&lt;/textarea&gt;&#96;'],
    ['a\u0000b\u001bc', 'a\ufffdb\ufffdc'],
  ])('escapes %j', (s, want) => {
    expect(esc(s)).toBe(want);
    expect(html`<p title="${s}">${s}</p>`.s).toBe(`<p title="${want}">${want}</p>`);
  });
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['javascript:alert(1)', undefined], ['JaVaScRiPt:alert(1)', undefined], ['data:text/html,<script>', undefined],
    ['/relative', undefined], ['vbscript:x', undefined], [' https://example.org/', 'https://example.org/'],
  ])('only http(s) URLs are links: %j', (u, want) => expect(httpUrl(u)).toBe(want));
});

describe('hostile values in every field a page shows', () => {
  const X = '</textarea><script>alert(1)</script><img src=x onerror=alert(2)>"\'`';
  const claim = (over: Partial<ClaimView> = {}): ClaimView => ({
    id: 'c_1', leaf: 'a'.repeat(64), seq: 2, type: 'direct', text: 'ab', start: 0, end: 2, score: 0.5, reasons: [X], rule: X, features: { [X]: [X] },
    speaker: { name: X, key: X, kind: X, role: X, via: X, mention: { start: 0, end: 1 } }, cue: X,
    source: { leaf: 'b'.repeat(64), input: X, url: 'javascript:alert(3)', title: X, publisher: X, published: X },
    cluster: null, reviews: [{ claim: X, event: X, rating: X, by: X, url: 'javascript:alert(4)', date: X, via: 'cluster' }],
    correction: { event: X, seq: 9, speaker: X, type: X, by: X, date: X, note: X },
    verifies: true, mentionText: X, clusterOthers: 0,
    events: [{ seq: 9, leaf: X, kind: 'review', rating: X, by: X, url: 'javascript:alert(5)', date: X, note: X, what: null, body: {} }, { seq: 10, leaf: X, kind: 'correction', rating: null, by: X, url: null, date: X, note: X, what: `speaker: ${X}`, body: { speaker: X, type: X } }],
    elsewhere: [{ id: X, source: X, input: X, title: X, publisher: X, published: X, speaker: X, relation: X, diff: `[-${X}-] {+${X}+}` }],
    ...over,
  });
  const status = { checkpoint: null, verify: { status: X, message: X }, keySource: X };

  it('the article page and the speaker page: one script (the page\'s own), no markup from the values, no javascript: link', () => {
    const view: ArticleView = { source: { leaf: 'b'.repeat(64), seq: 1, article: X, input: X, url: 'javascript:alert(3)', title: X, publisher: X, published: X, claims: 1, sha256Text: X }, text: 'ab', textVerifies: true, claims: [claim()], speakers: [{ key: X, name: X, count: 1 }] };
    const pages = [
      articlePage({ links: serverLinks, status, write: true }, view).html,
      speakerPage({ links: serverLinks, status }, { speaker: { key: X, name: X, variants: [X], claims: 1 }, claims: { rows: [claim()], total: 1, page: 1, pages: 1 }, conflicts: [{ claim: { id: X, source: X, text: X, publisher: X, input: X }, other: claim().elsewhere[0] }], conflictCount: 1, drift: [], driftCount: 0 }).html,
    ];
    for (const h of pages) {
      expect(h.match(/<script/g)).toHaveLength(1);
      expect(h).not.toMatch(/<(img|textarea)\b/);
      expect(h).not.toMatch(/href="javascript:/i);
      expect(h).toContain('&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });
});

describe('pages', () => {
  it('home lists the articles, the latest signed checkpoint and the verify status', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-security-policy')).toMatch(/default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
    const t = textOf(r.text);
    expect(t).toMatch(/6 articles/);
    expect(t).toMatch(/Latest signed checkpoint: size \d+, root [0-9a-f]{64}.*signature valid/);
    expect(t).toMatch(/Verify: valid \d+ entries/);
    expect(t).toContain('Coalition of the Willing');
    // search by outlet and by date
    expect(textOf((await get('/?q=herald')).text)).toMatch(/1 article found/);
    expect(textOf((await get('/?from=2026-03-05&to=2026-12-31')).text)).not.toContain('Coalition of the Willing Summit');
  });

  it('the article page highlights every claim at its offsets: the page text is the stored text', async () => {
    const leaf = sourceLeaf(SAMPLE);
    const r = await get(`/article/${leaf}`);
    expect(r.status).toBe(200);
    const db = openIndex(out, defaultConfig);
    try {
      const claims = db.prepare('SELECT id, type, speaker FROM claims WHERE source = ?').all(leaf) as { id: string; type: string; speaker: string | null }[];
      const sha = (db.prepare('SELECT sha256Text FROM sources WHERE leaf = ?').get(leaf) as { sha256Text: string }).sha256Text;
      const stored = readFileSync(path.join(out, 'texts', `${sha}.txt`), 'utf8');
      const body = /<article class="text"[^>]*>([\s\S]*?)<\/article>/.exec(r.text)![1];
      expect(textOf(body.replace(/<a class="pin"[^>]*>◆<\/a>/g, ''))).toBe(stored);
      // every claim: one first mark or pin in the text, one card
      for (const c of claims) {
        expect(r.text.match(new RegExp(`id="m-${c.id}"`, 'g')), c.id).toHaveLength(1);
        expect(r.text).toContain(`<section class="card" id="${c.id}"`);
      }
      // the legend: the people and the group quoted, with counts
      const legend = [...r.text.matchAll(/<button type="button" class="sp\d+" data-speaker="[^"]*" aria-pressed="false">([^<]+) <span class="count">\((\d+)\)/g)].map((m) => [m[1], Number(m[2])]);
      for (const name of ['Ihor Reiterovych', 'Volodymyr Fesenko', 'Vadym Tryukhan', 'Volodymyr Zelensky', 'Keir Starmer', 'Friedrich Merz', 'Steve Witkoff']) expect(legend.map((x) => x[0])).toContain(name);
      expect(legend.reduce((n, x) => n + (x[1] as number), 0)).toBe(claims.filter((c) => c.speaker).length);
    } finally { db.close(); }
    // a card: rule, how the speaker was found, check-worthiness, entry, verifies
    const card = textOf([...r.text.matchAll(/<section class="card"[\s\S]*?<\/section>/g)].map((m) => m[0]).find((x) => x.includes('Found through'))!);
    expect(card).toMatch(/Found through\s*(the full name|the surname|a pronoun|a role noun|a colon introduction|a continuation)/);
    expect(card).toMatch(/Check-worthiness\s*0\.\d{3}/);
    expect(card).toMatch(/Rule\s*quote\.|Rule\s*reported\./);
    expect(card).toMatch(/Verifies\s*yes/);
    expect(card).toMatch(/in the signed checkpoint of size \d+/);
  });

  it('hostile text in titles, quotes, speaker names and URLs is shown as text and runs nothing', async () => {
    const r = await get(`/article/${sourceLeaf('hostile-page.html')}`);
    expect(r.status).toBe(200);
    expect(r.text.match(/<script/gi)).toHaveLength(1); // the page's own
    expect(r.text).not.toMatch(/<(img|svg|textarea|a)\b[^>]*\son\w+\s*=/i);
    expect(r.text).not.toMatch(/href="\s*javascript:/i);
    expect(r.text).not.toContain('</textarea><svg');
    expect(r.text).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    const t = textOf(r.text);
    expect(t).toContain('<script>window.__pwned=2</script> We will not raise the fares');
    for (const page of ['/', '/audit', '/speakers', '/search?q=pwned', `/search?q=${encodeURIComponent('<script>"')}`]) {
      const p = await get(page);
      expect(p.status, page).toBe(200);
      expect(p.text.match(/<script/gi), page).toHaveLength(1);
      expect(p.text, page).not.toMatch(/<(img|svg|textarea)\b/i);
    }
  });

  it('the speaker page lists one person\'s claims across articles in publication order, name variants, conflicts and drift', async () => {
    const db = openIndex(out, defaultConfig);
    const key = (db.prepare("SELECT key FROM speakers WHERE name = 'Tomas Reyes'").get() as { key: string }).key;
    db.close();
    const r = await get(`/speaker/${encodeURIComponent(key)}`);
    expect(r.status).toBe(200);
    const t = textOf(r.text);
    expect(t).toMatch(/Conflicts: the same words given to someone else \([1-9]/);
    expect(t).toContain('Dana Whitfield');
    const dates = [...r.text.matchAll(/<tr><td>(\d{4}-\d\d-\d\d)<\/td>/g)].map((m) => m[1]);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort());
    expect((await get('/speaker/nobody')).status).toBe(404);
  });

  it('the audit page links each finding to its claims in context; claim search uses the index', async () => {
    const r = await get('/audit?code=CONFLICTING_ATTRIBUTION');
    expect(r.status).toBe(200);
    const links = [...r.text.matchAll(/<a href="(\/article\/[0-9a-f]{64}#c_[0-9a-f]+)">/g)].map((m) => m[1]);
    expect(new Set(links.map((l) => l.split('#')[0])).size).toBeGreaterThanOrEqual(2);
    for (const l of links) {
      const [page, id] = l.split('#');
      expect((await get(page)).text).toContain(`<section class="card" id="${id}"`);
    }
    const s = textOf((await get('/search?q=storm+surge')).text);
    expect(s).toMatch(/2 claims/);
  });

  it('lists are paged', () => {
    const db = openIndex(out, defaultConfig);
    try {
      const p1 = listArticles(db, { per: 4 }), p2 = listArticles(db, { per: 4, page: 2 });
      expect([p1.pages, p1.total, p1.rows.length, p2.rows.length]).toEqual([2, 6, 4, 2]);
      expect(listArticles(db, { per: 4, page: 99 }).page).toBe(2);
    } finally { db.close(); }
  });
});

describe('writing from the pages', () => {
  const claimOf = (speaker: string, words: string) => {
    const db = openIndex(out, defaultConfig);
    try { return db.prepare('SELECT id, source FROM claims WHERE speaker LIKE ? AND text LIKE ?').get(`%${speaker}%`, `%${words}%`) as { id: string; source: string }; } finally { db.close(); }
  };
  const post = (url: string, form: Record<string, string>, headers: Record<string, string> = {}) => server.app.request(url, { method: 'POST', body: new URLSearchParams(form), headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });

  it('needs the run\'s token; a review and a correction land as signed events and show everywhere', async () => {
    const ledger = path.join(out, 'ledger.jsonl');
    const c = claimOf('Reyes', 'storm surge');
    const before = readFileSync(ledger, 'utf8');
    const review = { rating: 'Misattributed <b>', by: 'Bay Fact Check', url: 'https://factcheck.example/surge', date: '2026-03-10' };
    expect((await post(`/claim/${c.id}/review`, review)).status).toBe(403); // no cookie
    expect((await get('/?token=wrong')).status).toBe(403);
    const t = await server.app.request(`/?token=${TOKEN}`);
    expect(t.status).toBe(303);
    expect(t.headers.get('location')).toBe('/');
    const cookie = t.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const jar = { cookie: cookie.split(';')[0] };
    // from another site: refused even with the cookie
    expect((await post(`/claim/${c.id}/review`, review, { ...jar, origin: 'https://evil.example' })).status).toBe(403);
    expect((await post(`/claim/${c.id}/review`, review, { ...jar, 'sec-fetch-site': 'cross-site', origin: 'null' })).status).toBe(403);
    // a bad value: the page says why, nothing is appended
    const bad = await post(`/claim/${c.id}/review`, { ...review, url: 'javascript:alert(1)' }, jar);
    expect(bad.status).toBe(400);
    expect(textOf(await bad.text())).toMatch(/Nothing appended \(BAD_REVIEW\): --url must be an http or https URL/);
    expect(readFileSync(ledger, 'utf8')).toBe(before);
    // the forms are on the card only for the token's browser
    expect((await get(`/article/${c.source}`, jar)).text).toContain(`action="/claim/${c.id}/review"`);
    expect((await get(`/article/${c.source}`)).text).not.toContain(`action="/claim/${c.id}/review"`);
    const ok = await post(`/claim/${c.id}/review`, review, jar);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toMatch(new RegExp(`^/article/${c.source}\\?appended=\\d+&kind=review#${c.id}$`));
    const fix = await post(`/claim/${c.id}/correct`, { speaker: 'Dana Whitfield', by: 'Desk editor', type: '', note: '' }, jar);
    expect(fix.status).toBe(303);
    // the page shows both; status and the ClaimReview export carry them
    const page = textOf((await get(fix.headers.get('location')!.split('#')[0], jar)).text);
    expect(page).toMatch(/Appended the correction as ledger entry \d+/);
    expect(page).toMatch(/Corrected \(entry \d+, by Desk editor\): speaker Dana Whitfield \(was Tomas Reyes\)/);
    expect(page).toContain('Misattributed <b> by Bay Fact Check');
    const db = openIndex(out, defaultConfig);
    try {
      const s = status(db, c.id)!;
      expect(s.events.map((e) => e.kind)).toEqual(['review', 'correction']);
      expect(s.claim.correction?.speaker).toBe('Dana Whitfield');
      const items = JSON.parse(exportClaims(db, 'claimreview').text) as Record<string, any>[];
      expect(items.find((x) => x['@type'] === 'ClaimReview' && x.url === review.url)).toMatchObject({ reviewRating: { alternateName: review.rating }, itemReviewed: { author: { name: 'Dana Whitfield' } } });
    } finally { db.close(); }
    expect(verifyLedger({ ledger, key: key() })).toMatchObject({ status: 'valid' });
  });

  it('a read-only server has no forms and refuses writes; a foreign Host header is refused', async () => {
    const ro = createApp({ outputDir: out, config: defaultConfig, hosts: ['127.0.0.1:9'] });
    try {
      const c = claimOf('Reyes', 'storm surge');
      expect((await ro.app.request('/', { headers: { host: 'evil.example' } })).status).toBe(421);
      const r = await ro.app.request(`/article/${c.source}`, { headers: { host: '127.0.0.1:9' } });
      expect(await r.text()).not.toContain('<form method="post"');
      expect((await ro.app.request(`/claim/${c.id}/review`, { method: 'POST', headers: { host: '127.0.0.1:9' } })).status).toBe(403);
    } finally { ro.close(); }
  });
});

describe('the static report', () => {
  it('writes every page with relative links to pages it wrote, the same article text and cards, no forms', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimledger-report-'));
    const r = await writeReport({ outputDir: out, config: defaultConfig, dir, key: key() });
    expect(r).toMatchObject({ articles: 6, verify: 'valid' });
    const files = readdirSync(dir);
    expect(files).toContain('index.html');
    for (const f of files) {
      const h = readFileSync(path.join(dir, f), 'utf8');
      expect(h.match(/<script/g), f).toHaveLength(1);
      expect(h, f).not.toContain('<form');
      for (const m of h.matchAll(/href="([^"#]+)(#[^"]*)?"/g)) {
        if (/^https?:/.test(m[1])) continue;
        expect(existsSync(path.join(dir, m[1])), `${f} → ${m[1]}`).toBe(true);
      }
    }
    const leaf = sourceLeaf(SAMPLE);
    const served = (await get(`/article/${leaf}`)).text;
    const written = readFileSync(path.join(dir, `article-${leaf}.html`), 'utf8');
    const textPart = (h: string) => /<article class="text"[^>]*>[\s\S]*?<\/article>/.exec(h)![0].replace(/href="[^"]*"/g, '');
    expect(textPart(written)).toBe(textPart(served));
    expect(written.match(/<section class="card"/g)?.length).toBe(served.match(/<section class="card"/g)?.length);
  });
});

describe('the commands', () => {
  const cliPath = path.resolve(__dirname, '..', 'dist', 'cli', 'main.js');
  const cli = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

  it('report writes the site and says where; serve listens on 127.0.0.1 and says so; --write without the signing key is refused', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimledger-report-cli-'));
    const r = cli(['report', dir, '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^\d+ pages in .* \(6 articles, \d+ speakers, \d+ findings; ledger valid\): open .*index\.html/);
    expect(existsSync(path.join(dir, 'index.html'))).toBe(true);
    expect(cli(['serve', '-o', path.join(dir, 'nothing')]).status).toBe(64);
    const noKey = cli(['serve', '--write', '--port', '0', '-o', out], { CLAIMLEDGER_KEY_DIR: mkdtempSync(path.join(tmpdir(), 'claimledger-nokey-')) });
    expect(noKey.status).toBe(64);
    expect(noKey.stderr).toMatch(/--write appends signed events, and the signing key .* is not here/);
    const child = spawn(process.execPath, [cliPath, 'serve', '--port', '0', '--write', '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      let err = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', (d: Buffer) => { err += d.toString(); const m = /token=([\w-]+)/.exec(err); const u = /on (http:\/\/127\.0\.0\.1:\d+\/) \(this machine only\)/.exec(err); if (m && u) resolve(u[1]); });
        child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
      });
      const home = await fetch(url);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('Coalition of the Willing');
      // another Host header (DNS rebinding) is refused
      const { request } = await import('node:http');
      const status = await new Promise<number>((resolve) => request(url, { headers: { host: 'evil.example' } }, (res) => { res.resume(); resolve(res.statusCode ?? 0); }).end());
      expect(status).toBe(421);
    } finally { child.kill('SIGTERM'); }
  });
});
