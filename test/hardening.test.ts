// Issue 15's cases: what a full disk, a race between workers, a second run, a mistyped flag or a
// hostile article must not do. Each test names the failure it guards against.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBatch } from '../src/run.js';
import { defaultConfig } from '../src/config.js';

const tmp = (name: string) => mkdtempSync(path.join(tmpdir(), `claimledger-${name}-`));

describe('two workers storing the same text (a syndicated story)', () => {
  it('give the same ledger, byte for byte, as one worker, with nothing rejected', async () => {
    const dir = tmp('same-text');
    // pages that differ in their furniture only: different raw bytes, the same frozen text
    const page = (i: number) => `<html><head><title>Harbour works</title></head><body><nav><a href="/">Outlet ${i} home</a></nav><article><h1>Harbour works</h1><p>“We will finish the bridge by May,” the mayor said on Monday.</p><p>The council approved the plan with 12 votes, officials said.</p></article><footer>© Outlet ${i}</footer></body></html>`;
    const input = path.join(dir, 'copies.jsonl');
    writeFileSync(input, Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `outlet-${i}`, html: page(i) })).join('\n') + '\n');
    const one = await runBatch({ config: defaultConfig, input, output: path.join(dir, 'one'), workers: 1 });
    const two = await runBatch({ config: defaultConfig, input, output: path.join(dir, 'two'), workers: 2 });
    expect(one).toMatchObject({ processed: 200, rejected: 0 });
    expect(two).toMatchObject({ processed: 200, rejected: 0 });
    expect(readFileSync(path.join(dir, 'two', 'ledger.jsonl'), 'utf8')).toBe(readFileSync(path.join(dir, 'one', 'ledger.jsonl'), 'utf8'));
    expect(readdirSync(path.join(dir, 'two', 'texts'))).toHaveLength(1); // no temporary file left behind
  }, 60_000);
});

describe('storeText from two threads at once', () => {
  it('both succeed on every one of 400 fresh folders, with one file of the right bytes each', async () => {
    const { Worker } = await import('node:worker_threads');
    const dir = tmp('store-race');
    const text = 'The same frozen text, stored by two writers at once.\n'.repeat(2000);
    const { sha256Hex } = await import('../src/hash.js');
    const sha256Text = sha256Hex(text);
    const dist = new URL('../dist/ledger/append.js', import.meta.url).href;
    // each thread stores the text into folders 0..399 in the same order, racing the other on each
    const code = `
      const { workerData, parentPort } = require('node:worker_threads');
      import(workerData.dist).then(({ storeText }) => {
        let failed = 0;
        for (let i = 0; i < 400; i++) { try { storeText(workerData.dir + '/' + i, { sha256Text: workerData.sha, text: workerData.text }); } catch (e) { failed++; } }
        parentPort.postMessage(failed);
      });`;
    const run = () => new Promise<number>((resolve, reject) => {
      const w = new Worker(code, { eval: true, workerData: { dist, dir, sha: sha256Text, text } });
      w.once('message', resolve); w.once('error', reject);
    });
    const failures = await Promise.all([run(), run()]);
    expect(failures).toEqual([0, 0]);
    for (let i = 0; i < 400; i++) {
      const files = readdirSync(path.join(dir, String(i)));
      expect(files).toEqual([`${sha256Text}.txt`]);
      expect(readFileSync(path.join(dir, String(i), files[0]), 'utf8')).toBe(text);
    }
  }, 60_000);
});
