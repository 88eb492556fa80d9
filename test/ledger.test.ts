import { describe, expect, it, beforeAll } from 'vitest';
import { copyFileSync, existsSync, readdirSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBatch } from '../src/run.js';
import { verifyLedger as verifyWith } from '../src/ledger/verify.js';
import { parseVerifier } from '../src/ledger/sign.js';
import { merkleRoot } from '../src/ledger/merkle.js';
import { leafHash, nodeHash } from '../src/ledger/hash.js';
import { selectors } from '../src/ledger/entries.js';
import { canonical } from '../src/ledger/canonical.js';
import { isWellFormed } from '../src/span.js';
import { defaultConfig } from '../src/config.js';
import { pinnedKeyFile } from './helpers.js';

const sample = new URL('../input/ukrinform-coalition-summit.txt', import.meta.url);

/** verify with the key the run created (pinned here by reading it once, as a user would copy it) */
function verifyLedger(ledger: string) {
  const pub = readFileSync(pinnedKeyFile(), 'utf8');
  const r = verifyWith({ ledger, key: parseVerifier(pub) });
  return r.status === 'valid' ? { ok: true as const, ...r } : { ok: false as const, ...r };
}

function workspace() {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimledger-'));
  const input = path.join(dir, 'input');
  mkdirSync(input);
  copyFileSync(sample, path.join(input, 'sample.txt'));
  return { dir, input, output: path.join(dir, 'output') };
}

describe('run → ledger → verify', () => {
  const ws = workspace();
  let summary: Awaited<ReturnType<typeof runBatch>>;
  beforeAll(async () => {
    writeFileSync(path.join(ws.input, 'empty.txt'), '');
    writeFileSync(path.join(ws.input, 'blob.bin'), Buffer.from([0x89, 0x50, 0, 0, 1, 2, 3, 4]));
    writeFileSync(path.join(ws.input, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9, 0x2e]));
    writeFileSync(path.join(ws.input, 'batch.jsonl'), '{"id":"j1","text":"Headline\\n\\nThe mayor said that the bridge will reopen in May after repairs.\\n\\nMore text follows here today."}\nnot json\n'
      // a lone surrogate in a JSON string: UTF-8 has no such character, so it becomes U+FFFD
      + '{"id":"j2","text":"Headline\\n\\nThe mayor said that the tunnel \\ud800 will reopen in June after repairs.\\n\\nMore text follows here today."}\n');
    summary = await runBatch({ config: defaultConfig, input: ws.input, output: ws.output });
  });

  it('puts good inputs in the ledger and every bad one in rejects.jsonl with its reason', () => {
    expect(summary.processed).toBe(3);
    expect(summary.rejects).toEqual({ EMPTY: 1, BINARY: 1, UNDECODABLE: 1, BAD_JSONL_LINE: 1 });
    const rejects = readFileSync(path.join(ws.output, 'rejects.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rejects.map((r) => r.code).sort()).toEqual(['BAD_JSONL_LINE', 'BINARY', 'EMPTY', 'UNDECODABLE']);
  });

  it('writes a ledger that verifies', () => {
    const r = verifyLedger(path.join(ws.output, 'ledger.jsonl'));
    expect(r).toMatchObject({ ok: true });
    const ledger = readFileSync(path.join(ws.output, 'ledger.jsonl'), 'utf8');
    expect(ledger).not.toMatch(/\\ud800/);
    expect(ledger).toContain('the tunnel \uFFFD will reopen');
  });

  it('is idempotent: a rerun skips what is in, and the ledger is byte-identical', async () => {
    const before = readFileSync(path.join(ws.output, 'ledger.jsonl'));
    const again = await runBatch({ config: defaultConfig, input: ws.input, output: ws.output });
    expect(again.processed).toBe(0);
    expect(again.skipped).toBe(3);
    expect(readFileSync(path.join(ws.output, 'ledger.jsonl')).equals(before)).toBe(true);
  });

  it('a rerun into a fresh output gives the same bytes (no wall-clock time in entries)', async () => {
    const other = path.join(ws.dir, 'output2');
    await runBatch({ config: defaultConfig, input: ws.input, output: other });
    expect(readFileSync(path.join(other, 'ledger.jsonl'), 'utf8')).toBe(readFileSync(path.join(ws.output, 'ledger.jsonl'), 'utf8'));
  });

  it('creates the signing key with mode 0600 and signs a checkpoint', () => {
    expect(statSync(pinnedKeyFile().replace(/\.pub$/, '.key')).mode & 0o777).toBe(0o600);
    expect(existsSync(path.join(ws.output, 'keys'))).toBe(false); // never beside the ledger
    expect(readFileSync(path.join(ws.output, 'checkpoint'), 'utf8')).toMatch(/^claimledger\.local\/ledger\n\d+\n[A-Za-z0-9+/]{43}=\n\n— claimledger\.local\/ledger [A-Za-z0-9+/]+=*\n$/);
  });

  it('flipping a byte anywhere fails verify with that line number', () => {
    const file = path.join(ws.output, 'ledger.jsonl');
    const good = readFileSync(file);
    const lineOf = (i: number) => good.subarray(0, i).filter((b) => b === 10).length + 1;
    for (const i of [0, 7, Math.floor(good.length / 3), Math.floor(good.length / 2), good.length - 30, good.length - 2]) {
      if (good[i] === 10) continue;
      const bad = Buffer.from(good);
      bad[i] ^= 0x01;
      writeFileSync(file, bad);
      const r = verifyLedger(file);
      expect(r.ok, `flip at byte ${i}`).toBe(false);
      if (!r.ok) expect(r.line).toBe(lineOf(i));
    }
    writeFileSync(file, good);
    expect(verifyLedger(file).ok).toBe(true);
  });

  it('a torn last line is cut back on the next run, and nothing is lost', async () => {
    const file = path.join(ws.output, 'ledger.jsonl');
    const good = readFileSync(file, 'utf8');
    appendFileSync(file, '{"v":1,"seq":');
    expect(verifyLedger(file)).toMatchObject({ ok: false, code: 'TORN_LINE' });
    const logs: string[] = [];
    await runBatch({ config: defaultConfig, input: ws.input, output: ws.output, log: (l) => logs.push(l) });
    expect(logs.some((l) => /torn last line/.test(l))).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(good);
  });

  it('an article cut short after whole lines (a full disk, a kill mid-write) is cut back and processed again', async () => {
    const file = path.join(ws.output, 'ledger.jsonl');
    const good = readFileSync(file, 'utf8');
    const lines = good.split('\n').slice(0, -1);
    // keep the last source entry and 7 of its claim entries: every line whole, the article not
    const at = lines.findLastIndex((l) => JSON.parse(l).type === 'source');
    expect(JSON.parse(lines[at]).body.claims).toBe(lines.length - at - 1);
    writeFileSync(file, lines.slice(0, at + 8).join('\n') + '\n');
    expect(verifyLedger(file)).toMatchObject({ ok: false, code: 'INCOMPLETE_ARTICLE', line: at + 1 });
    const logs: string[] = [];
    const summary = await runBatch({ config: defaultConfig, input: ws.input, output: ws.output, log: (l) => logs.push(l) });
    expect(logs.some((l) => /cut back article .* 7 of its \d+ claim entries/.test(l))).toBe(true);
    expect(summary.processed).toBe(1); // the cut article again; the others are skipped
    expect(readFileSync(file, 'utf8')).toBe(good);
  });
});

describe('the entries the workers build (not checked one by one at run time)', () => {
  it('pass the ledger-entry schema for every golden and hostile article, as the writer chains them', async () => {
    const { runTask } = await import('../src/task.js');
    const { check } = await import('../src/validate.js');
    const { configHash } = await import('../src/config.js');
    const { SOURCE_PLACEHOLDER } = await import('../src/ledger/hash.js');
    const golden = new URL('./golden/', import.meta.url), hostile = new URL('./fixtures/hostile/', import.meta.url);
    const files = [
      ...readdirSync(golden).flatMap((d) => readdirSync(new URL(`${d}/`, golden)).filter((f) => /^input\./.test(f)).map((f) => new URL(`${d}/${f}`, golden))),
      ...readdirSync(hostile).map((f) => new URL(f, hostile)),
    ];
    expect(files.length).toBeGreaterThan(4);
    let claims = 0;
    for (const f of files) {
      const r = runTask({ item: { kind: 'input', input: { name: path.basename(f.pathname), raw: readFileSync(f) } }, config: defaultConfig, configHash: configHash(defaultConfig), known: new Set() });
      expect(r.status, f.pathname).toBe('ok');
      if (r.status !== 'ok') continue;
      const leaf = leafHash('x');
      const entries = [{ v: 1, seq: 0, type: 'source', prev: '0'.repeat(64), body: JSON.parse(r.source) }, ...r.claims.map((c, i) => ({ v: 1, seq: i + 1, type: 'claim', prev: leaf, body: JSON.parse(c.replace(SOURCE_PLACEHOLDER, leaf)) }))];
      for (const e of entries) expect(check('ledgerEntry', e), `${f.pathname} ${e.type} ${e.seq}`).toBeNull();
      for (const c of r.claims) expect(canonical(JSON.parse(c))).toBe(c);
      claims += r.claims.length;
    }
    expect(claims).toBeGreaterThan(50);
  });
});

describe('the ledger-entry schema compiled ahead of time (dist/ledger/entry-schema.cjs)', () => {
  const file = new URL('../dist/ledger/entry-schema.cjs', import.meta.url);
  it.skipIf(!existsSync(file))('agrees with the shared Ajv on real entries and on broken ones', async () => {
    const { createRequire } = await import('node:module');
    const { check } = await import('../src/validate.js');
    const pre = (createRequire(import.meta.url)(file.pathname) as { ledgerEntry: (v: unknown) => boolean }).ledgerEntry;
    const ws = workspace();
    await runBatch({ config: defaultConfig, input: ws.input, output: ws.output });
    const entries = readFileSync(path.join(ws.output, 'ledger.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const variants = entries.flatMap((e) => [
      e,
      { ...e, seq: String(e.seq) },
      { ...e, extra: 1 },
      { ...e, type: 'other' },
      Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'prev')),
      { ...e, body: { ...e.body, claim: e.body.claim ? { ...e.body.claim, start: -1 } : undefined } },
    ]);
    let valid = 0;
    for (const v of variants) {
      const ok = check('ledgerEntry', v) === null;
      expect(pre(v)).toBe(ok);
      if (ok) valid++;
    }
    expect(valid).toBeGreaterThanOrEqual(entries.length);
  });
});

describe('every schema compiled ahead of time (dist/schemas.cjs): what the built code checks with', () => {
  const file = new URL('../dist/schemas.cjs', import.meta.url);
  it.skipIf(!existsSync(file))('agrees with the shared Ajv on records, entries, rejects and configs, and on broken ones', async () => {
    const { createRequire } = await import('node:module');
    const { check, schemaFiles } = await import('../src/validate.js');
    const pre = createRequire(import.meta.url)(file.pathname) as Record<string, ((v: unknown) => boolean) & { errors?: { instancePath: string; keyword: string }[] | null }>;
    expect(Object.keys(pre).sort()).toEqual(Object.keys(schemaFiles).sort());
    const ws = workspace();
    await runBatch({ config: defaultConfig, input: ws.input, output: ws.output });
    const entries = readFileSync(path.join(ws.output, 'ledger.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const records = readdirSync(path.join(ws.output, 'articles')).map((f) => JSON.parse(readFileSync(path.join(ws.output, 'articles', f), 'utf8')));
    const cases: [keyof typeof schemaFiles, unknown][] = [
      ...entries.map((e) => ['ledgerEntry', e] as [keyof typeof schemaFiles, unknown]),
      ...records.flatMap((r) => [['article', r], ['article', { ...r, text: 1 }], ['article', { ...r, extra: true }]] as [keyof typeof schemaFiles, unknown][]),
      ...records.flatMap((r) => (r.claims ?? []).slice(0, 5).flatMap((c: Record<string, unknown>) => [['claim', c], ['claim', { ...c, start: -1 }], ['claim', { ...c, type: 'rumour' }]] as [keyof typeof schemaFiles, unknown][])),
      ['config', defaultConfig], ['config', {}], ['config', { workers: 'two' }], ['config', { tracking: { nearWordShare: 2 } }],
      ['reject', { input: 'a.html', code: 'EMPTY', message: 'empty' }], ['reject', { input: 'a.html', code: 'empty', message: 'x' }], ['reject', { input: 'a', code: 'X' }],
    ];
    for (const [schema, v] of cases) {
      const ours = check(schema, v);
      expect(pre[schema](v), `${schema} ${JSON.stringify(v).slice(0, 80)}`).toBe(ours === null);
      if (ours) expect(pre[schema].errors?.[0]?.instancePath || '/').toBe(ours.path);
    }
  });
});

describe('hashing', () => {
  it('uses RFC 6962 domain separation and split rule', () => {
    const l = ['a', 'b', 'c'].map(leafHash);
    expect(merkleRoot(l)).toBe(nodeHash(nodeHash(l[0], l[1]), l[2]));
    expect(merkleRoot([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('selectors count code points where the record counts UTF-16 units', () => {
    const text = 'Emoji 😀 then “a quote” here';
    const start = text.indexOf('a quote'), end = start + 'a quote'.length;
    const [q, pos] = selectors(text, { start, end }) as [{ exact: string }, { start: number; end: number }];
    expect(q.exact).toBe('a quote');
    expect(pos.start).toBe(start - 1);
    expect([...text].slice(pos.start, pos.end).join('')).toBe('a quote');
  });

  it.each([
    ['an emoji cut by the prefix', (claim: string) => '😀' + 'x'.repeat(31) + claim + ' and more'],
    ['an emoji cut by the suffix', (claim: string) => 'Before it. ' + claim + 'y'.repeat(31) + '😀 after'],
  ])('context never splits a surrogate pair: %s', (_, make) => {
    const text = make('the words');
    const start = text.indexOf('the words'), end = start + 'the words'.length;
    const [q] = selectors(text, { start, end }) as [{ prefix: string; suffix: string }];
    for (const s of [q.prefix, q.suffix]) expect(isWellFormed(s)).toBe(true);
    expect(text.slice(start - q.prefix.length, start)).toBe(q.prefix);
    expect(text.slice(end, end + q.suffix.length)).toBe(q.suffix);
    expect(() => canonical({ q })).not.toThrow();
  });
});
