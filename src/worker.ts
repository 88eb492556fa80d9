// The worker pool's task (piscina): one article, see task.ts. The set of inputs already in the
// ledger arrives once, as workerData, not with every task.
import { workerData } from 'node:worker_threads';
import { runTask, type TaskArgs, type TaskResult } from './task.js';
import type { ArticleInput } from './article.js';
import type { Config } from './config.js';
import { processArticle } from './pipeline.js';
import { toRecord } from './record.js';

const known: ReadonlySet<string> = new Set((workerData as { known?: string[] } | undefined)?.known ?? []);

export default function task(args: Omit<TaskArgs, 'known'>): TaskResult {
  return runTask({ ...args, known });
}

/** `claimledger extract`'s task: one article → its record as JSON text (indented or one line), or why not. */
export function extractOne(a: { input: ArticleInput; config: Config; indent?: number }): { ok: true; json: string } | { ok: false; code: string; message: string } {
  const r = processArticle(a.input, a.config);
  return r.ok ? { ok: true, json: JSON.stringify(toRecord(r.file), null, a.indent) } : { ok: false, code: r.code, message: r.message };
}
