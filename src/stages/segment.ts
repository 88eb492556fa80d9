// Stage 2, segment: sentences of the body and heading paragraphs, as [start, end) spans.
// A rule-based splitter: compromise misses breaks after `.”` and is too slow to run on every
// sentence; compromise is used later, only on the sentences that can hold a claim.
import type { ArticleFile, Sentence } from '../article.js';
import { lexicon } from '../lexicon/index.js';
import { lineUnits } from './extract-text.js';

const CLOSERS = `"”’'»)\\]`;
// a sentence ends at . ! ? … (then optional closing quotes/brackets) before white space and a
// character that can start a sentence
const BOUNDARY = new RegExp(`[.!?…]+[${CLOSERS}]*(?=\\s+[\\p{Lu}\\p{N}"“‘'«(\\[—–-])`, 'gu');

export function sentenceSpans(text: string, start: number, end: number): { start: number; end: number }[] {
  const { abbreviations } = lexicon();
  const para = text.slice(start, end);
  const out: { start: number; end: number }[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(para))) {
    const stop = m.index + m[0].length;
    if (m[0][0] === '.') {
      // "Mr. Smith", "U.S. officials", "J. Smith": the period belongs to the word before it
      const word = /([\p{L}.]+)$/u.exec(para.slice(from, m.index))?.[1] ?? '';
      if (abbreviations.has(word) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    out.push({ start: start + from, end: start + stop });
    from = stop;
    while (from < para.length && /\s/.test(para[from])) from++;
  }
  if (from < para.length) out.push({ start: start + from, end });
  return out.filter((s) => s.end > s.start);
}

export function segment(file: ArticleFile): void {
  const sentences: Sentence[] = [];
  file.paragraphs.forEach((p, i) => {
    if (p.kind === 'boilerplate') return;
    // a paragraph may hold single line breaks (lists, verse): each such line is its own sentence run; a hard
    // wrap inside a sentence is no break
    for (const { start: ls, end: le } of lineUnits(file.text, p.start, p.end)) {
      for (const s of sentenceSpans(file.text, ls, le)) {
        let { start, end } = s;
        while (start < end && /\s/.test(file.text[start])) start++;
        while (end > start && /\s/.test(file.text[end - 1])) end--;
        if (end > start) sentences.push({ start, end, paragraph: i });
      }
    }
  });
  file.data.sentences = sentences;
}
