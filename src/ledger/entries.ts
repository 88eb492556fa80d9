// Building ledger entries from an article record. No wall-clock time in any entry: a rerun on the same
// inputs and config gives a byte-identical ledger.
import type { ArticleFile, Claim } from '../article.js';
import { codePointOffset } from '../span.js';

export type EntryType = 'source' | 'claim' | 'event';
export interface Entry { v: 1; seq: number; type: EntryType; prev: string; body: Record<string, unknown> }

export function sourceBody(file: ArticleFile, extractor: string, configHash: string): Record<string, unknown> {
  const meta: Record<string, unknown> = { ...file.meta };
  return {
    article: file.id,
    input: file.input.name,
    ...(file.meta.url ? { url: file.meta.url } : {}),
    mediaType: file.input.mediaType,
    charset: file.input.charset,
    sha256Raw: file.input.sha256Raw,
    sha256Text: file.sha256Text,
    length: file.text.length,
    extractor,
    config: configHash,
    meta,
  };
}

/** W3C Web Annotation selectors: a quote with 32 characters of context, and a position in code points. */
export function selectors(text: string, c: Pick<Claim, 'start' | 'end'>) {
  return [
    { type: 'TextQuoteSelector', exact: text.slice(c.start, c.end), prefix: text.slice(Math.max(0, c.start - 32), c.start), suffix: text.slice(c.end, c.end + 32) },
    { type: 'TextPositionSelector', start: codePointOffset(text, c.start), end: codePointOffset(text, c.end) },
  ];
}

export function claimBody(file: ArticleFile, claim: Claim, sourceLeaf: string): Record<string, unknown> {
  return { source: sourceLeaf, claim, selectors: selectors(file.text, claim) };
}
