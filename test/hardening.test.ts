// Issue 15's cases: what a full disk, a race between workers, a second run, a mistyped flag or a
// hostile article must not do. Each test names the failure it guards against.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { runBatch } from '../src/run.js';
import { defaultConfig } from '../src/config.js';
import { lock, LockedError } from '../src/lock.js';
import { pinnedKeyFile } from './helpers.js';

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

describe('the output lock', () => {
  const lockFile = (dir: string) => path.join(dir, '.lock');
  const quiet = { log: () => {} };

  it('an empty, unreadable or garbage lock is held, not free, and says how to break it', () => {
    for (const content of ['', '0', 'not a lock', '{"pid":"x"}']) {
      const dir = tmp('lock-bad');
      writeFileSync(lockFile(dir), content);
      expect(() => lock(dir, quiet)).toThrow(LockedError);
      expect(() => lock(dir, quiet)).toThrow(/--break-lock/);
    }
  });

  it('a live holder keeps it; a dead one or a reused pid is cleared, and that is said', () => {
    const dir = tmp('lock-stale');
    const release = lock(dir, quiet);
    expect(() => lock(dir, quiet)).toThrow(/pid \d+/);
    release();
    // a process that has ended
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(lockFile(dir), JSON.stringify({ pid: Number(child.stdout), host: hostname() }));
    const logs: string[] = [];
    lock(dir, { log: (l) => logs.push(l) })();
    expect(logs.join('\n')).toMatch(/cleared a stale lock .*no longer running/);
    // this process's pid with another start time: the pid was reused by another program
    if (existsSync('/proc/self/stat')) {
      writeFileSync(lockFile(dir), JSON.stringify({ pid: process.pid, started: '1', host: hostname() }));
      logs.length = 0;
      lock(dir, { log: (l) => logs.push(l) })();
      expect(logs.join('\n')).toMatch(/pid was reused/);
    }
  });

  it('--break-lock takes over a live lock with a warning', () => {
    const dir = tmp('lock-break');
    lock(dir, quiet); // held, never released
    const logs: string[] = [];
    const release = lock(dir, { breakLock: true, log: (l) => logs.push(l) });
    expect(logs.join('\n')).toMatch(/--break-lock/);
    release();
    expect(existsSync(lockFile(dir))).toBe(false);
  });

  it('of simultaneous starts on a fresh output, never two hold the lock at once (60 rounds of 3)', async () => {
    const dist = new URL('../dist/lock.js', import.meta.url).href;
    // each process loads the lock, waits for the common start, takes the lock, marks itself inside
    // (a file only one may create), waits, leaves
    const script = [
      "const fs = require('node:fs');",
      'const [dir, at] = process.argv.slice(1);',
      `import(${JSON.stringify(dist)}).then(({ lock }) => {`,
      '  while (Date.now() < Number(at)) {}',
      '  let release;',
      '  try { release = lock(dir, { log: () => {} }); } catch (e) { process.exit(5); }',
      "  try { fs.writeFileSync(dir + '/inside', String(process.pid), { flag: 'wx' }); } catch { process.exit(9); }",
      '  const until = Date.now() + 30; while (Date.now() < until) {}',
      "  fs.unlinkSync(dir + '/inside');",
      '  release();',
      '  process.exit(0);',
      '});',
    ].join('\n');
    const codes: number[] = [];
    for (let round = 0; round < 60; round++) {
      const dir = path.join(tmp('lock-race'), 'output');
      const at = Date.now() + 200;
      const runs = [0, 1, 2].map(() => new Promise<number>((resolve) => spawn(process.execPath, ['-e', script, dir, String(at)], { stdio: 'ignore' }).on('exit', (c) => resolve(c ?? -1))));
      codes.push(...(await Promise.all(runs)));
    }
    expect(codes.filter((c) => c === 9)).toHaveLength(0); // never two inside
    expect(codes.every((c) => c === 0 || c === 5)).toBe(true);
    expect(codes.filter((c) => c === 0).length).toBeGreaterThanOrEqual(60);
  }, 120_000);
});

const root = path.resolve(__dirname, '..');
const cliPath = path.join(root, 'dist/cli/main.js');
/** the CLI, from the project folder (its pipeline.config.json) unless `cwd` says otherwise */
const cli = (args: string[], cwd = root) => spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', cwd });

describe('the signing key is kept apart from the ledger', () => {
  const sampleOutput = () => {
    const dir = tmp('keys');
    writeFileSync(path.join(dir, 'a.txt'), 'Harbour works\n\n“We will finish the bridge by May,” the mayor said on Monday.\n');
    const out = path.join(dir, 'output');
    expect(cli(['run', path.join(dir, 'a.txt'), '-o', out, '--workers', '0']).status).toBe(0);
    return out;
  };

  it('verify with no pinned key is NO_KEY, exit 2, even with a key file in the output folder', () => {
    const out = sampleOutput();
    expect(existsSync(path.join(out, 'keys'))).toBe(false);
    // an old layout, or an attacker's: a key beside the ledger pins nothing
    mkdirSync(path.join(out, 'keys'));
    writeFileSync(path.join(out, 'keys', 'ed25519.pub'), readFileSync(pinnedKeyFile(), 'utf8'));
    const r = cli(['verify', '-l', path.join(out, 'ledger.jsonl')], path.dirname(out)); // (a folder with no pipeline.config.json)
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/NO_KEY/);
  });

  it('a valid verdict says what to keep to detect a rollback later', () => {
    const out = sampleOutput();
    const r = cli(['verify', '-l', path.join(out, 'ledger.jsonl'), '--key', pinnedKeyFile()]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/keep: size \d+, root [0-9a-f]{64}: copy .*checkpoint/);
  });

  it('a key an earlier version left in output/keys is still used, with a warning to move it', async () => {
    const { generateSigner, exportSigner } = await import('../src/ledger/sign.js');
    const dir = tmp('legacy-key');
    const out = path.join(dir, 'output');
    mkdirSync(path.join(out, 'keys'), { recursive: true });
    const origin = 'example.org/legacy';
    writeFileSync(path.join(out, 'keys', 'ed25519.key'), exportSigner(generateSigner(origin)));
    writeFileSync(path.join(dir, 'a.txt'), '“We will finish the bridge by May,” the mayor said on Monday.\n');
    const logs: string[] = [];
    await runBatch({ config: { ...defaultConfig, ledger: { origin } }, input: path.join(dir, 'a.txt'), output: out, workers: 0, log: (l) => logs.push(l) });
    expect(logs.join('\n')).toMatch(/warning: the signing key .*keys\/ed25519\.key sits beside the ledger/);
  });
});

describe('record files and input names', () => {
  const quote = (i: number) => `“We will finish bridge ${i} by May,” the mayor said on Monday.`;

  it('ids that differ only in characters a file name cannot hold, and same-named files in two folders, keep their own records', async () => {
    const dir = tmp('ids');
    const input = path.join(dir, 'input');
    mkdirSync(path.join(input, 'd1'), { recursive: true });
    mkdirSync(path.join(input, 'd2'));
    const page = (i: number) => `<html><body><article><h1>Story ${i}</h1><p>${quote(i)}</p></article></body></html>`;
    writeFileSync(path.join(input, 'd1', 'index.html'), page(1));
    writeFileSync(path.join(input, 'd2', 'index.html'), page(2));
    const ids = ['a/b', 'a-b', 'a\nb', 'Київ', '東京', 'ü', 'u'];
    writeFileSync(path.join(input, 'batch.jsonl'), ids.map((id, i) => JSON.stringify({ id, text: quote(10 + i) })).join('\n') + '\n');
    const out = path.join(dir, 'output');
    const summary = await runBatch({ config: defaultConfig, input, output: out, workers: 0 });
    expect(summary).toMatchObject({ processed: 9, rejected: 0 });
    const records = readdirSync(path.join(out, 'articles'));
    expect(records).toHaveLength(9);
    const recordIds = records.map((f) => JSON.parse(readFileSync(path.join(out, 'articles', f), 'utf8')).id).sort();
    expect(recordIds).toEqual(['d1/index.html', 'd2/index.html', ...ids].sort());
    // the ledger names inputs inside the input folder, never by this machine's absolute path
    const ledger = readFileSync(path.join(out, 'ledger.jsonl'), 'utf8');
    expect(ledger).not.toContain(dir);
    const inputs = ledger.trim().split('\n').map((l) => JSON.parse(l)).filter((e) => e.type === 'source').map((e) => e.body.input);
    expect(inputs).toEqual(['batch.jsonl:1', 'batch.jsonl:2', 'batch.jsonl:3', 'batch.jsonl:4', 'batch.jsonl:5', 'batch.jsonl:6', 'batch.jsonl:7', 'd1/index.html', 'd2/index.html']);
  });

  it('check-records says when a record file no longer matches the ledger', async () => {
    const { checkRecords } = await import('../src/ledger/records.js');
    const dir = tmp('records');
    writeFileSync(path.join(dir, 'a.txt'), `Harbour works\n\n${quote(1)}\n\nThe council approved the plan with 12 votes, officials said.\n`);
    writeFileSync(path.join(dir, 'b.txt'), `Bridge news\n\n${quote(2)}\n`);
    const out = path.join(dir, 'output');
    await runBatch({ config: defaultConfig, input: dir, output: out, workers: 0 });
    expect(checkRecords(out)).toEqual({ checked: 2, problems: [] });
    const [a, b] = readdirSync(path.join(out, 'articles')).sort().map((f) => path.join(out, 'articles', f));
    const rec = JSON.parse(readFileSync(a, 'utf8'));
    rec.claims[0].speaker.name = 'Somebody Else';
    writeFileSync(a, JSON.stringify(rec));
    writeFileSync(path.join(out, 'articles', 'planted.json'), '{}');
    const { rmSync } = await import('node:fs');
    rmSync(b);
    const codes = checkRecords(out).problems.map((p) => p.code).sort();
    expect(codes).toEqual(['RECORD_CHANGED', 'RECORD_MISSING', 'RECORD_STRAY']);
    const r = cli(['check-records', '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/RECORD_CHANGED: .*claims differ from the ledger's from claim 1 on/);
  });
});

describe('events and exports', () => {
  const ledgerWithClaim = async () => {
    const dir = tmp('events');
    writeFileSync(path.join(dir, 'a.txt'), 'Harbour works\n\n“We will finish the bridge by May,” the mayor said on Monday.\n');
    const out = path.join(dir, 'output');
    await runBatch({ config: defaultConfig, input: path.join(dir, 'a.txt'), output: out, workers: 0 });
    const ledger = path.join(out, 'ledger.jsonl');
    const claim = readFileSync(ledger, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).find((e) => e.type === 'claim' && e.body.claim.type === 'direct');
    return { out, ledger, id: claim.body.claim.id as string };
  };

  it('a review with a URL that is not http(s), or an event of an unknown kind, is refused before it is appended (exit 64)', async () => {
    const { ledger, id } = await ledgerWithClaim();
    const before = readFileSync(ledger, 'utf8');
    for (const url of ['notaurl', 'javascript:alert(1)', 'http://exa mple.org/']) {
      const r = cli(['review', id, '--rating', 'False', '--by', 'Checkers', '--url', url, '-l', ledger]);
      expect(r.status, url).toBe(64);
      expect(r.stderr).toMatch(/BAD_REVIEW: --url must be an http or https URL/);
    }
    const e = cli(['event', id, '--kind', 'delete', '-l', ledger]);
    expect(e.status).toBe(64);
    expect(e.stderr).toMatch(/BAD_EVENT: --kind is correction, retraction or note/);
    expect(readFileSync(ledger, 'utf8')).toBe(before);
  });

  it('claimledger correct appends a checked correction; status and query show it beside the original', async () => {
    const { out, ledger, id } = await ledgerWithClaim();
    const before = readFileSync(ledger, 'utf8');
    expect(cli(['correct', id, '-l', ledger]).status).toBe(64);
    expect(cli(['correct', id, '--type', 'rumour', '-l', ledger]).status).toBe(64);
    expect(readFileSync(ledger, 'utf8')).toBe(before);
    const r = cli(['correct', id, '--speaker', 'Ana Ruiz', '--by', 'Desk editor', '-l', ledger]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/appended correction \(entry \d+\)/);
    const s = cli(['status', id, '-o', out]).stdout;
    expect(s).toMatch(/corrected \(entry \d+, by Desk editor\): speaker Ana Ruiz \(was /);
    const rows = cli(['query', '--format', 'jsonl', '-o', out]).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.find((x) => x.id === id)?.correction).toMatchObject({ speaker: 'Ana Ruiz', by: 'Desk editor' });
    expect(cli(['query', '-o', out]).stdout).toContain('(corrected;');
  });

  it('export leaves out (and reports) an item that fails its schema instead of failing whole', async () => {
    const { out, ledger, id } = await ledgerWithClaim();
    const { canonical } = await import('../src/ledger/canonical.js');
    const { leafHash } = await import('../src/ledger/hash.js');
    // a review an earlier version let in: its URL is no URL
    const lines = readFileSync(ledger, 'utf8').trim().split('\n');
    const about = leafHash(lines.find((l) => l.includes(`"id":"${id}"`))!);
    const event = { v: 1, seq: lines.length, type: 'event', prev: leafHash(lines[lines.length - 1]), body: { about, kind: 'review', rating: 'False', by: 'Checkers', url: 'notaurl' } };
    writeFileSync(ledger, [...lines, canonical(event)].join('\n') + '\n');
    const r = cli(['export', '--format', 'claimreview', '-o', out]);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`left out the ClaimReview of claim ${id}`));
    const items = JSON.parse(r.stdout) as { '@type': string }[];
    expect(items.some((x) => x['@type'] === 'Claim')).toBe(true);
    expect(items.some((x) => x['@type'] === 'ClaimReview')).toBe(false);
  });

  it('CSV cells cannot run as formulas, JSON-LD cannot close a script element, terminal output carries no control characters', async () => {
    const { out, ledger, id } = await ledgerWithClaim();
    const rating = '=HYPERLINK("http://evil.example/","</script><script>alert(1)</script>")\u001b]0;owned\u0007';
    expect(cli(['review', id, '--rating', rating, '--by', '@Checkers', '--url', 'https://example.org/review', '-l', ledger]).status).toBe(0);
    const csv = cli(['export', '--format', 'csv', '-o', out]).stdout;
    expect(csv).toContain(`"'=HYPERLINK(`);
    expect(csv).toContain(`'@Checkers`);
    expect(csv).not.toMatch(/(^|,)"?[=+@]/m);
    const jsonld = cli(['export', '--format', 'claimreview', '-o', out]).stdout;
    expect(jsonld).not.toContain('</script>');
    expect((JSON.parse(jsonld) as { reviewRating?: { alternateName: string } }[]).find((x) => x.reviewRating)?.reviewRating?.alternateName).toBe(rating);
    for (const args of [['status', id, '-o', out], ['query', '-o', out]]) expect(cli(args).stdout).not.toMatch(/[\u001b\u0007]/);
    expect(cli(['status', id, '-o', out]).stdout).toContain('\\u001b]0;owned\\u0007'); // shown, escaped
  });
});

describe('resources', () => {
  it('quotation-dense text with no sentence end finishes well inside the time limit (was quadratic: 292 s at 40,000 quotations)', async () => {
    const dir = tmp('dense-quotes');
    writeFileSync(path.join(dir, 'q.txt'), 'He said ' + '“x” '.repeat(40_000));
    writeFileSync(path.join(dir, 'r.txt'), 'Headline here\n\n' + 'He said that '.repeat(20_000));
    const summary = await runBatch({ config: defaultConfig, input: dir, output: path.join(dir, 'out'), workers: 1, timeoutMs: defaultConfig.limits.timeoutMs });
    expect(summary.rejects).toEqual({});
    expect(summary.processed).toBe(2);
  }, 120_000);

  it('a page whose text passes limits.maxTextChars is TOO_LARGE, not out of memory', async () => {
    const dir = tmp('dense-page');
    writeFileSync(path.join(dir, 'dense.html'), '<html><body><article>' + '<p>The mayor said the bridge will reopen.</p>'.repeat(60_000) + '</article></body></html>');
    const summary = await runBatch({ config: defaultConfig, input: dir, output: path.join(dir, 'out'), workers: 1 });
    expect(summary.rejects).toEqual({ TOO_LARGE: 1 });
    expect(readFileSync(path.join(dir, 'out', 'rejects.jsonl'), 'utf8')).toMatch(/its text is \d+ characters, over the limit of 1000000 \(limits.maxTextChars\)/);
  }, 60_000);

  it('extract has the same time limit as run', () => {
    const r = cli(['extract', 'input/ukrinform-coalition-summit.txt', '--timeout', '1']);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/TIMEOUT: .* took longer than 1 ms/);
  });

  it('JSONL lines are read with bounded memory: an over-long line is refused as it passes the limit, the next line is read', async () => {
    const { byteLines } = await import('../src/jsonl.js');
    const { Readable } = await import('node:stream');
    // 50 MB in 64 KB chunks: one line of 40 MB, then two short ones
    const chunk = Buffer.alloc(1 << 16, 0x61);
    const chunks = function* () { for (let i = 0; i < 640; i++) yield chunk; yield Buffer.from('\n{"id":"a"}\r\n{"id":"b"}'); };
    const lines = [];
    for await (const l of byteLines(Readable.from(chunks()), 1_000_000)) lines.push('tooLong' in l ? { n: l.n, tooLong: l.tooLong } : { n: l.n, text: l.bytes.toString() });
    expect(lines).toEqual([{ n: 1, tooLong: 640 << 16 }, { n: 2, text: '{"id":"a"}' }, { n: 3, text: '{"id":"b"}' }]);
  });
});

describe('every mistake a clear message and its own exit code', () => {
  let out: string;
  let dir: string;
  const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);

  it('a table of mistyped commands: one line saying what is wrong, exit 64, no stack trace', async () => {
    dir = tmp('usage');
    writeFileSync(path.join(dir, 'a.txt'), '“We will finish the bridge by May,” the mayor said on Monday.\n');
    out = path.join(dir, 'out');
    await runBatch({ config: defaultConfig, input: path.join(dir, 'a.txt'), output: out, workers: 0 });
    const cases: [string[], RegExp][] = [
      [['extract', path.join(dir, 'missing.html')], /does not exist/],
      [['extract', dir], /is a folder/],
      [['extract', 'https://example.org/page'], /is a URL: .*curl/],
      [['audit', '-o', path.join(dir, 'nowhere')], /does not exist/],
      [['query', '-o', path.join(dir, 'nowhere')], /does not exist/],
      [['reindex', '-o', path.join(dir, 'nowhere')], /does not exist/],
      [['export', '--format', 'csv', '-o', path.join(dir, 'nowhere')], /does not exist/],
      [['status', 'c_1', '-o', path.join(dir, 'nowhere')], /does not exist/],
      [['audit', '-o', dir], /no ledger in/],
      [['prove', 'c_1', '-l', path.join(dir, 'nowhere', 'ledger.jsonl')], /no ledger at/],
      [['verify', '-l', path.join(out, 'ledger.jsonl'), '--since', path.join(dir, 'missing.note')], /does not exist/],
      [['run', dir, '--workers', 'abc'], /whole number/],
      [['run', dir, '--workers', '-1'], /whole number|argument missing/],
      [['run', dir, '--timeout', '-5'], /whole number/],
      [['query', '-o', out, '--limit', '1e400'], /whole number/],
      [['query', '-o', out, '--type', 'quote'], /direct, partial, indirect or statement/],
      [['query', '-o', out, '--from', 'yesterday'], /YYYY-MM-DD/],
      [['query', '-o', out, '--min-score', 'abc'], /from 0 to 1/],
      [['query', '-o', out, '--format', 'csv'], /jsonl or table/],
      [['status', 'c_nosuch', '-o', out], /no claim c_nosuch/],
      [['frobnicate'], /unknown command/],
    ];
    for (const [args, message] of cases) {
      const r = cli(args);
      expect(r.status, args.join(' ')).toBe(64);
      expect(r.stderr, args.join(' ')).toMatch(message);
      noStack(r.stderr);
    }
  }, 120_000);

  it('an event while another writer holds the lock is exit 5', () => {
    const release = lock(out, { log: () => {} });
    try {
      const id = readFileSync(path.join(out, 'ledger.jsonl'), 'utf8').match(/"id":"(c_[0-9a-f]+)"/)![1];
      const r = cli(['event', id, '--kind', 'note', '--note', 'x', '-l', path.join(out, 'ledger.jsonl')]);
      expect(r.status).toBe(5);
      expect(r.stderr).toMatch(/holds .*\.lock/);
      noStack(r.stderr);
    } finally { release(); }
  });

  it('a damaged index.sqlite is rebuilt from the ledger, not a crash', () => {
    expect(cli(['query', '-o', out]).status).toBe(0);
    const index = path.join(out, 'index.sqlite');
    const bytes = readFileSync(index);
    for (let i = 4096; i < bytes.length; i += 7) bytes[i] = (bytes[i] * 31 + 17) & 0xff;
    writeFileSync(index, bytes);
    const r = cli(['query', '-o', out, '--format', 'jsonl']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('a page piped into `run -` is one NOT_JSONL reject naming --stdin-format, and with it one article', () => {
    const page = '<html><body><article><h1>Bridge</h1><p>“We will finish the bridge by May,” the mayor said on Monday.</p></article></body></html>\n';
    const run = (extra: string[]) => spawnSync(process.execPath, [cliPath, 'run', '-', '-o', path.join(dir, 'stdin-out'), ...extra], { input: page, encoding: 'utf8', cwd: root });
    const r = run([]);
    expect(r.status).toBe(3);
    expect(JSON.parse(r.stdout.trim().split('\n').pop()!).rejects).toEqual({ NOT_JSONL: 1 });
    expect(r.stderr).toMatch(/--stdin-format html/);
    const ok = run(['--stdin-format', 'html']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout.trim().split('\n').pop()!)).toMatchObject({ processed: 1, claims: { direct: 1 } });
  });

  it('works outside the repository on built-in defaults, and says which config is in use', () => {
    const elsewhere = tmp('elsewhere');
    writeFileSync(path.join(elsewhere, 'a.txt'), '“We will finish the bridge by May,” the mayor said on Monday.\n');
    const r = cli(['run', 'a.txt', '-o', 'out', '--workers', '0'], elsewhere);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/config: built-in defaults/);
    writeFileSync(path.join(elsewhere, 'empty.json'), '{}');
    expect(cli(['run', 'a.txt', '-o', 'out2', '--workers', '0', '-c', 'empty.json'], elsewhere).status).toBe(0);
  });

  it('a reader that goes away (| head) ends the command quietly', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${cliPath}" extract input/ukrinform-coalition-summit.txt | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8', cwd: root });
    expect(r.stdout.trim()).toBe('0');
    noStack(r.stderr);
  });
});

describe('on a terminal', () => {
  it('the ETA is a time or "…", never NaN or NULL', async () => {
    const { eta, duration } = await import('../src/cli/progress.js');
    expect([eta(0, 10, 0), eta(3, undefined, 2), eta(5, 10, 1), eta(10, 10, 0), eta(1, 10_000, 0.5)]).toEqual(['…', '…', '5s', '0s', '5h 33m']);
    expect([duration(NaN), duration(Infinity), duration(75)]).toEqual(['…', '…', '1m 15s']);
  });

  it('run prints a human summary, and the key-creation message above the bar, not into it', () => {
    const hasScript = spawnSync('script', ['--version']).status === 0;
    if (!hasScript) { console.warn('skipped: no `script` command to give the run a terminal'); return; }
    const dir = tmp('tty');
    writeFileSync(path.join(dir, 'a.txt'), '“We will finish the bridge by May,” the mayor said on Monday.\n');
    const cmd = `"${process.execPath}" "${cliPath}" run "${path.join(dir, 'a.txt')}" -o "${path.join(dir, 'out')}"`;
    const r = spawnSync('script', ['-qc', cmd, '/dev/null'], { encoding: 'utf8', cwd: root, env: { ...process.env, CLAIMLEDGER_KEY_DIR: path.join(dir, 'keys') } });
    const shown = r.stdout.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
    expect(shown).toMatch(/1 article into the ledger, 0 already there, 0 rejected/);
    expect(shown).toMatch(/claims: 1 direct/);
    expect(shown).not.toMatch(/NFs|NaN|NULL/);
    expect(shown).toMatch(/(^|\n)ledger: created a signing key/); // a line of its own
    expect(shown).not.toMatch(/"processed":/); // JSON is for pipes and --json
  });
});
