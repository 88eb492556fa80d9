#!/usr/bin/env node
// What this machine gives a second thread, measured in one run: the same work on 1 and on 2 worker
// threads, for plain arithmetic (no allocation) and for JSON parsing (allocation, so garbage
// collection). It is the ceiling for any "2 workers ≥ N× 1 worker" target: the batch engine and the
// verifier allocate like the second kind. Usage: node bench/scaling.mjs
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

if (!isMainThread) {
  let x = 0;
  if (workerData === 'arithmetic') { for (let i = 0; i < 3e8; i++) x = (x + i * 7) % 1000003; }
  else {
    const s = JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ id: `c_${i}`, text: 'A claim’s words, with “quotes”. '.repeat(4) + i, span: [i, i + 40], speaker: { name: 'Ana Okafor', role: 'Mayor' } })));
    for (let i = 0; i < 300; i++) x += JSON.parse(s).length;
  }
  parentPort.postMessage(x);
} else {
  const run = (kind, n) => Promise.all(Array.from({ length: n }, () => new Promise((resolve, reject) => {
    const w = new Worker(new URL(import.meta.url), { workerData: kind });
    w.once('message', resolve); w.once('error', reject);
  })));
  for (const kind of ['arithmetic', 'JSON.parse']) {
    await run(kind, 1); // warm the file cache and the code cache
    let t = performance.now(); await run(kind, 1); const one = performance.now() - t;
    t = performance.now(); await run(kind, 2); const two = performance.now() - t;
    console.log(`${kind.padEnd(11)} 1 thread ${one.toFixed(0)} ms, 2 threads (twice the work) ${two.toFixed(0)} ms: a second thread gives ${((2 * one) / two).toFixed(2)}×`);
  }
}
