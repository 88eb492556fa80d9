#!/usr/bin/env node
// Queue mode against local mode, in one run on the same articles (N unique copies of the sample
// article, about 20 KB of text each): articles/s for a local run with 2 worker threads, and for the
// sequencer with 1 and with 2 worker processes (one thread each) on this machine, through a Redis
// started here; the queue's cost per article; and how many prepared articles per second one sequencer
// appends (`claimledger append` of results worked beforehand), which bounds a cluster of any size.
// Usage: node bench/queue.mjs [N]   (default 400)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBatch } from '../dist/run.js';
import { defaultConfig } from '../dist/config.js';
import { queueRunner } from '../dist/queue/runner.js';
import { resultItems, workManifest, writeManifest } from '../dist/contract.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.argv[2] ?? 400);
const dir = path.join(root, 'output/bench/queue');
process.env.CLAIMLEDGER_KEY_DIR ??= path.join(dir, 'keys');
const cli = path.join(root, 'dist/cli/main.js');
const redisBin = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
if (!redisBin) { console.log('bench:queue needs redis-server (apt-get install -y --no-install-recommends redis-server): skipped'); process.exit(0); }

mkdirSync(dir, { recursive: true });
const input = path.join(dir, `copies-${N}.jsonl`);
if (!existsSync(input)) {
  const sample = readFileSync(path.join(root, 'input/ukrinform-coalition-summit.txt'), 'utf8');
  writeFileSync(input, Array.from({ length: N }, (_, i) => JSON.stringify({ id: `copy-${i}`, text: sample.replace('Ukrinform', `Ukrinform ${i}`) })).join('\n') + '\n');
}
const port = await new Promise((resolve) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); }); });
const redis = spawn(redisBin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const fresh = (name) => { const d = path.join(dir, name); rmSync(d, { recursive: true, force: true }); return d; };
const secs = async (f) => { const t = performance.now(); await f(); return (performance.now() - t) / 1000; };

const rows = [];
try {
  const local = await secs(() => runBatch({ config: defaultConfig, input, output: fresh('local-2'), workers: 2 }));
  rows.push(['local, 2 worker threads', local]);
  for (const [db, procs] of [[1, 1], [2, 2]]) {
    const url = `redis://127.0.0.1:${port}/${db}`;
    const workers = Array.from({ length: procs }, () => spawn(process.execPath, [cli, 'worker', '--queue', url, '--concurrency', '1'], { stdio: 'ignore' }));
    await new Promise((r) => setTimeout(r, 1500)); // the workers load the pipeline
    const t = await secs(() => runBatch({ config: defaultConfig, input, output: fresh(`queue-${procs}`), runner: queueRunner({ url }) }));
    rows.push([`queue, ${procs} worker process${procs > 1 ? 'es' : ''} (1 thread each)`, t]);
    for (const w of workers) w.kill('SIGKILL');
  }
  // the sequencer's own rate: results prepared beforehand, appended
  const m = await writeManifest({ inputs: [input], shards: 1, dir: fresh('manifest'), config: defaultConfig });
  const results = path.join(dir, 'results.jsonl');
  rmSync(results, { force: true });
  await workManifest({ from: m.files[0], to: results, config: defaultConfig, workers: 2 });
  const append = await secs(() => runBatch({ config: defaultConfig, input: [], output: fresh('append'), items: resultItems([results], defaultConfig), workers: 0 }));
  const localRate = N / local;
  console.log(`${N} articles (copies of the sample article, ${Math.round(readFileSync(input).length / N / 1024)} KB of JSONL each)\n`);
  console.log('mode                                          seconds  articles/s  × local');
  for (const [name, t] of rows) console.log(`${name.padEnd(44)} ${t.toFixed(2).padStart(8)}  ${(N / t).toFixed(1).padStart(10)}  ${(localRate / (N / t) === 1 ? 1 : (N / t) / localRate).toFixed(2).padStart(7)}`);
  const q2 = rows[2][1];
  console.log(`\nqueue cost per article (2 processes against 2 threads): ${(((q2 - local) / N) * 1000).toFixed(2)} ms; target: queue with 2 ≥ 0.85× local with 2: ${(local / q2).toFixed(2)}×`);
  console.log(`one sequencer appends ${(N / append).toFixed(0)} prepared articles/s (append of worked results: ${append.toFixed(2)} s)`);
} finally {
  redis.kill('SIGTERM');
}
process.exit(0);
