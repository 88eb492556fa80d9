// CLI commands over the derived index: reindex, audit, query, review, status, export. Each parses its
// flags, calls src/track/, prints, and sets the exit code.
// The tracking library (SQLite, tables) loads with the first tracking command, so that `verify` and
// `prove` start without it.
import type { Command } from 'commander';
import { rmSync, writeFileSync } from 'node:fs';
import type { DB } from '../track/db.js';
import type { Config } from '../config.js';
import type { ClaimResult } from '../track/query.js';
import type { ExportFormat } from '../track/export.js';
import { EXIT } from './exit.js';
import { printable, say } from './terminal.js';
import { CONFIG_HELP, date, ledgerFile, ledgerFolder, oneOf, score, UsageError, whole, writerOptions } from './args.js';

async function load() {
  const [{ default: Table }, db, { audit }, { query }, { status }, ex, { appendReview, appendCorrection }] = await Promise.all([
    import('cli-table3'), import('../track/db.js'), import('../track/audit.js'), import('../track/query.js'),
    import('../track/status.js'), import('../track/export.js'), import('../track/review.js'),
  ]);
  TableClass = Table;
  return { openIndex: db.openIndex, reindex: db.reindex, audit, query, status, exportClaims: ex.exportClaims, appendReview, appendCorrection };
}
let TableClass: typeof import('cli-table3') | undefined;

/**
 * Runs `fn` on the output's index (built or brought up to date from the ledger first). An index that is
 * damaged (a disk error, a copy cut short) is only derived data: it is rebuilt from the ledger, said, and
 * `fn` runs again.
 */
async function withIndex(dir: string, cfg: Config, fn: (db: DB) => void): Promise<void> {
  const { openIndex, reindex, indexPath } = await import('../track/db.js');
  const damaged = (e: unknown) => /^SQLITE_(CORRUPT|NOTADB)/.test(String((e as { code?: string }).code ?? ''));
  let db: DB | undefined;
  try {
    db = openIndex(dir, cfg);
    fn(db);
  } catch (e) {
    if (!damaged(e)) throw e;
    db?.close();
    db = undefined;
    process.stderr.write(`claimledger: ${indexPath(dir)} was damaged (${(e as Error).message}); rebuilt it from the ledger\n`);
    rmSync(indexPath(dir), { force: true });
    reindex(dir, cfg);
    db = openIndex(dir, cfg);
    fn(db);
  } finally { db?.close(); }
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function table(head: string[], rows: (string | number | null)[][], widths?: number[]): string {
  const t = new TableClass!({ head, wordWrap: true, ...(widths ? { colWidths: widths } : {}), style: { head: [], border: [] } });
  // (a cell's own newlines are text from an article: shown as \n; the table's line breaks are its own)
  for (const r of rows) t.push(r.map((x) => (x === null ? '' : printable(String(x)))));
  return t.toString() + '\n';
}

/** Triage: the highest-scored claims first, with why. */
function rankTable(rows: ClaimResult[]): string {
  return table(['score', 'claim', 'why (largest reasons)', 'speaker', 'source'], rows.map((c) => [
    c.score?.toFixed(2) ?? '', cut(c.text, 70), c.reasons.slice(0, 3).join('\n'), c.speaker?.name ?? '', `${c.source.publisher ?? c.source.input} [${c.start},${c.end})`,
  ]), [7, 44, 26, 18, 24]);
}

/** the speaker as corrected, with the original beside it ("Ana Ruiz (corrected; was the mayor)") */
function shownSpeaker(c: ClaimResult): string {
  const was = c.speaker?.name ?? 'no speaker';
  return c.correction?.speaker ? `${c.correction.speaker} (corrected; was ${was})` : c.speaker?.name ?? '';
}
function shownType(c: ClaimResult): string {
  if (c.correction?.notAClaim) return `not a claim (corrected; was ${c.type})`;
  return c.correction?.type ? `${c.correction.type} (corrected; was ${c.type})` : c.type;
}

function claimTable(rows: ClaimResult[]): string {
  return table(['published', 'speaker', 'type', 'claim', 'source', 'review'], rows.map((c) => [
    c.source.published?.slice(0, 10) ?? '', shownSpeaker(c), shownType(c), cut(c.text, 90), `${c.source.publisher ?? c.source.input} [${c.start},${c.end})`,
    c.reviews.map((r) => `${r.rating} (${r.by}${r.via === 'cluster' ? ', on a repeat' : ''})`).join('; '),
  ]), [12, 20, 9, 50, 26, 22]);
}

export function trackCommands(program: Command, config: (file: string | undefined) => Config): void {
  const out = (o: { output?: string }, cfg: Config) => ledgerFolder(o.output ?? cfg.output);

  program.command('reindex')
    .description('rebuild output/index.sqlite (claims across articles, speakers, clusters, events) from the ledger alone')
    .option('-o, --output <dir>', 'output directory (default: config "output")')
    .option('-c, --config <file>', CONFIG_HELP)
    .action(async (o: { output?: string; config?: string }) => {
      const { reindex } = await load();
      const cfg = config(o.config);
      const r = reindex(out(o, cfg), cfg);
      process.stdout.write(JSON.stringify(r) + '\n');
    });

  program.command('audit')
    .description('attribution problems: quotes with no speaker, long pronoun chains, conflicting speakers, drifted wording, duplicates')
    .option('-o, --output <dir>', 'output directory (default: config "output")')
    .option('-c, --config <file>', CONFIG_HELP)
    .option('--json', 'print the findings as JSON')
    .option('--all', 'also print the informational findings (repeats, speaker spellings)')
    .action(async (o: { output?: string; config?: string; json?: boolean; all?: boolean }) => {
      const { audit } = await load();
      const cfg = config(o.config);
      await withIndex(out(o, cfg), cfg, (db) => {
        const findings = audit(db, cfg);
        if (o.json) { process.stdout.write(JSON.stringify(findings, null, 2) + '\n'); return; }
        const shown = o.all ? findings : findings.filter((f) => f.severity === 'problem');
        const counts = new Map<string, number>();
        for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
        process.stdout.write(table(['finding', 'what', 'claims (input [start,end))'], shown.map((f) => [
          f.code, f.diff ? `${f.message}\n${cut(f.diff, 300)}` : f.message,
          f.claims.slice(0, 6).map((c) => `${c.id} ${c.input} [${c.start},${c.end})${c.speaker ? ` ${c.speaker}` : ''}`).join('\n') + (f.claims.length > 6 ? `\n… ${f.claims.length - 6} more` : ''),
        ]), [26, 60, 70]));
        say(`${[...counts].map(([k, n]) => `${k} ${n}`).join(', ') || 'no findings'}\n`);
      });
    });

  program.command('query')
    .description('claims by speaker, text (full-text), article, date range or type, in publication order')
    .option('--speaker <name>', 'any spelling of the speaker\'s name ("Okafor", "Mr. Okafor", "Jane Okafor")')
    .option('--text <words>', 'full-text search over the claims\' words')
    .option('--article <id>', 'an article id, input name, URL, source leaf hash or words of its title')
    .option('--from <date>', 'published on or after (YYYY-MM-DD)', date)
    .option('--to <date>', 'published on or before (YYYY-MM-DD)', date)
    .option('--type <type>', 'direct | partial | indirect | statement', oneOf('direct', 'partial', 'indirect', 'statement'))
    .option('--min-score <x>', 'check-worthiness score at least x (0 to 1)', score)
    .option('--limit <n>', 'at most n results', whole(1))
    .option('--format <f>', 'jsonl | table', oneOf('jsonl', 'table'), 'table')
    .option('--rank', 'order by check-worthiness score, highest first, with the top reasons (triage)')
    .option('-o, --output <dir>', 'output directory (default: config "output")')
    .option('-c, --config <file>', CONFIG_HELP)
    .action(async (o: { speaker?: string; text?: string; article?: string; from?: string; to?: string; type?: string; minScore?: number; limit?: number; format: string; rank?: boolean; output?: string; config?: string }) => {
      const { query } = await load();
      const cfg = config(o.config);
      await withIndex(out(o, cfg), cfg, (db) => {
        const rows = query(db, { speaker: o.speaker, text: o.text, article: o.article, from: o.from, to: o.to, type: o.type, minScore: o.minScore, limit: o.limit, rank: o.rank });
        if (o.format === 'jsonl') process.stdout.write(rows.map((r) => JSON.stringify(r) + '\n').join(''));
        else process.stdout.write((o.rank ? rankTable(rows) : claimTable(rows)) + `${rows.length} claims\n`);
      });
    });

  program.command('review')
    .description('append a review verdict about a claim as an event (nothing is edited); it carries over to the claim\'s repeats')
    .argument('<claim-id>')
    .requiredOption('--rating <text>', 'the reviewer\'s own rating ("False", "Mostly true", …)')
    .requiredOption('--by <org>', 'the reviewing organisation')
    .requiredOption('--url <url>', 'where the review is published')
    .option('--date <date>', 'the review\'s date (YYYY-MM-DD)', date);
  writerOptions(program.commands[program.commands.length - 1])
    .action(async (id: string, o: { rating: string; by: string; url: string; date?: string; ledger: string; config?: string; breakLock?: boolean }) => {
      const { appendReview } = await load();
      const r = appendReview(ledgerFile(o.ledger), config(o.config), id, o);
      if (!r.ok) { process.stderr.write(`claimledger review: ${r.code}: ${r.message}\n`); process.exitCode = EXIT.USAGE; return; }
      process.stdout.write(`appended review (entry ${r.entry}) about claim ${id} (entry ${r.about})\n`);
    });

  program.command('correct')
    .description('append a correction of a claim\'s attribution as an event (nothing is edited): the right speaker, the right type, or not a claim')
    .argument('<claim-id>')
    .option('--speaker <name>', 'the right speaker')
    .option('--type <type>', 'the right type: direct | partial | indirect | statement', oneOf('direct', 'partial', 'indirect', 'statement'))
    .option('--not-a-claim', 'the words are no claim at all')
    .option('--by <name>', 'who corrects it')
    .option('--note <text>', 'why, in words')
    .option('--date <date>', 'the correction\'s date (YYYY-MM-DD)', date);
  writerOptions(program.commands[program.commands.length - 1])
    .action(async (id: string, o: { speaker?: string; type?: string; notAClaim?: boolean; by?: string; note?: string; date?: string; ledger: string; config?: string; breakLock?: boolean }) => {
      const { appendCorrection } = await load();
      const r = appendCorrection(ledgerFile(o.ledger), config(o.config), id, o);
      if (!r.ok) throw new UsageError(`${r.code}: ${r.message}`);
      process.stdout.write(`appended correction (entry ${r.entry}) about claim ${id} (entry ${r.about})\n`);
    });

  program.command('status')
    .description('a claim\'s history: the claim, its events in ledger order, its cluster and the reviews they carry')
    .argument('<claim-id>')
    .option('--json', 'print as JSON')
    .option('-o, --output <dir>', 'output directory (default: config "output")')
    .option('-c, --config <file>', CONFIG_HELP)
    .action(async (id: string, o: { json?: boolean; output?: string; config?: string }) => {
      const { status } = await load();
      const cfg = config(o.config);
      await withIndex(out(o, cfg), cfg, (db) => {
        const s = status(db, id);
        if (!s) throw new UsageError(`no claim ${id} in ${out(o, cfg)}`);
        if (o.json) { process.stdout.write(JSON.stringify(s, null, 2) + '\n'); return; }
        const c = s.claim;
        say(`${c.id} (${c.type}) ${c.speaker ? `${c.speaker.name}${c.cue ? ` ${c.cue}` : ''}` : 'no speaker'}\n  “${c.text}”\n  ${c.source.publisher ?? ''} ${c.source.published ?? ''} ${c.source.input} [${c.start}, ${c.end})\n`);
        if (c.correction) say(`  corrected (entry ${c.correction.seq}${c.correction.by ? `, by ${c.correction.by}` : ''}${c.correction.date ? `, ${c.correction.date}` : ''}): ${[c.correction.speaker ? `speaker ${c.correction.speaker} (was ${c.speaker?.name ?? 'none'})` : '', c.correction.type ? `type ${c.correction.type} (was ${c.type})` : '', c.correction.notAClaim ? 'not a claim' : ''].filter(Boolean).join('; ')}\n`);
        process.stdout.write(s.events.length ? table(['entry', 'event', 'rating', 'by', 'url', 'date', 'note'], s.events.map((e) => [e.seq, e.kind, e.rating, e.by, e.url, e.date, e.note ?? e.what])) : 'no events\n');
        const carried = c.reviews.filter((r) => r.via === 'cluster');
        if (carried.length) say(`reviews of its repeats: ${carried.map((r) => `${r.rating} (${r.by}, on ${r.claim})`).join('; ')}\n`);
        if (s.cluster.length) process.stdout.write(table(['same claim elsewhere', 'source', 'published', 'speaker', 'relation'], s.cluster.map((m) => [m.id, m.input, m.published, m.speaker, m.diff ? `${m.relation}: ${cut(m.diff, 120)}` : m.relation])));
      });
    });

  program.command('export')
    .description('claims as schema.org ClaimReview JSON-LD, JSONL or CSV (validated before writing)')
    .requiredOption('--format <f>', 'claimreview | jsonl | csv', oneOf('claimreview', 'jsonl', 'csv'))
    .option('--min-score <x>', 'only claims with check-worthiness score at least x (0 to 1)', score)
    .option('--rank', 'order by check-worthiness score, highest first')
    .option('--out <file>', 'write here instead of standard output')
    .option('-o, --output <dir>', 'output directory (default: config "output")')
    .option('-c, --config <file>', CONFIG_HELP)
    .action(async (o: { format: string; minScore?: number; rank?: boolean; out?: string; output?: string; config?: string }) => {
      const { exportClaims } = await load();
      const cfg = config(o.config);
      await withIndex(out(o, cfg), cfg, (db) => {
        const r = exportClaims(db, o.format as ExportFormat, { minScore: o.minScore, rank: o.rank });
        if (o.out) writeFileSync(o.out, r.text); else process.stdout.write(r.text);
        // an item that fails its schema is left out and said; the rest is written
        for (const s of r.skipped) process.stderr.write(`claimledger export: left out the ${s.item} of claim ${s.id}: it fails its schema: ${s.reason}\n`);
        if (r.skipped.length) process.exitCode = EXIT.SOME_REJECTED;
      });
    });
}
