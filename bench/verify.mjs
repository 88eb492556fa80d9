#!/usr/bin/env node
// verify throughput: builds ledgers from N unique copies of the sample article (once each; kept in
// output/bench/verify), then times verification three ways and prints MB/s (best of three runs each):
//   cli        `claimledger verify` as a user runs it: a new process, cold, threads chosen by itself
//   1 thread   verifyLedger in this process, warm (runs 2 and 3 reuse the compiled code)
//   2 workers  verifyLedgerParallel in this process: two new worker threads each run (so cold)
// Usage: node bench/verify.mjs [copies ...]   (default: 400 2000, a 47.5 MB and a 238 MB ledger)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBatch } from '../dist/run.js';
import { verifyLedger, verifyLedgerParallel } from '../dist/ledger/verify.js';
import { parseVerifier } from '../dist/ledger/sign.js';
import { defaultConfig } from '../dist/config.js';
import { defaultKeyFile } from '../dist/ledger/keys.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sizes = process.argv.slice(2).map(Number);
const dir = path.join(root, 'output/bench/verify');
const cli = path.join(root, 'dist/cli/main.js');
// the bench's signing key lives in its own key folder, not the user's
process.env.CLAIMLEDGER_KEY_DIR ??= path.join(dir, 'keys');

async function ledgerOf(copies) {
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
  return output;
}

const best = async (fn) => { let b = Infinity, r; for (let i = 0; i < 3; i++) { const t = performance.now(); r = await fn(); b = Math.min(b, (performance.now() - t) / 1000); } return [r, b]; };
const rows = [];
for (const copies of sizes.length ? sizes : [400, 2000]) {
  const output = await ledgerOf(copies);
  const ledger = path.join(output, 'ledger.jsonl'), keyFile = existsSync(path.join(output, 'keys/ed25519.pub')) ? path.join(output, 'keys/ed25519.pub') : defaultKeyFile(defaultConfig.ledger.origin).replace(/\.key$/, '.pub');
  const mb = statSync(ledger).size / 1e6;
  const key = parseVerifier(readFileSync(keyFile, 'utf8'));
  // the CLI's own shebang flag (node --single-threaded-gc) applies when it runs as a program
  const [c, sc] = await best(() => execFileSync(cli, ['verify', '-l', ledger, '-k', keyFile], { encoding: 'utf8' }));
  const [r1, s1] = await best(() => verifyLedger({ ledger, key }));
  const [r2, s2] = await best(() => verifyLedgerParallel({ ledger, key, threads: 2 }));
  if (!c.startsWith('valid') || r1.status !== 'valid' || r2.status !== 'valid') throw new Error(`not valid: ${c} ${r1.status} ${r2.status}`);
  rows.push([copies, r1.entries, mb, mb / sc, mb / s1, mb / s2]);
}
console.log('articles  entries   ledger MB   cli (cold) MB/s   1 thread (warm) MB/s   2 workers (cold) MB/s   target 100');
for (const [copies, entries, mb, a, b, c] of rows) {
  console.log(`${String(copies).padStart(8)}  ${String(entries).padStart(7)}   ${mb.toFixed(1).padStart(9)}   ${a.toFixed(1).padStart(15)}   ${b.toFixed(1).padStart(20)}   ${c.toFixed(1).padStart(21)}`);
}
