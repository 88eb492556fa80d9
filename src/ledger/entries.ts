// Building ledger entries from an article record. No wall-clock time in any entry: a rerun on the same
// inputs and config gives a byte-identical ledger.
import type { ArticleFile, Claim } from '../article.js';
import { codePointCounter, isHighSurrogate, isLowSurrogate } from '../span.js';

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
    // how many claim entries follow this source: an article cut short by a crash or a full disk is found and cut back
    claims: file.data.claims.length,
    meta,
  };
}

/** the counter of the last text asked for: an article's claims come one after another */
let last: { text: string; cp: (i: number) => number } | undefined;
const cp = (text: string) => (last?.text === text ? last : (last = { text, cp: codePointCounter(text) })).cp;


/** W3C Web Annotation selectors: a quote with up to 32 UTF-16 units of context (31 where the 32nd
 *  would cut an emoji or another astral character in half), and a position in code points. */
export function selectors(text: string, c: Pick<Claim, 'start' | 'end'>) {
  let from = Math.max(0, c.start - 32);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from++;
  let to = Math.min(text.length, c.end + 32);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to)) && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return [
    { type: 'TextQuoteSelector', exact: text.slice(c.start, c.end), prefix: text.slice(from, c.start), suffix: text.slice(c.end, to) },
    { type: 'TextPositionSelector', start: cp(text)(c.start), end: cp(text)(c.end) },
  ];
}

export function claimBody(file: ArticleFile, claim: Claim, sourceLeaf: string): Record<string, unknown> {
  return { source: sourceLeaf, claim, selectors: selectors(file.text, claim) };
}
