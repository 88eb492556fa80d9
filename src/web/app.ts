// `claimledger serve`: the audit pages over an output folder (ledger, stored texts, SQLite index), as a
// Hono app. Read-only unless writing is switched on; then a review or a correction is appended as a
// ledger event (never an edit) and signed into a new checkpoint, and only a browser that presented the
// run's token (printed by `serve --write`, kept in an HttpOnly, SameSite=Strict cookie) may do it.
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { existsSync, statSync } from 'node:fs';
import { timingSafeEqual } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../config.js';
import type { Verifier } from '../ledger/sign.js';
import { verifyLedgerParallel } from '../ledger/verify.js';
import { LockedError } from '../lock.js';
import { openIndex, type DB } from '../track/db.js';
import { appendCorrection, appendReview } from '../track/review.js';
import { articleView, findings, keySourceOf, latestCheckpoint, listArticles, listSpeakers, searchClaims, speakerView, verifyStatus, type LedgerStatus } from './data.js';
import { articlePage, auditPage, homePage, notFoundPage, searchPage, speakerPage, speakersPage, type Ctx, type Links, type Page } from './pages.js';

export interface ServeOptions {
  outputDir: string;
  config: Config;
  /** the pinned verifier key for the home page's verify status and checkpoint signature */
  key?: Verifier;
  /** where the key came from, said on the home page */
  keySource?: string;
  /** writing on: the token a browser must present once (?token=) before its forms append events */
  token?: string;
  /** Host header values accepted (DNS rebinding): set by `serve` to the address it listens on */
  hosts?: string[];
}

const COOKIE = 'claimledger_token';

export const serverLinks: Links = {
  home: (o = {}) => `/${query(o)}`,
  article: (leaf, claim) => `/article/${encodeURIComponent(leaf)}${claim ? `#${encodeURIComponent(claim)}` : ''}`,
  speaker: (key, page) => `/speaker/${encodeURIComponent(key)}${query({ page })}`,
  speakers: (page, q) => `/speakers${query({ page, q })}`,
  audit: (o = {}) => `/audit${query(o)}`,
  search: (q, page) => `/search${query({ q, page })}`,
  review: (id) => `/claim/${encodeURIComponent(id)}/review`,
  correct: (id) => `/claim/${encodeURIComponent(id)}/correct`,
};

function query(o: Record<string, string | number | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== '' && !(k === 'page' && v === 1)) p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

const sameToken = (a: string | undefined, b: string) => {
  if (!a) return false;
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

const pageNo = (s: string | undefined) => Math.max(1, Math.min(1e6, Number.parseInt(s ?? '1', 10) || 1));
const day = (s: string | undefined) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined);
const field = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export interface AuditServer {
  app: Hono;
  /** resolves when the ledger's verify status is known */
  verified(): Promise<void>;
  close(): void;
}

export function createApp(o: ServeOptions): AuditServer {
  const ledgerFile = path.join(o.outputDir, 'ledger.jsonl');
  let db: DB | undefined;
  let openedAt = -1;
  let verifying: Promise<void> = Promise.resolve();
  let verify: LedgerStatus['verify'] = null;
  let verifiedAt = -1;
  const bytes = () => (existsSync(ledgerFile) ? statSync(ledgerFile).size : 0);
  const keySource = keySourceOf(o.key, o.keySource);

  /** the index, reopened (rebuilt when behind) whenever the ledger has grown */
  function index(): DB {
    const b = bytes();
    if (!db || b !== openedAt) {
      db?.close();
      db = openIndex(o.outputDir, o.config);
      openedAt = b;
    }
    if (b !== verifiedAt) {
      verifiedAt = b;
      verify = null;
      // after the response that asked: a large ledger verifies on worker threads while pages are served
      verifying = new Promise((r) => setImmediate(r)).then(() => verifyLedgerParallel({ ledger: ledgerFile, key: o.key })).then((r) => {
        verify = verifyStatus(r);
      }, (e: Error) => { verify = { status: 'unverifiable', message: e.message }; });
    }
    return db;
  }

  const ctx = (c: Context, extra: Partial<Ctx> = {}): Ctx => {
    const canWrite = !!o.token && sameToken(getCookie(c, COOKIE), o.token);
    const appended = c.req.query('appended');
    return {
      links: serverLinks,
      status: { checkpoint: latestCheckpoint(o.outputDir, o.key), verify, keySource },
      write: canWrite, writeLocked: !!o.token && !canWrite,
      ...(appended && /^\d+$/.test(appended) ? { flash: `Appended the ${c.req.query('kind') === 'correction' ? 'correction' : 'review'} as ledger entry ${appended} and signed a new checkpoint.` } : {}),
      ...extra,
    };
  };

  const send = (c: Context, p: Page, status: 200 | 400 | 404 | 409 = 200) => {
    c.header('Content-Security-Policy', `${p.csp}; frame-ancestors 'none'`);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
    return c.html(p.html, status);
  };

  const app = new Hono();

  app.use('*', async (c, next) => {
    // a page that another site's name resolves to (DNS rebinding) is not served
    if (o.hosts && !o.hosts.includes(c.req.header('host') ?? '')) return c.text('unknown host', 421);
    // the token, presented once in the address serve printed, becomes a cookie and leaves the address
    const t = c.req.query('token');
    if (t !== undefined && c.req.method === 'GET') {
      if (o.token && sameToken(t, o.token)) {
        setCookie(c, COOKIE, o.token, { httpOnly: true, sameSite: 'Strict', path: '/' });
        const u = new URL(c.req.url);
        u.searchParams.delete('token');
        return c.redirect(`${u.pathname}${u.search}`, 303);
      }
      return c.text('wrong token', 403);
    }
    await next();
  });

  app.get('/', (c) => {
    const db = index();
    const f = { q: c.req.query('q')?.slice(0, 200) || undefined, from: day(c.req.query('from')), to: day(c.req.query('to')) };
    return send(c, homePage(ctx(c), listArticles(db, { ...f, page: pageNo(c.req.query('page')) }), listSpeakers(db, { per: 13 }), f));
  });

  app.get('/article/:leaf', (c) => {
    const v = articleView(index(), o.outputDir, c.req.param('leaf'));
    return v ? send(c, articlePage(ctx(c), v)) : send(c, notFoundPage(ctx(c), 'No article with that id in the ledger.'), 404);
  });

  app.get('/claim/:id', (c) => {
    const row = index().prepare('SELECT id, source FROM claims WHERE id = ? OR leaf = ? LIMIT 1').get(c.req.param('id'), c.req.param('id')) as { id: string; source: string } | undefined;
    return row ? c.redirect(serverLinks.article(row.source, row.id), 303) : send(c, notFoundPage(ctx(c), 'No claim with that id in the ledger.'), 404);
  });

  app.get('/speakers', (c) => {
    const q = c.req.query('q')?.slice(0, 200) || undefined;
    return send(c, speakersPage(ctx(c), listSpeakers(index(), { q, page: pageNo(c.req.query('page')) }), q));
  });

  app.get('/speaker/:key', (c) => {
    const v = speakerView(index(), c.req.param('key'), pageNo(c.req.query('page')));
    return v ? send(c, speakerPage(ctx(c), v)) : send(c, notFoundPage(ctx(c), 'No speaker with that key in the ledger.'), 404);
  });

  app.get('/audit', (c) => {
    const code = c.req.query('code') || undefined;
    return send(c, auditPage(ctx(c), findings(index(), { code, page: pageNo(c.req.query('page')) }), code));
  });

  app.get('/search', (c) => {
    const q = (c.req.query('q') ?? '').slice(0, 500);
    return send(c, searchPage(ctx(c), q, searchClaims(index(), q, pageNo(c.req.query('page')))));
  });

  /** a write: only with the token's cookie, only from this origin */
  async function write(c: Context, kind: 'review' | 'correction') {
    if (!o.token) return c.text('read-only: start claimledger serve --write to review or correct', 403);
    if (!sameToken(getCookie(c, COOKIE), o.token)) return c.text('forbidden: open the address claimledger serve --write printed first (it carries the token)', 403);
    // a form from another site is refused (besides the SameSite=Strict cookie): the browser says where
    // it comes from in Sec-Fetch-Site, or in Origin ("null" under the pages' no-referrer policy)
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    if ((site && site !== 'same-origin' && site !== 'none') || (origin && origin !== 'null' && origin !== new URL(c.req.url).origin && !(o.hosts ?? []).some((h) => origin === `http://${h}`))) return c.text('forbidden: a form from another site', 403);
    const id = c.req.param('id') ?? '';
    const row = index().prepare('SELECT id, source FROM claims WHERE id = ? LIMIT 1').get(id) as { id: string; source: string } | undefined;
    if (!row) return send(c, notFoundPage(ctx(c), 'No claim with that id in the ledger.'), 404);
    const b = await c.req.parseBody();
    let r;
    try {
      r = kind === 'review'
        ? appendReview(ledgerFile, o.config, id, { rating: field(b.rating), by: field(b.by), url: field(b.url), ...(field(b.date) ? { date: field(b.date) } : {}) })
        : appendCorrection(ledgerFile, o.config, id, { speaker: field(b.speaker) || undefined, type: field(b.type) || undefined, notAClaim: b.notAClaim === '1' || b.notAClaim === 'on', by: field(b.by) || undefined, note: field(b.note) || undefined });
    } catch (e) {
      if (e instanceof LockedError) {
        const v = articleView(index(), o.outputDir, row.source)!;
        return send(c, articlePage(ctx(c, { error: `Nothing appended: ${e.message}` }), v), 409);
      }
      throw e;
    }
    if (!r.ok) {
      const v = articleView(index(), o.outputDir, row.source)!;
      return send(c, articlePage(ctx(c, { error: `Nothing appended (${r.code}): ${r.message}` }), v), 400);
    }
    return c.redirect(`/article/${encodeURIComponent(row.source)}?appended=${r.entry}&kind=${kind}#${encodeURIComponent(id)}`, 303);
  }
  app.post('/claim/:id/review', (c) => write(c, 'review'));
  app.post('/claim/:id/correct', (c) => write(c, 'correction'));

  app.notFound((c) => send(c, notFoundPage(ctx(c), 'There is no page at this address.'), 404));

  return {
    app,
    verified: async () => { index(); await verifying; },
    close: () => { db?.close(); db = undefined; },
  };
}
