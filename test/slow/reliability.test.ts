// Reliability (npm run test:slow): SIGKILL at random points of a 300-article run, rerun each time;
// the final ledger verifies and is byte-identical to a clean run's. Adversarial files in one run.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli/main.js');
// the verifier key of the default origin, in this test run's key folder (vitest.slow.config.ts)
const pub = path.join(process.env.CLAIMLEDGER_KEY_DIR!, 'claimledger.local_ledger.pub');
const sample = readFileSync(path.join(root, 'input/ukrinform-coalition-summit.txt'), 'utf8');

function corpus(dir: string, n: number): string {
  const file = path.join(dir, 'batch.jsonl');
  const paragraphs = sample.split('\n\n');
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    // each article a different slice of the sample, made unique
    const from = (i * 7) % (paragraphs.length - 12);
    lines.push(JSON.stringify({ id: `art-${i}`, text: [`Story number ${i}`, ...paragraphs.slice(from, from + 12)].join('\n\n') }));
  }
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

const run = (input: string, output: string) => spawnSync(process.execPath, [cli, 'run', input, '-o', output, '--workers', '2'], { encoding: 'utf8' });
const verify = (output: string) => spawnSync(process.execPath, [cli, 'verify', '-l', path.join(output, 'ledger.jsonl'), '--key', pub], { encoding: 'utf8' });

describe('crash safety', () => {
  it('survives SIGKILL at 10 random points and ends with exactly the clean run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimledger-kill-'));
    const input = corpus(dir, 300);
    const clean = path.join(dir, 'clean');
    const t0 = performance.now();
    expect(run(input, clean).status).toBe(0);
    const cleanMs = performance.now() - t0; // the kills land at random points of a run this long
    const killed = path.join(dir, 'killed');
    let seed = 12345;
    const rand = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    for (let k = 0; k < 10; k++) {
      const child = spawn(process.execPath, [cli, 'run', input, '-o', killed, '--workers', '2'], { stdio: 'ignore' });
      const exited = new Promise((r) => child.on('exit', r)); // listening from the start: a run may end before its kill
      await new Promise((r) => setTimeout(r, 150 + rand() * cleanMs));
      child.kill('SIGKILL');
      await exited;
      try { writeFileSync(path.join(killed, '.lock'), '999999999'); } catch { /* a dead pid: the next run takes the lock over */ }
    }
    const last = run(input, killed);
    expect(last.status).toBe(0);
    expect(verify(killed).status).toBe(0);
    expect(readFileSync(path.join(killed, 'ledger.jsonl'), 'utf8')).toBe(readFileSync(path.join(clean, 'ledger.jsonl'), 'utf8'));
  }, 600_000);
});

describe('adversarial inputs in one run', () => {
  it('each gets its reject code or a record, and the run completes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimledger-adv-'));
    const input = path.join(dir, 'input');
    mkdirSync(input);
    writeFileSync(path.join(input, 'deep.html'), '<html><body>' + '<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000) + '</body></html>');
    writeFileSync(path.join(input, 'huge.html'), '<html><body>' + '<p>Filler paragraph text, repeated.</p>'.repeat(900_000) + '</body></html>');
    writeFileSync(path.join(input, 'bad-utf8.txt'), Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x20, 0x74, 0x68, 0x65, 0x72, 0x65]));
    writeFileSync(path.join(input, 'cp1252.html'), Buffer.from('<html><body><article><p>\u201cWe will rebuild the bridge by May,\u201d the mayor said on Monday, speaking to caf\u00e9 owners.</p><p>The council approved the plan with 12 votes to 3 after a long debate.</p></article></body></html>'.replace(/[\u201c\u201d]/g, (c) => (c === '\u201c' ? '\x93' : '\x94')), 'latin1'));
    writeFileSync(path.join(input, 'image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(path.join(input, 'empty.txt'), '');
    writeFileSync(path.join(input, 'lines.jsonl'), '{"id":"ok","text":"Headline\\n\\nThe mayor said that the bridge will reopen in May after repairs.\\n\\nMore text follows."}\n{"id":"broken", "text": \n');
    const out = path.join(dir, 'output');
    const r = run(input, out);
    expect(r.status).toBe(3);
    const rejects = readFileSync(path.join(out, 'rejects.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const byFile = Object.fromEntries(rejects.map((x) => [path.basename(x.input).replace(/:\d+$/, ''), x.code]));
    expect(byFile).toMatchObject({ 'deep.html': 'TOO_DEEP', 'huge.html': 'TOO_LARGE', 'bad-utf8.txt': 'UNDECODABLE', 'image.html': 'BINARY', 'empty.txt': 'EMPTY', 'lines.jsonl': 'BAD_JSONL_LINE' });
    const summary = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(summary.processed).toBe(2); // cp1252.html and the good JSONL line
    const recordFile = readdirSync(path.join(out, 'articles')).find((f) => f.startsWith('cp1252.html-'))!; // <slug>-<hash of the id>.json
    const record = JSON.parse(readFileSync(path.join(out, 'articles', recordFile), 'utf8'));
    expect(record.text).toContain('café owners');
    expect(record.claims.some((c: { type: string; speaker: { name: string } | null }) => c.type === 'direct')).toBe(true);
    expect(existsSync(path.join(out, 'checkpoint'))).toBe(true);
  }, 120_000);
});
