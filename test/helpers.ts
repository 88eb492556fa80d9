import { defaultConfig } from '../src/config.js';
import { defaultKeyFile } from '../src/ledger/keys.js';
import { processArticle } from '../src/pipeline.js';
import type { ArticleFile } from '../src/article.js';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const shared = path.resolve(__dirname, '../../shared');
export const hasShared = existsSync(path.join(shared, 'gold/seed.jsonl'));

/** Runs the pipeline on a plain text and returns the article (throws on reject). */
export function run(text: string, mediaType: 'text/plain' | 'text/html' = 'text/plain'): ArticleFile {
  const r = processArticle({ name: 'test', raw: text, mediaType }, defaultConfig);
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.file;
}

/** A body long enough not to be taken for a headline: the sentence under test, then filler. */
export function article(...paragraphs: string[]): string {
  return ['Headline of the test story', ...paragraphs, 'The story continues with more reporting from the scene today.'].join('\n\n');
}

/** The verifier key file of the default ledger origin, in the key folder of this test run (vitest.config.ts). */
export function pinnedKeyFile(): string {
  return defaultKeyFile(defaultConfig.ledger.origin).replace(/\.key$/, '.pub');
}
