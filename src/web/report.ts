// `claimledger report DIR`: the audit pages written as a static site that opens from disk and can be
// shared: the same renderers as `serve`, flat files with relative links, the style and script inline in
// every page, read-only (no forms, no search that needs a server).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../config.js';
import type { Verifier } from '../ledger/sign.js';
import { verifyLedgerParallel } from '../ledger/verify.js';
import { openIndex } from '../track/db.js';
import { articleView, findings, keySourceOf, latestCheckpoint, listArticles, listSpeakers, speakerView, verifyStatus, type LedgerStatus } from './data.js';
import { articlePage, auditPage, homePage, speakerPage, speakersPage, type Ctx, type Links } from './pages.js';

const short = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const n = (page: number | undefined) => (page && page > 1 ? `-${page}` : '');

export const staticLinks: Links = {
  home: (o = {}) => `index${n(o.page)}.html`,
  article: (leaf, claim) => `article-${leaf.replace(/[^0-9a-f]/g, '')}.html${claim ? `#${encodeURIComponent(claim)}` : ''}`,
  speaker: (key, page) => `speaker-${short(key)}${n(page)}.html`,
  speakers: (page) => `speakers${n(page)}.html`,
  audit: (o = {}) => `audit${o.code ? `-${o.code.replace(/[^A-Z_]/g, '')}` : ''}${n(o.page)}.html`,
};

export interface ReportOptions { outputDir: string; config: Config; dir: string; key?: Verifier; keySource?: string; log?: (l: string) => void }
export interface ReportSummary { dir: string; pages: number; articles: number; speakers: number; findings: number; verify: string }

export async function writeReport(o: ReportOptions): Promise<ReportSummary> {
  const ledger = path.join(o.outputDir, 'ledger.jsonl');
  const db = openIndex(o.outputDir, o.config);
  try {
    const r = await verifyLedgerParallel({ ledger, key: o.key });
    const status: LedgerStatus = {
      checkpoint: latestCheckpoint(o.outputDir, o.key),
      verify: verifyStatus(r, ' (when the report was written)'),
      keySource: keySourceOf(o.key, o.keySource),
    };
    const ctx: Ctx = { links: staticLinks, status };
    mkdirSync(o.dir, { recursive: true });
    let pages = 0;
    const put = (file: string, html: string) => { writeFileSync(path.join(o.dir, file), html); pages++; };
    // home and the speakers list, page by page
    const first = listArticles(db, { page: 1 });
    const top = listSpeakers(db, { per: 13 });
    for (let p = 1; p <= first.pages; p++) put(staticLinks.home({ page: p }), homePage(ctx, p === 1 ? first : listArticles(db, { page: p }), top, {}, true).html);
    const sp1 = listSpeakers(db, { page: 1 });
    for (let p = 1; p <= sp1.pages; p++) put(staticLinks.speakers(p), speakersPage(ctx, p === 1 ? sp1 : listSpeakers(db, { page: p }), undefined, true).html);
    // every article
    const leaves = db.prepare('SELECT leaf FROM sources ORDER BY seq').all() as { leaf: string }[];
    for (const { leaf } of leaves) {
      const v = articleView(db, o.outputDir, leaf);
      if (v) put(staticLinks.article(leaf), articlePage(ctx, v).html);
    }
    // every speaker, page by page
    const keys = db.prepare('SELECT key FROM speakers ORDER BY key').all() as { key: string }[];
    for (const { key } of keys) {
      const v1 = speakerView(db, key, 1);
      if (!v1) continue;
      for (let p = 1; p <= v1.claims.pages; p++) put(staticLinks.speaker(key, p), speakerPage(ctx, p === 1 ? v1 : speakerView(db, key, p)!).html);
    }
    // the audit, all findings and by code
    const all = findings(db, { page: 1 });
    for (const code of [undefined, ...Object.keys(all.codes)]) {
      const f1 = findings(db, { code, page: 1 });
      for (let p = 1; p <= f1.pages; p++) put(staticLinks.audit({ code, page: p }), auditPage(ctx, p === 1 ? f1 : findings(db, { code, page: p }), code).html);
    }
    return { dir: o.dir, pages, articles: leaves.length, speakers: keys.length, findings: all.total, verify: status.verify!.status };
  } finally {
    db.close();
  }
}
