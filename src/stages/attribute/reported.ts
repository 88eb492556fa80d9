// Reported speech (indirect): the content of "X said (that) …", "According to X, …", "…, X said.",
// "As X noted, …", "In his view, …", "X is convinced that …". The claim's span is the reported
// content, not the cue; it stops at a colon, a semicolon or a dash that ends the clause.
import { SpanIndex } from '../../span.js';
import { lexicon, monthNames, wordClasses, cueFrames } from '../../lexicon/index.js';
import { mentionAfter, mentionBefore, organisationIt, startsAt, type Mention } from './mentions.js';
import type { QuoteSpan } from './quotes.js';
import type { Candidate } from './candidate.js';
import { isVerbWord } from './nlp.js';
import { alternation, BETWEEN, cueLemma, isCap, isDayWord, isLowerWord, isPassive, isPutIt, isWord, sourceCueAt, type Token } from './tokens.js';
import {
  BARE_CLAUSE, BEFORE_THAT, BELIEF_ADJ, PARTICLE, QUANTIFIER_SPEAKER, SAY_VERBS, TO_VERBS, clauseStart, contentFrom, hasVerb, hearerEnd, hearerWord,
  closesSentence, inIdiom, issuerOf, isPunct, isQuantityWord, notClauseStart, plausibleSpeaker, relativeSpeaker, sentenceSubject, sourcePhrase, timePhraseEnd, timeThenComma, topicEnd, topicPrepAt, type Sent,
} from './clauses.js';

const W = wordClasses();
const FRAMES = cueFrames();


export function findReported(text: string, sents: Sent[], quotes: QuoteSpan[]): Candidate[] {
  const out: Candidate[] = [];
  const qi = new SpanIndex(quotes.map((q) => ({ ...q, start: q.open, end: q.close >= 0 ? q.close + 1 : q.end })));
  const inQuote = (pos: number) => qi.covers(pos);
  const seen = new Set<string>();
  for (const s of sents) {
    if (inQuote(s.start) || s.toks.length < 4) continue;
    const cands = reportedIn(text, s, inQuote);
    if (!cands.length) { const c = actionWithQuote(text, s, qi.overlapping(s.start, s.end)); if (c) cands.push(c); }
    for (const c of cands) {
      // content that opens a quotation runs to its close ("… focusing on “he said this, he tweeted that.”")
      const open = qi.overlapping(c.end - 1, c.end).find((q) => q.start >= c.start && q.start < c.end && q.end > c.end && q.close >= 0 && q.paragraph === q.lastParagraph);
      if (open) c.end = open.end;
      // content that the sentence carries on into a quotation of the same speaker, ending the sentence,
      // runs to the quotation's close: "… should be released but said “the question is the timing.”",
      // "…, which is a problem because, “In the end, …”" (no other name, no colon, no new sentence between)
      else {
        // (the quotation may hold sentences of its own, past the end of this one)
        const next = qi.overlapping(c.end, s.end).filter((q) => q.start >= c.end && q.start < s.end && q.close >= 0 && q.paragraph === q.lastParagraph).sort((a, b) => a.start - b.start)[0];
        const between = next ? text.slice(c.end, next.start) : '';
        if (next && /^[.,!?;”"’']*(\s+[\p{Lu}“"‘'(]|[^\S\n]*(\n|$))/u.test(text.slice(next.end, next.end + 12)) && !/[.!?:;—–]/.test(between) && between.split(/\s+/).length <= 12
          && !/\s\p{Lu}/u.test(between) && !/,\s+\p{Ll}+ing\b|--/u.test(between) && !ownAttribution(between)) c.end = next.end;
      }
      // content that is (nearly) one quotation is that quotation's attribution, not reported speech
      const len = c.end - c.start;
      if (qi.overlapping(c.start, c.end).some((x) => Math.min(x.end, c.end) - Math.max(x.start, c.start) >= 0.8 * len)) continue;
      if (seen.has(`${c.start}:${c.end}`)) continue;
      seen.add(`${c.start}:${c.end}`);
      out.push(c);
    }
  }
  return cutAtInnerSpeech(text, out);
}

/** ", she said,": a pronoun and a verb between commas */
const PRONOUN_ASIDE = new RegExp(`,\\s*(${alternation(W['subject-pronoun'])})\\s+\\p{Ll}+\\s*,`, 'iu');

/** Words before a quotation that attribute it anew: ", she said, …", "… replied, “" */
function ownAttribution(between: string): boolean {
  if (PRONOUN_ASIDE.test(between)) return true;
  const last = /(\p{Ll}+)\s*,\s*$/u.exec(between);
  return !!last && lexicon().cueForms.has(last[1]);
}

/**
 * Content that runs over another attribution ("… vast wealth and said it ensured …", "…, and human
 * rights groups warned that …") ends where that attribution's speaker or cue begins; what is left of
 * it must still be a clause (three words at least), or it goes.
 */
function cutAtInnerSpeech(text: string, cands: Candidate[]): Candidate[] {
  // (each question asks an index of the candidates, not every other candidate: linear in the article)
  const spans = new SpanIndex(cands);
  // "X said he thought that …": a pronoun's attribution at the head of another's content is part of
  // those words (X's report of what he thought), not a claim of its own
  const nested = new Set(cands.filter((b) => b.mention?.kind === 'pronoun' && spans.overlapping(b.mention.start - 24, b.mention.start + 1).some((a) => a !== b && a.start <= b.mention!.start && /^(that\s+)?$/i.test(text.slice(a.start, b.mention!.start)))));
  // "… expects Holt to insert himself into the debate by calling out Trump for …": a participle after
  // "by" or "in" inside another's content says how something is done there; it is part of those words
  const means = (b: Candidate) => !!b.cue && /ing$/i.test(text.slice(b.cue.start, b.cue.end).split(/\s/)[0]) && /\b(by|in)\s+$/i.test(text.slice(Math.max(0, b.cue.start - 4), b.cue.start))
    && spans.overlapping(b.cue.start, b.cue.end).some((a) => a !== b && a.start < b.cue!.start && a.end >= b.cue!.end);
  // "The Times reported the email came hours after X proposed a ban …": a verb of stance (not of saying)
  // inside the content of a verb of saying is part of what was said, not a claim of its own
  const cueLem = (b: Candidate) => (b.cue ? lexicon().cueForms.get(text.slice(b.cue.start, b.cue.end).toLowerCase().split(/\s/)[0]) ?? '' : '');
  const innerStance = (b: Candidate) => !!b.cue && !SAY_VERBS.has(cueLem(b)) && spans.overlapping(b.start, b.end).some((a) => a !== b && a.start < (b.mention?.start ?? b.cue!.start) && a.end > b.cue!.start && SAY_VERBS.has(cueLem(a)));
  cands = cands.filter((b) => !nested.has(b) && !means(b) && !innerStance(b));
  // where another attribution begins (its cue, or its speaker named before it) inside a content, that content ends
  const starts = cands.flatMap((b) => (b.cue ? [{ pos: b.cue.start, b, cue: true }, ...(b.mention ? [{ pos: b.mention.start, b, cue: false }] : [])] : [])).sort((x, y) => x.pos - y.pos);
  const firstAfter = (pos: number) => { let lo = 0, hi = starts.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid].pos <= pos) lo = mid + 1; else hi = mid; } return lo; };
  const out: Candidate[] = [];
  for (const a of cands) {
    let end = a.end;
    for (let i = firstAfter(a.start); i < starts.length && starts[i].pos < end; i++) {
      const { pos, b, cue } = starts[i];
      if (b === a || b.start <= a.start) continue;
      // (its speaker counts only when its cue too comes after a's start)
      if (cue || b.cue!.start > a.start) end = Math.min(end, pos);
    }
    if (end === a.end) { out.push(a); continue; }
    const kept = text.slice(a.start, end).replace(/(\s*(,|;|:|--|—|–|\band\b|\bbut\b|\bwho\b|\bwhich\b))+\s*$/u, '').replace(/\s+$/, '');
    if (kept.split(/\s+/).length >= 3) out.push({ ...a, end: a.start + kept.length });
  }
  return out;
}

/**
 * "X blasted the media for being “dishonest”", "X likened them to a “vicious snake”": a sentence whose
 * subject is a speaker and whose object holds a quoted fragment reports that speaker's words; the cue
 * is the verb, the content what follows it.
 */
function actionWithQuote(text: string, s: Sent, quotes: QuoteSpan[]): Candidate | undefined {
  const inside = quotes.filter((q) => q.open > s.start && q.open < s.end);
  if (!inside.length) return undefined;
  const t = s.toks;
  const i0 = clauseStart(s);
  const m = sentenceSubject(text, s);
  if (!m || !plausibleSpeaker(m) || !startsAt(m, t, i0)) return undefined;
  let v = m.last + 1;
  while (v < t.length && (BETWEEN.has(t[v].lower) || (/ly$/.test(t[v].lower) && isLowerWord(t[v])) || t[v].lower === 'been')) v++;
  const verb = t[v];
  if (!verb || isPassive(t, v) || !isLowerWord(verb) || cueLemma(verb) || W['copula-or-perfect'].has(verb.lower)) return undefined;
  if (!/(ed|s)$/.test(verb.lower) && !IRREGULAR_PAST.has(verb.lower) && !isVerbWord(verb.text)) return undefined; // a verb
  if (inside[0].open < verb.end) return undefined;
  // ("closed by saying, “…”": a verb of saying after the preposition is the quotation's own cue)
  if (W['gerund-preposition'].has(t[v + 1]?.lower ?? '') && cueLemma(t[v + 2]) && /ing$/.test(t[v + 2].lower)) return undefined;
  // ("seethed after the disclosure that …": the content is the noun phrase, not its preposition)
  // ("knows all about the plan": "all" only stresses the preposition)
  const p = t[v + 1]?.lower === 'all' && W['topic-after-all'].has(t[v + 2]?.lower ?? '') ? v + 2 : v + 1;
  const from = W['action-topic-preposition'].has(t[p]?.lower ?? '') && isWord(t[p + 1]) ? p + 1 : v + 1;
  const span = contentFrom(text, s, from);
  if (!span || span.end <= inside[0].start) return undefined;
  return { type: 'indirect', ...span, paragraph: s.paragraph, mention: m, cue: { start: verb.start, end: verb.end }, rule: 'reported.action-with-quote' };
}

const IRREGULAR_PAST = W['irregular-past'];

/** What the reported-speech rules read of one sentence. */
interface Ctx { text: string; s: Sent; t: Token[]; i0: number; inQuote: (pos: number) => boolean; lower: (k: number) => string }

/** A rule that frames a whole sentence ("According to X, …"): undefined when it does not apply, else its claims (maybe none). */
export interface SentenceRule { id: string; apply: (c: Ctx) => Candidate[] | undefined }

const claim = (c: Ctx, rule: string, span: { start: number; end: number }, mention: Mention, cue: { start: number; end: number }): Candidate =>
  ({ type: 'indirect', start: span.start, end: span.end, paragraph: c.s.paragraph, mention, cue: { start: cue.start, end: cue.end }, rule });

/** The reported speech of one sentence: the framing rules in order, else every cue with its frame, else a closing attribution. */
function reportedIn(text: string, s: Sent, inQuote: (pos: number) => boolean): Candidate[] {
  const t = s.toks;
  const c: Ctx = { text, s, t, i0: clauseStart(s), inQuote, lower: (k) => t[k]?.lower ?? '' };
  // 1. a sentence one attribution frames whole: "According to X, …", "In his view, …", "As X noted, …"
  for (const rule of FRAMING_RULES) { const r = rule.apply(c); if (r) return r; }
  // 2. every cue verb, its speaker and the content its frame takes ("X said (that) …", "X urged Y to …")
  const found = [...cueClauses(c), ...nounClauses(c)];
  if (found.some((f) => f.start <= t[Math.min(c.i0 + 2, t.length - 1)].start)) return found;
  // 3. "CLAUSE, X said." / "CLAUSE, said X."
  return trailingAttribution(c, found) ?? found;
}

/**
 * reported.according-to: "According to X, CLAUSE" / "CLAUSE, according to X." / "A, according to X, B.", and
 * the other phrases that name a source before it (speech-phrases.txt, kind before-source: "in the words of X",
 * "as quoted by X"); for those the source must be someone who can speak. ("…, citing X" is no such phrase: X
 * is mostly a reason, "citing a threat to public health", measured on PolNeAR dev.)
 */
const accordingTo: SentenceRule = {
  id: 'reported.according-to',
  apply(c) {
    const { t, i0, lower } = c;
    for (let k = 0; k < t.length - 2; k++) {
      const n = sourceCueAt(t, k);
      if (!n || c.inQuote(t[k].start)) continue;
      const other = !(lower(k) === 'according' && n === 2);
      const m = sourcePhrase(c.text, t, k + n);
      if (!m) return [];
      if (other && !plausibleSpeaker(m)) return [];
      const after = m.last + 1;
      let span: { start: number; end: number } | undefined;
      if (k <= i0 && t[after]?.text === ',') span = contentFrom(c.text, c.s, after + 1);
      else if (t[after]?.text === ',' && k > 0 && t[k - 1].text === ',' && k - 1 - i0 <= 4) span = contentFrom(c.text, c.s, i0); // "Even Germany, according to X, has …": the whole sentence
      else if (k > 0 && t[k - 1].text === ',') span = contentFrom(c.text, c.s, i0, k - 1);
      else if (k <= i0) span = contentFrom(c.text, c.s, after);
      return span ? [claim(c, this.id, span, m, { start: t[k].start, end: t[k + n - 1].end })] : [];
    }
    return undefined;
  },
};

/** reported.own-view: "In his view, CLAUSE" (the phrases of kind own-view in speech-phrases.txt) */
const ownView: SentenceRule = {
  id: 'reported.own-view',
  apply(c) {
    const { t, lower } = c;
    if (!(lower(0) === 'in' && W['possessive-person'].has(lower(1)) && t[3]?.text === ',' && lexicon().phrases.get(`in ${lower(1)} ${lower(2)}`) === 'own-view')) return undefined;
    const span = contentFrom(c.text, c.s, 4);
    const pron = t[1];
    const m: Mention = { kind: 'pronoun', start: pron.start, end: pron.end, name: pron.lower === 'his' ? 'he' : pron.lower === 'her' ? 'she' : 'they', first: 1, last: 1 };
    return span ? [claim(c, this.id, span, m, { start: t[0].start, end: t[2].end })] : [];
  },
};

/** reported.as-noted: "As X noted, CLAUSE" / "As X put it, CLAUSE" */
const asNoted: SentenceRule = {
  id: 'reported.as-noted',
  apply(c) {
    const { t, i0, lower } = c;
    if (lower(i0) !== 'as') return undefined;
    for (let k = i0 + 2; k < Math.min(t.length, i0 + 10); k++) {
      if (t[k].text === ',') break;
      if (!cueLemma(t[k]) && !isPutIt(t, k)) continue;
      const m = mentionBefore(c.text, t, k, i0 + 1);
      let comma = k + 1;
      while (comma < t.length && t[comma].text !== ',') comma++;
      const span = plausibleSpeaker(m) && startsAt(m, t, i0 + 1) ? contentFrom(c.text, c.s, comma + 1) : undefined;
      return span ? [claim(c, this.id, span, m!, { start: t[k].start, end: isPutIt(t, k) ? t[k + 1].end : t[k].end })] : [];
    }
    return undefined;
  },
};

export const FRAMING_RULES: SentenceRule[] = [accordingTo, ownView, asNoted];

/** A cue verb at k as the rules read it: its lemma, the token that ends the cue, a topic preposition. */
interface CueRead { k: number; lemma: string; cueEnd: number; topic: number; infinitive: boolean; prepositional: boolean }
/** The speaker of a cue: the mention, and whether it heads its clause (a bare clause needs that). */
interface SpeakerRead { m: Mention; clauseHead: boolean }

/** Every cue verb of the sentence with its speaker and its content (step 2 of reportedIn). */
function cueClauses(c: Ctx): Candidate[] {
  const { t, i0 } = c;
  const found: Candidate[] = [];
  let lastSpeaker: Mention | undefined; // the subject of an earlier cue in this sentence ("X praised … and said …")
  for (let k = i0 + 1; k < t.length - 1; k++) {
    const cue = readCue(c, k, found);
    if (!cue) continue;
    const sp = speakerOfCue(c, cue, lastSpeaker);
    if (!sp) continue;
    const frame = contentFrame(c, cue, sp);
    if (!frame) { found.push(...parenthetical(c, cue, sp.m)); continue; }
    const cueSpan = { start: t[k].start, end: t[frame.cueEnd].end };
    if (/^[“"«„]$/.test(t[frame.from]?.text ?? '') && !sp.clauseHead) continue;
    let to = frame.to;
    // "what X says his plan would do, and …": a clause inside a noun phrase ends at its first comma
    if (to === undefined && W['free-relative'].has(c.lower((sp.m.clauseFirst ?? sp.m.first) - 1))) { const comma = t.findIndex((x, j) => j > frame.from && /^[,;:]$/.test(x.text)); if (comma > 0) to = comma; }
    const span = contentFrom(c.text, c.s, frame.from, to);
    // a bare clause of two words cut off by a comma ("wrote his book, …") is an object, not a clause
    const bare = frame.from === frame.cueEnd + 1 && c.lower(frame.from) !== 'to' && frame.rule !== 'reported.object-infinitive';
    if (span && bare && c.text[span.end] === ',' && c.text.slice(span.start, span.end).split(/\s+/).length < 3) continue;
    if (span) found.push(claim(c, frame.rule, span, sp.m, cueSpan));
    if (startsAt(sp.m, t, i0)) lastSpeaker = sp.m;
  }
  return found;
}

/** The cue verb at k, or undefined when the word there is no cue in this sentence (a noun, a passive, an idiom …). */
function readCue(c: Ctx, k: number, found: Candidate[]): CueRead | undefined {
  const { t, lower } = c;
  if (c.inQuote(t[k].start) || /^[“"«„]$/.test(t[k].text)) return undefined;
  let lemma = cueLemma(t[k]);
  let cueEnd = k;
  const topic = topicPrepAt(t, k);
  if (!lemma && topic >= 0 && isLowerWord(t[k])) lemma = 'topic';
  if (!lemma && W['belief-copula'].has(lower(k)) && BELIEF_ADJ.has(lower(k + 1)) && lower(k + 2) === 'that') { lemma = 'believe'; cueEnd = k + 1; }
  if (!lemma || isPassive(t, k)) return undefined; // "was told that …": the subject heard it
  // "Battleground state Florida": the bare "state" is a noun unless "that" follows it
  if (lower(k) === 'state' && lower(k + 1) !== 'that') return undefined;
  // idioms of saying that report nothing: "Having said that, …", "needless to say" (speech-phrases.txt)
  if (inIdiom(t, k)) return undefined;
  // "what Trump says is a lie", "the things she said were true": the cue sits in a relative clause whose verb follows it
  if (W['relative-clause-verb'].has(lower(k + 1))) { const w = whichClause(c, k, lemma); if (w) found.push(w); return undefined; }
  // a noun after a determiner: "these are important questions", "his claims"
  // (after a quantifier only a plural: "some claims" is a noun, "some say" a verb)
  if (W['noun-determiner-reported'].has(lower(k - 1)) && !/ed$/.test(lower(k))) return undefined;
  if (W['plural-noun-modifier'].has(lower(k - 1)) && /[^s]s$/.test(lower(k))) return undefined;
  // a plural noun, not a verb: "Health worries have dogged …", "Twenty-seven states led by …"
  if (/s$/.test(lower(k)) && (W['plural-subject-verb'].has(lower(k + 1)) || isNumeral(lower(k - 1)))) return undefined;
  // ("agreed to clean up …": an infinitive, not a prepositional phrase)
  const infinitive = TO_VERBS.has(lemma) && lower(cueEnd + 1) === 'to' && isLowerWord(t[cueEnd + 2]) && !W['not-infinitive-start'].has(lower(cueEnd + 2));
  const prepositional = !infinitive && W['prepositional-after-cue'].has(lower(cueEnd + 1));
  return { k, lemma, cueEnd, topic, infinitive, prepositional };
}

/** "twenty-seven", "12", "dozens": a number word before a plural ("Twenty-seven states led by …") */
const NUMBER_HYPHENATED = new RegExp(`^[a-z]+-(${alternation(W['unit-numeral'])})$`);
const isNumeral = (w: string): boolean => /^\d[\d,]*$/.test(w) || NUMBER_HYPHENATED.test(w) || W['plural-numeral'].has(w);

/**
 * reported.noun-clause: a noun of saying with a possessor and its that-clause: "Mr. Trump's assertion that Russia
 * should …", "his claim in the same interview that …" (speech-nouns.txt); the possessor speaks.
 */
function nounClauses(c: Ctx): Candidate[] {
  const { text, t, lower } = c;
  const out: Candidate[] = [];
  for (let k = 1; k < t.length - 2; k++) {
    if (c.inQuote(t[k].start) || !lexicon().speechNouns.has(lower(k))) continue;
    // the that-clause right after the noun, or after a prepositional phrase ("his claim in the same interview that")
    let j = k + 1;
    if (W['speech-noun-preposition'].has(lower(j))) { j++; while (j < t.length && j <= k + 6 && isWord(t[j]) && lower(j) !== 'that' && !cueLemma(t[j])) j++; }
    if (lower(j) !== 'that') continue;
    const m = possessorOf(text, t, k);
    const span = m ? contentFrom(text, c.s, j) : undefined;
    if (span && m) out.push(claim(c, 'reported.noun-clause', span, m, t[k]));
  }
  return out;
}

/** The possessor before a noun at k: "his", "her", "their" (a pronoun) or a name with 's ("Mr. Trump's", "Clinton’s"). */
function possessorOf(text: string, t: Token[], k: number): Mention | undefined {
  let p = k - 1;
  while (p > 0 && isLowerWord(t[p]) && !W['possessive-person'].has(t[p].lower) && k - p < 3) p--; // "his repeated claim"
  const w = t[p];
  if (!w) return undefined;
  if (W['possessive-person'].has(w.lower)) return { kind: 'pronoun', start: w.start, end: w.end, name: w.lower === 'his' ? 'he' : w.lower === 'her' ? 'she' : 'they', first: p, last: p };
  if (/\p{Lu}.*['’]s$/u.test(w.text)) {
    const m = mentionBefore(text, t, p + 1, 0);
    return m?.kind === 'name' ? m : undefined;
  }
  return undefined;
}

/** reported.which-clause: "…, which he said were accompanied by favors": the words from the verb after the cue on */
function whichClause(c: Ctx, k: number, lemma: string): Candidate | undefined {
  const rel = mentionBefore(c.text, c.t, k, c.i0);
  if (!(rel && (rel.kind === 'pronoun' || rel.kind === 'name') && plausibleSpeaker(rel) && c.lower((rel.clauseFirst ?? rel.first) - 1) === 'which' && SAY_VERBS.has(lemma))) return undefined;
  const span = contentFrom(c.text, c.s, k + 1);
  return span ? claim(c, 'reported.which-clause', span, rel, c.t[k]) : undefined;
}

/** The speaker of the cue: the noun phrase before it, else the sentence subject for a coordinated or participle cue. */
function speakerOfCue(c: Ctx, cue: CueRead, lastSpeaker: Mention | undefined): SpeakerRead | undefined {
  const { text, t, i0, lower } = c;
  const k = cue.k;
  // ("X issued a statement saying …": the issuer speaks, not the statement)
  let m = issuerOf(text, c.s, t, mentionBefore(text, t, k, i0));
  // "Many say …", "Others argued …": a quantifier standing for people heads the clause
  if (!m && k - 1 === i0 && QUANTIFIER_SPEAKER.has(lower(k - 1))) m = { kind: 'noun', start: t[k - 1].start, end: t[k - 1].end, name: t[k - 1].text, first: k - 1, last: k - 1 };
  // ", emphasizing that …" / "X announced … and said …": the sentence subject speaks
  // "X said … but warned that …", "… and also said …"
  const coordinated = W.coordinator.has(lower(k - 1)) || (W['coordinated-adverb'].has(lower(k - 1)) && W.coordinator.has(lower(k - 2)));
  // (a name just before "and said" ends the first verb's object: "bemoaned the unrest in Charlotte and said")
  // (", arguing that …": a participle after a comma says what the sentence subject said, whatever name ends the clause before it)
  const participle = /ing$/.test(lower(k));
  if (coordinated || (participle && isLowerWord(t[k]) && t[k - 1]?.text === ',' && sentenceSubject(text, c.s)) || (!plausibleSpeaker(m) && participle && (t[k - 1]?.text === ',' || W['gerund-preposition'].has(lower(k - 1))))) {
    const head = mentionAfter(text, t, i0);
    m = sentenceSubject(text, c.s) ?? lastSpeaker ?? (head && head.last < k && plausibleSpeaker(head) ? head : undefined);
  }
  // "an architect who said he was stiffed": the relative pronoun stands for the noun phrase before it
  const relative = !m && W['relative-person'].has(lower(k - 1));
  if (relative) m = relativeSpeaker(text, t, k - 1, i0);
  // "It says the campaign violated …": with a verb of saying at the head of the sentence, "it" is a
  // body or a document speaking (resolved like "they") ("Recently, it has been calling for …": auxiliaries may come between)
  let itAt = k - 1;
  while (itAt > i0 && (BETWEEN.has(lower(itAt)) || lower(itAt) === 'been')) itAt--;
  if (lower(itAt) === 'it' && itAt === i0 && (SAY_VERBS.has(cue.lemma) || itAt < k - 1)) m = organisationIt(t, itAt);
  // "the fund warned that …": with a verb of saying and a clause after it, any definite noun phrase speaks
  const sayThat = SAY_VERBS.has(cue.lemma) && m?.kind === 'noun' && /^the$/i.test(text.slice(m.start, m.end).split(/\s+/)[0]) && lower(cue.cueEnd + 1) === 'that';
  // ("Several Democratic operatives said they …": with a verb of saying proper, a plural noun phrase that
  //  opens the clause is a group speaking, whatever its noun)
  const groupSays = SAY_VERBS.has(cue.lemma) && m?.kind === 'noun' && m.first === i0 && /[^s]s$/.test(m.name.split(/\s+/).pop() ?? '') && m.last === k - 1;
  if ((!plausibleSpeaker(m) && !sayThat && !groupSays) || !m) return undefined;
  return { m, clauseHead: relative || headsClause(c, m) };
}

/** Whether the speaker heads its clause: at its start, after a conjunction or punctuation, or after modifiers of its own. */
function headsClause(c: Ctx, m: Mention): boolean {
  const { t, i0, lower } = c;
  // "The nonpartisan Commission on … says": a determiner and lower-case modifiers before a name still head the clause
  // "Conservative commentator X said": a role noun the title list lacks, right before the name
  const modified = m.kind === 'name' && m.first > i0 && m.first - i0 <= 4 && t.slice(i0, m.first).every((x) => isWord(x))
    && ((W.article.has(lower(i0)) && t.slice(i0 + 1, m.first).every((x) => isLowerWord(x))) || (isLowerWord(t[m.first - 1]) && plausibleSpeaker({ kind: 'noun', name: t[m.first - 1].lower, start: 0, end: 0, first: 0, last: 0 })));
  // "Nearly eight of 10 voters say …", "Most of the experts said …": a quantity before the speakers still heads the clause
  const counted = m.kind === 'noun' && m.first > i0 && m.first - i0 <= 6 && t.slice(i0, m.first).every((x) => isQuantityWord(x.lower)) && t.slice(i0, m.first).some((x) => x.lower === 'of');
  const before = (m.clauseFirst ?? m.first) - 1;
  return modified || counted || startsAt(m, t, i0) || CLAUSE_BOUNDARY.has(lower(before)) || W['clause-boundary-word'].has(lower(before))
    || (m.first > 0 && W.article.has(lower(m.first - 1)) && (lower(m.first - 2) === ',' || W['clause-boundary-before-article'].has(lower(m.first - 2))));
}
/** punctuation that ends the clause before a speaker */
const CLAUSE_BOUNDARY = new Set([',', ':', ';', '—', '–', '-', '--']);

/** Where the content of a cue starts (and may end), and which frame rule read it. */
interface Frame { rule: string; from: number; cueEnd: number; to?: number }
type FrameRule = (c: Ctx, cue: CueRead, sp: SpeakerRead) => Frame | undefined;

/** reported.that: "X said (on Tuesday) that …", "X told reporters that …" */
const thatClause: FrameRule = (c, cue) => {
  const { t, lower } = c;
  // after a prepositional phrase ("reported at the time that") any words may come before "that"
  for (let j = cue.cueEnd + 1; j < Math.min(t.length, cue.cueEnd + (cue.prepositional ? 14 : 8)); j++) {
    if (lower(j) === 'that') return { rule: 'reported.that', from: j, cueEnd: cue.cueEnd };
    // "said at a stop in Toledo, Ohio, that": commas inside a prepositional phrase
    if (cue.prepositional && t[j].text === ',' && j + 1 < t.length && (/^\p{Lu}/u.test(t[j + 1].text) || lower(j + 1) === 'that')) continue;
    if (isPunct(t[j]) || !(cue.prepositional || BEFORE_THAT.has(lower(j)) || /^\p{Lu}/u.test(t[j].text) || /ly$/.test(lower(j)) || hearerWord(t, j, cue.lemma))) break;
  }
  return undefined;
};

/** reported.wh: "told the host how surprised he was", "asked them whether …" */
const whClause: FrameRule = (c, cue) => {
  if (!FRAMES.wh.has(cue.lemma)) return undefined;
  const { t, lower } = c;
  // only "tell" and "ask" take an object first ("told the host how …"); "said no decision was made about whether …" is a bare clause
  const reach = FRAMES['wh-object'].has(cue.lemma) ? 12 : lower(cue.cueEnd + 1) === 'to' ? 6 : 2;
  for (let j = cue.cueEnd + 1; j < Math.min(t.length - 1, cue.cueEnd + reach); j++) {
    if (W['wh-word'].has(lower(j)) && isWord(t[j + 1])) return { rule: 'reported.wh', from: j, cueEnd: cue.cueEnd };
    if (isPunct(t[j]) || lower(j) === 'that') break;
  }
  return undefined;
};

/** reported.object-infinitive: "warned state officials to boost their security" (the complementizer opens the content, as PolNeAR annotates it) */
const objectInfinitive: FrameRule = (c, cue, sp) => {
  if (!FRAMES['object-to'].has(cue.lemma) || !sp.clauseHead) return undefined;
  const { t, lower } = c;
  for (let j = cue.cueEnd + 2; j < Math.min(t.length - 1, cue.cueEnd + 8); j++) {
    if (lower(j) === 'to' && isLowerWord(t[j + 1]) && !W['not-infinitive-verb'].has(lower(j + 1))) return { rule: 'reported.object-infinitive', from: j, cueEnd: cue.cueEnd };
    if (isPunct(t[j]) || lower(j) === 'that' || (cueLemma(t[j]) && !(lower(j) === 'state' && lower(j + 1) !== 'that'))) break; // ("warned state officials to …": a bare "state" is a noun)
  }
  return undefined;
};

/** reported.topic: "spoke about the shooting", "complained about his mic": the topic is the content */
const topicOf: FrameRule = (c, cue, sp) => {
  const { t, lower } = c;
  const topic = cue.topic;
  if (topic < 0 || !sp.clauseHead) return undefined;
  // ("spoke on Wednesday", "talked in May": a time, not a topic)
  if (isDayWord(lower(topic + 1)) || monthNames().has(lower(topic + 1)) || /^\d{4}$/.test(lower(topic + 1))) return undefined;
  // (the speaker right before the verb: "X, after railing against …, produced" is not X speaking)
  if (!t.slice(sp.m.last + 1, cue.k).every((x) => BETWEEN.has(x.lower) || /ly$/.test(x.lower))) return undefined;
  return { rule: 'reported.topic', from: topic + 1, cueEnd: topic, to: topicEnd(t, topic + 1) };
};

/** reported.infinitive: "agreed to clean up the mines" (with its "to"); "agreed to a 30-minute interview" (the object alone) */
const infinitiveOf: FrameRule = (c, cue, sp) => {
  if (!sp.clauseHead || !TO_VERBS.has(cue.lemma) || c.lower(cue.cueEnd + 1) !== 'to' || !isWord(c.t[cue.cueEnd + 2])) return undefined;
  return { rule: 'reported.infinitive', from: cue.infinitive ? cue.cueEnd + 1 : cue.cueEnd + 2, cueEnd: cue.cueEnd };
};

/** reported.particle: "called for an inquiry", "spoke out against …": the cue with its particle, the content after it */
const particleOf: FrameRule = (c, cue, sp) => {
  const { t, lower } = c;
  if (!sp.clauseHead || !BARE_CLAUSE.has(cue.lemma) || !PARTICLE.has(lower(cue.cueEnd + 1)) || !(cue.lemma === 'call' || lower(cue.cueEnd + 1) === 'out') || !isWord(t[cue.cueEnd + 2])) return undefined;
  return { rule: 'reported.particle', from: cue.cueEnd + 2, cueEnd: cue.cueEnd + 1 };
};

/** reported.characterise: "The campaign called the charges unsubstantiated", "likened RT to the BBC": the object and its complement */
const characterise: FrameRule = (c, cue, sp) => {
  const { t, lower } = c;
  if (!sp.clauseHead || !FRAMES.characterise.has(cue.lemma) || !isWord(t[cue.cueEnd + 1]) || W['not-characterised-start'].has(lower(cue.cueEnd + 1)) || !/(ed|s)$/.test(lower(cue.k))) return undefined;
  return { rule: 'reported.characterise', from: cue.cueEnd + 1, cueEnd: cue.cueEnd };
};

/** reported.hearer-clause: "told reporters the vote …": the hearer, then a bare clause */
const hearerClause: FrameRule = (c, cue, sp) => {
  if (!sp.clauseHead || cue.lemma !== 'tell') return undefined;
  const end = hearerEnd(c.t, cue.cueEnd + 1);
  return end > cue.cueEnd + 1 ? { rule: 'reported.hearer-clause', from: end, cueEnd: cue.cueEnd } : undefined;
};

/** "a few days later", "two weeks ago": a short phrase of time that closes the sentence */
function timeOnly(t: Token[], n: number): boolean {
  const end = t.findIndex((x, j) => j >= n && !isWord(x));
  const last = (end < 0 ? t.length : end) - 1;
  return last - n <= 3 && W['time-adverb'].has(t[last]?.lower ?? '') && (end < 0 || /^[.!?]$/.test(t[end].text));
}

/** reported.bare: "X said the talks failed": a clause without "that" (not "told a young woman", "revealed Tuesday the …" reads past the day) */
const bareClause: FrameRule = (c, cue, sp) => {
  const { t } = c;
  if (!sp.clauseHead || !BARE_CLAUSE.has(cue.lemma) || cue.lemma === 'call' || timeThenComma(t, cue.cueEnd + 1)) return undefined;
  // ("said on Wednesday her party would …", "revealed Tuesday the van was found": the time is when, the clause after it what)
  const n = timePhraseEnd(t, cue.cueEnd + 1);
  // ("told The Huffington Post on Thursday": a hearer and no clause; "said Friday afternoon, as …": a time phrase and a comma is no clause)
  if (!t[n] || !isWord(t[n]) || notClauseStart(t, n) || (cue.lemma === 'tell' && !hasVerb(t, n))) return undefined;
  // ("said Wednesday morning on MSNBC": where it was said is no content; "reported a few days later": nor when)
  const setting = (j: number) => j > cue.cueEnd + 1 && W['topic-setting-preposition'].has(c.lower(j));
  if (setting(n) || (setting(n - 1) && isCap(t[n])) || timeOnly(t, n)) return undefined;
  return { rule: 'reported.bare', from: n, cueEnd: cue.cueEnd };
};

/** The content frames in the order they are tried: the first that reads the words after the cue wins. */
export const CONTENT_FRAMES: FrameRule[] = [thatClause, whClause, objectInfinitive, topicOf, infinitiveOf, particleOf, characterise, hearerClause, bareClause];

function contentFrame(c: Ctx, cue: CueRead, sp: SpeakerRead): Frame | undefined {
  for (const frame of CONTENT_FRAMES) { const f = frame(c, cue, sp); if (f) return f; }
  return undefined;
}

/** reported.parenthetical: "A, X said, B": a parenthetical attribution; both sides are the speaker's words (two claims, like a split quotation) */
function parenthetical(c: Ctx, cue: CueRead, m: Mention): Candidate[] {
  const { text, s, t, lower } = c;
  const open = m.first - 1 >= 0 && t[m.first - 1].text === ',' ? m.first - 1 : (m.clauseFirst ?? m.first) - 1;
  // the attribution may carry a short phrase before its closing comma ("said in a June report,": after a preposition, any words up to the comma)
  let close = cue.cueEnd + 1;
  const pp = cue.prepositional && W['attribution-preposition'].has(lower(cue.cueEnd + 1));
  while (close < Math.min(t.length, cue.cueEnd + 8) && t[close].text !== ',' && (pp ? isWord(t[close]) : BEFORE_THAT.has(lower(close)) || /^[\p{Lu}\d]/u.test(t[close].text))) close++;
  if (!(t[close]?.text === ',' && open > 0 && t[open]?.text === ',')) return [];
  const before = contentFrom(text, s, 0, open);
  // (", and those in …": the conjunction joins the two sides; it is not the speaker's word)
  const afterFrom = W.coordinator.has(lower(close + 1)) ? close + 2 : close + 1;
  const after = contentFrom(text, s, afterFrom);
  // (a fronted adverbial is the writer's framing: "During his years in office, X said, …"; a subordinate
  //  clause with its own verb, "Though the transition was smooth, he said, …", is content)
  const adverbial = W['fronted-adverbial'].has(lower(0));
  // (", as they bristled at …": a clause of time or manner after the attribution is the writer's too)
  const aside = W['aside-opener'].has(lower(afterFrom));
  const cueSpan = { start: t[cue.k].start, end: t[cue.cueEnd].end };
  // reported.asked: "Asked if the comments rattled them, Ryan said, …": the opening question was put to the
  // speaker; its cue is "Asked", its speaker the asker named after "by" ("When asked by a host if …"), else none
  const asked = askedBefore(c, open);
  const out = asked ? [asked] : [adverbial ? undefined : before].filter((x) => !!x).map((span) => claim(c, 'reported.parenthetical', span!, m, cueSpan));
  if (!after || aside) return out;
  // ("…, a Chinese official said, adding that …": a participle cue after the attribution is its own cue)
  const participle = isLowerWord(t[afterFrom]) && /ing$/.test(lower(afterFrom)) && cueLemma(t[afterFrom]);
  return [...out, claim(c, 'reported.parenthetical', after, m, participle ? t[afterFrom] : cueSpan)];
}

/** The question that opens a sentence before its answerer ("Asked whether …, X said"), up to the comma at `open`. */
function askedBefore(c: Ctx, open: number): Candidate | undefined {
  const { text, s, t, lower } = c;
  const k = lower(0) === 'asked' ? 0 : lower(0) === 'when' && lower(1) === 'asked' ? 1 : -1;
  if (k < 0) return undefined;
  // ("When asked by a host if …": the asker, named after "by")
  const opens = (j: number) => W['wh-word'].has(lower(j)) || W['question-opener'].has(lower(j));
  let q = k + 1;
  if (lower(k + 1) === 'by') for (q = k + 3; q < open - 1 && !opens(q); q++);
  const by = q > k + 2 ? mentionAfter(text, t, k + 2, q - 1) : undefined;
  if (!opens(q) || open <= q + 1) return undefined;
  const span = contentFrom(text, s, q, open);
  return span ? { type: 'indirect', ...span, paragraph: s.paragraph, cue: { start: t[k].start, end: t[k].end }, ...(by && plausibleSpeaker(by) ? { mention: by } : {}), rule: 'reported.asked' } : undefined;
}

/** reported.trailing: "CLAUSE, X said (…)." / "CLAUSE, said X." (the tail may hold an appositive: try the last three commas) */
function trailingAttribution(c: Ctx, found: Candidate[]): Candidate[] | undefined {
  const { text, t, i0 } = c;
  const commas: number[] = [];
  for (let k = t.length - 1; k > 2 && commas.length < 3; k--) if (t[k].text === ',' && !c.inQuote(t[k].start)) commas.push(k);
  for (const comma of commas) {
    if (t.length - comma > 30) break;
    const tail = comma + 1;
    let cueIdx = -1;
    for (let k = tail; k < Math.min(t.length, tail + 8); k++) if (cueLemma(t[k])) { cueIdx = k; break; }
    if (cueIdx < 0 || (cueIdx === tail && /ing$/.test(t[tail].lower))) continue; // ", saying …" opens content, it does not close it
    const m = cueIdx === tail ? mentionAfter(text, t, cueIdx + 1) : mentionBefore(text, t, cueIdx, tail);
    if (!plausibleSpeaker(m) || !closesSentence(t, m, cueIdx) || comma - i0 < 4) continue;
    if (!(cueIdx === tail || startsAt(m, t, tail) || (m.first > tail && m.first - tail <= 3 && t.slice(tail, m.first).every((x) => isLowerWord(x) && !cueLemma(x))))) continue;
    const lastQuoteMark = /[”"]$/.test(text.slice(t[0].start, t[comma].start).trim());
    const span = contentFrom(text, c.s, 0, comma);
    const asked = askedBefore(c, comma);
    if (span && !lastQuoteMark) return [...found.filter((f) => f.start >= t[comma].end), asked ?? claim(c, 'reported.trailing', span, m, t[cueIdx])];
  }
  return undefined;
}
