#!/usr/bin/env node
// verify throughput on a ledger built from real pages (issue 19): `claimledger verify` as a user runs
// it (a new process, cold, its threads chosen by itself) against the floor of any line verifier, a
// process whose two threads only split their half of the ledger into lines, JSON.parse each line and
// SHA-256 it. Both are whole processes timed from spawn to exit, run alternately (this machine's
// speed drifts by a third within minutes), and the rows give the medians.
// The ledger: `claimledger run` over N distinct copies of the page set (bench/common.mjs: the shared dev
// pages by default, or --pages DIR), built once and kept in output/bench/verify.
// Usage: node bench/verify.mjs [--pages DIR ...] [--articles 5000] [--repeat 3]
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { hash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { corpus, nodeProcess, pageDirs, readPages, root } from './common.mjs';

const here = fileURLToPath(import.meta.url);

if (!isMainThread) {
  // the floor, one thread: lines of bytes [start, end), each parsed and hashed; nothing else
  const { file, start, end } = workerData;
  const fd = openSync(file, 'r');
  let buf = Buffer.allocUnsafe(4 << 20), have = 0, lines = 0, x = 0;
  for (let pos = start; pos < end;) {
    if (have === buf.length) { const b = Buffer.allocUnsafe(buf.length * 2); buf.copy(b, 0, 0, have); buf = b; }
    const n = readSync(fd, buf, have, Math.min(buf.length - have, end - pos), pos);
    if (n <= 0) break;
    pos += n;
    const filled = have + n;
    let from = 0;
    for (let to = buf.indexOf(10, from); to >= 0 && to < filled; to = buf.indexOf(10, from)) {
      const entry = JSON.parse(buf.toString('utf8', from, to));
      x ^= hash('sha256', buf.subarray(from, to), 'buffer')[0] ^ (entry.seq & 1);
      lines++;
      from = to + 1;
    }
    buf.copy(buf, 0, from, filled);
    have = filled - from;
  }
  closeSync(fd);
  parentPort.postMessage({ lines, x });
} else if (process.argv[2] === '--floor') {
  // the floor's process: two threads, one half of the file each (split at a line's end)
  const file = process.argv[3];
  const size = statSync(file).size;
  const fd = openSync(file, 'r');
  const win = Buffer.alloc(1 << 16);
  const n = readSync(fd, win, 0, win.length, Math.floor(size / 2));
  closeSync(fd);
  const mid = Math.floor(size / 2) + win.subarray(0, n).indexOf(10) + 1;
  const halves = [[0, mid], [mid, size]].map(([start, end]) => new Promise((resolve, reject) => {
    const w = new Worker(here, { workerData: { file, start, end } });
    w.once('message', resolve);
    w.once('error', reject);
  }));
  const done = await Promise.all(halves);
  process.stdout.write(JSON.stringify({ lines: done.reduce((a, d) => a + d.lines, 0) }) + '\n');
} else {
  const argv = process.argv.slice(2);
  const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
  const dirs = pageDirs(argv);
  if (!dirs) process.exit(0);
  const N = Number(opt('--articles', 5000));
  const REPEAT = Math.max(1, Number(opt('--repeat', 3)));
  const dir = path.join(root, 'output/bench/verify');
  const keyDir = path.join(dir, 'keys');
  const cli = path.join(root, 'dist/cli/main.js');
  const input = corpus(dir, dirs, readPages(dirs), N);
  const out = input.replace(/\.jsonl$/, '-ledger');
  const ledger = path.join(out, 'ledger.jsonl');
  const env = { ...process.env, CLAIMLEDGER_KEY_DIR: keyDir };
  /** a whole process from spawn to exit: wall seconds and its stdout */
  const proc = (args) => nodeProcess(['--single-threaded-gc', ...args], { env });
  if (!existsSync(path.join(out, 'checkpoint'))) {
    console.log(`building the ledger: claimledger run over ${N} copies of ${dirs.join(', ')} …`);
    const r = await proc([cli, 'run', input, '-o', out, '--workers', '2', '--json']);
    console.log(`built in ${r.seconds.toFixed(1)} s`);
  }
  const { loadConfig } = await import('../dist/config.js');
  const { defaultKeyFile } = await import('../dist/ledger/keys.js');
  const pub = defaultKeyFile(loadConfig(path.join(root, 'pipeline.config.json')).ledger.origin, env).replace(/\.key$/, '.pub');
  const mb = statSync(ledger).size / 1e6;
  const bytes = readFileSync(ledger);
  let entries = 0;
  for (let p = bytes.indexOf(10); p >= 0; p = bytes.indexOf(10, p + 1)) entries++;
  const cs = [], fs = [];
  for (let k = 0; k < REPEAT; k++) {
    const c = await proc([cli, 'verify', '-l', ledger, '-k', pub]);
    if (!c.out.startsWith('valid')) throw new Error(`verify: ${c.out}`);
    cs.push(c.seconds);
    const f = await proc([here, '--floor', ledger]);
    if (JSON.parse(f.out).lines !== entries) throw new Error(`floor: ${f.out}`);
    fs.push(f.seconds);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  console.log(`ledger: ${mb.toFixed(1)} MB, ${entries} entries, from ${N} distinct copies of ${dirs.join(', ')}`);
  console.log(`whole processes from spawn to exit, alternating; medians of ${REPEAT} runs (each run's MB/s in brackets)\n`);
  const row = (name, xs) => console.log(`${name.padEnd(58)} ${(mb / median(xs)).toFixed(1).padStart(6)} MB/s   (${xs.map((s) => (mb / s).toFixed(0)).join(', ')})`);
  row('claimledger verify (every check, threads it chooses)', cs);
  row('floor: 2 threads that split, JSON.parse and hash each line', fs);
  console.log(`\nverify / floor: ${(median(fs) / median(cs)).toFixed(2)}; target: verify ≥ 100 MB/s on a ledger of ≥ 100 MB from real pages (this one)`);
}
