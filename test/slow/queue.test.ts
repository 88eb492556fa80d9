// The queue under failure: the sequencer killed with SIGKILL at five points and rerun, and Redis stopped
// mid-run and started again (no persistence: its queue is gone). Each time the ledger stays whole and a
// rerun gives exactly the local run's ledger. Skips where redis-server is absent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig } from '../../src/config.js';
import { parseVerifier } from '../../src/ledger/sign.js';
import { verifyLedger } from '../../src/ledger/verify.js';
import { runBatch } from '../../src/run.js';
import { pinnedKeyFile } from '../helpers.js';
import { cli, corpus, redisMissing, startRedis, until, type RedisServer } from '../queue-helpers.js';

const N = 300;
const tmp = (p: string) => mkdtempSync(path.join(tmpdir(), `claimledger-${p}-`));
const ledgerOf = (out: string) => (existsSync(path.join(out, 'ledger.jsonl')) ? readFileSync(path.join(out, 'ledger.jsonl'), 'utf8') : '');
const sources = (out: string) => ledgerOf(out).split('\n').filter((l) => l.includes('"type":"source"')).length;
const key = () => parseVerifier(readFileSync(pinnedKeyFile(), 'utf8'));

describe.skipIf(redisMissing)('the queue under failure', () => {
  let redis: RedisServer;
  let input: string;
  let local: string;
  beforeAll(async () => {
    redis = await startRedis();
    input = corpus(N);
    const out = tmp('queue-local');
    await runBatch({ config: defaultConfig, input, output: out, workers: 2 });
    local = ledgerOf(out);
  }, 120_000);
  afterAll(async () => { await redis?.stop(); });

  it('the sequencer killed with SIGKILL at 5 points and rerun each time: the same ledger as a local run', async () => {
    const url = redis.url(4);
    const w = cli(['worker', '--queue', url, '--concurrency', '2']);
    const out = tmp('queue-kill-sequencer');
    try {
      // at the start (before any article lands), then after 40, 100, 170 and 240 articles
      for (const at of [0, 40, 100, 170, 240]) {
        const run = cli(['run', input, '--queue', url, '-o', out]);
        if (at === 0) await until(() => run.err().includes('claimledger run: config') || existsSync(path.join(out, 'ledger.jsonl')), 30_000, 'the sequencer to start');
        else await until(() => sources(out) >= at, 120_000, `${at} articles in the ledger`);
        run.child.kill('SIGKILL');
        await run.done;
        // whatever the kill cut, the ledger's articles are whole (a torn tail is cut back by the next run)
      }
      const last = await cli(['run', input, '--queue', url, '-o', out]).done;
      expect(last.code, last.stderr).toBe(0);
      expect(ledgerOf(out)).toBe(local);
      expect(verifyLedger({ ledger: path.join(out, 'ledger.jsonl'), key: key() })).toMatchObject({ status: 'valid' });
    } finally { w.child.kill('SIGTERM'); await w.done; }
  }, 600_000);

  it('Redis stopped mid-run and started again: the run stops with a clear message, what landed verifies, a rerun completes', async () => {
    const url = redis.url(5);
    const w = cli(['worker', '--queue', url, '--concurrency', '2']);
    const out = tmp('queue-redis-down');
    try {
      const run = cli(['run', input, '--queue', url, '--queue-down', '3', '-o', out]);
      await until(() => sources(out) >= 60, 120_000, '60 articles in the ledger');
      await redis.stop();
      const r = await run.done;
      expect(r.code).toBe(69);
      expect(r.stderr).toMatch(/QUEUE_(DOWN|LOST): .*Stopped: what landed .* is whole and signed|QUEUE_(DOWN|LOST): .*Stopped: what landed is whole and signed/);
      const landed = sources(out);
      expect(landed).toBeLessThan(N);
      expect(verifyLedger({ ledger: path.join(out, 'ledger.jsonl'), key: key() })).toMatchObject({ status: 'valid' });
      await redis.start(); // empty: its queue is gone
      const again = await cli(['run', input, '--queue', url, '-o', out]).done; // the worker reconnects by itself
      expect(again.code, again.stderr).toBe(0);
      expect(JSON.parse(again.stdout.trim().split('\n').pop()!)).toMatchObject({ skipped: landed, processed: N - landed });
      expect(ledgerOf(out)).toBe(local);
    } finally { w.child.kill('SIGTERM'); await w.done; }
  }, 600_000);
});
