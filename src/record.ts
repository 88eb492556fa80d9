// The article record: what `extract` prints and output/articles/<id>.json holds.
import type { ArticleFile } from './article.js';
import { sha256Hex } from './hash.js';

/**
 * The record file of an article id: a readable slug and a short hash of the exact id, so ids that
 * differ only in characters a file name cannot hold ("a/b", "a-b", "a\nb", ids in other scripts)
 * never share a file, and the same id always names the same file.
 */
export function recordFileName(id: string): string {
  const slug = id.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\w.-]+/g, '-').replace(/^[-.]+|-+$/g, '').slice(0, 80) || 'article';
  return `${slug}-${sha256Hex(id).slice(0, 10)}.json`;
}

export function toRecord(file: ArticleFile) {
  return {
    id: file.id,
    text: file.text,
    sha256Text: file.sha256Text,
    input: file.input,
    meta: file.meta,
    body: file.paragraphs.filter((p) => p.kind !== 'boilerplate').map((p) => ({ start: p.start, end: p.end })),
    paragraphs: file.paragraphs,
    claims: file.data.claims,
    messages: file.messages,
  };
}
export type ArticleRecord = ReturnType<typeof toRecord>;
