// Transcripts printed in articles ("PENCE: Well, look, …" / "Q: …" / "WALLACE: …"): each turn is the
// labelled speaker's own words, a direct quotation, whether or not the paragraph carries quotation
// marks. A turn runs from after its label to the end of its paragraph, and on over the following
// paragraphs that reopen the same mark without a label of their own (a long answer). An article is a
// transcript only where two labelled paragraphs or more stand in it, so one "NOTE:" line is not.
import type { Paragraph } from '../../article.js';
import type { Mention } from './mentions.js';
import { boilerplatePatterns, notSpeakerLabels, wordClasses } from '../../lexicon/index.js';

const W = wordClasses();

export interface Turn {
  start: number;
  end: number;
  paragraph: number;
  /** the paragraph range [paragraph, lastParagraph] the turn covers, marks included */
  from: number;
  to: number;
  lastParagraph: number;
  mention: Mention;
  cue: { start: number; end: number };
}

/** an optional opening mark, then one to three capitalised words in upper case, then a colon */
const LABEL = /^([“"«]?)[ \t]*((?:[A-Z][A-Z.'’-]+|Q|A)(?:[ \t]+[A-Z][A-Z.'’-]+){0,2})(:)[ \t]+(?=\S)/;

/** a stage direction in a transcript: "(CROSSTALK.)", "[LAUGHTER]" */
const STAGE = /^\s*["“]?\s*[([][^)\]]*[)\]]\.?["”]?\s*$/;

export function findTurns(text: string, paragraphs: Paragraph[]): Turn[] {
  const labelled = paragraphs.map((p) => {
    if (p.kind === 'boilerplate') return undefined;
    const m = LABEL.exec(text.slice(p.start, p.end));
    return m && !notSpeakerLabels().has(m[2].replace(/\s+/g, ' ')) ? m : undefined;
  });
  if (labelled.filter(Boolean).length < 2) return [];
  const turns: Turn[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const m = labelled[i];
    if (!m) continue;
    const p = paragraphs[i];
    const mark = m[1];
    const labelStart = p.start + m[0].indexOf(m[2]);
    const colon = labelStart + m[2].length;
    let last = i;
    // a long answer: the next paragraphs reopen the same mark and carry no label; a stage direction
    // ("(CROSSTALK.)") or a line of furniture ends it
    const continues = (k: number) => k < paragraphs.length && !labelled[k] && paragraphs[k].kind !== 'boilerplate'
      && text.slice(paragraphs[k].start).startsWith(mark) && !STAGE.test(text.slice(paragraphs[k].start, paragraphs[k].end))
      && !boilerplatePatterns().some((re) => re.test(text.slice(paragraphs[k].start, paragraphs[k].end)));
    while (mark && continues(last + 1)) last++;
    let start = p.start + m[0].length;
    let end = paragraphs[last].end;
    while (end > start && /[\s"“”«»]/.test(text[end - 1])) end--;
    while (start < end && /\s/.test(text[start])) start++;
    if (end - start < 2) continue;
    const label = m[2];
    const name = W['interview-label'].has(label) ? label : label.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_x, a: string, b: string) => a + b.toUpperCase());
    turns.push({
      start, end, paragraph: i, lastParagraph: last, from: p.start, to: paragraphs[last].end,
      mention: { kind: W['interview-label'].has(label) ? 'noun' : 'name', start: labelStart, end: colon, name, first: 0, last: 0 },
      cue: { start: colon, end: colon + 1 },
    });
    i = last;
  }
  return turns;
}
