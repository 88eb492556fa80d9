#!/usr/bin/env node
// Batch benchmark, like for like (issue 19): the same pages for every contestant, each contestant a
// whole process (or processes) timed from spawn to exit, each streaming its inputs line by line, with
// the same number of processes: `claimledger run --workers N` against N Readability + linkedom
// processes (each reading its share of the corpus), N = 1 and 2, at 500 and 2,000 articles (distinct
// copies: each page made unique with an HTML comment). Peak RSS of each process. The ratios hold for
// the page set named in the output, and only for it.
// Usage: node bench/batch.mjs [--pages DIR ...] [--sizes 500,2000] [--repeat N (medians of N alternating runs)] [--big 20000 (peak RSS only)]
import { rmSync, createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus as corpusOf, nodeProcess, pageDirs, readPages, root } from './common.mjs';

const here = fileURLToPath(import.meta.url);
const argv = process.argv.slice(2);

if (argv[0] === '--readability') {
  // one Readability process: reads lines [from, to) of the corpus as a stream, one article at a time
  const [, file, from, to] = argv;
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  let i = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (i >= Number(from) && i < Number(to) && line) { const { document } = parseHTML(JSON.parse(line).html); new Readability(document).parse(); }
    i++;
  }
  process.stdout.write(JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
  process.exit(0);
}

const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
const dirs = pageDirs(argv);
if (!dirs) process.exit(0);
const sizes = opt('--sizes', '500,2000').split(',').map(Number);
const BIG = Number(opt('--big', 0));
const REPEAT = Math.max(1, Number(opt('--repeat', 1)));
const pages = readPages(dirs);
const dir = path.join(root, 'output/bench/batch');
const corpus = (n) => corpusOf(dir, dirs, pages, n);

/** a process from spawn to exit: what it printed last (JSON); exit 3 (some articles rejected) is a finished run */
const proc = async (args) => JSON.parse((await nodeProcess(args, { ok: [0, 3] })).out.trim().split('\n').pop());
async function timed(f) { const t = performance.now(); const r = await f(); return { seconds: (performance.now() - t) / 1000, ...r }; }

// claimledger: the CLI as a user runs it (its shebang passes --single-threaded-gc), N worker threads
const claimledger = (file, n) => {
  // (the previous run's output is deleted before the clock starts: deleting thousands of files is not the run's work)
  const out = path.join(dir, `out-${n}`);
  rmSync(out, { recursive: true, force: true });
  return timed(() => runInto(file, n, out));
};
const runInto = async (file, n, out) => {
  const s = await proc(['--single-threaded-gc', path.join(root, 'dist/cli/main.js'), 'run', file, '-o', out, '--workers', String(n), '--json']);
  return { maxRssMB: s.maxRssMb, articles: s.processed + s.rejected };
};
// Readability + linkedom: N processes side by side, each streaming its share
const readability = (file, n, total) => timed(async () => {
  const shares = await Promise.all(Array.from({ length: n }, (_, k) => proc([here, '--readability', file, String(Math.floor((total * k) / n)), String(Math.floor((total * (k + 1)) / n))])));
  return { maxRssMB: Math.max(...shares.map((s) => s.maxRssMB)), articles: total };
});

console.log(`pages: ${pages.length} distinct pages from ${dirs.join(', ')}; each copy made unique with an HTML comment`);
console.log(`every row is whole processes timed from spawn to exit, streaming their inputs${REPEAT > 1 ? `; medians of ${REPEAT} alternating runs` : ''}\n`);
console.log('articles  processes  claimledger run (articles/s, peak RSS)  Readability+linkedom (articles/s, peak RSS per process)  ratio');
const ratios = {};
for (const n of sizes) {
  const file = corpus(n);
  for (const p of [1, 2]) {
    // --repeat N: the pair runs N times, alternating, and the row gives the medians (this machine's speed
    // drifts by a third within minutes; one pair of runs can land on either side of a drift)
    const cs = [], rs = [], each = [];
    for (let k = 0; k < REPEAT; k++) {
      const c = await claimledger(file, p);
      const r = await readability(file, p, n);
      cs.push(c); rs.push(r); each.push((c.articles / c.seconds) / (r.articles / r.seconds));
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    const cRate = median(cs.map((c) => c.articles / c.seconds)), rRate = median(rs.map((r) => r.articles / r.seconds));
    const ratio = cRate / rRate;
    ratios[`${n}x${p}`] = ratio;
    const spread = REPEAT > 1 ? ` (runs ${each.map((x) => x.toFixed(2)).join(', ')})` : '';
    console.log(`${String(n).padStart(8)}  ${String(p).padStart(9)}  ${cRate.toFixed(1).padStart(10)}/s ${Math.max(...cs.map((c) => c.maxRssMB)).toFixed(0).padStart(5)} MB              ${rRate.toFixed(1).padStart(10)}/s ${Math.max(...rs.map((r) => r.maxRssMB)).toFixed(0).padStart(5)} MB                            ${ratio.toFixed(2)}×${spread}`);
  }
}
console.log(`\ntargets (two against two): 2,000 articles ≥ 2×${ratios['2000x2'] ? ` (now ${ratios['2000x2'].toFixed(2)}×)` : ''}; 500 articles ≥ 1.6×${ratios['500x2'] ? ` (now ${ratios['500x2'].toFixed(2)}×)` : ''}; on these pages only`);
if (BIG) {
  const big = await claimledger(corpus(BIG), 2);
  console.log(`claimledger run, 2 workers: peak RSS at ${BIG} articles ${big.maxRssMB.toFixed(0)} MB (${(big.articles / big.seconds).toFixed(1)} articles/s)`);
}
