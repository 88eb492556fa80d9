// One position format: half-open UTF-16 [start, end) offsets into the frozen article text.
export interface Span { start: number; end: number }
export interface TextSpan extends Span { text: string }

export function span(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end };
}

/** Shrinks [start, end) past leading and trailing characters matched by `strip` (default: white space). */
export function trim(text: string, start: number, end: number, strip: RegExp = /\s/): Span {
  while (start < end && strip.test(text[start])) start++;
  while (end > start && strip.test(text[end - 1])) end--;
  return { start, end };
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Throws when a recorded span's text does not equal the text it points at: a programmer error. */
export function assertSpan(text: string, s: TextSpan, what = 'span'): void {
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length)) {
    throw new Error(`${what} [${s.start}, ${s.end}) is outside the text (length ${text.length})`);
  }
  if (text.slice(s.start, s.end) !== s.text) {
    throw new Error(`${what} [${s.start}, ${s.end}) does not match its text: fix the stage that produced it`);
  }
}

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
