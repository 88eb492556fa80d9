// The audit pages in a real browser: Debian's Chromium driven by playwright-core (nothing downloaded).
// Skips with a message where /usr/bin/chromium is absent; .ci/run installs it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { defaultConfig } from '../src/config.js';
import { parseVerifier } from '../src/ledger/sign.js';
import { openIndex } from '../src/track/db.js';
import { exportClaims } from '../src/track/export.js';
import { status } from '../src/track/status.js';
import { createApp, type AuditServer } from '../src/web/app.js';
import { writeReport } from '../src/web/report.js';
import { pinnedKeyFile } from './helpers.js';
import { auditOutput, SAMPLE } from './web-fixture.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y --no-install-recommends chromium, or set CHROMIUM_PATH)`);

const SHOTS = path.resolve(__dirname, '..', 'output', 'screenshots');
const TOKEN = 'browser-test-token-42';
const SEVEN = ['Ihor Reiterovych', 'Volodymyr Fesenko', 'Vadym Tryukhan', 'Volodymyr Zelensky', 'Keir Starmer', 'Friedrich Merz', 'Steve Witkoff'];

describe.skipIf(!haveChromium)('the audit pages in Chromium', () => {
  let out: string;
  let server: AuditServer;
  let http: import('node:http').Server;
  let base: string;
  let browser: Browser;
  const leafOf = (input: string) => {
    const db = openIndex(out, defaultConfig);
    try { return (db.prepare('SELECT leaf FROM sources WHERE input = ?').get(input) as { leaf: string }).leaf; } finally { db.close(); }
  };
  const claimIds = (leaf: string) => {
    const db = openIndex(out, defaultConfig);
    try { return (db.prepare('SELECT id FROM claims WHERE source = ?').all(leaf) as { id: string }[]).map((r) => r.id); } finally { db.close(); }
  };
  const open = async (url: string): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(8000);
    page.on('pageerror', (e) => { throw e; });
    await page.goto(url.startsWith('file:') ? url : base + url);
    return page;
  };

  beforeAll(async () => {
    ({ out } = await auditOutput());
    server = createApp({ outputDir: out, config: defaultConfig, key: parseVerifier(readFileSync(pinnedKeyFile(), 'utf8')), token: TOKEN });
    await server.verified();
    const { serve } = await import('@hono/node-server');
    await new Promise<void>((resolve) => { http = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve()) as import('node:http').Server; });
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => { await browser?.close(); http?.close(); server?.close(); });

  it('the article page: all seven speakers in the legend; a click on a quote opens its card', async () => {
    const page = await open(`/article/${leafOf(SAMPLE)}`);
    const legend = await page.locator('.legend button[data-speaker]').allInnerTexts();
    for (const name of SEVEN) expect(legend.some((l) => l.startsWith(name)), name).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'article.png') });
    const quote = page.locator('a.claim.t-direct[data-first]').first();
    const id = await quote.getAttribute('data-id');
    await quote.click();
    const card = page.locator(`section.card[id="${id}"]`);
    await expect.poll(() => card.isVisible()).toBe(true);
    const text = await card.innerText();
    expect(text).toMatch(/direct quotation by /);
    expect(text).toMatch(/Found through/);
    expect(text).toMatch(/Rule\s+quote\./);
    expect(text).toMatch(/Verifies\s+yes/);
    expect(await quote.evaluate((el) => el.classList.contains('sel'))).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'claim-card.png') });
    await page.close();
  });

  it('filtering by one speaker leaves only their claims highlighted', async () => {
    const page = await open(`/article/${leafOf(SAMPLE)}`);
    const button = page.locator('.legend button[data-speaker]').first();
    const key = (await button.getAttribute('data-speaker'))!;
    const count = Number(/\((\d+)\)/.exec(await button.innerText())![1]);
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const shown = await page.$$eval('a.claim:not(.off), a.pin:not(.off)', (els) => els.map((e) => [e.getAttribute('data-speaker'), e.getAttribute('data-id')]));
    expect(shown.every(([s]) => s === key)).toBe(true);
    expect(new Set(shown.map(([, i]) => i)).size).toBe(count);
    expect(await page.locator('#shown').innerText()).toBe(String(count));
    // types: unticking "statement" hides statements
    await page.locator('#show-all').click();
    await page.locator('.filters input[value=statement]').uncheck();
    expect(await page.$$eval('a.claim.t-statement:not(.off)', (e) => e.length)).toBe(0);
    await page.close();
  });

  it('a conflict on the audit page leads to both articles, each with the claim\'s card open', async () => {
    const page = await open('/audit?code=CONFLICTING_ATTRIBUTION');
    const links = page.locator('li.finding').first().locator('ul a');
    const n = await links.count();
    expect(n).toBeGreaterThanOrEqual(2);
    const seen = new Set<string>();
    for (let i = 0; i < n; i++) {
      const href = (await links.nth(i).getAttribute('href'))!;
      await links.nth(i).click();
      await page.waitForURL(`**${href}`);
      const id = decodeURIComponent(href.split('#')[1]);
      await expect.poll(() => page.locator(`section.card[id="${id}"]`).isVisible()).toBe(true);
      seen.add(new URL(page.url()).pathname);
      await page.goBack();
    }
    expect(seen.size).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('a review and a speaker correction recorded through the page show in status and in the ClaimReview export', async () => {
    const db0 = openIndex(out, defaultConfig);
    const c = db0.prepare("SELECT id, source FROM claims WHERE speaker LIKE '%Reyes%' AND text LIKE '%storm surge%'").get() as { id: string; source: string };
    db0.close();
    const page = await open(`/?token=${TOKEN}`); // the address serve --write prints
    expect(new URL(page.url()).search).toBe(''); // the token left the address
    await page.goto(`${base}/article/${c.source}#${c.id}`);
    const card = page.locator(`section.card[id="${c.id}"]`);
    await card.locator('input[name=rating]').fill('Misattributed');
    await card.locator('form[aria-label="Review this claim"] input[name=by]').fill('Bay Fact Check');
    await card.locator('input[name=url]').fill('https://factcheck.example/surge-quote');
    await card.locator('form[aria-label="Review this claim"] button').click();
    await page.waitForURL(/appended=\d+&kind=review/);
    expect(await page.locator('.flash').first().innerText()).toMatch(/Appended the review as ledger entry \d+/);
    const card2 = page.locator(`section.card[id="${c.id}"]`);
    expect(await card2.isVisible()).toBe(true);
    await card2.locator('input[name=speaker]').fill('Dana Whitfield');
    await card2.locator('form[aria-label="Correct the attribution"] input[name=by]').fill('Desk editor');
    await card2.locator('form[aria-label="Correct the attribution"] button').click();
    await page.waitForURL(/kind=correction/);
    const text = await page.locator(`section.card[id="${c.id}"]`).innerText();
    expect(text).toMatch(/Corrected \(entry \d+, by Desk editor[^)]*\): speaker Dana Whitfield \(was Tomas Reyes\)/);
    expect(text).toMatch(/Review \(entry \d+\): Misattributed by Bay Fact Check/);
    await page.close();
    const db = openIndex(out, defaultConfig);
    try {
      const s = status(db, c.id)!;
      expect(s.events).toMatchObject([{ kind: 'review', rating: 'Misattributed', by: 'Bay Fact Check' }, { kind: 'correction', by: 'Desk editor', what: 'speaker: Dana Whitfield' }]);
      const items = JSON.parse(exportClaims(db, 'claimreview').text) as Record<string, any>[];
      expect(items.find((x) => x['@type'] === 'ClaimReview')).toMatchObject({ url: 'https://factcheck.example/surge-quote', reviewRating: { alternateName: 'Misattributed' }, itemReviewed: { author: { name: 'Dana Whitfield' } } });
    } finally { db.close(); }
  });

  it('keyboard only: Tab reaches every claim, Enter opens its card, j moves to the next claim', async () => {
    const leaf = leafOf(SAMPLE);
    const ids = new Set(claimIds(leaf));
    const page = await open(`/article/${leaf}`);
    const reached = new Set<string>();
    const stops = await page.$$eval('a[href], button, input', (e) => e.length);
    for (let i = 0; i < stops + 5; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
      if (id) reached.add(id);
    }
    expect([...ids].filter((i) => !reached.has(i))).toEqual([]);
    // Enter on the focused claim opens its card
    await page.locator('a.claim[data-first]').first().focus();
    const first = await page.evaluate(() => document.activeElement!.getAttribute('data-id'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`section.card[id="${first}"]`).isVisible()).toBe(true);
    // Escape closes it and puts the focus back on its claim
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`section.card[id="${first}"]`).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(first);
    await page.keyboard.press('j');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(next && next !== first).toBeTruthy();
    await page.close();
  });

  it('colours meet WCAG AA contrast: every visible text on the article page, the legend and an open card', async () => {
    const leaf = leafOf(SAMPLE);
    const page = await open(`/article/${leaf}#${claimIds(leaf)[0]}`);
    const failures = await page.evaluate(() => {
      const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
      const lum = (c: number[]) => { const f = (v: number) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
      const bgOf = (el: Element | null): number[] => {
        for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor); if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3); }
        return [255, 255, 255];
      };
      const bad: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let checked = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (!n.textContent!.trim() || !el.getClientRects().length || el.closest('script,style')) continue;
        const st = getComputedStyle(el);
        if (st.visibility === 'hidden' || st.display === 'none') continue;
        const fg = rgb(st.color), bg = bgOf(el);
        const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
        const ratio = (a + 0.05) / (b + 0.05);
        const large = parseFloat(st.fontSize) >= 24 || (parseFloat(st.fontSize) >= 18.66 && Number(st.fontWeight) >= 700);
        checked++;
        if (ratio < (large ? 3 : 4.5)) bad.push(`${ratio.toFixed(2)} ${st.color} on rgb(${bg}) "${n.textContent!.trim().slice(0, 30)}"`);
      }
      return { bad, checked };
    });
    expect(failures.checked).toBeGreaterThan(100);
    expect(failures.bad).toEqual([]);
    await page.close();
  });

  it('hostile text runs nothing in the browser', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(`${base}/article/${leafOf('hostile-page.html')}`);
    for (const el of await page.locator('a.claim[data-first]').all()) await el.click();
    await page.goto(`${base}/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    await page.goto(`${base}/`);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('the speaker page, and the static report opened from disk with the same content', async () => {
    const db = openIndex(out, defaultConfig);
    const key = (db.prepare("SELECT key FROM speakers WHERE name = 'Tomas Reyes'").get() as { key: string }).key;
    db.close();
    const sp = await open(`/speaker/${encodeURIComponent(key)}`);
    expect(await sp.locator('h1').innerText()).toBe('Tomas Reyes');
    expect(await sp.locator('h2').first().innerText()).toMatch(/Conflicts: the same words given to someone else \([1-9]/);
    await sp.screenshot({ path: path.join(SHOTS, 'speaker.png'), fullPage: true });
    await sp.close();
    const dir = mkdtempSync(path.join(tmpdir(), 'claimledger-report-'));
    await writeReport({ outputDir: out, config: defaultConfig, dir });
    const home = await open(pathToFileURL(path.join(dir, 'index.html')).href);
    await home.locator(`a[href="article-${leafOf(SAMPLE)}.html"]`).click();
    const legend = await home.locator('.legend button[data-speaker]').allInnerTexts();
    for (const name of SEVEN) expect(legend.some((l) => l.startsWith(name)), name).toBe(true);
    const served = await open(`/article/${leafOf(SAMPLE)}`);
    expect(await home.locator('article.text').innerText()).toBe(await served.locator('article.text').innerText());
    expect(await home.locator('section.card').count()).toBe(await served.locator('section.card').count());
    const quote = home.locator('a.claim[data-first]').nth(3);
    const id = await quote.getAttribute('data-id');
    await quote.click();
    await expect.poll(() => home.locator(`section.card[id="${id}"]`).isVisible()).toBe(true);
    // the filters work from disk too (the inline script runs under the page's policy)
    await home.locator('.legend button[data-speaker]').first().click();
    expect(await home.locator('.legend button[data-speaker]').first().getAttribute('aria-pressed')).toBe('true');
    await home.close(); await served.close();
  });
});
