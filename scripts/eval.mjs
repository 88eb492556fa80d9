#!/usr/bin/env node
// npm run eval: runs `claimledger extract --jsonl` over the gold sets in ../shared/gold (the sample article,
// PolNeAR dev and PolNeAR train) and scores them
// with ../shared/tools/score-attribution.mjs, printing its lines. Extra flags go to the scorer
// (e.g. --per-doc, --json). Without ../shared it says so and exits 0.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { breakdown } from './breakdown.mjs';
import { checkworthy, seedFacts } from './checkworthy.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CLAIMLEDGER_SHARED ?? path.resolve(root, '../shared');
const scorer = path.join(shared, 'tools/score-attribution.mjs');
if (!existsSync(scorer)) {
  console.log(`eval: ${shared} is not here (it holds the gold data); nothing to score`);
  process.exit(0);
}
// --sets=seed,polnear-dev picks the gold sets (default: all three); --no-checkworthy skips the statement scores
const setsArg = process.argv.find((a) => a.startsWith('--sets='));
const sets = setsArg ? setsArg.slice(7).split(',') : ['seed', 'polnear-dev', 'polnear-train'];
const skipCheckworthy = process.argv.includes('--no-checkworthy');
const extra = process.argv.slice(2).filter((a) => !a.startsWith('--sets=') && a !== '--no-checkworthy');
const outDir = path.join(root, 'output/eval');
mkdirSync(outDir, { recursive: true });
for (const name of sets) {
  const gold = path.join(shared, 'gold', `${name}.jsonl`);
  if (!existsSync(gold)) { console.log(`eval: ${gold} missing, skipped`); continue; }
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [path.join(root, 'dist/cli/main.js'), 'extract', '--jsonl', gold], { maxBuffer: 1 << 30, encoding: 'utf8' });
  const seconds = ((performance.now() - t0) / 1000).toFixed(2);
  if (run.status !== 0 && run.status !== 3) { console.error(run.stderr); process.exit(1); }
  const pred = path.join(outDir, `${name}.pred.jsonl`);
  writeFileSync(pred, run.stdout);
  console.log(`== ${name} (extract --jsonl: ${seconds} s)`);
  const score = spawnSync(process.execPath, [scorer, gold, pred, ...extra], { encoding: 'utf8' });
  process.stdout.write(score.stdout);
  if (score.status !== 0) { process.stderr.write(score.stderr); process.exit(1); }
  if (!extra.includes('--json')) {
    const parts = Object.entries(breakdown(gold, pred)).map(([f, s]) => `${f} ${(s.ok / s.n).toFixed(3)} (${s.ok}/${s.n}, ${s.none} without speaker)`);
    console.log(`speaker accuracy by gold mention form: ${parts.join('; ')}`);
  }
}

const cw = skipCheckworthy ? undefined : await checkworthy(shared, root);
if (cw) {
  console.log('== checkworthy-dev (one-sentence articles; a statement claim = predicted check-worthy)');
  console.log(`statements  P ${cw.precision.toFixed(4)} R ${cw.recall.toFixed(4)} F1 ${cw.f1.toFixed(4)} (threshold ${cw.threshold}, chosen on train); scorer AUC ${cw.auc.toFixed(4)}; ${(cw.msPerSentence * 1000).toFixed(1)} µs per sentence`);
  if (cw.fit) console.log(`train (from the fit, scripts/fit-checkworthy.mjs): five-fold cross-validated F1 ${cw.fit.trainCvF1}, AUC ${cw.fit.trainCvAuc}; ${cw.fit.ngrams} learned n-grams (L1 ${cw.fit.l1})`);
}

const facts = skipCheckworthy ? undefined : await seedFacts(shared, root);
if (facts) {
  console.log(`== seed facts (statements on the sample article)`);
  console.log(`facts found ${facts.found}/${facts.facts}; statements ${facts.statements} (precision vs facts ${(facts.top.length ? facts.found / facts.statements : 0).toFixed(3)}); top 10 by score:`);
  for (const t of facts.top) console.log(`  ${t.score.toFixed(3)} ${t.fact ? '[fact]' : '      '} ${t.text.slice(0, 110)}`);
}
