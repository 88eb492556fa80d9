// Plain text: the text is kept exactly as given (offsets must stay those of the input). Paragraphs are
// blocks between blank lines; the repeated headline, an outlet line, a closing byline and the site's
// footer are marked as boilerplate paragraphs and their facts moved into metadata.
import type { Meta, Paragraph } from '../article.js';
import { boilerplatePatterns } from '../lexicon/index.js';

export interface TextExtract { paragraphs: Paragraph[]; meta: Meta }

/** A single line break ends a paragraph when the line before it ends a sentence or is short (a
 *  heading); otherwise it is a hard wrap inside the paragraph. */
const LINE_ENDS_PARAGRAPH = /([.!?:;"”’)\]…]|^.{0,50})$/;

/**
 * The lines of a paragraph as units of text: a single line break parts two units only where the line
 * before it ends like a paragraph (a list item, a line of verse, a `<br>`), is a heading in title case, or
 * the next line opens a quotation; elsewhere it is a hard wrap inside a sentence, and the lines stay one
 * unit ("… whatever the team⏎says about it," she said).
 */
export function lineUnits(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  for (let nl = text.indexOf('\n', start); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
    const line = text.slice(from, nl).trimEnd();
    if (!LINE_ENDS_PARAGRAPH.test(line) && !isTitleLine(line) && !/^[^\S\n]*[“"«„‘]/.test(text.slice(nl + 1, nl + 4))) continue;
    out.push({ start: from, end: nl });
    from = nl + 1;
  }
  out.push({ start: from, end });
  return out;
}

/** A heading: four words or more, nearly all capitalised ("His Plan Will Not Let People Die On The Street"). */
function isTitleLine(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 4 && words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length >= 0.8 * words.length;
}

/** Paragraph spans: runs of text between blank lines (and unwrapped single lines), trimmed of white space. */
export function splitParagraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\S[\s\S]*?(?=\n[ \t\u00a0]*\n|\s*$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let end = m.index + m[0].length;
    while (end > m.index && /\s/.test(text[end - 1])) end--;
    let from = m.index;
    for (let nl = text.indexOf('\n', from); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
      const line = text.slice(from, nl).trimEnd();
      const next = text.slice(nl + 1, end).trimStart();
      if (line && next && LINE_ENDS_PARAGRAPH.test(line)) {
        out.push({ start: from, end: from + line.length });
        from = nl + 1;
        while (from < end && /\s/.test(text[from])) from++;
      }
    }
    out.push({ start: from, end });
    if (re.lastIndex === m.index) re.lastIndex++;
  }
  return out;
}

const TERMINAL = /[.!?…:;"”’)]$/;
const BYLINE = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){1,3},\s*\p{Lu}[\p{L}'’ -]+$/u;
const wordCount = (s: string) => s.trim().split(/\s+/).length;

/** A text of fewer paragraphs than this is all body: a sentence, a transcript excerpt, a social post has no headline or footer. */
const MIN_PARAGRAPHS_FOR_FURNITURE = 3;

export function extractText(text: string): TextExtract {
  const meta: Meta = { sources: {} };
  const paragraphs: Paragraph[] = splitParagraphs(text).map((p) => ({ ...p, kind: 'body' as const }));
  if (paragraphs.length < MIN_PARAGRAPHS_FOR_FURNITURE) return { paragraphs, meta };
  const at = (p: Paragraph) => text.slice(p.start, p.end);
  const mark = (p: Paragraph, role: string) => { p.kind = 'boilerplate'; p.role = role; };
  // 1. headline: the first paragraph when it is one short line without a final period
  const first = paragraphs[0];
  if (first && !/\n/.test(at(first)) && at(first).length < 250 && !/[.!?]$/.test(at(first))) {
    mark(first, 'headline');
    meta.title = at(first); meta.sources.title = 'text';
    // 2. the headline repeated, and a short outlet line right after it
    let i = 1;
    while (paragraphs[i] && at(paragraphs[i]) === meta.title) mark(paragraphs[i++], 'headline');
    const outlet = paragraphs[i];
    if (outlet && wordCount(at(outlet)) <= 3 && !TERMINAL.test(at(outlet)) && paragraphs.length > i + 2) {
      mark(outlet, 'outlet'); meta.publisher = at(outlet); meta.sources.publisher = 'text';
    }
  }
  // 3. site furniture at the end: walk back over footer paragraphs and a closing byline
  const patterns = boilerplatePatterns();
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const p = paragraphs[i], s = at(p);
    if (patterns.some((re) => re.test(s)) || (s.length < 40 && !TERMINAL.test(s) && i > paragraphs.length - 4 && !BYLINE.test(s))) { mark(p, 'footer'); continue; }
    if (BYLINE.test(s)) {
      mark(p, 'byline');
      meta.authors = [s.slice(0, s.indexOf(',')).trim()]; meta.sources.authors = 'text';
    }
    break;
  }
  // 4. short lines without final punctuation inside the body are section headings
  for (const p of paragraphs) {
    if (p.kind === 'body' && !TERMINAL.test(at(p)) && wordCount(at(p)) <= 16) p.kind = 'heading';
  }
  return { paragraphs, meta };
}
