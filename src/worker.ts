// The worker pool's task: one article through the pipeline. Runs in a worker thread (piscina).
import type { ArticleInput } from './article.js';
import type { Config } from './config.js';
import { processArticle, type ProcessResult } from './pipeline.js';

export interface Task { input: ArticleInput; config: Config }

export default function task({ input, config }: Task): ProcessResult {
  return processArticle(input, config);
}
