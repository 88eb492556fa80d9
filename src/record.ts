// The article record: what `extract` prints and output/articles/<id>.json holds.
import type { ArticleFile } from './article.js';

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
