#!/usr/bin/env node
// Fits the statement scorer: a logistic model over the explained features of src/stages/claims.ts plus
// a learned lexicon of word 1–2-grams (L1-regularised, so only a few hundred n-grams keep a weight),
// on ../shared/checkworthy/train.jsonl (crowd labels). The regularisation and the threshold are chosen
// by five-fold cross-validation on train; dev.jsonl (expert labels) is measured once, at the end, as a
// check: nothing is chosen on it. Writes src/lexicon/statement-weights.json (the features' weights, the
// n-gram weights, the threshold). Run after `npm run build`: node scripts/fit-checkworthy.mjs
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CLAIMLEDGER_SHARED ?? path.resolve(root, '../shared');
const trainFile = path.join(shared, 'checkworthy/train.jsonl');
if (!existsSync(trainFile)) { console.log(`fit: ${trainFile} is not here; nothing to fit`); process.exit(0); }
const { statementFeatures, featureVector, FEATURE_NAMES, ngrams } = await import(path.join(root, 'dist/stages/claims.js'));
const load = (f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const train = load(trainFile), dev = load(path.join(shared, 'checkworthy/dev.jsonl'));

// the n-gram vocabulary: word 1–2-grams in at least MIN_DF training sentences
const MIN_DF = 5;
const df = new Map();
for (const r of train) for (const g of ngrams(r.text)) df.set(g, (df.get(g) ?? 0) + 1);
const vocab = [...df].filter(([, n]) => n >= MIN_DF).map(([g]) => g).sort();
const index = new Map(vocab.map((g, i) => [g, i]));
const D = FEATURE_NAMES.length;
/** a row: the dense features, and the indexes of its n-grams (present or not: binary) */
const rowOf = (text) => ({ x: featureVector(statementFeatures(text)), g: [...new Set(ngrams(text))].map((t) => index.get(t)).filter((i) => i !== undefined) });
const X = train.map((r) => rowOf(r.text)), Y = train.map((r) => r.label);
const XD = dev.map((r) => rowOf(r.text)), YD = dev.map((r) => r.label);

const sig = (z) => 1 / (1 + Math.exp(-z));
const z = (m, row) => row.x.reduce((s, v, i) => s + v * m.w[i], m.b) + row.g.reduce((s, i) => s + m.v[i], 0);

/** Proximal gradient descent (full batch): L2 on the dense weights, L1 (soft threshold) on the n-gram weights. */
function fit(rows, ys, l1, epochs = Number(process.env.EPOCHS ?? 800), lr = 0.5) {
  const m = { b: 0, w: new Float64Array(D), v: new Float64Array(vocab.length) };
  const n = rows.length;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gw = new Float64Array(D), gv = new Float64Array(vocab.length);
    let gb = 0;
    for (let k = 0; k < n; k++) {
      const e = sig(z(m, rows[k])) - ys[k];
      const row = rows[k];
      for (let i = 0; i < D; i++) gw[i] += e * row.x[i];
      for (const i of row.g) gv[i] += e;
      gb += e;
    }
    m.b -= lr * gb / n;
    for (let i = 0; i < D; i++) m.w[i] -= lr * (gw[i] / n + 1e-4 * m.w[i]);
    const t = lr * l1;
    for (let i = 0; i < vocab.length; i++) {
      const u = m.v[i] - lr * gv[i] / n;
      m.v[i] = u > t ? u - t : u < -t ? u + t : 0;
    }
  }
  return m;
}

/** the threshold with the best F1 over scored rows, and that F1 */
function bestThreshold(scored) {
  let best = { t: 0.5, F1: 0 };
  for (let t = 0.05; t < 0.95; t += 0.01) { const r = prf(scored, t); if (r.F1 > best.F1) best = { t: +t.toFixed(2), F1: r.F1 }; }
  return best;
}
function prf(scored, t) {
  let tp = 0, fp = 0, fn = 0;
  for (const [p, y] of scored) { if (p >= t && y) tp++; else if (p >= t) fp++; else if (y) fn++; }
  const P = tp / Math.max(1, tp + fp), R = tp / Math.max(1, tp + fn);
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
}
function auc(scored) {
  const pos = scored.filter(([, y]) => y).map(([p]) => p), neg = scored.filter(([, y]) => !y).map(([p]) => p);
  const all = [...scored].sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  for (let i = 0; i < all.length;) {
    let j = i; while (j < all.length && all[j][0] === all[i][0]) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (all[k][1]) rankSum += rank;
    i = j;
  }
  return (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
}

// five-fold cross-validation on train: the L1 strength and the threshold
const folds = X.map((_, i) => i % 5);
const cv = {};
for (const l1 of (process.env.L1 ?? '3e-5,1e-4,2e-4,3e-4').split(',').map(Number)) {
  const scored = [];
  for (let f = 0; f < 5; f++) {
    const tr = X.filter((_, i) => folds[i] !== f), ty = Y.filter((_, i) => folds[i] !== f);
    const m = fit(tr, ty, l1);
    X.forEach((row, i) => { if (folds[i] === f) scored.push([sig(z(m, row)), Y[i]]); });
  }
  cv[l1] = { ...bestThreshold(scored), auc: auc(scored) };
  console.error(`cv l1=${l1}: F1 ${cv[l1].F1.toFixed(4)} at ${cv[l1].t}, AUC ${cv[l1].auc.toFixed(4)}`);
}
// the sparsest model whose cross-validated F1 is within 0.01 of the best (fewer n-grams to read and explain)
const bestF1 = Math.max(...Object.values(cv).map((c) => c.F1));
const l1 = Math.max(...Object.entries(cv).filter(([, c]) => c.F1 >= bestF1 - 0.01).map(([k]) => +k));
const m = fit(X, Y, l1);
const threshold = cv[l1].t;
const ngramWeights = Object.fromEntries(vocab.map((g, i) => [g, +m.v[i].toFixed(4)]).filter(([, w]) => w !== 0).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])));
const out = {
  version: 'statement-features/3',
  trainedOn: `checkworthy/train.jsonl (${train.length} sentences); L1 ${l1} and threshold by five-fold cross-validation on train`,
  bias: +m.b.toFixed(4),
  weights: Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, +m.w[i].toFixed(4)])),
  threshold,
  fit: { l1, trainCvF1: +cv[l1].F1.toFixed(4), trainCvAuc: +cv[l1].auc.toFixed(4), ngrams: Object.keys(ngramWeights).length },
  ngrams: ngramWeights,
};
writeFileSync(path.join(root, 'src/lexicon/statement-weights.json'), JSON.stringify(out, null, 1) + '\n');
const devScored = XD.map((row, i) => [sig(z(m, row)), YD[i]]);
const d = prf(devScored, threshold);
console.log(JSON.stringify({ l1, threshold, ngrams: Object.keys(ngramWeights).length, trainCvF1: +cv[l1].F1.toFixed(4), trainCvAuc: +cv[l1].auc.toFixed(4), dev: { P: +d.P.toFixed(4), R: +d.R.toFixed(4), F1: +d.F1.toFixed(4), AUC: +auc(devScored).toFixed(4) } }, null, 1));
