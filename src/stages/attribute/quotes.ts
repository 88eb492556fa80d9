// Quotation spans. Marks are read per paragraph with a small state machine: “ « „ always open,
// ” » always close, a straight " opens or closes by context (so “…" mixed pairs work). A quote left
// open at a paragraph's end continues when the next paragraph reopens the mark (multi-paragraph
// quotes); otherwise it is closed at the paragraph's end only when it opened the paragraph, so a stray
// mark never swallows text. Single quotes stay inside their double quote (nested quotations).
import type { Paragraph } from '../../article.js';

export interface QuoteSpan {
  /** content, without the marks and surrounding white space */
  start: number;
  end: number;
  /** position of the opening mark and of the closing mark (-1 when the quote was left open) */
  open: number;
  close: number;
  /** paragraph of the opening mark and of the end */
  paragraph: number;
  lastParagraph: number;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

export function findQuotes(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let pending: { open: number; paragraph: number } | undefined;
  const emit = (open: number, close: number, paragraph: number, lastParagraph: number, end: number) => {
    let s = open + 1, e = end;
    if ((text[open] === "'" || text[open] === '`') && text[s] === text[open]) s++; // second char of '' or ``
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, open, close, paragraph, lastParagraph });
  };
  paragraphs.forEach((p, pi) => {
    if (p.kind === 'boilerplate') { pending = undefined; return; }
    let open = -1;
    const firstMark = (() => { let i = p.start; while (i < p.end && /\s/.test(text[i])) i++; return text[i]; })();
    if (pending && !(OPENERS.has(firstMark) || firstMark === '"')) {
      // the previous paragraph's quote was not continued: it ends where its paragraph ended
      const prev = paragraphs[pi - 1];
      if (prev && pending.paragraph === pi - 1 && pending.open === firstNonSpace(text, prev.start)) emit(pending.open, -1, pending.paragraph, pi - 1, prev.end);
      pending = undefined;
    }
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (OPENERS.has(c)) {
        if (pending && i === firstNonSpace(text, p.start)) continue; // reopening mark of a continued quote
        if (open < 0) open = i;
      } else if (CLOSERS.has(c)) {
        if (pending) { emit(pending.open, i, pending.paragraph, pi, i); pending = undefined; }
        else if (open >= 0) { emit(open, i, pi, pi, i); open = -1; }
      } else if (c === '"' || (c === "'" && text[i + 1] === "'") || (c === '`' && text[i + 1] === '`')) {
        // '' and `` are newswire double quotation marks (two characters)
        const wide = c !== '"';
        if (wide && c === '`') { if (open < 0 && !pending) open = i; i++; continue; }
        if (wide) i++;
        const at = wide ? i - 1 : i;
        if (pending && at === firstNonSpace(text, p.start)) continue;
        if (pending) { emit(pending.open, i, pending.paragraph, pi, at); pending = undefined; }
        else if (open >= 0) {
          // a straight mark inside a quote closes it, unless it clearly opens a nested one (space before, word after)
          if (!wide && isSpace(text[i - 1]) && isWordChar(text[i + 1]) && text.indexOf('"', i + 1) > 0 && text.indexOf('"', i + 1) < p.end && i - open > 1) {
            emit(open, i, pi, pi, i); open = i; // a missed close followed by a new open: keep both
          } else { emit(open, i, pi, pi, at); open = -1; }
        } else if (!(isWordChar(text[at - 1]) && isSpace(text[i + 1]))) open = at;
      }
    }
    if (pending) return; // still inside a multi-paragraph quote whose close is further on
    if (open >= 0) {
      // left open: a quote paragraph that continues in the next one, or a stray mark
      pending = { open, paragraph: pi };
    }
  });
  if (pending) {
    const p = paragraphs[pending.paragraph];
    if (pending.open === firstNonSpace(text, p.start)) emit(pending.open, -1, pending.paragraph, pending.paragraph, p.end);
  }
  return out;
}

function firstNonSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}
