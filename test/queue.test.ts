// The pipeline on many machines: BullMQ on a real Redis (started here on a spare port, no persistence),
// worker processes, the sequencer, and the file contract. The ledger must be byte-identical to a local
// run's. Skips with a message where redis-server is absent (.ci/run installs it). The sequencer killed
// at five points and Redis stopped mid-run are in test/slow/queue.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig } from '../src/config.js';
import { parseVerifier } from '../src/ledger/sign.js';
import { verifyLedger } from '../src/ledger/verify.js';
import { runBatch } from '../src/run.js';
import { parseQueueUrl } from '../src/queue/redis.js';
import { pinnedKeyFile } from './helpers.js';
import { cli, corpus, redisMissing, startRedis, until, type RedisServer } from './queue-helpers.js';

const N = 300;
let input: string;
let local: string;
const tmp = (p: string) => mkdtempSync(path.join(tmpdir(), `claimledger-${p}-`));
const sources = (out: string) => (existsSync(path.join(out, 'ledger.jsonl')) ? readFileSync(path.join(out, 'ledger.jsonl'), 'utf8').split('\n').filter((l) => l.includes('"type":"source"')).length : 0);
const key = () => parseVerifier(readFileSync(pinnedKeyFile(), 'utf8'));

beforeAll(async () => {
  input = corpus(N);
  const out = tmp('queue-local');
  const s = await runBatch({ config: defaultConfig, input, output: out, workers: 2 });
  expect(s.processed).toBe(N);
  local = readFileSync(path.join(out, 'ledger.jsonl'), 'utf8');
}, 120_000);

describe('queue URLs', () => {
  it.each([
    ['redis://127.0.0.1:6380/2', { host: '127.0.0.1', port: 6380, db: 2 }, 'claimledger'],
    ['redis://:s3cret@cache.example:6379/0?queue=nightly', { host: 'cache.example', port: 6379, db: 0, password: 's3cret' }, 'nightly'],
    ['redis://localhost', { host: 'localhost', port: 6379, db: 0 }, 'claimledger'],
  ])('%s', (url, connection, name) => {
    const a = parseQueueUrl(url);
    expect(a.connection).toMatchObject(connection);
    expect(a.name).toBe(name);
  });
  it.each(['http://127.0.0.1:6379', 'redis://127.0.0.1:6379/99', 'redis://h/0?queue=a b', 'not a url'])('refuses %s', (url) => {
    expect(() => parseQueueUrl(url)).toThrow(/--queue|database|queue name/);
  });
});

describe('the file contract', () => {
  it('3 shards worked separately and appended give the ledger a local run writes', async () => {
    const dir = tmp('contract');
    const m = await cli(['manifest', input, '--shards', '3', '--to', path.join(dir, 'manifests')]).done;
    expect(m.code, m.stderr).toBe(0);
    expect(JSON.parse(m.stdout)).toMatchObject({ inputs: N });
    const manifests = readdirSync(path.join(dir, 'manifests')).sort();
    expect(manifests).toHaveLength(3);
    // each shard on its own (as three machines would), one of them in two goes (cut short, then finished)
    const results = manifests.map((f, i) => path.join(dir, `results-${i}.jsonl`));
    await Promise.all(manifests.map(async (f, i) => {
      const r = await cli(['work', '--from', path.join(dir, 'manifests', f), '--to', results[i], '-w', '1']).done;
      expect(r.code, r.stderr).toBe(0);
    }));
    // a missing shard: refused before anything past the gap is appended
    const out = path.join(dir, 'output');
    const gap = await cli(['append', '--from', results[0], results[2], '-o', out]).done;
    expect(gap.code).toBe(64);
    expect(gap.stderr).toMatch(/no result for input 1 .*a shard is missing or unfinished/);
    const a = await cli(['append', '--from', results[2], results[0], results[1], '-o', out]).done;
    expect(a.code, a.stderr).toBe(0);
    expect(readFileSync(path.join(out, 'ledger.jsonl'), 'utf8')).toBe(local);
    expect(verifyLedger({ ledger: path.join(out, 'ledger.jsonl'), key: key() })).toMatchObject({ status: 'valid' });
    // appending again adds nothing
    const again = await cli(['append', '--from', ...results, '-o', out]).done;
    expect(JSON.parse(again.stdout)).toMatchObject({ processed: 0, skipped: N });
  }, 180_000);
});

describe.skipIf(redisMissing)('BullMQ on Redis', () => {
  let redis: RedisServer;
  beforeAll(async () => { redis = await startRedis(); });
  afterAll(async () => { await redis?.stop(); });

  it('2 worker processes over 300 articles: the ledger is byte-identical to a local run\'s and verifies', async () => {
    const url = redis.url(1);
    const workers = [cli(['worker', '--queue', url, '--concurrency', '1']), cli(['worker', '--queue', url, '--concurrency', '1'])];
    try {
      const out = tmp('queue-two');
      const r = await cli(['run', input, '--queue', url, '-o', out]).done;
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout.trim().split('\n').pop()!)).toMatchObject({ processed: N, rejected: 0 });
      expect(readFileSync(path.join(out, 'ledger.jsonl'), 'utf8')).toBe(local);
      expect(verifyLedger({ ledger: path.join(out, 'ledger.jsonl'), key: key() })).toMatchObject({ status: 'valid' });
      expect(readdirSync(path.join(out, 'articles'))).toHaveLength(N);
      // a rerun finds everything in the ledger and enqueues nothing
      const again = await cli(['run', input, '--queue', url, '-o', out]).done;
      expect(JSON.parse(again.stdout.trim().split('\n').pop()!)).toMatchObject({ processed: 0, skipped: N });
    } finally { for (const w of workers) w.child.kill('SIGTERM'); await Promise.all(workers.map((w) => w.done)); }
  }, 180_000);

  it('a worker killed with SIGKILL mid-run: its jobs run again on the other, every article lands exactly once', async () => {
    const url = redis.url(2);
    const a = cli(['worker', '--queue', url, '--concurrency', '1', '--lock', '2']);
    const b = cli(['worker', '--queue', url, '--concurrency', '1', '--lock', '2']);
    try {
      const out = tmp('queue-kill-worker');
      const run = cli(['run', input, '--queue', url, '-o', out]);
      await until(() => sources(out) >= 40, 120_000, '40 articles in the ledger');
      a.child.kill('SIGKILL');
      const r = await run.done;
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(path.join(out, 'ledger.jsonl'), 'utf8')).toBe(local);
    } finally { a.child.kill('SIGKILL'); b.child.kill('SIGTERM'); await Promise.all([a.done, b.done]); }
  }, 180_000);

  it('one sequencer per queue: a second is refused with who holds it; one killed is taken over by the next', async () => {
    const url = redis.url(3);
    const first = cli(['run', input, '--queue', url, '-o', tmp('queue-first')]); // no workers: it waits
    const { Redis } = await import('ioredis');
    const r = new Redis({ port: redis.port, host: '127.0.0.1', db: 3 });
    try {
      await until(async () => (await r.get('claimledger:claimledger:sequencer')) !== null, 30_000, 'the first sequencer\'s claim');
      const second = await cli(['run', input, '--queue', url, '-o', tmp('queue-second')]).done;
      expect(second.code).toBe(5);
      expect(second.stderr).toMatch(/QUEUE_BUSY: queue claimledger at redis:\/\/127\.0\.0\.1:\d+\/3 has a sequencer already: pid \d+ on .* writing .*queue-first/);
      first.child.kill('SIGKILL');
      await first.done;
      const w = cli(['worker', '--queue', url, '--concurrency', '2']);
      try {
        const out = tmp('queue-third');
        const third = await cli(['run', input, '--queue', url, '-o', out]).done;
        expect(third.code, third.stderr).toBe(0);
        expect(third.stderr).toMatch(/took over the claim of a sequencer that is gone/);
        expect(readFileSync(path.join(out, 'ledger.jsonl'), 'utf8')).toBe(local);
      } finally { w.child.kill('SIGTERM'); await w.done; }
    } finally { first.child.kill('SIGKILL'); r.disconnect(); }
  }, 180_000);

  it('Redis that cannot be reached: a clear message, exit 69, nothing written', async () => {
    const out = tmp('queue-nothing');
    const r = await cli(['run', input, '--queue', 'redis://127.0.0.1:9/0', '-o', out]).done;
    expect(r.code).toBe(69);
    expect(r.stderr).toMatch(/QUEUE_DOWN: cannot reach Redis at redis:\/\/127\.0\.0\.1:9\/0/);
    expect(sources(out)).toBe(0);
  }, 60_000);
});
