// Quotation spans. Marks are read per paragraph with a stack: “ « „ and `` always open, ” » always
// close, a straight " (or newswire '') opens or closes by context, so mixed pairs (“…") and quotes
// nested inside quotes both work; only the outermost quotation becomes a span. A quote left open at a
// paragraph's end continues when the next paragraph reopens the mark (multi-paragraph quotes);
// otherwise it is closed at its paragraph's end only when it opened that paragraph, so a stray mark
// never swallows text. Single quotes are apostrophes or nested quotes and stay inside, except in the
// headline (newspapers quote with single marks there: Senator: ‘We will win’) and in an article that
// quotes with single marks throughout (British style). In an article set with typographic marks, a
// lone straight mark opening a line is a stray left by conversion.
import type { Paragraph } from '../../article.js';
import { firstNonSpace } from '../../span.js';
import { lexicon, wordClasses } from '../../lexicon/index.js';
import { lineUnits } from '../extract-text.js';

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

/** only white space between the unit's start and i */
const isLineStart = (text: string, from: number, i: number) => !text.slice(from, i).trim();

interface Mark { at: number; len: number; kind: 'open' | 'close' | 'straight' | 'single-open' | 'single-close' }

/** a single mark opening a quotation: at a word's start ("‘We will", " 'We will") */
const singleOpens = (text: string, i: number) => !isWordChar(text[i - 1]) && !/[’'‘]/.test(text[i - 1] ?? '') && !isSpace(text[i + 1]) && text[i + 1] !== undefined;
/** a single mark closing one: at a word's end, not inside a word (an apostrophe: "it’s") */
const singleCloses = (text: string, i: number) => !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);

/** An article that quotes with single marks: no double marks, and two or more ‘…’ pairs. */
export function quotesWithSingles(text: string): boolean {
  if (/[“”"«»„]/.test(text)) return false;
  let opens = 0;
  for (let i = text.indexOf('‘'); i >= 0 && opens < 2; i = text.indexOf('‘', i + 1)) if (singleOpens(text, i)) opens++;
  return opens >= 2;
}

/**
 * A line with no double marks that quotes with single ones next to a verb of saying: "he said 'we will win'",
 * "'We will win,' he said", "'We will win,' said Mira Osei". Elsewhere single marks are apostrophes or nested quotes.
 */
function singlesNearCue(text: string, from: number, to: number): boolean {
  const line = text.slice(from, to);
  if (/[“”"«»„]/.test(line) || !/['‘’]/.test(line)) return false;
  const { cueForms } = lexicon();
  const pronouns = wordClasses()['subject-pronoun'];
  const words = (s: string) => s.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  for (let i = line.search(/['‘’]/); i >= 0; i = nextSingle(line, i + 1)) {
    const at = from + i;
    if (line[i] !== '’' && singleOpens(text, at)) {
      // a cue right before the opening mark: "said 'we …", "said: ‘We …"
      const before = /([\p{L}]+)\s*[,:]?\s*$/u.exec(line.slice(Math.max(0, i - 30), i));
      if (before && cueForms.has(before[1].toLowerCase())) return true;
    }
    if (line[i] !== '‘' && /[\p{L},.!?]/u.test(line[i - 1] ?? '') && /\s/.test(line[i + 1] ?? '')) {
      // after the closing mark: "he said", "said Mira Osei", "Mira Osei said"
      const w = words(line.slice(i + 1, i + 60));
      if (pronouns.has(w[0]?.toLowerCase() ?? '') && cueForms.has(w[1]?.toLowerCase() ?? '')) return true;
      if (cueForms.has(w[0]?.toLowerCase() ?? '') && /^\p{Lu}/u.test(w[1] ?? '')) return true;
      let n = 0;
      while (n < 4 && /^\p{Lu}/u.test(w[n] ?? '')) n++;
      if (n > 0 && cueForms.has(w[n]?.toLowerCase() ?? '')) return true;
    }
  }
  return false;
}
const nextSingle = (line: string, from: number): number => { const j = line.slice(from).search(/['‘’]/); return j < 0 ? -1 : from + j; };

/** The quotation marks of a paragraph, in order; '' and `` count as one mark of two characters. */
function marksIn(text: string, from: number, to: number, singles = false): Mark[] {
  const out: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (singles && (c === '‘' || c === "'" || c === '’') && text[i + 1] !== "'" && text[i - 1] !== "'") {
      if (c !== '’' && singleOpens(text, i)) { out.push({ at: i, len: 1, kind: 'single-open' }); continue; }
      if (c !== '‘' && singleCloses(text, i)) { out.push({ at: i, len: 1, kind: 'single-close' }); continue; }
    }
    // a mistyped mark acts by its place: ” opening a paragraph or a word ("”Fear. I am …"), “ closing
    // after a word or stop ("… “Mostly False.“")
    if (c === '”' && (isLineStart(text, from, i) || (isSpace(text[i - 1]) && isWordChar(text[i + 1])))) out.push({ at: i, len: 1, kind: 'open' });
    else if (c === '“' && /[\p{L}\p{N}.,!?]/u.test(text[i - 1] ?? ' ') && (isSpace(text[i + 1]) || /[,.;:)]/.test(text[i + 1]))) out.push({ at: i, len: 1, kind: 'close' });
    else if (OPENERS.has(c)) out.push({ at: i, len: 1, kind: 'open' });
    else if (CLOSERS.has(c)) out.push({ at: i, len: 1, kind: 'close' });
    else if (c === '"') out.push({ at: i, len: 1, kind: 'straight' });
    else if (c === '`' && text[i + 1] === '`') { out.push({ at: i, len: 2, kind: 'open' }); i++; }
    else if (c === "'" && text[i + 1] === "'") {
      // ''' closing after a word or a stop is a nested single closer, then the closing '' ('… a special case,''')
      if (text[i + 2] === "'" && /[\p{L}\p{N},.!?]/u.test(text[i - 1] ?? ' ')) i++;
      out.push({ at: i, len: 2, kind: 'straight' }); i++;
    }
  }
  return out;
}

/**
 * The headline among the paragraphs: the first one, when extraction marked it the headline, or when
 * it is one short line in title case ("Mayor Vows To Fight On."). A sub-heading or standfirst in
 * sentence case keeps the usual attribution ("“…,” says X, director of …").
 */
export function headlineIndex(text: string, paragraphs: Paragraph[]): number {
  const p = paragraphs[0];
  if (!p) return -1;
  if (p.role === 'headline') return 0;
  const s = text.slice(p.start, p.end);
  if (p.kind === 'boilerplate' || s.includes('\n') || /[.!?]\s+\S/.test(s)) return -1;
  const long = s.split(/\s+/).filter((w) => /^[‘'“"(]?\p{L}{4}/u.test(w));
  return long.length >= 3 && long.length <= 20 && long.filter((w) => /^[‘'“"(]?\p{Lu}/u.test(w)).length >= 0.8 * long.length ? 0 : -1;
}

interface Unit extends Paragraph { index: number }
/** A quotation left open at the end of a unit, and the paragraph where it opened. */
interface Pending { mark: Mark; paragraph: number }

/** The quotation spans of the article: its units (lines) read in order, a quotation left open carried over to the next. */
export function findQuotes(text: string, paragraphs: Paragraph[], headline = headlineIndex(text, paragraphs)): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const emit = (open: Mark, close: number, paragraph: number, lastParagraph: number, end: number) => {
    let s = open.at + open.len, e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, open: open.at, close, paragraph, lastParagraph });
  };
  // the units are lines: in plain text a single line break often separates paragraphs
  const units: Unit[] = [];
  paragraphs.forEach((p, index) => {
    for (const u of lineUnits(text, p.start, p.end)) if (text.slice(u.start, u.end).trim()) units.push({ ...p, start: u.start, end: u.end, index });
  });
  const typographic = typographicArticle(text);
  const singles = quotesWithSingles(text);
  let pending: Pending | undefined;
  units.forEach((p, ui) => {
    if (p.kind === 'boilerplate' && p.index !== headline) { pending = undefined; return; }
    let marks = marksIn(text, p.start, p.end, singles || p.index === headline || singlesNearCue(text, p.start, p.end));
    // (a lone straight mark opening a line in an article set with typographic marks is a stray left by conversion)
    if (typographic && marks[0]?.kind === 'straight' && marks[0].len === 1 && marks[0].at === firstNonSpace(text, p.start) && !marks.slice(1).some((m) => m.kind === 'straight')) marks = marks.slice(1);
    const reopens = reopensPending(text, p, marks, pending);
    if (pending && !reopens) {
      // the previous unit's quote was not continued: it ends where its unit ended
      const prev = units[ui - 1];
      if (prev && pending.mark.at === firstNonSpace(text, prev.start)) emit(pending.mark, -1, pending.paragraph, prev.index, prev.end);
      pending = undefined;
    }
    pending = pairMarks(text, p, marks, reopens ? pending : undefined, emit);
  });
  if (pending) {
    const last = units[units.length - 1];
    if (pending.mark.at === firstNonSpace(text, last.start)) emit(pending.mark, -1, pending.paragraph, last.index, last.end);
  }
  return out;
}

/** An article set with typographic marks (“…”): eight curly marks or more, four times its straight ones. */
function typographicArticle(text: string): boolean {
  let curly = 0, straight = 0;
  for (let i = 0; i < text.length; i++) { const c = text[i]; if (c === '“' || c === '”') curly++; else if (c === '"') straight++; }
  return curly >= 8 && curly >= 4 * straight;
}

/** Whether the unit opens on a mark that continues the quotation left open (a multi-paragraph quotation reopens with a mark of its own family). */
function reopensPending(text: string, p: Unit, marks: Mark[], pending: Pending | undefined): boolean {
  const family = (m: Mark) => (m.kind === 'straight' ? 'straight' : m.kind.startsWith('single') ? 'single' : 'typographic');
  return marks.length > 0 && marks[0].at === firstNonSpace(text, p.start) && marks[0].kind !== 'close' && marks[0].kind !== 'single-close' && (!pending || family(pending.mark) === family(marks[0]));
}

/** Pairs the unit's marks with a stack, emitting every outermost quotation closed in it; returns the one left open, if any. */
function pairMarks(text: string, p: Unit, marks: Mark[], pending: Pending | undefined, emit: (open: Mark, close: number, paragraph: number, lastParagraph: number, end: number) => void): Pending | undefined {
  const stack: Mark[] = [];
  let startIdx = 0;
  if (pending) { stack.push(pending.mark); startIdx = 1; } // the reopening mark of a continued quote
  for (let k = startIdx; k < marks.length; k++) {
    const m = marks[k];
    if (m.kind === 'single-open') { stack.push(m); continue; }
    // a single closing mark closes only a single mark: otherwise it is an apostrophe ("the voters’ choice")
    if (m.kind === 'single-close' && stack[stack.length - 1]?.kind !== 'single-open') continue;
    if (!(m.kind === 'single-close' || closesHere(text, m, stack))) { stack.push(m); continue; }
    if (!stack.length) continue; // stray closing mark
    const opened = stack.pop()!;
    if (stack.length) continue;
    emit(opened, m.at + m.len - 1, pending && opened === pending.mark ? pending.paragraph : p.index, p.index, m.at);
    if (opened === pending?.mark) pending = undefined;
  }
  // left open: a quote paragraph that continues in the next one, or a stray mark
  return stack.length ? { mark: stack[0], paragraph: pending && stack[0] === pending.mark ? pending.paragraph : p.index } : undefined;
}

/** Whether a double mark closes (rather than opens) here; single marks left open under it were apostrophes. */
function closesHere(text: string, m: Mark, stack: Mark[]): boolean {
  const before = text[m.at - 1], after = text[m.at + m.len];
  while (stack[stack.length - 1]?.kind === 'single-open' && m.kind !== 'open' && !(m.kind === 'straight' && isSpace(before) && isWordChar(after))) stack.pop();
  if (m.kind === 'open') return false;
  if (m.kind === 'close') return true;
  if (!stack.length) return isWordChar(before) && isSpace(after); // a stray closing mark is ignored by the caller
  // inside a quote, a straight mark with space before and a word after opens a nested quote
  return !(isSpace(before) && (isWordChar(after) || after === '‘'));
}
