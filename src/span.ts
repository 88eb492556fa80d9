// One position format: half-open UTF-16 [start, end) offsets into the frozen article text.
export interface Span { start: number; end: number }
export interface TextSpan extends Span { text: string }

/** Throws when a recorded span's text does not equal the text it points at: a programmer error. */
export function assertSpan(text: string, s: TextSpan, what = 'span'): void {
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length)) {
    throw new Error(`${what} [${s.start}, ${s.end}) is outside the text (length ${text.length})`);
  }
  if (text.slice(s.start, s.end) !== s.text) {
    throw new Error(`${what} [${s.start}, ${s.end}) does not match its text: fix the stage that produced it`);
  }
}

/** The first position at or after `i` that is not white space. */
export function firstNonSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/** Whether a string has no lone surrogate (UTF-8, and RFC 8785, cannot carry one). */
export const isWellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

/** The string with every lone surrogate made U+FFFD, as UTF-8 writes it; copied only when needed. */
export const toWellFormed = (s: string): string => (isWellFormed(s) ? s : (s as unknown as { toWellFormed(): string }).toWellFormed());

/** Counts Unicode code points in text[0, i): for selectors that count code points, not UTF-16 units. */
export function codePointOffset(text: string, i: number): number {
  let n = 0;
  for (let k = 0; k < i; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < i) { const d = text.charCodeAt(k + 1); if (d >= 0xdc00 && d <= 0xdfff) k++; }
    n++;
  }
  return n;
}

/** the two halves of a surrogate pair, by UTF-16 unit */
export const isHighSurrogate = (u: number): boolean => u >= 0xd800 && u <= 0xdbff;
export const isLowSurrogate = (u: number): boolean => u >= 0xdc00 && u <= 0xdfff;

/**
 * codePointOffset for many offsets of one text: the identity when the text has no surrogate pair, else a
 * binary search over the pairs' positions (a claim per call would make it quadratic on long texts).
 */
export function codePointCounter(text: string): (i: number) => number {
  const lows: number[] = []; // index of the low half of each surrogate pair
  for (let k = text.search(/[\uD800-\uDBFF]/); k >= 0 && k < text.length - 1; k++) {
    if (isHighSurrogate(text.charCodeAt(k)) && isLowSurrogate(text.charCodeAt(k + 1))) { lows.push(k + 1); k++; }
  }
  if (!lows.length) return (i) => i;
  return (i) => {
    let lo = 0, hi = lows.length; // pairs whose low half is before i
    while (lo < hi) { const mid = (lo + hi) >> 1; if (lows[mid] < i) lo = mid + 1; else hi = mid; }
    return i - lo;
  };
}

/**
 * Spans sorted by start, searched by binary search: which spans overlap [start, end). Built once per
 * article so that per-sentence or per-token look-ups stay logarithmic on long pages.
 */
export class SpanIndex<T extends Span> {
  private readonly items: T[];
  private readonly maxEndUpTo: number[];
  constructor(items: Iterable<T>) {
    this.items = [...items].sort((a, b) => a.start - b.start);
    this.maxEndUpTo = [];
    let m = -Infinity;
    for (const it of this.items) { m = Math.max(m, it.end); this.maxEndUpTo.push(m); }
  }
  /** the spans that overlap [start, end) (touching does not count), in start order */
  overlapping(start: number, end: number): T[] {
    // the last index whose start < end
    let lo = 0, hi = this.items.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.items[mid].start < end) lo = mid + 1; else hi = mid; }
    const out: T[] = [];
    for (let i = lo - 1; i >= 0 && this.maxEndUpTo[i] > start; i--) if (this.items[i].end > start) out.push(this.items[i]);
    return out.reverse();
  }
  /** true when some span covers position `pos` */
  covers(pos: number): boolean { return this.overlapping(pos, pos + 1).length > 0; }
  /** the first span that starts at or after `pos` */
  firstFrom(pos: number): T | undefined {
    let lo = 0, hi = this.items.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.items[mid].start < pos) lo = mid + 1; else hi = mid; }
    return this.items[lo];
  }
}
