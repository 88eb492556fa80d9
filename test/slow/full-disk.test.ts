// A full disk (here: a file size limit, `ulimit -f`, which fails writes with EFBIG as a full disk fails
// them with ENOSPC) in the middle of a run: the ledger keeps whole articles only, the run says why and
// exits 74, and a rerun with room ends with exactly the ledger of a run that never failed.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli/main.js');

/** n short articles, each with a few quotations and reported statements */
function corpus(dir: string, n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = [`Harbour works, part ${i}`,
      `“We will finish bridge number ${i} by May,” the mayor said on Monday.`,
      `The council approved the plan with ${i + 3} votes, officials said. Engineers said the cost would reach ${i + 2} million euros.`,
      `“Nobody expected the delay,” said Ana Ruiz, a council member. “We lost ${i % 7 + 1} weeks to the storms.”`].join('\n\n');
    lines.push(JSON.stringify({ id: `art-${i}`, text }));
  }
  const file = path.join(dir, 'batch.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

const run = (input: string, output: string, limitKb?: number) => spawnSync('bash', ['-c', `${limitKb ? `ulimit -f ${limitKb}; ` : ''}exec "$0" "$@"`, process.execPath, cli, 'run', input, '-o', output, '--workers', '2'], { encoding: 'utf8', cwd: root });
const verify = (output: string) => spawnSync(process.execPath, [cli, 'verify', '-l', path.join(output, 'ledger.jsonl'), '--key', path.join(process.env.CLAIMLEDGER_KEY_DIR!, 'claimledger.local_ledger.pub'), '--json'], { encoding: 'utf8', cwd: root });

describe('a full disk mid-run', () => {
  it('keeps whole articles, exits 74 with the reason, and a rerun ends with the clean ledger', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimledger-full-'));
    const input = corpus(dir, 80);
    const clean = path.join(dir, 'clean');
    expect(run(input, clean).status).toBe(0);
    const ledgerBytes = statSync(path.join(clean, 'ledger.jsonl')).size;
    const biggestRecord = Math.max(...readdirSync(path.join(clean, 'articles')).map((f) => statSync(path.join(clean, 'articles', f)).size));
    // a limit every record and text fits under, but the growing ledger passes mid-run
    const limitKb = Math.ceil(biggestRecord / 1024) + 4;
    expect(limitKb * 1024 * 3).toBeLessThan(ledgerBytes);

    const full = path.join(dir, 'full');
    const r = run(input, full, limitKb);
    expect(r.status, r.stderr).toBe(74);
    expect(r.stderr).toMatch(/file size limit was reached \(EFBIG\); nothing of it was kept/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    // what landed is whole articles, signed
    expect(JSON.parse(verify(full).stdout)).toMatchObject({ status: 'valid' });
    const partial = readFileSync(path.join(full, 'ledger.jsonl'), 'utf8');
    expect(partial.length).toBeGreaterThan(0);
    expect(readFileSync(path.join(clean, 'ledger.jsonl'), 'utf8').startsWith(partial)).toBe(true);

    const again = run(input, full);
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(path.join(full, 'ledger.jsonl'), 'utf8')).toBe(readFileSync(path.join(clean, 'ledger.jsonl'), 'utf8'));
    expect(readdirSync(path.join(full, 'articles')).sort()).toEqual(readdirSync(path.join(clean, 'articles')).sort());
  }, 300_000);
});
