#!/usr/bin/env node
// Fits the statement scorer's weights: a logistic model over the explained features of
// src/stages/claims.ts, trained on ../shared/checkworthy/train.jsonl (crowd labels), the threshold chosen
// on train (best F1), then measured once on dev.jsonl (expert labels). Writes the weights as data to
// src/lexicon/statement-weights.json. Run after `npm run build`: node scripts/fit-checkworthy.mjs
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CLAIMLEDGER_SHARED ?? path.resolve(root, '../shared');
const train = path.join(shared, 'checkworthy/train.jsonl');
if (!existsSync(train)) { console.log(`fit: ${train} is not here; nothing to fit`); process.exit(0); }
const { statementFeatures, featureVector, FEATURE_NAMES } = await import(path.join(root, 'dist/stages/claims.js'));
const load = (f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const toXY = (rows) => rows.map((r) => [featureVector(statementFeatures(r.text)), r.label]);
const tr = toXY(load(train));
const dv = toXY(load(path.join(shared, 'checkworthy/dev.jsonl')));
const d = FEATURE_NAMES.length;
let w = new Array(d).fill(0), b = 0;
const sig = (z) => 1 / (1 + Math.exp(-z));
const lambda = 1e-3, lr = 0.5;
for (let epoch = 0; epoch < 3000; epoch++) {
  const gw = new Array(d).fill(0); let gb = 0;
  for (const [x, y] of tr) {
    const p = sig(b + x.reduce((s, v, i) => s + v * w[i], 0));
    const e = p - y;
    for (let i = 0; i < d; i++) gw[i] += e * x[i];
    gb += e;
  }
  w = w.map((v, i) => v - lr * (gw[i] / tr.length + lambda * v));
  b -= lr * gb / tr.length;
}
const score = (x) => sig(b + x.reduce((s, v, i) => s + v * w[i], 0));
const f1At = (set, t) => {
  let tp = 0, fp = 0, fn = 0;
  for (const [x, y] of set) { const p = score(x) >= t; if (p && y) tp++; else if (p) fp++; else if (y) fn++; }
  const P = tp / Math.max(1, tp + fp), R = tp / Math.max(1, tp + fn);
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
};
let best = { t: 0.5, F1: 0 };
for (let t = 0.05; t < 0.95; t += 0.01) { const r = f1At(tr, t); if (r.F1 > best.F1) best = { t: +t.toFixed(2), F1: r.F1 }; }
const weights = Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, +w[i].toFixed(4)]));
const out = { version: 'statement-features/2', trainedOn: 'checkworthy/train.jsonl (22,501 sentences)', bias: +b.toFixed(4), weights, threshold: best.t };
writeFileSync(path.join(root, 'src/lexicon/statement-weights.json'), JSON.stringify(out, null, 2) + '\n');
const dev = f1At(dv, best.t);
console.log(JSON.stringify({ bias: out.bias, weights, threshold: best.t, trainF1: +best.F1.toFixed(4), dev: { P: +dev.P.toFixed(4), R: +dev.R.toFixed(4), F1: +dev.F1.toFixed(4) } }, null, 1));
