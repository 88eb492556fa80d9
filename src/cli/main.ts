#!/usr/bin/env node
// The CLI: parses flags, calls the library, prints, and maps outcomes to exit codes. Nothing else.
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { processArticle } from '../pipeline.js';
import { toRecord } from '../record.js';
import { parseJsonlLine } from '../jsonl.js';
import { runBatch } from '../run.js';
import { verifyLedger } from '../ledger/verify.js';
import { EXIT } from './exit.js';

function config(path: string | undefined): Config {
  const file = path ?? 'pipeline.config.json';
  try { return loadConfig(file); } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`claimledger: bad config: ${e.message}\n  at ${e.path}\n  fix: ${e.hint}\n`);
      process.exit(EXIT.CONFIG);
    }
    throw e;
  }
}

function readAll(file: string): Buffer {
  return file === '-' ? readFileSync(0) : readFileSync(file);
}

const program = new Command();
program.name('claimledger').description('Reads news articles and writes a verifiable ledger of who said what.').version('0.1.0');

program.command('run')
  .description('process every input file into output/ledger.jsonl, output/articles/ and output/rejects.jsonl')
  .option('-c, --config <file>', 'pipeline config', 'pipeline.config.json')
  .option('-i, --input <dir>', 'input directory or file (default: config "input")')
  .option('-o, --output <dir>', 'output directory (default: config "output")')
  .action(async (o: { config: string; input?: string; output?: string }) => {
    const cfg = config(o.config);
    const summary = await runBatch({ config: cfg, input: o.input ?? cfg.input, output: o.output ?? cfg.output, log: (s) => process.stderr.write(s + '\n') });
    process.stdout.write(JSON.stringify(summary) + '\n');
    process.exitCode = summary.rejected > 0 ? EXIT.SOME_REJECTED : EXIT.OK;
  });

program.command('extract')
  .description('one article record as JSON on stdout (no ledger); --jsonl: one record per input line')
  .argument('[file]', 'input file, or - for stdin', '-')
  .option('--jsonl', 'input is JSONL: {"id","text"} or {"id","html","url"?} per line')
  .option('-c, --config <file>', 'pipeline config', 'pipeline.config.json')
  .action(async (file: string, o: { jsonl?: boolean; config: string }) => {
    const cfg = config(o.config);
    if (o.jsonl) {
      const stream = file === '-' ? process.stdin : (await import('node:fs')).createReadStream(file);
      let n = 0, bad = 0;
      for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
        n++;
        if (!line.trim()) continue;
        const item = parseJsonlLine(line, `${file}:${n}`);
        if (!item.ok) { bad++; process.stdout.write(JSON.stringify({ id: item.id, error: { code: item.code, message: item.message } }) + '\n'); continue; }
        const r = processArticle(item.input, cfg);
        if (!r.ok) { bad++; process.stdout.write(JSON.stringify({ id: item.input.id, error: { code: r.code, message: r.message } }) + '\n'); continue; }
        process.stdout.write(JSON.stringify(toRecord(r.file)) + '\n');
      }
      process.exitCode = bad ? EXIT.SOME_REJECTED : EXIT.OK;
      return;
    }
    const r = processArticle({ name: file === '-' ? 'stdin' : file, raw: readAll(file) }, cfg);
    if (!r.ok) { process.stderr.write(`claimledger: ${r.code}: ${r.message}\n`); process.exitCode = EXIT.SOME_REJECTED; return; }
    process.stdout.write(JSON.stringify(toRecord(r.file), null, 2) + '\n');
  });

program.command('verify')
  .description('recompute the hash chain and validate every entry and claim against the stored texts')
  .option('-l, --ledger <file>', 'ledger file', 'output/ledger.jsonl')
  .action((o: { ledger: string }) => {
    const r = verifyLedger(o.ledger);
    if (r.ok) { process.stdout.write(`ok: ${r.entries} entries, head ${r.head}\n`); process.exitCode = EXIT.OK; return; }
    process.stderr.write(`claimledger verify: ${r.code} at line ${r.line}: ${r.message}\n`);
    process.exitCode = EXIT.VERIFY_FAILED;
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`claimledger: ${(e as Error).stack ?? e}\n`);
  process.exit(EXIT.INTERNAL);
});
