// The CLI's commands: parses flags, calls the library, prints, and maps outcomes to exit codes. Nothing else.
// (Loaded by main.ts after prestart.ts has started `extract`'s worker thread.)
import { takeEarlyPool } from './prestart.js';
import { poolOptions, timeoutMessage } from '../pool.js';
import { Command, CommanderError } from 'commander';
import { createReadStream, readFileSync } from 'node:fs';
import type { ArticleInput } from '../article.js';
// the pipeline (compromise, htmlparser2) loads in the commands that process articles only: `verify`,
// `prove` and the tracking commands start in a fraction of the time
import { ConfigError, defaultConfig, loadConfig, type Config } from '../config.js';
import { verifyLedgerParallel } from '../ledger/verify.js';
import { parseVerifier, type Verifier } from '../ledger/sign.js';
import { checkProof, makeProof, type InclusionProof } from '../ledger/proof.js';
import { findClaim, readLedger } from '../ledger/read.js';
import { listCheckpoints } from '../ledger/checkpoint.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EXIT } from './exit.js';
import { trackCommands } from './track.js';
import { webCommands } from './web.js';
import { onStop, say } from './terminal.js';
import type { RunSummary } from '../run.js';
import { duration } from './progress.js';

/** The run's summary for a person at a terminal (a pipe or --json gets the JSON). */
function humanSummary(s: RunSummary): string {
  const claims = Object.entries(s.claims).map(([k, n]) => `${n} ${k}`).join(', ') || 'none';
  const rejects = Object.entries(s.rejects).map(([k, n]) => `${n} ${k}`).join(', ');
  return [
    `${s.processed} article${s.processed === 1 ? '' : 's'} into the ledger, ${s.skipped} already there, ${s.rejected} rejected${rejects ? ` (${rejects}; see rejects.jsonl)` : ''}`,
    `claims: ${claims}`,
    `${duration(s.seconds)} (${s.articlesPerSecond} articles/s), peak memory ${s.maxRssMb} MB`,
    `ledger: ${s.ledger}${s.checkpoint ? `; signed checkpoint ${s.checkpoint}` : ''}`,
    ...(s.repaired ? [`repaired: ${s.repaired}`] : []),
    ...(s.publicKey ? [`verifier key: ${s.publicKey}`] : []),
  ].join('\n') + '\n';
}
import { CONFIG_HELP, inputFile, ledgerFile, ledgerFolder, oneOf, pinnedKeyText, UsageError, whole, writerOptions } from './args.js';
import { LockedError } from '../lock.js';
import { LedgerWriteError } from '../ledger/append.js';

/** The config in use and where it came from: the file named, else ./pipeline.config.json when there is one, else the built-in defaults. */
let configSource = 'built-in defaults';
function config(file: string | undefined): Config {
  const chosen = file ?? (existsSync('pipeline.config.json') ? 'pipeline.config.json' : undefined);
  if (!chosen) { configSource = 'built-in defaults (no pipeline.config.json here)'; return defaultConfig; }
  configSource = chosen;
  try { return loadConfig(chosen); } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`claimledger: bad config: ${e.message}\n  at ${e.path}\n  fix: ${e.hint}\n`);
      process.exit(EXIT.CONFIG);
    }
    throw e;
  }
}

/** Writes to stdout; a reader that went away (`| head`) ends the command quietly (see the EPIPE handler). */
function out(s: string): void {
  process.stdout.write(s);
}

function readAll(file: string): Buffer {
  return file === '-' ? readFileSync(0) : readFileSync(file);
}

// a reader that went away (`claimledger query | head`) ends the command quietly, not with a stack trace
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(EXIT.OK); throw e; });

const program = new Command();
// (commander's own usage errors, an unknown flag or a bad value, come back here: exit 64, not 1)
program.name('claimledger').description('Reads news articles and writes a verifiable ledger of who said what.').version('0.1.0').exitOverride();

program.command('run')
  .description('process every input into output/ledger.jsonl, output/articles/ and output/rejects.jsonl')
  .argument('[inputs...]', 'files or directories (recursive); - reads JSONL from standard input (default: config "input")')
  .option('-c, --config <file>', CONFIG_HELP)
  .option('-i, --input <path>', 'an input file or directory (same as the positional argument)')
  .option('-o, --output <dir>', 'output directory (default: config "output")')
  .option('-w, --workers <n>', 'worker threads (default: one per core; 0 = in this thread, no time limit)', whole(0))
  .option('--timeout <ms>', 'per-article time limit in milliseconds (default: config limits.timeoutMs)', whole(1))
  .option('--stdin-format <f>', 'what - reads from standard input: jsonl (one article per line), html or text (one article)', oneOf('jsonl', 'html', 'text'), 'jsonl')
  .option('--break-lock', 'take the output\'s lock over even if another process seems to hold it (only when none is writing there)')
  .option('--json', 'print the summary as JSON (the default when standard output is not a terminal)')
  .option('--queue <url>', 'be the sequencer of a queue: workers on any machine (claimledger worker --queue URL) do the articles; redis://HOST:PORT/DB[?queue=NAME]')
  .option('--queue-down <seconds>', 'with --queue: how long Redis may be unreachable before the run stops (signed, resumable)', whole(1), 60)
  .action(async (inputs: string[], o: { config?: string; input?: string; output?: string; workers?: number; timeout?: number; stdinFormat: 'jsonl' | 'html' | 'text'; breakLock?: boolean; json?: boolean; queue?: string; queueDown: number }) => {
    const cfg = config(o.config);
    const [{ runBatch }, { progress }] = await Promise.all([import('../run.js'), import('./progress.js')]);
    const runner = o.queue ? await queueRunnerFor(o.queue, o.queueDown, o.breakLock, (l) => bar.log(l)) : undefined;
    const bar = progress();
    const targets = inputs.length ? inputs : [o.input ?? cfg.input];
    bar.log(`claimledger run: config: ${configSource}`);
    try {
      const summary = await runBatch({
        config: cfg, input: targets, output: o.output ?? cfg.output,
        workers: o.workers,
        timeoutMs: o.timeout ?? cfg.limits.timeoutMs,
        stdinFormat: o.stdinFormat,
        log: (s) => bar.log(s),
        breakLock: o.breakLock,
        onProgress: (d, t, c) => bar.update(d, t, c),
        ...(runner ? { runner } : {}),
      });
      bar.stop();
      if (o.json || !process.stdout.isTTY) process.stdout.write(JSON.stringify(summary) + '\n');
      else say(humanSummary(summary));
      process.exitCode = summary.rejected > 0 ? EXIT.SOME_REJECTED : EXIT.OK;
    } finally { bar.stop(); }
  });

program.command('extract')
  .description('one article record as JSON on stdout (no ledger); --jsonl: one record per input line')
  .argument('[file]', 'input file, or - for stdin', '-')
  .option('--jsonl', 'input is JSONL: {"id","text"} or {"id","html","url"?} per line')
  .option('-c, --config <file>', CONFIG_HELP)
  .option('--timeout <ms>', 'per-article time limit in milliseconds (default: config limits.timeoutMs)', whole(1))
  .action(async (file: string, o: { jsonl?: boolean; config?: string; timeout?: number }) => {
    const cfg = config(o.config);
    if (file !== '-') inputFile(file, 'input');
    const timeoutMs = o.timeout ?? cfg.limits.timeoutMs;
    const [{ Piscina }, { byteLines, parseJsonlLine }] = await Promise.all([import('piscina'), import('../jsonl.js')]);
    // the article runs in a worker thread under the same time and memory limits as in `run`
    const pool = takeEarlyPool() ?? new Piscina(poolOptions(1));
    type Out = { ok: true; json: string } | { ok: false; code: string; message: string };
    const one = async (input: ArticleInput, indent?: number): Promise<Out> => {
      try {
        return await (pool.run({ input, config: cfg, indent }, { name: 'extractOne', signal: AbortSignal.timeout(timeoutMs) }) as Promise<Out>);
      } catch (e) {
        if ((e as Error).name === 'AbortError' || /abort/i.test((e as Error).message)) return { ok: false, code: 'TIMEOUT', message: timeoutMessage(input.name, timeoutMs) };
        const oom = (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        return { ok: false, code: oom ? 'OUT_OF_MEMORY' : 'WORKER_FAILED', message: `${input.name}: ${oom ? 'the article needed more memory than a worker may use' : (e as Error).message}` };
      }
    };
    try {
      if (o.jsonl) {
        const stream = file === '-' ? process.stdin : createReadStream(file);
        let bad = 0;
        for await (const line of byteLines(stream as AsyncIterable<Buffer>, cfg.limits.maxBytes)) {
          const where = `${file === '-' ? 'stdin' : path.basename(file)}:${line.n}`;
          const fail = (id: string | undefined, code: string, message: string) => { bad++; out(JSON.stringify({ id, error: { code, message } }) + '\n'); };
          if ('tooLong' in line) { fail(where, 'TOO_LARGE', `${where} is ${line.tooLong} bytes, over the limit of ${cfg.limits.maxBytes} (limits.maxBytes)`); continue; }
          const text = line.bytes.toString('utf8');
          if (!text.trim()) continue;
          const item = parseJsonlLine(text, where);
          if (!item.ok) { fail(item.id, item.code, item.message); continue; }
          const r = await one(item.input);
          if (!r.ok) { fail(item.input.id, r.code, r.message); continue; }
          out(r.json + '\n');
        }
        process.exitCode = bad ? EXIT.SOME_REJECTED : EXIT.OK;
        return;
      }
      // (named as `run` names a file given alone: by its name, not the path typed)
      const r = await one({ name: file === '-' ? 'stdin' : path.basename(file), raw: readAll(file) }, 2);
      if (!r.ok) { process.stderr.write(`claimledger: ${r.code}: ${r.message}\n`); process.exitCode = EXIT.SOME_REJECTED; return; }
      out(r.json + '\n');
    } finally { await pool.destroy(); }
  });

/** The pinned verifier key: --key (the key itself or a file holding it), else the config's ledger.publicKey.
 *  Never a key read from the output folder being checked: that would only prove the folder matches itself. */
function pinnedKey(flag: string | undefined, configPath: string | undefined): Verifier | undefined {
  const text = pinnedKeyText(flag, flag ? undefined : config(configPath).ledger.publicKey)?.text;
  if (!text) return undefined;
  try { return parseVerifier(text); } catch (e) {
    process.stderr.write(`claimledger: bad verifier key: ${(e as Error).message}\n`);
    process.exit(EXIT.UNVERIFIABLE);
  }
}

program.command('verify')
  .description('check the ledger: chain, schemas, stored texts, claim offsets, signed checkpoints (exit 0 valid, 1 invalid, 2 cannot be verified)')
  .option('-l, --ledger <file>', 'ledger file', 'output/ledger.jsonl')
  .option('-k, --key <key>', 'the pinned verifier key (NAME+KEYID+BASE64) or a file holding it')
  .option('-c, --config <file>', 'pipeline config (for ledger.publicKey)')
  .option('--sources <dir>', 'also check every raw input in DIR against sha256Raw')
  .option('--since <checkpoint>', 'an older checkpoint note kept elsewhere: check today\'s ledger extends it (consistency proof)')
  .option('--proof <file>', 'check one inclusion proof (from `claimledger prove`) without the ledger')
  .option('--json', 'print the result as JSON')
  .action(async (o: { ledger: string; key?: string; config?: string; sources?: string; since?: string; proof?: string; json?: boolean }) => {
    if (o.since) inputFile(o.since, '--since checkpoint');
    if (o.proof) inputFile(o.proof, '--proof file');
    if (o.sources && !existsSync(o.sources)) throw new UsageError(`the --sources folder ${o.sources} does not exist`);
    const key = pinnedKey(o.key, o.config);
    if (o.proof) {
      if (!key) { process.stderr.write('claimledger verify --proof: pass the verifier key with --key\n'); process.exitCode = EXIT.UNVERIFIABLE; return; }
      let proof: InclusionProof;
      try { proof = JSON.parse(readFileSync(o.proof, 'utf8')) as InclusionProof; } catch (e) { throw new UsageError(`${o.proof} is not a proof (not JSON: ${(e as Error).message})`); }
      const r = checkProof(proof, key);
      if (o.json) process.stdout.write(JSON.stringify(r.ok ? { status: 'valid', entry: r.entry } : { status: 'invalid', code: r.code, message: r.message }) + '\n');
      else if (r.ok) process.stdout.write(`valid: entry ${String(r.entry.seq)} is in the tree the checkpoint signs\n`);
      else process.stderr.write(`claimledger verify --proof: ${r.code}: ${r.message}\n`);
      process.exitCode = r.ok ? EXIT.OK : EXIT.INVALID;
      return;
    }
    const r = await verifyLedgerParallel({ ledger: o.ledger, key, sources: o.sources, since: o.since });
    if (o.json) process.stdout.write(JSON.stringify(r) + '\n');
    else if (r.status === 'valid') {
      process.stdout.write(`valid: ${r.entries} entries, ${r.checkpoints} signed checkpoints, root ${r.root}${r.sources !== undefined ? `, ${r.sources} raw inputs matched` : ''}\n`);
      process.stdout.write(`keep: size ${r.entries}, root ${r.root}: copy ${path.join(path.dirname(o.ledger), 'checkpoint')} somewhere the ledger's writer cannot change; \`verify --since\` that copy later proves no entry was removed or rewritten (a plain verify cannot tell a rolled-back ledger)\n`);
    }
    else process.stderr.write(`claimledger verify: ${r.status}: ${r.code} at entry ${r.line}: ${r.message}\n`);
    process.exitCode = r.status === 'valid' ? EXIT.OK : r.status === 'invalid' ? EXIT.INVALID : EXIT.UNVERIFIABLE;
  });

program.command('prove')
  .description('print an inclusion proof for a claim (by claim id or leaf hash) against the latest checkpoint')
  .argument('<claim-id>')
  .option('-l, --ledger <file>', 'ledger file', 'output/ledger.jsonl')
  .action((id: string, o: { ledger: string }) => {
    const l = readLedger(ledgerFile(o.ledger));
    const index = findClaim(l, id);
    if (index < 0) throw new UsageError(`no claim ${id} in ${o.ledger}`);
    const notes = listCheckpoints(path.dirname(o.ledger));
    const latest = notes[notes.length - 1];
    const size = latest ? Number(path.basename(latest.file, '.note')) : 0;
    if (!latest || size <= index) { process.stderr.write('claimledger prove: no signed checkpoint covers this entry yet; run `claimledger run` first\n'); process.exitCode = EXIT.UNVERIFIABLE; return; }
    process.stdout.write(JSON.stringify(makeProof(l.lines, l.leaves, index, latest.note, size), null, 2) + '\n');
  });

program.command('event')
  .description('append an event about a claim (a correction, a retraction, a note): entries are never edited')
  .argument('<claim-id>')
  .requiredOption('--kind <kind>', 'correction | retraction | note (a verdict: use `claimledger review`)')
  .option('--note <text>', 'what happened, in words');
writerOptions(program.commands[program.commands.length - 1])
  .action(async (id: string, o: { kind: string; note?: string; ledger: string; config?: string; breakLock?: boolean }) => {
    const { appendClaimEvent } = await import('../track/review.js');
    if (o.kind === 'review') { process.stderr.write('claimledger event: a review needs its rating, reviewer and URL: use `claimledger review <claim-id> --rating … --by … --url …`\n'); process.exitCode = EXIT.USAGE; return; }
    if (!['correction', 'retraction', 'note'].includes(o.kind)) { process.stderr.write(`claimledger event: BAD_EVENT: --kind is correction, retraction or note, not ${JSON.stringify(o.kind)}\n`); process.exitCode = EXIT.USAGE; return; }
    // every event passes its schema before it is appended: what goes in cannot break an export later
    const r = appendClaimEvent(ledgerFile(o.ledger), config(o.config), id, o.kind, o.note ? { note: o.note } : {}, o.breakLock);
    if (!r.ok && r.code === 'NO_CLAIM') throw new UsageError(r.message);
    if (!r.ok) { process.stderr.write(`claimledger event: BAD_EVENT: ${r.problem.path} ${r.problem.message}\n`); process.exitCode = EXIT.USAGE; return; }
    process.stdout.write(`appended event ${r.entry} (${o.kind}) about entry ${r.about}\n`);
  });

/** The queue runner for `run --queue`, its URL checked first (a bad URL is a usage error). */
async function queueRunnerFor(url: string, downSeconds: number, breakLock: boolean | undefined, log: (l: string) => void) {
  const [{ queueRunner }, { parseQueueUrl, QueueUrlError }] = await Promise.all([import('../queue/runner.js'), import('../queue/redis.js')]);
  try { parseQueueUrl(url); } catch (e) { if (e instanceof QueueUrlError) throw new UsageError(e.message); throw e; }
  return queueRunner({ url, downMs: downSeconds * 1000, breakLock, onQueue: (q) => log(JSON.stringify({ queue: q })) });
}

program.command('worker')
  .description('run the articles of a queue on this machine (as many machines as you like): claimledger run --queue URL is the sequencer that writes the ledger')
  .requiredOption('--queue <url>', 'redis://HOST:PORT/DB[?queue=NAME], the same as the sequencer\'s')
  .option('--concurrency <n>', 'articles at once, one worker thread each (default: one per core)', whole(1))
  .option('--lock <seconds>', 'a job held by a worker that stops answering (killed) runs again elsewhere after this long', whole(1), 30)
  .action(async (o: { queue: string; concurrency?: number; lock: number }) => {
    const [{ startQueueWorker }, { parseQueueUrl, QueueUrlError }, { availableParallelism }] = await Promise.all([import('../queue/worker.js'), import('../queue/redis.js'), import('node:os')]);
    try { parseQueueUrl(o.queue); } catch (e) { if (e instanceof QueueUrlError) throw new UsageError(e.message); throw e; }
    const w = await startQueueWorker({ url: o.queue, concurrency: o.concurrency ?? availableParallelism(), lockMs: o.lock * 1000, log: (l) => process.stderr.write(l + '\n') });
    // jobs in hand finish first (at most 10 s; a second signal, or Redis away, stops at once: their locks lapse and they run elsewhere)
    let stopping = false;
    const stop = () => {
      if (stopping) process.exit(0);
      stopping = true;
      process.stderr.write(`worker: stopping after ${w.done()} articles (jobs in hand finish first)\n`);
      setTimeout(() => process.exit(0), 10_000).unref();
      void w.close().then(() => process.exit(0), () => process.exit(0));
    };
    onStop(stop);
  });

program.command('manifest')
  .description('the file contract, step 1: split the inputs into N manifest files, one line per input with its position, for any batch engine to work')
  .argument('[inputs...]', 'files or directories, as for run (default: config "input")')
  .requiredOption('--to <dir>', 'where the manifests go')
  .option('--shards <n>', 'how many manifests (input n goes to shard n mod N)', whole(1), 1)
  .option('-c, --config <file>', CONFIG_HELP)
  .action(async (inputs: string[], o: { to: string; shards: number; config?: string }) => {
    const cfg = config(o.config);
    const { writeManifest } = await import('../contract.js');
    const r = await writeManifest({ inputs: inputs.length ? inputs : [cfg.input], shards: o.shards, dir: o.to, config: cfg });
    process.stdout.write(JSON.stringify({ inputs: r.lines, manifests: r.files }) + '\n');
  });

program.command('work')
  .description('the file contract, step 2: the per-article work of one manifest into a results file (no ledger; resumable: a rerun finishes what is missing)')
  .requiredOption('--from <manifest>', 'a manifest file from claimledger manifest')
  .requiredOption('--to <results>', 'the results file (JSONL)')
  .option('-w, --workers <n>', 'worker threads (default: one per core)', whole(1))
  .option('--timeout <ms>', 'per-article time limit in milliseconds (default: config limits.timeoutMs)', whole(1))
  .option('-c, --config <file>', CONFIG_HELP)
  .action(async (o: { from: string; to: string; workers?: number; timeout?: number; config?: string }) => {
    const cfg = config(o.config);
    inputFile(o.from, '--from manifest');
    const [{ workManifest, ContractError }, { availableParallelism }] = await Promise.all([import('../contract.js'), import('node:os')]);
    try {
      const r = await workManifest({ from: o.from, to: o.to, config: cfg, workers: o.workers ?? availableParallelism(), timeoutMs: o.timeout ?? cfg.limits.timeoutMs });
      process.stdout.write(JSON.stringify({ worked: r.done, alreadyThere: r.skipped, results: o.to }) + '\n');
    } catch (e) { if (e instanceof ContractError) throw new UsageError(e.message); throw e; }
  });

program.command('append')
  .description('the file contract, step 3: append the results of every shard, in input order, to the ledger: the same ledger a local run writes')
  .requiredOption('--from <results...>', 'the results files (any order)')
  .option('-o, --output <dir>', 'output directory (default: config "output")')
  .option('-c, --config <file>', 'the config the shards were worked under')
  .option('--break-lock', 'take the output\'s lock over even if another process seems to hold it')
  .action(async (o: { from: string[]; output?: string; config?: string; breakLock?: boolean }) => {
    const cfg = config(o.config);
    for (const f of o.from) inputFile(f, '--from results');
    const [{ runBatch }, { resultItems, ContractError }] = await Promise.all([import('../run.js'), import('../contract.js')]);
    try {
      const summary = await runBatch({ config: cfg, input: [], output: o.output ?? cfg.output, items: resultItems(o.from, cfg), breakLock: o.breakLock, workers: 0, log: (l) => process.stderr.write(l + '\n') });
      process.stdout.write(JSON.stringify(summary) + '\n');
      process.exitCode = summary.rejected > 0 ? EXIT.SOME_REJECTED : EXIT.OK;
    } catch (e) { if (e instanceof ContractError) throw new UsageError(e.message); throw e; }
  });

program.command('check-records')
  .description('check that every record file in output/articles/ matches the ledger (text hash, text, claims); exit 0 all match, 1 a difference')
  .option('-o, --output <dir>', 'output directory', 'output')
  .option('--json', 'print the report as JSON')
  .action(async (o: { output: string; json?: boolean }) => {
    const { checkRecords } = await import('../ledger/records.js');
    const r = checkRecords(ledgerFolder(o.output));
    if (o.json) process.stdout.write(JSON.stringify(r) + '\n');
    else {
      for (const p of r.problems) process.stderr.write(`${p.code}: ${p.file}: ${p.message}\n`);
      process.stdout.write(`${r.checked} articles, ${r.problems.length} record problems\n`);
    }
    process.exitCode = r.problems.length ? EXIT.INVALID : EXIT.OK;
  });

trackCommands(program, config);
webCommands(program, config);

// every outcome a user can cause has its message and code; only a bug prints a stack trace (exit 70)
program.parseAsync(process.argv).catch((e: unknown) => {
  const name = program.args[0] ? `claimledger ${program.args[0]}` : 'claimledger';
  if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? EXIT.OK : EXIT.USAGE); // commander has said what
  if (e instanceof UsageError) { process.stderr.write(`${name}: ${e.message}\n`); process.exit(EXIT.USAGE); }
  if (e instanceof LockedError) { process.stderr.write(`${name}: ${e.message}\n`); process.exit(EXIT.LOCKED); }
  if (e instanceof Error && e.name === 'QueueError') { const c = (e as Error & { code: string }).code; process.stderr.write(`${name}: ${c}: ${e.message}\n`); process.exit(c === 'QUEUE_BUSY' ? EXIT.LOCKED : EXIT.UNAVAILABLE); }
  if (e instanceof LedgerWriteError) { process.stderr.write(`${name}: ${e.message}\n`); process.exit(EXIT.IO); }
  process.stderr.write(`claimledger: ${(e as Error).stack ?? e}\n`);
  process.exit(EXIT.INTERNAL);
});
