#!/usr/bin/env node
// verify throughput: builds a ledger from N unique copies of the sample article (once; kept in
// output/bench/verify), then times `verifyLedger` over it. Prints MB/s. Usage: node bench/verify.mjs [copies]
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBatch } from '../dist/run.js';
import { verifyLedger, verifyLedgerParallel } from '../dist/ledger/verify.js';
import { parseVerifier } from '../dist/ledger/sign.js';
import { defaultConfig } from '../dist/config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const copies = Number(process.argv[2] ?? 400);
const dir = path.join(root, 'output/bench/verify');
const input = path.join(dir, 'input'), output = path.join(dir, `output-${copies}`);
if (!existsSync(path.join(output, 'ledger.jsonl'))) {
  mkdirSync(input, { recursive: true });
  const sample = readFileSync(path.join(root, 'input/ukrinform-coalition-summit.txt'), 'utf8');
  const lines = [];
  for (let i = 0; i < copies; i++) lines.push(JSON.stringify({ id: `copy-${i}`, text: sample.replace('Ukrinform', `Ukrinform ${i}`) }));
  writeFileSync(path.join(input, `copies-${copies}.jsonl`), lines.join('\n') + '\n');
  const t = performance.now();
  await runBatch({ config: defaultConfig, input: path.join(input, `copies-${copies}.jsonl`), output });
  console.log(`built a ledger of ${copies} articles in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
const ledger = path.join(output, 'ledger.jsonl');
const mb = statSync(ledger).size / 1e6;
const key = parseVerifier(readFileSync(path.join(output, 'keys/ed25519.pub'), 'utf8'));
// best of three runs each, one thread and split over two threads (`claimledger verify` splits on three cores or more)
const time = async (fn) => { let best = Infinity, r; for (let i = 0; i < 3; i++) { const t = performance.now(); r = await fn(); best = Math.min(best, (performance.now() - t) / 1000); } return [r, best]; };
const [r1, s1] = await time(() => verifyLedger({ ledger, key }));
const [r2, s2] = await time(() => verifyLedgerParallel({ ledger, key, threads: 2 }));
console.log(`verify, one thread:  ${r1.status} ${r1.entries ?? ''} entries, ${mb.toFixed(1)} MB in ${s1.toFixed(2)} s = ${(mb / s1).toFixed(1)} MB/s`);
console.log(`verify, two threads: ${r2.status} ${r2.entries ?? ''} entries, ${mb.toFixed(1)} MB in ${s2.toFixed(2)} s = ${(mb / s2).toFixed(1)} MB/s (target 100)`);
