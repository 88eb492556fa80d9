// What the benchmarks share. The page set: by default the dev pages of ../shared/extraction and
// ../shared/metadata, or the folders given with --pages DIR; corpora of N distinct copies of them (each copy
// made unique with an HTML comment), written once as JSONL into a folder and reused; and a Node process
// run to its exit.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CLAIMLEDGER_SHARED ?? path.resolve(root, '../shared');

/** The page folders: each `--pages DIR` of argv, else the shared dev pages; undefined when one is missing. */
export function pageDirs(argv) {
  const given = argv.flatMap((a, i) => (a === '--pages' ? [argv[i + 1]] : []));
  const dirs = given.length ? given : [path.join(shared, 'extraction/dev/pages'), path.join(shared, 'metadata/dev/pages')];
  if (!dirs.every(existsSync)) {
    console.log(`bench: ${dirs.filter((d) => !existsSync(d)).join(', ')} not here (pass --pages DIR); nothing to measure`);
    return undefined;
  }
  return dirs;
}

/** The pages' HTML, decoded as UTF-8 */
export const readPages = (dirs) => dirs.flatMap((d) => readdirSync(d).filter((f) => /\.html?$/i.test(f)).sort().map((f) => new TextDecoder('utf-8').decode(readFileSync(path.join(d, f)))));

/** A JSONL corpus of n distinct copies of the pages in `dir` (written once; its name says which folders) */
export function corpus(dir, dirs, pages, n) {
  mkdirSync(dir, { recursive: true });
  const tag = Buffer.from(dirs.join('|')).toString('base64url').slice(0, 12);
  const file = path.join(dir, `corpus-${tag}-${n}.jsonl`);
  if (!existsSync(file)) {
    // written line by line: 20,000 copies are gigabytes
    const fd = openSync(`${file}.tmp`, 'w');
    for (let i = 0; i < n; i++) writeSync(fd, JSON.stringify({ id: `a${i}`, html: `<!-- copy ${i} -->` + pages[i % pages.length] }) + '\n');
    closeSync(fd);
    renameSync(`${file}.tmp`, file);
  }
  return file;
}

/**
 * A Node process from spawn to exit: wall seconds, its stdout and exit code. Exit codes other than those in
 * `ok` reject with the end of its output.
 */
export function nodeProcess(args, { env = process.env, ok = [0] } = {}) {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const c = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    c.stdout.on('data', (d) => { out += d; });
    c.stderr.on('data', (d) => { err += d; });
    c.on('exit', (code) => (ok.includes(code) ? resolve({ seconds: (performance.now() - t) / 1000, out, code }) : reject(new Error(`${args.join(' ')}: exit ${code}\n${out}${err}`.slice(-3000)))));
  });
}
