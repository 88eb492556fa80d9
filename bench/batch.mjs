#!/usr/bin/env node
// Batch benchmark (issue 6): the 60 extraction pages + 100 metadata pages, repeated (each copy made
// unique with an HTML comment) to N articles in a JSONL file. Each configuration runs in its own
// process, one after another, so articles/s and peak RSS are its own. Prints ratios measured in this run.
// Usage: node bench/batch.mjs [N=2000] [--big 20000]
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CLAIMLEDGER_SHARED ?? path.resolve(root, '../shared');
const here = fileURLToPath(import.meta.url);
const mode = process.argv[2];

if (mode === '--child') {
  // one measured configuration: node bench/batch.mjs --child KIND FILE [workers]
  const [, , , kind, file, workersArg] = process.argv;
  const lines = kind === 'run' ? [] : readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const t0 = performance.now();
  let n = 0;
  if (kind === 'run') {
    const { runBatch } = await import('../dist/run.js');
    const { defaultConfig } = await import('../dist/config.js');
    const out = path.join(path.dirname(file), `out-${workersArg}-${path.basename(file)}`);
    rmSync(out, { recursive: true, force: true });
    const s = await runBatch({ config: defaultConfig, input: file, output: out, workers: Number(workersArg), timeoutMs: 60_000 });
    n = s.processed + s.rejected;
  } else if (kind === 'readability') {
    const { Readability } = await import('@mozilla/readability');
    const { parseHTML } = await import('linkedom');
    for (const l of lines) { const { document } = parseHTML(l.html); new Readability(document).parse(); n++; }
  } else if (kind === 'compromise') {
    const nlp = (await import('compromise')).default;
    const { extractHtml } = await import('../dist/stages/extract-html.js');
    const bodies = lines.map((l) => extractHtml(l.html).text);
    const t1 = performance.now();
    for (const b of bodies) { nlp(b); n++; }
    console.log(JSON.stringify({ n, seconds: (performance.now() - t1) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
    process.exit(0);
  }
  console.log(JSON.stringify({ n, seconds: (performance.now() - t0) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const pagesDirs = [path.join(shared, 'extraction/dev/pages'), path.join(shared, 'metadata/dev/pages')];
if (!pagesDirs.every(existsSync)) { console.log(`bench: ${shared} is not here; nothing to measure`); process.exit(0); }
const N = Number(mode ?? 2000);
const bigIdx = process.argv.indexOf('--big');
const BIG = bigIdx > 0 ? Number(process.argv[bigIdx + 1]) : 0;
const pages = pagesDirs.flatMap((d) => readdirSync(d).map((f) => new TextDecoder('utf-8').decode(readFileSync(path.join(d, f)))));
const dir = path.join(root, 'output/bench/batch');
mkdirSync(dir, { recursive: true });
function corpus(n) {
  const file = path.join(dir, `corpus-${n}.jsonl`);
  if (!existsSync(file)) {
    // written line by line: 20,000 copies are gigabytes
    const fd = openSync(`${file}.tmp`, 'w');
    for (let i = 0; i < n; i++) writeSync(fd, JSON.stringify({ id: `a${i}`, html: `<!-- copy ${i} -->` + pages[i % pages.length] }) + '\n');
    closeSync(fd);
    renameSync(`${file}.tmp`, file);
  }
  return file;
}
const rate = (r) => r.n / r.seconds;
const child = (args) => {
  // `claimledger run` as the CLI runs it (its shebang and `npm start` pass the same flags); the
  // other two as one would run them, with Node's defaults
  const flags = args[0] === 'run' ? ['--single-threaded-gc'] : [];
  const r = spawnSync(process.execPath, [...flags, here, '--child', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop());
};
if (process.argv.includes('--only-big')) {
  const small = child(['run', corpus(N), '2']);
  const big = child(['run', corpus(BIG), '2']);
  console.log(`2 workers: peak RSS at ${N} articles ${small.maxRssMB.toFixed(0)} MB (${rate(small).toFixed(1)}/s); at ${BIG}: ${big.maxRssMB.toFixed(0)} MB (${rate(big).toFixed(1)}/s)`);
  process.exit(0);
}
const file = corpus(N);
const rows = {
  'claimledger run, 1 worker': child(['run', file, '1']),
  'claimledger run, 2 workers': child(['run', file, '2']),
  'readability+linkedom (body only)': child(['readability', file]),
  'compromise nlp(body)': child(['compromise', file]),
};
console.log(`corpus: ${N} articles (${pages.length} distinct pages, each copy unique)`);
for (const [k, r] of Object.entries(rows)) console.log(`${k.padEnd(34)} ${rate(r).toFixed(1).padStart(7)} articles/s   peak RSS ${r.maxRssMB.toFixed(0)} MB`);
const r2 = rate(rows['claimledger run, 2 workers']), r1 = rate(rows['claimledger run, 1 worker']);
console.log(`ratios: 2 workers / readability ${(r2 / rate(rows['readability+linkedom (body only)'])).toFixed(2)}x (target 2); run / compromise ${(r1 / rate(rows['compromise nlp(body)'])).toFixed(2)}x (target 1.5); 2 workers / 1 worker ${(r2 / r1).toFixed(2)}x (target 1.7)`);
if (BIG) {
  const big = child(['run', corpus(BIG), '2']);
  console.log(`peak RSS at ${N}: ${rows['claimledger run, 2 workers'].maxRssMB.toFixed(0)} MB; at ${BIG}: ${big.maxRssMB.toFixed(0)} MB (${rate(big).toFixed(1)} articles/s)`);
}
