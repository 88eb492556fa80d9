// Helpers for the queue tests: a real Redis started on 127.0.0.1 and a spare port with no persistence
// (stopped at the end), a corpus of distinct articles, and the CLI as child processes.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const root = path.resolve(__dirname, '..');
export const cliPath = path.join(root, 'dist', 'cli', 'main.js');
export const REDIS = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((f) => existsSync(f)) ?? (spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim() || undefined);
export const redisMissing = !REDIS;
if (redisMissing) console.warn('queue tests skipped: redis-server is not installed (apt-get install -y --no-install-recommends redis-server)');

export async function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => resolve(port)); });
  });
}

export interface RedisServer { url: (db?: number) => string; port: number; stop(): Promise<void>; start(): Promise<void> }

/** A Redis of the test's own: 127.0.0.1, a spare port, no snapshots, no append-only file. */
export async function startRedis(): Promise<RedisServer> {
  const port = await sparePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(REDIS!, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      const r = spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' });
      if (r.stdout?.trim() === 'PONG') return;
      if (r.error) { await ping(port); return; } // no redis-cli: try the socket
      await new Promise((res) => setTimeout(res, 50));
    }
    throw new Error(`redis-server did not start on port ${port}`);
  };
  const stop = async () => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((res) => { c.once('exit', () => res()); c.kill('SIGTERM'); });
  };
  await start();
  return { port, url: (db = 0) => `redis://127.0.0.1:${port}/${db}`, stop, start };
}

async function ping(port: number): Promise<void> {
  const { Redis } = await import('ioredis');
  for (let i = 0; i < 100; i++) {
    const r = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try { await r.connect(); await r.ping(); r.disconnect(); return; } catch { r.disconnect(); await new Promise((res) => setTimeout(res, 50)); }
  }
  throw new Error(`redis-server did not start on port ${port}`);
}

/** n distinct short articles as one JSONL file (quotes, reported speech, numbers). */
export function corpus(n: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimledger-queue-corpus-'));
  const first = ['Ana', 'Tomas', 'Grace', 'Omar', 'Lena', 'Paul', 'Ines', 'Karim'];
  const last = ['Okafor', 'Lindqvist', 'Moreau', 'Haddad', 'Novak', 'Brennan', 'Castillo', 'Tanaka', 'Petrov'];
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = `${first[i % first.length]} ${last[(i * 7) % last.length]}`;
    const b = `${first[(i + 3) % first.length]} ${last[(i * 5 + 2) % last.length]}`;
    const text = [
      `Council vote number ${i} on the harbour budget`,
      `The council approved ${i + 12} million dollars for the harbour on Tuesday, the ${i % 28 + 1}th vote this year.`,
      `“We will finish pier ${i} before the storms of ${2027 + (i % 5)},” said Mayor ${a}.`,
      `${b}, who leads the opposition, said the plan for pier ${i} would cost ${i * 3 + 7} percent more than promised.`,
      `“Nobody has seen the figures for berth ${i},” ${b.split(' ')[1]} added.`,
    ].join('\n\n');
    lines.push(JSON.stringify({ id: `story-${i}`, text, published: `2026-0${(i % 9) + 1}-1${i % 10}` }));
  }
  const file = path.join(dir, 'articles.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/** A CLI child process; `done` resolves with its exit code and output. */
export function cli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [cliPath, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '', stderr = '';
  child.stdout!.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done, out: () => stdout, err: () => stderr };
}

/** Waits until `f` holds (polling), or fails after `ms`. */
export async function until(f: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const t = Date.now();
  while (!(await f())) {
    if (Date.now() - t > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
