// Stage 2, segment: sentences of the body and heading paragraphs, as [start, end) spans.
// A rule-based splitter: compromise misses breaks after `.”` and is too slow to run on every
// sentence; compromise is used later, only on the sentences that can hold a claim.
import type { ArticleFile, Sentence } from '../article.js';
import { lexicon, wordClasses } from '../lexicon/index.js';
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
      // (only the last few characters are read: a run of abbreviations costs no more than one)
      const word = /([\p{L}.]+)$/u.exec(para.slice(Math.max(from, m.index - 40), m.index))?.[1] ?? '';
      if ((abbreviations.has(word) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) && !abbreviationEnds(word, para, stop)) continue;
    }
    out.push({ start: start + from, end: start + stop });
    from = stop;
    while (from < para.length && /\s/.test(para[from])) from++;
  }
  if (from < para.length) out.push({ start: start + from, end });
  return out.filter((s) => s.end > s.start).flatMap((s) => splitLong(text, s));
}

/**
 * "… to enter the U.S. The proposal …": an abbreviation that may close a sentence (not a title such as
 * "Sen.", nor an initial) ends one when a word that only opens sentences follows it.
 */
function abbreviationEnds(word: string, para: string, stop: number): boolean {
  const W = wordClasses();
  if (/^\p{Lu}$/u.test(word) || W['abbreviation-before-name'].has(word)) return false;
  const next = /^\s+(\p{L}+)/u.exec(para.slice(stop, stop + 24))?.[1] ?? '';
  return W['opener-after-abbreviation'].has(next);
}

/**
 * A "sentence" longer than any a newspaper prints (a list run together, a page of quotations with no
 * full stop) is cut into pieces of at most MAX_SENTENCE characters, after a closing quotation mark, a
 * comma or a semicolon where one is near the limit, else at a space: every later stage reads a
 * sentence at a time, so this keeps their work linear in the text.
 */
export const MAX_SENTENCE = 2000;
function splitLong(text: string, s: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = s.start;
  while (s.end - from > MAX_SENTENCE) {
    const window = text.slice(from + MAX_SENTENCE / 2, from + MAX_SENTENCE);
    let cut = -1;
    for (const re of [/[”"’»,;](?=\s)/g, /\s/g]) {
      for (const m of window.matchAll(re)) cut = m.index + m[0].length;
      if (cut >= 0) break;
    }
    const at = cut >= 0 ? from + MAX_SENTENCE / 2 + cut : from + MAX_SENTENCE;
    out.push({ start: from, end: at });
    from = at;
    while (from < s.end && /\s/.test(text[from])) from++;
  }
  if (from < s.end) out.push({ start: from, end: s.end });
  return out;
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
