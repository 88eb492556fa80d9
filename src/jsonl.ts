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

export type RawLine = { n: number; bytes: Buffer } | { n: number; tooLong: number };

/**
 * The lines of a byte stream (split on \n, a final \r dropped), numbered from 1. Memory stays bounded
 * by `maxBytes`: a line that passes it is dropped as soon as it does, read on to its end without being
 * kept, and reported with its length (`tooLong`); the pieces of a line are joined once, not per chunk.
 */
export async function* byteLines(stream: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0, n = 0, skipping = false;
  const add = (piece: Buffer) => {
    size += piece.length;
    if (skipping || !piece.length) return;
    if (size > maxBytes) { skipping = true; parts = []; return; }
    parts.push(piece);
  };
  const finish = (): RawLine => {
    n++;
    let line: RawLine;
    if (skipping) line = { n, tooLong: size };
    else {
      let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
      if (bytes.length && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
      line = { n, bytes };
    }
    parts = []; size = 0; skipping = false;
    return line;
  };
  for await (const chunk of stream) {
    let from = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
      add(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < chunk.length) add(chunk.subarray(from));
  }
  if (size > 0) yield finish();
}
