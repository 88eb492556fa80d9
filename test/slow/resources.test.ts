// Memory on over-long input: a JSONL line of 200 MB is refused as TOO_LARGE as soon as it passes the
// limit, without being held (it took 1.66 GB when lines were buffered whole), and the next line is read.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli/main.js');

describe('a 200 MB JSONL line', () => {
  it('is refused with bounded memory, and the next line goes in', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimledger-long-line-'));
    const file = path.join(dir, 'batch.jsonl');
    const fd = openSync(file, 'w');
    writeSync(fd, '{"id":"huge","text":"');
    const block = Buffer.alloc(1 << 20, 0x61);
    for (let i = 0; i < 200; i++) writeSync(fd, block);
    writeSync(fd, '"}\n{"id":"ok","text":"“We will finish the bridge by May,” the mayor said on Monday."}\n');
    closeSync(fd);
    const r = spawnSync(process.execPath, [cli, 'run', file, '-o', path.join(dir, 'out'), '--workers', '1'], { encoding: 'utf8', cwd: root });
    expect(r.status, r.stderr).toBe(3);
    const summary = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(summary).toMatchObject({ processed: 1, rejects: { TOO_LARGE: 1 } });
    expect(summary.maxRssMb).toBeLessThan(400);
    expect(readFileSync(path.join(dir, 'out', 'rejects.jsonl'), 'utf8')).toMatch(/batch.jsonl:1 is 2097152\d\d bytes, over the limit/);
  }, 300_000);
});
