#!/usr/bin/env node
// Extraction benchmark: our extractor and @mozilla/readability + linkedom on the same pages, in one run.
// Prints body F1 (../shared/tools/score-extraction.mjs) and pages/s for both, and the speed ratio.
// Usage: node bench/extraction.mjs [--worst N]
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decode } from '../dist/stages/decode.js';
import { extractHtml } from '../dist/stages/extract-html.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CLAIMLEDGER_SHARED ?? path.resolve(root, '../shared');
const dev = path.join(shared, 'extraction/dev');
if (!existsSync(dev)) { console.log(`bench: ${dev} is not here; nothing to measure`); process.exit(0); }
const worst = Number(process.argv[process.argv.indexOf('--worst') + 1]) || 5;
const ids = readFileSync(path.join(dev, 'ids.txt'), 'utf8').split('\n').filter(Boolean);
const pages = ids.map((id) => ({ id, bytes: readFileSync(path.join(dev, 'pages', `${id}.html`)) }));

function run(name, extract) {
  const out = path.join(root, 'output/bench', name);
  mkdirSync(out, { recursive: true });
  const texts = [];
  const t0 = performance.now();
  for (let r = 0; r < 3; r++) {
    texts.length = 0;
    for (const p of pages) texts.push(extract(p.bytes, p.id));
  }
  const seconds = (performance.now() - t0) / 1000 / 3;
  pages.forEach((p, i) => writeFileSync(path.join(out, `${p.id}.txt`), texts[i] ?? ''));
  const perPage = path.join(out, 'per-page.tsv');
  const score = spawnSync(process.execPath, [path.join(shared, 'tools/score-extraction.mjs'), out, '--truth', path.join(dev, 'truth'), '--ids', path.join(dev, 'ids.txt'), '--json', '--per-page', perPage], { encoding: 'utf8' });
  if (score.status !== 0) throw new Error(score.stderr);
  return { name, ...JSON.parse(score.stdout), pagesPerSecond: pages.length / seconds, perPage };
}

const ours = run('claimledger', (bytes, id) => extractHtml(decode(new Uint8Array(bytes), `${id}.html`).text).text);
const readability = run('readability', (bytes) => {
  const { document } = parseHTML(new TextDecoder('utf-8').decode(bytes));
  const article = new Readability(document).parse();
  return article?.textContent ?? '';
});
for (const r of [ours, readability]) {
  console.log(`${r.name.padEnd(12)} F1 ${r.f1.toFixed(4)}  P ${r.precision.toFixed(4)}  R ${r.recall.toFixed(4)}  ${r.pagesPerSecond.toFixed(1)} pages/s`);
}
console.log(`speed ratio (claimledger / readability+linkedom): ${(ours.pagesPerSecond / readability.pagesPerSecond).toFixed(2)}x`);
console.log(`worst ${worst} pages for claimledger (from ${path.relative(root, ours.perPage)}):`);
console.log(readFileSync(ours.perPage, 'utf8').split('\n').slice(1, worst + 1).join('\n'));
