#!/usr/bin/env node
// Publication-date accuracy on ../shared/metadata/dev (100 pages; gold day in dates.jsonl).
// A page counts when the published day we extract equals the gold day. Usage: node bench/dates.mjs [--misses]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode } from '../dist/stages/decode.js';
import { extractHtml } from '../dist/stages/extract-html.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CLAIMLEDGER_SHARED ?? path.resolve(root, '../shared');
const dev = path.join(shared, 'metadata/dev');
if (!existsSync(dev)) { console.log(`bench: ${dev} is not here; nothing to measure`); process.exit(0); }
const gold = readFileSync(path.join(dev, 'dates.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
let ok = 0, found = 0, failed = 0;
const misses = [];
const t0 = performance.now();
for (const g of gold) {
  const bytes = new Uint8Array(readFileSync(path.join(dev, 'pages', `${g.id}.html`)));
  let got;
  try {
    const d = decode(bytes, `${g.id}.html`, 'text/html');
    got = extractHtml(d.text, g.url).meta;
  } catch (e) { failed++; misses.push({ id: g.id, gold: g.date, got: `error ${e.message}` }); continue; }
  const day = got.published?.slice(0, 10);
  if (day) found++;
  if (day === g.date) ok++; else misses.push({ id: g.id, url: g.url, gold: g.date, got: day ?? null, source: got.sources.published });
}
const seconds = (performance.now() - t0) / 1000;
console.log(`dates: accuracy ${(ok / gold.length).toFixed(3)} (${ok}/${gold.length}); a date found on ${found}; errors ${failed}; ${(gold.length / seconds).toFixed(1)} pages/s`);
if (process.argv.includes('--misses')) for (const m of misses) console.log(JSON.stringify(m));
