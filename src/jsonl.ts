// JSONL input lines → ArticleInput, or a clear error for that line.
import type { ArticleInput } from './article.js';
import { toWellFormed } from './span.js';

export type JsonlItem = { ok: true; input: ArticleInput } | { ok: false; id: string; code: string; message: string };


export function parseJsonlLine(line: string, where: string): JsonlItem {
  let o: unknown;
  try { o = JSON.parse(line); } catch (e) {
    return { ok: false, id: where, code: 'BAD_JSONL_LINE', message: `${where}: not JSON (${(e as Error).message})` };
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) return { ok: false, id: where, code: 'BAD_JSONL_LINE', message: `${where}: a line must be a JSON object` };
  const r = o as Record<string, unknown>;
  // a JSON string may hold a lone surrogate ("\ud800"), which UTF-8 cannot: it becomes U+FFFD, as it does
  // when the text is written to disk, so offsets and hashes agree with the stored text
  const id = toWellFormed(r.id === undefined || r.id === null ? where : String(r.id));
  const url = typeof r.url === 'string' ? toWellFormed(r.url) : undefined;
  const published = typeof r.published === 'string' ? toWellFormed(r.published) : undefined;
  if (typeof r.html === 'string') return { ok: true, input: { id, name: where, raw: toWellFormed(r.html), mediaType: 'text/html', url, published } };
  if (typeof r.text === 'string') return { ok: true, input: { id, name: where, raw: toWellFormed(r.text), mediaType: 'text/plain', url, published } };
  return { ok: false, id, code: 'BAD_JSONL_LINE', message: `${where}: the object has neither a "text" nor an "html" string` };
}
