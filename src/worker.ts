// The worker pool's task (piscina): one article, see task.ts. The set of inputs already in the
// ledger arrives once, as workerData, not with every task.
import { workerData } from 'node:worker_threads';
import { runTask, type TaskArgs, type TaskResult } from './task.js';

const known: ReadonlySet<string> = new Set((workerData as { known?: string[] } | undefined)?.known ?? []);

export default function task(args: Omit<TaskArgs, 'known'>): TaskResult {
  return runTask({ ...args, known });
}
