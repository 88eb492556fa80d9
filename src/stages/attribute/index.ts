// Stage 3, attribute: every quotation and every reported statement, with its speaker, its cue and the
// id of the rule that made it. Recipe:
//   1. one analysis per sentence (tokens; tags on first use); the article's names learned from it;
//   2. every sentence subject on the salience timeline (for pronouns and role nouns);
//   3. quotations: transcript turns, the headline's, and the body's by the quotation rules (quotations.ts);
//   4. reported speech outside them by the reported-speech rules (reported.ts); reported speech that
//      carries quoted words becomes the quotation, with the clause around it;
//   5. every mention resolved to the fullest name, in text order, so pronouns see earlier speakers;
//   6. messages: a quotation nobody could be found for.
// Only English is attributed: other languages get a NOT_ENGLISH message and no claims (language.ts).
import { message, type ArticleFile } from '../../article.js';
import type { Config } from '../../config.js';
import { SpanIndex } from '../../span.js';
import { Analysis } from './analyse.js';
import type { Candidate } from './candidate.js';
import { speakingSubject, type Sent } from './clauses.js';
import { Entities } from './entities.js';
import { notEnglish } from './language.js';
import type { Mention } from './mentions.js';
import { attributeQuotes, headlineQuote, isTitleCase, mergeMixed, splitMisjoined } from './quotations.js';
import { findQuotes, headlineIndex, type QuoteSpan } from './quotes.js';
import { findReported } from './reported.js';
import { isTitleSentence, learnNames, noteMention, resolveCandidate, toClaim } from './resolve.js';
import { findTurns } from './transcript.js';

export type { Candidate } from './candidate.js';

export function attribute(file: ArticleFile, config: Config): void {
  const { text } = file;
  const foreign = notEnglish(file);
  if (foreign) { message(file, 'attribute', 'NOT_ENGLISH', foreign); return; }
  // 1. sentences, and the names learned from them (a quoted title names no one: "The Wit and Wisdom of
  //    Jane Roe" teaches no name "Wisdom of Jane Roe")
  const sents: Sent[] = file.data.sentences.map((s, i) => new Analysis(text, s, i));
  const entities = new Entities();
  const headline = headlineIndex(text, file.paragraphs);
  const allQuotes = findQuotes(text, file.paragraphs, headline);
  const titles = new SpanIndex(allQuotes.filter((q) => isTitleCase(text.slice(q.start, q.end))));
  for (const s of sents) learnNames(text, s, entities, (pos) => titles.covers(pos));
  // 2. sentence subjects
  const subjects = new Map<number, Mention>();
  for (const s of sents) { const m = isTitleSentence(s) ? undefined : speakingSubject(text, s); if (m) subjects.set(s.index, m); }
  // 3. quotations (a transcript's turns are quotations of their own, and the marks inside them stay inside)
  const turns = findTurns(text, file.paragraphs);
  const inTurn = (pos: number) => turns.some((t) => pos >= t.from && pos < t.to);
  const found = allQuotes.filter((q) => (q.paragraph === headline || file.paragraphs[q.paragraph].kind !== 'boilerplate') && !inTurn(q.open));
  //    (the headline's quotations stand apart: its reported speech reads through them)
  const quotes = splitMisjoined(text, sents, found.filter((q) => q.paragraph !== headline));
  const quoteCands = attributeQuotes({ file, text, sents, quotes, subjects, config });
  for (const q of found) if (q.paragraph === headline) { const c = headlineQuote(text, q, entities); if (c) quoteCands.push(c); }
  for (const t of turns) quoteCands.push({ type: 'direct', start: t.start, end: t.end, paragraph: t.paragraph, mention: t.mention, cue: t.cue, rule: 'quote.transcript-turn' });
  // 4. reported speech, outside the quotations and the turns
  const shield: QuoteSpan[] = [...quotes, ...turns.map((t) => ({ start: t.start, end: t.end, open: t.from, close: t.to - 1, paragraph: t.paragraph, lastParagraph: t.lastParagraph }))];
  const reported = mergeMixed(text, quotes, quoteCands, findReported(text, sents, shield));
  // 5. resolution in text order
  const cands = [...quoteCands, ...reported].sort((a, b) => a.start - b.start || a.end - b.end);
  resolveAll(text, entities, subjects, cands);
  // 6. the claims, and a message for each quotation nobody could be found for
  for (const c of cands) {
    file.data.claims.push(toClaim(text, c));
    if (c.type !== 'indirect' && !c.speaker) message(file, 'attribute', 'SPEAKER_UNRESOLVED', `no speaker found for the quotation "${text.slice(c.start, Math.min(c.end, c.start + 60))}${c.end - c.start > 60 ? '…' : ''}"`, c, 'info');
  }
}

/** Subjects and speakers feed the timeline as they are met; candidates without a mention resolve after everything before them. */
function resolveAll(text: string, entities: Entities, subjects: Map<number, Mention>, cands: Candidate[]): void {
  const events: { pos: number; run: () => void }[] = [];
  for (const m of subjects.values()) events.push({ pos: m.start, run: () => noteMention(entities, m, m.start, text) });
  for (const c of cands) events.push({ pos: c.mention?.start ?? c.start, run: () => resolveCandidate(entities, c, text) });
  events.sort((a, b) => a.pos - b.pos);
  for (const ev of events) ev.run();
  for (const c of cands) if (c.speaker === undefined) resolveCandidate(entities, c, text);
}
