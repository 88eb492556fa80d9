#!/usr/bin/env node
// npm run fuzz [-- --short] [--seed N]: hostile input through the pipeline and hostile edits through verify.
//   pipeline: 10,000 inputs (1,000 with --short) from fast-check, each in a worker thread under a 20 s
//             limit: random text and HTML, deep nesting, JSONL lines with numbers past 2^53 and 1e400,
//             duplicate keys, lone surrogates, CRLF, random bytes; and `run` over a JSONL file with one
//             100 MB line (12 MB with --short). A throw, a hang or a claim whose offsets do not slice back
//             is a failure.
//   verify:   1,000 mutated copies (200 with --short) of a signed ledger of three articles: byte flips,
//             inserted and deleted bytes, duplicate keys, big numbers, lone surrogates, CRLF, reordered,
//             duplicated, dropped or appended lines, deep nesting. A throw, a hang or a "valid" verdict on
//             a ledger whose bytes changed is a failure.
// Prints one JSON report; exits 1 on any failure. Runs on the built dist/ (npm run build first).
import fc from 'fast-check';
import { Piscina } from 'piscina';
import { cpSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBatch } from '../dist/run.js';
import { verifyLedger } from '../dist/ledger/verify.js';
import { parseVerifier } from '../dist/ledger/sign.js';
import { defaultConfig } from '../dist/config.js';
import { defaultKeyFile } from '../dist/ledger/keys.js';

const argv = process.argv.slice(2);
const short = argv.includes('--short');
const seed = Number(argv.find((a) => a.startsWith('--seed='))?.slice(7) ?? 20261207);
const N_PIPELINE = short ? 1000 : 10000, N_VERIFY = short ? 200 : 1000, BIG_LINE_MB = short ? 12 : 100;
const here = path.dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'claimledger-fuzz-'));
process.env.CLAIMLEDGER_KEY_DIR = path.join(work, 'keys');

// ---- inputs ------------------------------------------------------------------------------------
const words = ['the', 'minister', 'said', 'that', '“', '”', '"', "''", "'", '—', ',', '.', ':', '\n\n', '\r\n', 'According', 'to', 'Anna', 'Kowalska', 'he', 'told', 'reporters', '42', '9007199254740993', '1e400', 'percent', 'Mr.', 'U.S.', '‘', '’', '(', ')', '\u00a0', '\u00ad', '\u202e', '\u0000', '\u001b[31m', '😀', '\ud800', '\udc00', 'said:', 'X:'];
const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 8 }), fc.string({ maxLength: 4, unit: 'grapheme' }), fc.string({ maxLength: 3, unit: 'binary' })), { maxLength: 150 }).map((a) => a.join(' '));
const tags = ['p', 'div', 'article', 'blockquote', 'li', 'span', 'h1', 'nav', 'script', 'style', 'table', 'td'];
const html = fc.tuple(text, fc.array(fc.constantFrom(...tags), { maxLength: 12 }), fc.integer({ min: 0, max: 3000 })).map(([t, ts, depth]) =>
  `<!doctype html><html><head><title>${t.slice(0, 40)}</title><script type="application/ld+json">{"@type":"NewsArticle","headline":${JSON.stringify(t.slice(0, 30))},"author":{"name":"A"}}</script></head><body>` +
  '<div>'.repeat(depth) + ts.map((g) => `<${g}>${t}</${g}>`).join('') + `<article><p>${t}</p><p>${t.split(' ').reverse().join(' ')}</p></article>` + '</div>'.repeat(depth) + '</body></html>');
const jsonValue = fc.oneof(fc.string(), fc.constantFrom('9007199254740993', '1e400', '-1e400', '1E+999', '0.1e-400', 'null', 'true', '[]', '{}', '"\\ud800"', '"\\udc00x"', '"a\\u0000b"'));
// a JSONL line, hand-built so it can hold what JSON.stringify never writes: duplicate keys, big numbers, lone surrogate escapes, CRLF, deep nesting
const jsonl = fc.tuple(text, fc.array(fc.tuple(fc.constantFrom('id', 'text', 'html', 'url', 'published', 'x'), jsonValue), { maxLength: 5 }), fc.integer({ min: 0, max: 5000 }), fc.boolean()).map(([t, extra, depth, crlf]) =>
  '{' + [`"id":${JSON.stringify(t.slice(0, 20))}`, `"text":${JSON.stringify(`Headline\n\n${t}`)}`, ...extra.map(([k, v]) => `"${k}":${v.startsWith('"') || /^[-\d\[{ntf]/.test(v) ? v : JSON.stringify(v)}`), `"deep":${'['.repeat(depth)}${']'.repeat(depth)}`].join(',') + '}' + (crlf ? '\r' : ''));
const input = fc.oneof(
  text.map((t) => ({ kind: 'text', data: `Headline\n\n${t}\n\nMore text follows here today.` })),
  html.map((h) => ({ kind: 'html', data: h })),
  jsonl.map((l) => ({ kind: 'jsonl', data: l })),
  fc.uint8Array({ maxLength: 2000 }).map((b) => ({ kind: 'bytes', data: b })),
);

// ---- 1. the pipeline ---------------------------------------------------------------------------
async function fuzzPipeline() {
  const pool = new Piscina({ filename: path.join(here, 'fuzz-worker.mjs'), minThreads: 2, maxThreads: 2, resourceLimits: { maxOldGenerationSizeMb: 256 } });
  const report = { inputs: 0, ok: 0, rejects: 0, throws: 0, hangs: 0, failures: [] };
  const samples = fc.sample(input, { numRuns: N_PIPELINE, seed });
  await Promise.all(samples.map(async (s, i) => {
    const r = await pool.run(s, { signal: AbortSignal.timeout(20_000) }).catch((e) => (/abort/i.test(String(e?.name) + e?.message) ? { outcome: 'hang' } : { outcome: 'throw', message: String(e?.message) }));
    report.inputs++;
    if (r.outcome === 'ok') report.ok++;
    else if (r.outcome === 'reject') report.rejects++;
    else { report[r.outcome === 'hang' ? 'hangs' : 'throws']++; if (report.failures.length < 10) report.failures.push({ i, kind: s.kind, ...r, input: String(s.data).slice(0, 300) }); }
  }));
  await pool.destroy();
  // one JSONL line of BIG_LINE_MB through `run`: refused as TOO_LARGE, the next line goes in
  const file = path.join(work, 'big.jsonl');
  const fd = openSync(file, 'w');
  writeSync(fd, '{"id":"big","text":"');
  const block = Buffer.alloc(1 << 20, 0x61);
  for (let i = 0; i < BIG_LINE_MB; i++) writeSync(fd, block);
  writeSync(fd, '"}\n{"id":"ok","text":"“We will finish the bridge by May,” the mayor said on Monday."}\n');
  closeSync(fd);
  try {
    const s = await runBatch({ config: defaultConfig, input: file, output: path.join(work, 'big-out'), workers: 1 });
    report.bigLine = { mb: BIG_LINE_MB, rejects: s.rejects, processed: s.processed, maxRssMb: s.maxRssMb };
    if (s.rejects.TOO_LARGE !== 1 || s.processed !== 1) { report.throws++; report.failures.push({ kind: 'big-line', summary: s }); }
  } catch (e) { report.throws++; report.failures.push({ kind: 'big-line', message: String(e?.stack ?? e) }); }
  rmSync(file, { force: true });
  return report;
}

// ---- 2. verify on mutated ledgers ----------------------------------------------------------------
function mutate(bytes, m, rnd) {
  const s = bytes.toString('latin1');
  const lines = s.split('\n').slice(0, -1);
  const at = (n) => Math.floor(rnd() * n);
  switch (m) {
    case 'flip': { const b = Buffer.from(bytes); const i = at(b.length); b[i] ^= 1 << at(8); return b; }
    case 'insert': { const i = at(s.length); return Buffer.from(s.slice(0, i) + String.fromCharCode(32 + at(90)) + s.slice(i), 'latin1'); }
    case 'delete': { const i = at(s.length); return Buffer.from(s.slice(0, i) + s.slice(i + 1), 'latin1'); }
    case 'duplicate-key': { const k = at(lines.length); lines[k] = lines[k].replace('{"body":', '{"v":1,"body":'); break; }
    case 'big-number': { const k = at(lines.length); lines[k] = lines[k].replace(/"seq":\d+/, `"seq":${['9007199254740993', '1e400', '-0', '1.0'][at(4)]}`); break; }
    case 'lone-surrogate': { const k = at(lines.length); lines[k] = lines[k].replace(/"text":"/, '"text":"\\ud800'); break; }
    case 'crlf': return Buffer.from(s.replace(/\n/g, '\r\n'), 'latin1');
    case 'reorder': { const a = at(lines.length), b = at(lines.length); [lines[a], lines[b]] = [lines[b], lines[a]]; break; }
    case 'duplicate-line': { const k = at(lines.length); lines.splice(k, 0, lines[k]); break; }
    case 'drop-line': { lines.splice(at(lines.length), 1); break; }
    case 'append-line': { lines.push(lines[at(lines.length)]); break; }
    case 'deep': { const k = at(lines.length); lines[k] = lines[k].replace('"body":{', `"body":{"x":${'['.repeat(5000)}${']'.repeat(5000)},`); break; }
    case 'truncate': return bytes.subarray(0, at(bytes.length));
  }
  return Buffer.from(lines.join('\n') + '\n', 'latin1');
}

async function fuzzVerify() {
  const input = path.join(work, 'ledger-input');
  mkdirSync(input);
  writeFileSync(path.join(input, 'a.txt'), 'Harbour works\n\n“We will finish the bridge by May,” the mayor said on Monday. The council approved 12 million euros, officials said.\n');
  writeFileSync(path.join(input, 'b.txt'), 'Storm news\n\n“Nobody expected the delay,” said Ana Ruiz, a council member. “We lost 3 weeks.”\n');
  writeFileSync(path.join(input, 'c.jsonl'), JSON.stringify({ id: 'c', text: 'Port deal\n\nThe port authority said it would hire 200 workers, according to a statement. “It’s a good day,” he said. 😀' }) + '\n');
  const base = path.join(work, 'ledger-base');
  await runBatch({ config: defaultConfig, input, output: base, workers: 0 });
  const key = parseVerifier(readFileSync(defaultKeyFile(defaultConfig.ledger.origin).replace(/\.key$/, '.pub'), 'utf8'));
  const good = readFileSync(path.join(base, 'ledger.jsonl'));
  const report = { mutations: 0, unchanged: 0, valid: 0, throws: 0, hangs: 0, byCode: {}, failures: [] };
  if (verifyLedger({ ledger: path.join(base, 'ledger.jsonl'), key }).status !== 'valid') throw new Error('the unmutated ledger does not verify');
  const kinds = ['flip', 'insert', 'delete', 'duplicate-key', 'big-number', 'lone-surrogate', 'crlf', 'reorder', 'duplicate-line', 'drop-line', 'append-line', 'deep', 'truncate'];
  let x = seed;
  const rnd = () => { x = (x * 1103515245 + 12345) % 2 ** 31; return x / 2 ** 31; };
  const dir = path.join(work, 'ledger-mut');
  cpSync(base, dir, { recursive: true });
  for (let i = 0; i < N_VERIFY; i++) {
    const kind = kinds[i % kinds.length];
    const bytes = mutate(good, kind, rnd);
    report.mutations++;
    if (Buffer.compare(bytes, good) === 0) { report.unchanged++; continue; }
    writeFileSync(path.join(dir, 'ledger.jsonl'), bytes);
    const t0 = performance.now();
    try {
      const r = verifyLedger({ ledger: path.join(dir, 'ledger.jsonl'), key });
      if (performance.now() - t0 > 20_000) report.hangs++;
      report.byCode[r.code ?? 'VALID'] = (report.byCode[r.code ?? 'VALID'] ?? 0) + 1;
      if (r.status === 'valid') { report.valid++; if (report.failures.length < 10) report.failures.push({ i, kind }); }
    } catch (e) { report.throws++; if (report.failures.length < 10) report.failures.push({ i, kind, message: String(e?.stack ?? e).slice(0, 400) }); }
  }
  return report;
}

const t0 = performance.now();
const pipeline = await fuzzPipeline();
const verify = await fuzzVerify();
const report = { seed, short, seconds: Math.round((performance.now() - t0) / 100) / 10, pipeline, verify };
console.log(JSON.stringify(report, null, 2));
rmSync(work, { recursive: true, force: true });
const failed = pipeline.throws + pipeline.hangs + verify.throws + verify.hangs + verify.valid;
process.exit(failed ? 1 : 0);
