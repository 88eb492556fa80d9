// The options of every worker-thread pool that runs the pipeline (`run`, `extract`, `work`, a queue
// worker): the worker file and the same memory limits. No piscina import here: the CLI's prestart reads
// these before it decides whether to load piscina at all.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The compiled worker (under the test runner this file is src/pool.ts: the compiled worker lives in dist/). */
export function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts') ? path.resolve(path.dirname(here), '../dist/worker.js') : path.resolve(path.dirname(here), 'worker.js');
}

/**
 * `threads` worker threads, each told once which inputs are in the ledger already (`known`). A 16 MB young
 * generation keeps peak RSS flat under 400 MB from 2,000 to 20,000 articles; 24 MB reached 394 MB at
 * 20,000, 64 MB 540 MB at 2,000.
 */
export function poolOptions(threads: number, known: Iterable<string> = []) {
  return {
    filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 60_000,
    workerData: { known: [...known] }, resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 },
  };
}

/** What a reject says of an article stopped at the per-article time limit (in a pool or anywhere else). */
export function timeoutMessage(name: string, ms: number | undefined): string {
  return `${name} took longer than ${ms} ms (the per-article time limit); it was stopped`;
}
