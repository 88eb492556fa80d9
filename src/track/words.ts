// Word-level text comparison for tracking claims across articles: normalised word lists, the longest
// common subsequence, an excerpt test and a word diff (what a possible misquote changed).

/** Lower-case words (letters, digits, inner apostrophes and hyphens); quotation marks and punctuation go. */
export function words(text: string): string[] {
  return (text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []);
}

/** Length of the longest common subsequence of two word lists. */
export function lcs(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  let prev = new Uint16Array(b.length + 1), cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** True when `short` occurs as a contiguous run inside `long` (an excerpt of the same words). */
export function isExcerpt(short: string[], long: string[]): boolean {
  if (!short.length || short.length > long.length) return false;
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

export type Relation = 'exact' | 'excerpt' | 'near';

/** How two claims' words relate: the same words, one an excerpt of the other, near (a drift), or none. */
export function relation(a: string[], b: string[], nearAt: number): Relation | undefined {
  if (a.length === b.length && a.every((w, i) => w === b[i])) return 'exact';
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length >= 4 && isExcerpt(s, l)) return 'excerpt';
  // near: most words shared in order, measured against the shorter side when it is a longer excerpt-like
  // span and against the longer side otherwise (so a long quote does not absorb any short phrase)
  const common = lcs(a, b);
  return common / l.length >= nearAt ? 'near' : undefined;
}

export interface DiffPart { op: 'same' | 'removed' | 'added'; words: string }

/** Word diff from `a` to `b` over the original texts' words (case kept), merged into runs. */
export function wordDiff(aText: string, bText: string): DiffPart[] {
  const a = aText.match(/\S+/g) ?? [], b = bText.match(/\S+/g) ?? [];
  const key = (w: string) => words(w).join(' ');
  const n = a.length, m = b.length;
  const t: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) t[i][j] = key(a[i]) === key(b[j]) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
  const out: DiffPart[] = [];
  const push = (op: DiffPart['op'], w: string) => {
    const last = out[out.length - 1];
    if (last?.op === op) last.words += ` ${w}`; else out.push({ op, words: w });
  };
  let i = 0, j = 0;
  while (i < n && j < m) {
    if (key(a[i]) === key(b[j])) { push('same', b[j]); i++; j++; }
    else if (t[i + 1][j] >= t[i][j + 1]) push('removed', a[i++]);
    else push('added', b[j++]);
  }
  while (i < n) push('removed', a[i++]);
  while (j < m) push('added', b[j++]);
  return out;
}

/** A diff as one line: "same [-removed-] {+added+} same". */
export function diffLine(d: DiffPart[]): string {
  return d.map((p) => (p.op === 'same' ? p.words : p.op === 'removed' ? `[-${p.words}-]` : `{+${p.words}+}`)).join(' ');
}
