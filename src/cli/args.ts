// Flag values and paths checked where they are read, so a mistyped command gets one line saying what is
// wrong and exit 64 (EXIT.USAGE), never a stack trace, a silent default or the code for "ledger invalid".
import { InvalidArgumentError, type Command } from 'commander';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const CONFIG_HELP = 'pipeline config (default: ./pipeline.config.json when there is one, else the built-in defaults)';

/** A command that cannot be carried out as typed: a missing file or folder, an id that is not there. */
export class UsageError extends Error {}

/** A whole number of at least `min` (no 1e400, no -1, no 12abc). */
export const whole = (min = 0) => (v: string): number => {
  if (!/^\d{1,15}$/.test(v.trim()) || Number(v) < min) throw new InvalidArgumentError(`must be a whole number${min ? ` of at least ${min}` : ''}, not ${JSON.stringify(v)}`);
  return Number(v);
};

/** A check-worthiness score: a number from 0 to 1. */
export const score = (v: string): number => {
  const n = Number(v);
  if (!/^(0|1|0?\.\d+|1\.0*)$/.test(v.trim()) || !(n >= 0 && n <= 1)) throw new InvalidArgumentError(`must be a number from 0 to 1, not ${JSON.stringify(v)}`);
  return n;
};

/** A calendar date, YYYY-MM-DD. */
export const date = (v: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) throw new InvalidArgumentError(`must be a date as YYYY-MM-DD, not ${JSON.stringify(v)}`);
  return v.trim();
};

/** One of a fixed set of words. */
export const oneOf = (...allowed: string[]) => (v: string): string => {
  if (!allowed.includes(v)) throw new InvalidArgumentError(`must be ${allowed.slice(0, -1).join(', ')}${allowed.length > 1 ? ' or ' : ''}${allowed[allowed.length - 1]}, not ${JSON.stringify(v)}`);
  return v;
};

/** An output folder that holds a ledger. */
export function ledgerFolder(dir: string): string {
  if (!existsSync(path.join(dir, 'ledger.jsonl'))) {
    throw new UsageError(existsSync(dir) ? `no ledger in ${dir} (${path.join(dir, 'ledger.jsonl')} does not exist): run \`claimledger run\` first, or name the output folder with -o` : `the output folder ${dir} does not exist: name it with -o`);
  }
  return dir;
}

/** A ledger file that exists. */
export function ledgerFile(file: string): string {
  if (!existsSync(file)) throw new UsageError(`no ledger at ${file}: run \`claimledger run\` first, or name the ledger with -l`);
  return file;
}

/** A file to read that exists and is a file (a folder, a URL or a typo says so). */
export function inputFile(file: string, what = 'file'): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) throw new UsageError(`${file} is a URL: claimledger reads files; save the page first (for example: curl -o page.html '${file}')`);
  if (!existsSync(file)) throw new UsageError(`the ${what} ${file} does not exist`);
  if (statSync(file).isDirectory()) throw new UsageError(`${file} is a folder; name a file (\`claimledger run\` takes folders)`);
  return file;
}

/**
 * The pinned verifier key's text: --key (the key itself or a file holding it), else the config's
 * ledger.publicKey, with where it came from. Never a key read from the output folder being checked.
 */
export function pinnedKeyText(flag: string | undefined, publicKey: string | undefined): { text: string; source: string } | undefined {
  if (flag) return { text: existsSync(flag) ? readFileSync(flag, 'utf8') : flag, source: 'checked with the key given by --key' };
  return publicKey ? { text: publicKey, source: 'checked with the config\'s ledger.publicKey' } : undefined;
}

/** The options of a command that appends events: the ledger, the config (for the signing key), --break-lock. */
export function writerOptions(c: Command): Command {
  return c.option('-l, --ledger <file>', 'ledger file', 'output/ledger.jsonl')
    .option('-c, --config <file>', CONFIG_HELP)
    .option('--break-lock', 'take the output\'s lock over even if another process seems to hold it');
}
