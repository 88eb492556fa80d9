// Check-worthiness on ../shared/checkworthy/dev.jsonl: each sentence goes through the pipeline as a
// one-sentence article; a sentence counts as predicted check-worthy when a `statement` claim comes out.
// Prints P/R/F1 on the positive class. Used by `npm run eval`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export async function checkworthy(shared, root) {
  const file = path.join(shared, 'checkworthy/dev.jsonl');
  if (!existsSync(file)) return undefined;
  const { processArticle } = await import(path.join(root, 'dist/pipeline.js'));
  const { loadConfig } = await import(path.join(root, 'dist/config.js'));
  const config = loadConfig(path.join(root, 'pipeline.config.json'));
  let tp = 0, fp = 0, fn = 0;
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const { text, label } = JSON.parse(line);
    const r = processArticle({ name: 'sentence', raw: text, mediaType: 'text/plain' }, config);
    const predicted = r.ok && r.file.data.claims.some((c) => c.type === 'statement');
    if (predicted && label === 1) tp++; else if (predicted) fp++; else if (label === 1) fn++;
  }
  const p = tp / Math.max(1, tp + fp), r = tp / Math.max(1, tp + fn);
  // the scorer alone on every dev sentence: its ranking (AUC) and its cost per sentence
  const { statementFeatures, statementScore } = await import(path.join(root, 'dist/stages/claims.js'));
  const { statementWeights } = await import(path.join(root, 'dist/lexicon/index.js'));
  const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  for (const x of rows.slice(0, 100)) statementScore(statementFeatures(x.text), x.text); // warm
  const t0 = performance.now();
  const scored = rows.map((x) => [statementScore(statementFeatures(x.text), x.text).score, x.label]);
  const msPerSentence = (performance.now() - t0) / rows.length;
  const w = statementWeights();
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, threshold: config.claims.statementThreshold ?? w.threshold, auc: auc(scored), msPerSentence, fit: w.fit };
}

/** the probability that a check-worthy sentence scores above one that is not (ties count half) */
function auc(scored) {
  const all = [...scored].sort((a, b) => a[0] - b[0]);
  const pos = all.filter(([, y]) => y).length, neg = all.length - pos;
  let rankSum = 0;
  for (let i = 0; i < all.length;) {
    let j = i; while (j < all.length && all[j][0] === all[i][0]) j++;
    for (let k = i; k < j; k++) if (all[k][1]) rankSum += (i + j + 1) / 2;
    i = j;
  }
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** The sample article's `facts` (gold): how many come out as statements, how many statements in all, the top 10. */
export async function seedFacts(shared, root) {
  const file = path.join(shared, 'gold/seed.jsonl');
  if (!existsSync(file)) return undefined;
  const doc = JSON.parse(readFileSync(file, 'utf8').split('\n')[0]);
  if (!doc.facts) return undefined;
  const { processArticle } = await import(path.join(root, 'dist/pipeline.js'));
  const { loadConfig } = await import(path.join(root, 'dist/config.js'));
  const config = loadConfig(path.join(root, 'pipeline.config.json'));
  const r = processArticle({ name: 'seed', raw: doc.text, mediaType: 'text/plain' }, config);
  const statements = r.ok ? r.file.data.claims.filter((c) => c.type === 'statement') : [];
  const found = doc.facts.filter((f) => statements.some((s) => s.start < f.end && f.start < s.end));
  const top = [...statements].sort((a, b) => b.score - a.score || a.start - b.start).slice(0, 10)
    .map((s) => ({ score: s.score, fact: doc.facts.some((f) => s.start < f.end && f.start < s.end), text: s.text }));
  return { facts: doc.facts.length, found: found.length, statements: statements.length, top };
}
