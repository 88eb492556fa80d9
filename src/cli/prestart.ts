// Run first by the CLI's entry, main.ts, before the commands load (issue 19: cold start). `claimledger
// extract` runs its article in a worker thread; that thread spends most of its start loading the pipeline
// (compromise, the stages, the lexicons).
// Started here, before the rest of the CLI loads, it loads on the second core while the main thread loads
// the commands, instead of after them. Every other command starts nothing.
import type { Piscina as Pool } from 'piscina';
import { poolOptions } from '../pool.js';

let early: Pool | undefined;
if (process.argv[2] === 'extract' && !process.argv.includes('--help') && !process.argv.includes('-h')) {
  const { Piscina } = await import('piscina');
  early = new Piscina(poolOptions(1));
}

/** the pool started at load for `extract`, once (undefined for any other command, or when already taken) */
export function takeEarlyPool(): Pool | undefined {
  const p = early;
  early = undefined;
  return p;
}
