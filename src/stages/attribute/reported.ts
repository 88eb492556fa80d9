// Reported speech (indirect): the content of "X said (that) …", "According to X, …", "…, X said.",
// "As X noted, …", "In his view, …", "X is convinced that …". The claim's span is the reported
// content, not the cue; it stops at a colon, a semicolon or a dash that ends the clause.
import type { Sentence } from '../../article.js';
import { SpanIndex } from '../../span.js';
import { lexicon, monthNames, wordClasses, cueFrames } from '../../lexicon/index.js';
import { mentionAfter, mentionBefore, startsAt, type Mention } from './mentions.js';
import type { QuoteSpan } from './quotes.js';
import type { Candidate } from './index.js';
import { isPastTense, isPersonNoun, isVerbWord } from './nlp.js';
import { alternation, dropArticle, BETWEEN, isOpeningParticiple, PARTICIPLE_PREP, WEEKDAY, cueLemma, opensOnVerb, dashAt, isDayWord, isCap, isLowerWord, isPassive, isWord, type Token } from './tokens.js';

const W = wordClasses();
const FRAMES = cueFrames();

export interface Sent extends Sentence { index: number; toks: Token[] }

/** Verbs whose reported clause may follow without "that" ("He said the talks failed"). */
const BARE_CLAUSE = FRAMES.bare;
/** "called for", "called on": a cue verb with its particle, the content after it. */
const PARTICLE = W['cue-particle'];
/** Words that may stand between a cue and its "that" ("said on Tuesday that", "told reporters that"). */
const BEFORE_THAT = W['before-that'];
/** Words that cannot begin a reported clause right after the verb. */
const NOT_CLAUSE_START = W['not-clause-start'];
/** Verbs of saying proper: their subject speaks whatever it is. */
const SAY_VERBS = FRAMES.say;
/** Words of a quantity before the speakers ("Nearly eight of 10 voters"). */
const QUANTITY = W['quantity-word'];
/** endings of nouns that name speakers: agents ("economist", "residents") and collectives ("townspeople", "police") */
const SPEAKER_ENDING = new RegExp(`(${alternation(W['agent-ending'])}|${alternation(W['agent-ending-plural'])}|${alternation(W['collective-speaker'])})$`);
const isQuantityWord = (w: string) => QUANTITY.has(w) || /^[\d.,]+%?$/.test(w);
/** After a topic verb at k ("spoke", "complained"): the index of its topic preposition, or -1 ("spoke emotionally of", "spoke out Tuesday about"). */
function topicPrepAt(t: Token[], k: number): number {
  const preps = lexicon().topicCues.get(t[k].lower);
  if (!preps) return -1;
  let reach = k + 3;
  for (let j = k + 1; j <= reach && j < t.length - 1; j++) {
    // "spoke to reporters about", "talked with the board about": a hearer first, then only "about"
    if (reach > k + 3) { if (t[j].lower === 'about') return isWord(t[j + 1]) ? j : -1; if (isWord(t[j]) && !cueLemma(t[j])) continue; return -1; }
    if (j === k + 1 && W['hearer-preposition'].has(t[j].lower) && isWord(t[j + 1])) { reach = j + 4; continue; }
    if (preps.has(t[j].lower)) return isWord(t[j + 1]) ? j : -1;
    if (!(isLowerWord(t[j]) && (/ly$/.test(t[j].lower) || W['topic-verb-adverb'].has(t[j].lower))) && !(WEEKDAY.has(t[j].lower) && isCap(t[j]))) return -1;
  }
  return -1;
}

/** A topic ends where the sentence goes on about when or why ("… while at the convention"). */
function topicEnd(t: Token[], from: number): number {
  for (let j = from + 1; j < t.length; j++) if (W['topic-end'].has(t[j].lower)) return j;
  return t.length;
}

/** Whether the word at k is part of an idiom of saying ("having said that", "so to speak"). */
function inIdiom(t: Token[], k: number): boolean {
  return lexicon().idioms.some((words) => words.some((w, i) => w === t[k].lower && words.every((x, j) => t[k - i + j]?.lower === x)));
}

/** "said no to the deal" answers; "said no decision was made" opens a clause */
const notClauseStart = (t: Token[], j: number): boolean =>
  NOT_CLAUSE_START.has(t[j].lower) && !(W['clause-opening-quantifier'].has(t[j].lower) && isLowerWord(t[j + 1]) && !W['not-after-clause-quantifier'].has(t[j + 1].lower) && isLowerWord(t[j + 2]));
/** Quantifiers that stand for people at the head of a clause ("Many say …"). */
const QUANTIFIER_SPEAKER = W['quantifier-speaker'];
/** Verbs whose reported content is an infinitive ("agreed to clean up the mines"). */
const TO_VERBS = FRAMES.to;
const BELIEF_ADJ = W['belief-adjective'];
const SPEAKER_PRONOUNS = W['speaker-pronoun'];

const isPunct = (t: Token) => !isWord(t);
/** a finite verb form: past or third person ("noted", "says", "said", "told") */
const FINITE = new RegExp(`(ed|s|${alternation(W['finite-irregular'])})$`);

/** Leading adverbial ("However,", "At the same time,", "In other words,"): index of the first token after it. */
function clauseStart(s: Sent): number {
  const t = s.toks;
  // a leading conjunction is not part of the clause ("But many Democrats say …")
  if (W['leading-conjunction'].has(t[0]?.lower ?? '') && t[1]?.text !== ',') {
    const rest = clauseStart({ ...s, toks: t.slice(1) });
    return rest + 1;
  }
  const comma = t.findIndex((x, i) => i < 14 && x.text === ',');
  if (comma > 0 && comma < 14 && !(t[0].lower === 'according') && !t.slice(0, comma).some((x) => cueLemma(x) || /^[“”"]$/.test(x.text))) {
    // ("Chastened by the analyses, as well as complaints over its costs, Trump revised …": a participle
    //  phrase opens the sentence; an "as well as" insertion runs on to the next comma)
    const participle = isOpeningParticiple(t[0].text) && PARTICIPLE_PREP.has(t[1]?.lower ?? '');
    if (participle && t[comma + 1]?.lower === 'as' && t[comma + 2]?.lower === 'well' && t[comma + 3]?.lower === 'as') {
      const next = t.findIndex((x, j) => j > comma + 3 && j < comma + 16 && x.text === ',');
      if (next > 0) return next + 1;
    }
    if (!participle && !/^\p{Ll}+ly$/u.test(t[0].lower) && !W['adverbial-opener'].has(t[0].lower)) return 0;
    // "On July 6, 2015, X said": the year after the date's comma belongs to the date
    if (/^(1[89]|20)\d\d$/.test(t[comma + 1]?.text ?? '') && t[comma + 2]?.text === ',') return comma + 3;
    // "Regarding X, however, Y said": a second short insertion after the first
    if (W['insertion-adverb'].has(t[comma + 1]?.lower ?? '') && t[comma + 2]?.text === ',') return comma + 3;
    if (/^in$/.test(t[0].lower) && W['possessive-person'].has(t[1]?.lower ?? '')) return 0; // "In his view," is an attribution
    return comma + 1;
  }
  return 0;
}

/** The sentence subject when it is a name, a pronoun or a role noun phrase. */
export function sentenceSubject(text: string, s: Sent): Mention | undefined {
  const i = clauseStart(s);
  const t = s.toks[i];
  if (!t || /^[“"«„]$/.test(t.text)) return undefined;
  const m = mentionAfter(text, s.toks, i);
  if (!m) return undefined;
  // a list item with no subject opens on its verb ("Calls rivals names …", "Says he will run")
  if (m.kind === 'name' && m.first === m.last && m.first === 0 && opensOnVerb(s.toks)) return undefined;
  if (m.kind === 'pronoun' && !SPEAKER_PRONOUNS.has(m.name.toLowerCase())) return undefined;
  if (m.kind === 'noun' && !lexicon().roleNouns.has(m.name.toLowerCase()) && !lexicon().roleNouns.has(m.name.toLowerCase().split(/\s+/).pop() ?? '')) return undefined;
  return m;
}

/** The source after "according to": everything up to the next comma or the clause end; a name in it
 *  is the mention ("the nonpartisan Congressional Budget Office"), else the whole noun phrase. */
function sourcePhrase(text: string, t: Token[], a: number): Mention | undefined {
  const objectPronoun = { him: 'he', her: 'she', them: 'they', us: 'we', me: 'i', his: 'he', their: 'they' }[t[a]?.lower ?? ''];
  // "according to her account": the possessive's noun belongs to the source phrase
  if (objectPronoun) return { kind: 'pronoun', start: t[a].start, end: t[a].end, name: objectPronoun, first: a, last: isLowerWord(t[a + 1]) && t[a + 2]?.text === ',' ? a + 1 : a };
  let b = a;
  while (b < t.length && (isWord(t[b]) || (/^[-'’&]$/.test(t[b].text) && isWord(t[b + 1])))) b++;
  b--;
  if (b < a) return undefined;
  if (b - a > 12) b = a + 12;
  const m = mentionAfter(text, t, a, b);
  if (m && m.kind === 'name' && m.last === b) return m;
  // a name at the end of a longer phrase ("the nonpartisan Congressional Budget Office")
  let c = b;
  while (c > a && /^\p{Lu}/u.test(t[c - 1].text)) c--;
  if (/^\p{Lu}/u.test(t[b].text) && c > a) {
    const name = text.slice(t[c].start, t[b].end);
    return { kind: 'name', start: t[a].start, end: t[b].end, name, role: dropArticle(text.slice(t[a].start, t[c - 1].end)), first: a, last: b };
  }
  return { kind: 'noun', start: t[a].start, end: t[b].end, name: dropArticle(text.slice(t[a].start, t[b].end)), first: a, last: b };
}

/** Content span [a, b) from token index `from` to the clause end, trimmed. */
function contentFrom(text: string, s: Sent, from: number, to = s.toks.length): { start: number; end: number } | undefined {
  const t = s.toks;
  // a dateline opening the sentence is the writer's ("WASHINGTON ― …", "NEWPORT NEWS, Va. — …")
  if (from === 0 && t[0] && /^\p{Lu}{2,}$/u.test(t[0].text)) {
    for (let j = 1; j < Math.min(to, 7); j++) {
      const d = dashAt(t, j);
      if (d) { from = j + d; break; }
      if (!(t[j].text === ',' || /^\p{Lu}/u.test(t[j].text))) break;
    }
  }
  if (from >= to) return undefined;
  let end = to;
  for (let k = from; k < to; k++) {
    const x = t[k].text;
    if (x === ':' || x === ';') { end = k; break; }
    // a dash that opens an aside ends the clause: — – ― and the typewriter's "--"
    const dash = dashAt(t, k) > 0;
    if (dash && k - from >= 4) { end = k; break; }
    // ", Trump boasted, …": a new speaker and cue after a comma
    if (x === ',' && k > from && isCap(t[k + 1])) {
      let j = k + 1;
      while (j < k + 4 && isCap(t[j + 1])) j++;
      while (t[j + 1] && BETWEEN.has(t[j + 1].lower) && j < k + 6) j++;
      if (cueLemma(t[j + 1]) && isLowerWord(t[j + 1]) && FINITE.test(t[j + 1].lower)) { end = k; break; }
    }
    // "promised a veto and attempted to …": after an object with no verb of its own, "and" + a verb in
    // the past is the subject's next deed ("said prices rose and fell" keeps its clause)
    if (t[k].lower === 'and' && k - from >= 1 && isLowerWord(t[k + 1]) && /ed$/.test(t[k + 1].lower) && isVerbWord(t[k + 1].text) && !hasVerb(t, from, k) && !W['determiner-before-and'].has(t[k - 1].lower)) { end = k; break; }
    if (k - from < 3) continue;
    // the reported clause ends where the sentence turns to the speaker again:
    // ", but pledged …", " and called on …", ", comparing him …", ", she said"
    // (a comma inside the closing mark, as US style puts it: '… "Women in Power," answering …', looks past the mark)
    const shut = x === ',' && /^[”"’']$/.test(t[k + 1]?.text ?? '') && t[k + 1].start === t[k].end ? 1 : 0;
    const n1 = t[k + 1 + shut], n2 = t[k + 2 + shut];
    if (x === ',' && n1 && (W['contrast-conjunction'].has(n1.lower) || (isLowerWord(n1) && /ing$/.test(n1.lower) && cueLemma(n1)))) { end = k; break; }
    // ", encouraging his supporters to …": a participle clause after the content is the writer's
    if (x === ',' && n1 && n2 && isLowerWord(n1) && isWord(n2) && /ing$/.test(n1.lower) && n1.lower.length > 5 && !W['not-participle-clause'].has(n1.lower)) { end = k; break; }
    if (x === ',' && n1 && n2 && SPEAKER_PRONOUNS.has(n1.lower) && cueLemma(n2)) { end = k; break; }
    if (x === ',' && n1 && W['relative-opener'].has(n1.lower)) { end = k; break; } // a non-restrictive relative clause is the writer's
    if (W.coordinator.has(t[k].lower)) {
      let j = k + 1;
      while (j < k + 3 && t[j] && BETWEEN.has(t[j].lower)) j++;
      const v = t[j];
      if (v && cueLemma(v) && isLowerWord(v) && FINITE.test(v.lower)) { end = k; break; }
    }
  }
  if (end <= from) return undefined;
  let a = t[from].start, b = t[end - 1].end;
  while (b > a && /[\s.,!?]/.test(text[b - 1])) b--;
  if (b - a < 8 || !t.slice(from, end).some((x) => isWord(x))) return undefined;
  return { start: a, end: b };
}

export function plausibleSpeaker(m: Mention | undefined): m is Mention {
  if (!m) return false;
  if (m.kind === 'pronoun') return SPEAKER_PRONOUNS.has(m.name.toLowerCase());
  if (m.kind === 'noun') {
    if (QUANTIFIER_SPEAKER.has(m.name.toLowerCase())) return true;
    const { roleNouns } = lexicon();
    const words = m.name.toLowerCase().split(/\s+/);
    const head = words[words.length - 1];
    if (W['not-agent-noun'].has(head)) return false; // not nouns, though they end like agents
    // "the company", "the new agency": a body named by its kind speaks as an organisation
    const org = lexicon().orgWords;
    const cap = head.charAt(0).toUpperCase() + head.slice(1);
    if (roleNouns.has(head) || roleNouns.has(head.replace(/s$/, '')) || org.has(cap) || org.has(cap.replace(/s$/, '')) || isPersonNoun(head) || (/[^s]s$/.test(head) && isPersonNoun(head.slice(0, -1)))) return true;
    // an ending of agents ("economist", "resident"), unless the word is a verb ("could not resist pointing out")
    return SPEAKER_ENDING.test(head) && !(words.length === 1 && isVerbWord(head));
  }
  return true;
}

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
  // "X said he thought that …": a pronoun's attribution at the head of another's content is part of
  // those words (X's report of what he thought), not a claim of its own
  const nested = new Set(cands.filter((b) => b.mention?.kind === 'pronoun' && cands.some((a) => a !== b && a.start <= b.mention!.start && /^(that\s+)?$/i.test(text.slice(a.start, b.mention!.start)))));
  // "… expects Holt to insert himself into the debate by calling out Trump for …": a participle after
  // "by" or "in" inside another's content says how something is done there; it is part of those words
  const means = (b: Candidate) => !!b.cue && /ing$/i.test(text.slice(b.cue.start, b.cue.end).split(/\s/)[0]) && /\b(by|in)\s+$/i.test(text.slice(Math.max(0, b.cue.start - 4), b.cue.start))
    && cands.some((a) => a !== b && a.start < b.cue!.start && a.end >= b.cue!.end);
  cands = cands.filter((b) => !nested.has(b) && !means(b));
  const out: Candidate[] = [];
  for (const a of cands) {
    let end = a.end;
    for (const b of cands) {
      if (b === a || !b.cue || b.start <= a.start) continue;
      const at = Math.min(b.cue.start, b.mention && b.mention.start > a.start ? b.mention.start : Infinity);
      if (at > a.start && at < end) end = at;
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
  // ("seethed after the disclosure that …": the content is the noun phrase, not its preposition)
  // ("knows all about the plan": "all" only stresses the preposition)
  const p = t[v + 1]?.lower === 'all' && W['topic-after-all'].has(t[v + 2]?.lower ?? '') ? v + 2 : v + 1;
  const from = W['action-topic-preposition'].has(t[p]?.lower ?? '') && isWord(t[p + 1]) ? p + 1 : v + 1;
  const span = contentFrom(text, s, from);
  if (!span || span.end <= inside[0].start) return undefined;
  return { type: 'indirect', ...span, paragraph: s.paragraph, mention: m, cue: verb };
}

const IRREGULAR_PAST = W['irregular-past'];

/** "Friday afternoon," / "last week." / "on Tuesday,": only a time phrase from `from` to a comma or the end. */
function timeThenComma(t: Token[], from: number): boolean {
  let j = from;
  while (j < t.length && (isDayWord(t[j].lower) || W['time-phrase-word'].has(t[j].lower))) j++;
  return j > from && (j >= t.length || /^[,.;:]$/.test(t[j].text));
}

/** Whether the words from `from` to the clause's end hold a verb (a clause, not just a hearer). */
function hasVerb(t: Token[], from: number, to = t.length): boolean {
  for (let j = from; j < to && !/^[,;:.]$/.test(t[j].text); j++) {
    const w = t[j];
    if (W['finite-auxiliary'].has(w.lower)) return true;
    if (isLowerWord(w) && (isPastTense(w.text) || (/[^s]s$/.test(w.lower) && isVerbWord(w.text) && !isPersonNoun(w.text)))) return true;
  }
  return false;
}

/**
 * A word of the hearer between a verb that takes one and "that" ("told an invited crowd that",
 * "assured the nervous board members that"): no pronoun or verb of a clause of its own.
 */
function hearerWord(t: Token[], j: number, lemma: string): boolean {
  if (!FRAMES.hearer.has(lemma) || !isLowerWord(t[j]) || cueLemma(t[j])) return false;
  const det = (k: number) => HEARER_DET.has(t[k]?.lower ?? '');
  // the hearer is a noun phrase with its determiner ("tells so many lies that" is no hearer)
  let d = j;
  while (d > 0 && isLowerWord(t[d]) && !det(d) && !cueLemma(t[d])) d--;
  if (!det(d) || j - d > 4) return false;
  if (W['not-hearer-word'].has(t[j].lower)) return false;
  // a participle as an adjective after a determiner ("an invited crowd") is part of the hearer
  return !isPastTense(t[j].text) || det(j - 1);
}
const HEARER_DET = W['hearer-noun-determiner'];

/** After "told": the index past its hearer ("reporters", "him", "the council", "CNN") when a clause follows. */
function hearerEnd(t: Token[], a: number): number {
  if (W['hearer-noun'].has(t[a]?.lower ?? '')) return t[a + 1] && isWord(t[a + 1]) ? a + 1 : a;
  if (W['hearer-determiner'].has(t[a]?.lower ?? '') && isLowerWord(t[a + 1]) && isWord(t[a + 2]) && W['clause-opener'].has(t[a + 2].lower)) return a + 2;
  let b = a;
  while (b < a + 4 && isCap(t[b])) b++;
  if (b > a && t[b] && W['clause-opener'].has(t[b].lower)) return b;
  // "told USA TODAY's weekly video series it is clear …": the outlet's programme, then the clause's pronoun
  if (b > a && /[’']s$/.test(t[b - 1].text)) {
    let j = b;
    while (j < b + 4 && isLowerWord(t[j]) && !cueLemma(t[j]) && !W['clause-subject-pronoun'].has(t[j].lower)) j++;
    if (j > b && t[j] && W['clause-subject-pronoun-strict'].has(t[j].lower)) return j;
  }
  return a;
}

/** "X, who said …": a mention of the relative pronoun, named after the noun phrase it refers to. */
export function relativeSpeaker(text: string, t: Token[], who: number, floor: number): Mention | undefined {
  const end = t[who - 1]?.text === ',' ? who - 1 : who;
  let ante = mentionBefore(text, t, end, floor);
  // "… went on radio to answer residents who fear …": the phrase starts after the last verb or preposition in it
  if (ante?.kind === 'noun') {
    let f = ante.first;
    for (let j = ante.last - 1; j >= ante.first; j--) {
      if (isLowerWord(t[j]) && (W['antecedent-boundary'].has(t[j].lower) || (isVerbWord(t[j].text) && !isPersonNoun(t[j].text) && !W.article.has(t[j].lower)))) { f = j + 1; break; }
    }
    if (f > ante.first && f <= ante.last) ante = { ...ante, start: t[f].start, first: f, name: dropArticle(text.slice(t[f].start, ante.end)) };
  }
  if (!ante || !plausibleSpeaker(ante)) return undefined;
  return { ...ante, name: text.slice(ante.start, ante.end), start: t[who].start, end: t[who].end, first: who, last: who, clauseFirst: ante.first };
}

function reportedIn(text: string, s: Sent, inQuote: (pos: number) => boolean): Candidate[] {
  const t = s.toks;
  const found: Candidate[] = [];
  const i0 = clauseStart(s);
  const lower = (k: number) => t[k]?.lower ?? '';
  // 1. According to X, CLAUSE / CLAUSE, according to X. / A, according to X, B.
  for (let k = 0; k < t.length - 2; k++) {
    if (lower(k) !== 'according' || lower(k + 1) !== 'to' || inQuote(t[k].start)) continue;
    const m = sourcePhrase(text, t, k + 2);
    if (!m) return [];
    const cue = { start: t[k].start, end: t[k + 1].end };
    const after = m.last + 1;
    let span: { start: number; end: number } | undefined;
    if (k <= i0 && t[after]?.text === ',') span = contentFrom(text, s, after + 1);
    else if (t[after]?.text === ',' && k > 0 && t[k - 1].text === ',' && k - 1 - i0 <= 4) span = contentFrom(text, s, i0); // "Even Germany, according to X, has …": the whole sentence
    else if (k > 0 && t[k - 1].text === ',') span = contentFrom(text, s, i0, k - 1);
    else if (k <= i0) span = contentFrom(text, s, after);
    return span ? [{ type: 'indirect', ...span, paragraph: s.paragraph, mention: m, cue }] : [];
  }
  // 2. In his view, CLAUSE
  if (lower(0) === 'in' && W['possessive-person'].has(lower(1)) && t[3]?.text === ',' && lexicon().phrases.get(`in ${lower(1)} ${lower(2)}`) === 'own-view') {
    const span = contentFrom(text, s, 4);
    const pron = t[1];
    const m: Mention = { kind: 'pronoun', start: pron.start, end: pron.end, name: pron.lower === 'his' ? 'he' : pron.lower === 'her' ? 'she' : 'they', first: 1, last: 1 };
    return span ? [{ type: 'indirect', ...span, paragraph: s.paragraph, mention: m, cue: { start: t[0].start, end: t[2].end } }] : [];
  }
  // 3. As X noted, CLAUSE
  if (lower(i0) === 'as') {
    for (let k = i0 + 2; k < Math.min(t.length, i0 + 10); k++) {
      if (t[k].text === ',') break;
      const isCue = cueLemma(t[k]) || (lower(k) === 'put' && lower(k + 1) === 'it');
      if (!isCue) continue;
      const m = mentionBefore(text, t, k, i0 + 1);
      let c = k + 1;
      while (c < t.length && t[c].text !== ',') c++;
      const span = plausibleSpeaker(m) && startsAt(m, t, i0 + 1) ? contentFrom(text, s, c + 1) : undefined;
      return span ? [{ type: 'indirect', ...span, paragraph: s.paragraph, mention: m, cue: { start: t[k].start, end: lower(k) === 'put' ? t[k + 1].end : t[k].end } }] : [];
    }
  }
  let lastSpeaker: Mention | undefined; // the subject of an earlier cue in this sentence ("X praised … and said …")
  // 4. X (also) said (that) CLAUSE / X is convinced that CLAUSE: a subject right before the cue; a
  //    bare clause ("X said the talks failed") only when X starts a clause
  for (let k = i0 + 1; k < t.length - 1; k++) {
    if (inQuote(t[k].start) || /^[“"«„]$/.test(t[k].text)) continue;
    let lemma = cueLemma(t[k]);
    let cueEnd = k;
    const topic = topicPrepAt(t, k);
    if (!lemma && topic >= 0 && isLowerWord(t[k])) lemma = 'topic';
    if (!lemma && W['belief-copula'].has(lower(k)) && BELIEF_ADJ.has(lower(k + 1)) && lower(k + 2) === 'that') { lemma = 'believe'; cueEnd = k + 1; }
    if (!lemma || isPassive(t, k)) continue; // "was told that …": the subject heard it
    // "Battleground state Florida": the bare "state" is a noun unless "that" follows it
    if (lower(k) === 'state' && lower(k + 1) !== 'that') continue;
    // idioms of saying that report nothing: "Having said that, …", "needless to say" (speech-phrases.txt)
    if (inIdiom(t, k)) continue;
    // "what Trump says is a lie", "the things she said were true": the cue sits in a relative clause whose verb follows it
    if (W['relative-clause-verb'].has(lower(k + 1))) {
      // "…, which he said were accompanied by favors": after "which", the words from that verb on are
      // what the speaker said of the thing "which" stands for
      const rel = mentionBefore(text, t, k, i0);
      if (rel && (rel.kind === 'pronoun' || rel.kind === 'name') && plausibleSpeaker(rel) && lower((rel.clauseFirst ?? rel.first) - 1) === 'which' && SAY_VERBS.has(lemma)) {
        const span = contentFrom(text, s, k + 1);
        if (span) found.push({ type: 'indirect', ...span, paragraph: s.paragraph, mention: rel, cue: { start: t[k].start, end: t[k].end } });
      }
      continue;
    }
    // a noun after a determiner: "these are important questions", "his claims"
    // (after a quantifier only a plural: "some claims" is a noun, "some say" a verb)
    if (W['noun-determiner-reported'].has(lower(k - 1)) && !/ed$/.test(lower(k))) continue;
    if (W['plural-noun-modifier'].has(lower(k - 1)) && /[^s]s$/.test(lower(k))) continue;
    // a plural noun, not a verb: "Health worries have dogged …", "Twenty-seven states led by …"
    if (/s$/.test(lower(k)) && (W['plural-subject-verb'].has(lower(k + 1)) || /^(\d[\d,]*|[a-z]+-(one|two|three|four|five|six|seven|eight|nine)|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|thousand|several|many|few|both|various|numerous|multiple|countless|dozens|hundreds)$/.test(lower(k - 1)))) continue;
    let m = mentionBefore(text, t, k, i0);
    // "Many say …", "Others argued …": a quantifier standing for people heads the clause
    if (!m && k - 1 === i0 && QUANTIFIER_SPEAKER.has(lower(k - 1))) m = { kind: 'noun', start: t[k - 1].start, end: t[k - 1].end, name: t[k - 1].text, first: k - 1, last: k - 1 };
    // ", emphasizing that …" / "X announced … and said …": the sentence subject speaks
    // "X said … but warned that …", "… and also said …"
    const coordinated = W.coordinator.has(lower(k - 1)) || (W['coordinated-adverb'].has(lower(k - 1)) && W.coordinator.has(lower(k - 2)));
    // (a name just before "and said" ends the first verb's object: "bemoaned the unrest in Charlotte and said")
    // (", arguing that …": a participle after a comma says what the sentence subject said, whatever name ends the clause before it)
    if (coordinated || (/ing$/.test(lower(k)) && isLowerWord(t[k]) && t[k - 1]?.text === ',' && sentenceSubject(text, s)) || (!plausibleSpeaker(m) && /ing$/.test(lower(k)) && (t[k - 1]?.text === ',' || W['gerund-preposition'].has(lower(k - 1))))) {
      const head = mentionAfter(text, t, i0);
      m = sentenceSubject(text, s) ?? lastSpeaker ?? (head && head.last < k && plausibleSpeaker(head) ? head : undefined);
    }
    // "an architect who said he was stiffed": the relative pronoun stands for the noun phrase before it
    const relative = !m && W['relative-person'].has(lower(k - 1));
    if (relative) m = relativeSpeaker(text, t, k - 1, i0);
    // "the fund warned that …": with a verb of saying and a clause after it, any definite noun phrase speaks
    // "It says the campaign violated …": with a verb of saying at the head of the sentence, "it" is a
    // body or a document speaking (resolved like "they")
    // ("Recently, it has been calling for …": auxiliaries may come between)
    let itAt = k - 1;
    while (itAt > i0 && (BETWEEN.has(lower(itAt)) || lower(itAt) === 'been')) itAt--;
    if (lower(itAt) === 'it' && itAt === i0 && (SAY_VERBS.has(lemma) || itAt < k - 1)) m = { kind: 'pronoun', start: t[itAt].start, end: t[itAt].end, name: 'they', first: itAt, last: itAt };
    const sayThat = SAY_VERBS.has(lemma) && m?.kind === 'noun' && /^the$/i.test(text.slice(m.start, m.end).split(/\s+/)[0]) && lower(cueEnd + 1) === 'that';
    if (!plausibleSpeaker(m) && !sayThat) continue;
    if (!m) continue;
    // "The nonpartisan Commission on … says": a determiner and lower-case modifiers before a name still head the clause
    // "Conservative commentator X said": a role noun the title list lacks, right before the name
    const modified = m.kind === 'name' && m.first > i0 && m.first - i0 <= 4 && t.slice(i0, m.first).every((x) => isWord(x))
      && ((W.article.has(lower(i0)) && t.slice(i0 + 1, m.first).every((x) => isLowerWord(x))) || (isLowerWord(t[m.first - 1]) && plausibleSpeaker({ kind: 'noun', name: t[m.first - 1].lower, start: 0, end: 0, first: 0, last: 0 })));
    // "Nearly eight of 10 voters say …", "Most of the experts said …": a quantity before the speakers still heads the clause
    const counted = m.kind === 'noun' && m.first > i0 && m.first - i0 <= 6 && t.slice(i0, m.first).every((x) => isQuantityWord(x.lower)) && t.slice(i0, m.first).some((x) => x.lower === 'of');
    const clauseHead = relative || modified || counted || startsAt(m, t, i0) || /^(,|:|and|but|while|because|as|who|which|what|how|when|where|although|though|after|before|since|until|unless|once|if|so|;|—|–|-|--)$/.test(lower((m.clauseFirst ?? m.first) - 1)) || (m.first > 0 && W.article.has(lower(m.first - 1)) && /^(,|and|but|while|because|who)$/.test(lower(m.first - 2)));
    // "that" within six tokens, with no punctuation before it
    let that = -1;
    // after a prepositional phrase ("reported at the time that") any words may come before "that"
    // ("agreed to clean up …": an infinitive, not a prepositional phrase)
    const infinitive = TO_VERBS.has(lemma) && lower(cueEnd + 1) === 'to' && isLowerWord(t[cueEnd + 2]) && !W['not-infinitive-start'].has(lower(cueEnd + 2));
    const prepositional = !infinitive && W['prepositional-after-cue'].has(lower(cueEnd + 1));
    for (let j = cueEnd + 1; j < Math.min(t.length, cueEnd + (prepositional ? 14 : 8)); j++) {
      if (lower(j) === 'that') { that = j; break; }
      // "said at a stop in Toledo, Ohio, that": commas inside a prepositional phrase
      if (prepositional && t[j].text === ',' && j + 1 < t.length && (/^\p{Lu}/u.test(t[j + 1].text) || lower(j + 1) === 'that')) continue;
      if (isPunct(t[j]) || !(prepositional || BEFORE_THAT.has(lower(j)) || /^\p{Lu}/u.test(t[j].text) || /ly$/.test(lower(j)) || hearerWord(t, j, lemma))) break;
    }
    // "told the host how surprised he was", "asked them whether …": a wh-clause after the object
    if (that < 0 && FRAMES.wh.has(lemma)) {
      // only "tell" and "ask" take an object first ("told the host how …"); "said no decision was made about whether …" is a bare clause
      const reach = FRAMES['wh-object'].has(lemma) ? 12 : lower(cueEnd + 1) === 'to' ? 6 : 2;
      for (let j = cueEnd + 1; j < Math.min(t.length - 1, cueEnd + reach); j++) {
        if (W['wh-word'].has(lower(j)) && isWord(t[j + 1])) { that = j; break; }
        if (isPunct(t[j]) || lower(j) === 'that') break;
      }
    }
    // "warned state officials to boost their security": an object, then the infinitive that is the content
    let objectTo = -1;
    if (that < 0 && FRAMES['object-to'].has(lemma) && clauseHead) {
      for (let j = cueEnd + 2; j < Math.min(t.length - 1, cueEnd + 8); j++) {
        if (lower(j) === 'to' && isLowerWord(t[j + 1]) && !W['not-infinitive-verb'].has(lower(j + 1))) { objectTo = j; break; }
        if (isPunct(t[j]) || lower(j) === 'that' || (cueLemma(t[j]) && !(lower(j) === 'state' && lower(j + 1) !== 'that'))) break; // ("warned state officials to …": a bare "state" is a noun)
      }
    }
    let from = -1;
    // "spoke about the shooting", "complained about his mic": the topic is the content
    let topicTo = -1;
    // (the speaker right before the verb: "X, after railing against …, produced" is not X speaking)
    const adjacent = t.slice(m.last + 1, k).every((x) => BETWEEN.has(x.lower) || /ly$/.test(x.lower));
    // ("spoke on Wednesday", "talked in May": a time, not a topic)
    const when = topic >= 0 && (isDayWord(lower(topic + 1)) || monthNames().has(lower(topic + 1)) || /^\d{4}$/.test(lower(topic + 1)));
    if (that < 0 && objectTo < 0 && topic >= 0 && !when && clauseHead && adjacent) { cueEnd = topic; from = topic + 1; topicTo = topicEnd(t, from); }
    else if (that >= 0) from = that;
    else if (objectTo >= 0) from = objectTo; // the complementizer opens the reported clause (as PolNeAR annotates it)
    // ("agreed to clean up": the infinitive with its "to"; "agreed to a 30-minute interview": the object alone)
    else if (clauseHead && TO_VERBS.has(lemma) && lower(cueEnd + 1) === 'to' && isWord(t[cueEnd + 2])) from = infinitive ? cueEnd + 1 : cueEnd + 2;
    else if (clauseHead && BARE_CLAUSE.has(lemma) && PARTICLE.has(lower(cueEnd + 1)) && (lemma === 'call' || lower(cueEnd + 1) === 'out') && isWord(t[cueEnd + 2])) { cueEnd++; from = cueEnd + 1; }
    // "The campaign called the charges unsubstantiated": the object and its complement are the words
    // ("likened RT to the BBC", "branded the North an “outlaw nation”": verbs of characterising alike)
    else if (clauseHead && FRAMES.characterise.has(lemma) && isWord(t[cueEnd + 1]) && !W['not-characterised-start'].has(lower(cueEnd + 1)) && /(ed|s)$/.test(lower(k))) from = cueEnd + 1;
    else if (clauseHead && lemma === 'tell' && hearerEnd(t, cueEnd + 1) > cueEnd + 1) from = hearerEnd(t, cueEnd + 1); // "told reporters the vote …"
    // ("told The Huffington Post on Thursday", "told a young woman": a hearer and no clause after "told")
    // ("revealed Tuesday the drug was found": the day after the verb is when, not what)
    // ("said Friday afternoon, as they …": a time phrase and a comma is no clause; the parenthetical rule below takes it)
    else if (clauseHead && BARE_CLAUSE.has(lemma) && lemma !== 'call' && t[cueEnd + 1] && isWord(t[cueEnd + 1]) && !notClauseStart(t, cueEnd + 1) && (lemma !== 'tell' || hasVerb(t, cueEnd + 1)) && !timeThenComma(t, cueEnd + 1)) from = isDayWord(lower(cueEnd + 1)) && isWord(t[cueEnd + 2]) ? cueEnd + 2 : cueEnd + 1;
    const cue = { start: t[k].start, end: t[cueEnd].end };
    if (from < 0) {
      // "A, X said, B": a parenthetical attribution; the longer side is the reported content
      const open = m.first - 1 >= 0 && t[m.first - 1].text === ',' ? m.first - 1 : (m.clauseFirst ?? m.first) - 1;
      // the attribution may carry a short phrase before its closing comma ("said in a June report,")
      // ("said in a June report,": after a preposition, any words up to the comma)
      let close = cueEnd + 1;
      const pp = prepositional && W['attribution-preposition'].has(lower(cueEnd + 1));
      while (close < Math.min(t.length, cueEnd + 8) && t[close].text !== ',' && (pp ? isWord(t[close]) : BEFORE_THAT.has(lower(close)) || /^[\p{Lu}\d]/u.test(t[close].text))) close++;
      if (t[close]?.text === ',' && open > 0 && t[open]?.text === ',') {
        // both sides are the speaker's words: two claims, like a quotation split by its attribution
        const before = contentFrom(text, s, 0, open);
        // (", and those in …": the conjunction joins the two sides; it is not the speaker's word)
        const afterFrom = W.coordinator.has(lower(close + 1)) ? close + 2 : close + 1;
        const after = contentFrom(text, s, afterFrom);
        // (a fronted adverbial is the writer's framing: "During his years in office, X said, …")
        // (a subordinate clause with its own verb, "Though the transition was smooth, he said, …", is content)
        const adverbial = W['fronted-adverbial'].has(lower(0));
        // (", as they bristled at …": a clause of time or manner after the attribution is the writer's too)
        const aside = W['aside-opener'].has(lower(afterFrom));
        for (const span of [adverbial ? undefined : before, aside ? undefined : after]) if (span) found.push({ type: 'indirect', ...span, paragraph: s.paragraph, mention: m, cue });
      }
      continue;
    }
    if (/^[“"«„]$/.test(t[from]?.text ?? '') && !clauseHead) continue;
    // "what X says his plan would do, and …": a clause inside a noun phrase ends at its first comma
    if (topicTo < 0 && W['free-relative'].has(lower((m.clauseFirst ?? m.first) - 1))) { const c = t.findIndex((x, j) => j > from && /^[,;:]$/.test(x.text)); if (c > 0) topicTo = c; }
    const span = contentFrom(text, s, from, topicTo >= 0 ? topicTo : undefined);
    // a bare clause of two words cut off by a comma ("wrote his book, …") is an object, not a clause
    const bare = from === cueEnd + 1 && lower(from) !== 'to' && from !== objectTo;
    if (span && bare && text[span.end] === ',' && text.slice(span.start, span.end).split(/\s+/).length < 3) continue;
    if (span) found.push({ type: 'indirect', ...span, paragraph: s.paragraph, mention: m, cue });
    if (startsAt(m, t, i0)) lastSpeaker = m;
  }
  if (found.some((c) => c.start <= t[Math.min(i0 + 2, t.length - 1)].start)) return found;
  // 5. CLAUSE, X said (…). / CLAUSE, said X.
  //    the tail may hold an appositive ("…, said Jane Roe, a spokeswoman for the city."): try the last three commas
  const commas: number[] = [];
  for (let k = t.length - 1; k > 2 && commas.length < 3; k--) if (t[k].text === ',' && !inQuote(t[k].start)) commas.push(k);
  for (const comma of commas) {
    if (t.length - comma > 30) break;
    const tail = comma + 1;
    let cueIdx = -1;
    for (let k = tail; k < Math.min(t.length, tail + 8); k++) if (cueLemma(t[k])) { cueIdx = k; break; }
    if (cueIdx === tail && /ing$/.test(t[tail].lower)) continue; // ", saying …" opens content, it does not close it
    if (cueIdx >= 0) {
      const m = cueIdx === tail ? mentionAfter(text, t, cueIdx + 1) : mentionBefore(text, t, cueIdx, tail);
      const after = m ? t.slice(Math.max(cueIdx, m.last) + 1) : [];
      const stop = after.findIndex((x) => x.text === ',');
      const rest = stop >= 0 ? after.slice(0, stop) : after;
      // what follows the cue is an adverbial ("said on Monday", "told reporters", "said in a statement
      // to CNN"), not an object of its own ("…, he barely mentioned climate change")
      const adverbialRest = !rest.length || W['adverbial-after-cue'].has(rest[0].lower)
        || rest.every((x) => BEFORE_THAT.has(x.lower) || /^[\p{Lu}\d]/u.test(x.text) || !isWord(x));
      const closesSentence = rest.length <= 7 && adverbialRest && !rest.some((x) => x.lower === 'that' || x.lower === 'against' || /^[“"«„]$/.test(x.text));
      if (plausibleSpeaker(m) && closesSentence && comma - i0 >= 4 && (cueIdx === tail || startsAt(m, t, tail) || (m.first > tail && m.first - tail <= 3 && t.slice(tail, m.first).every((x) => isLowerWord(x) && !cueLemma(x))))) {
        const lastQuoteMark = /[”"]$/.test(text.slice(t[0].start, t[comma].start).trim());
        const span = contentFrom(text, s, i0 > 0 && i0 < comma ? 0 : 0, comma);
        if (span && !lastQuoteMark) return [...found.filter((c) => c.start >= t[comma].end), { type: 'indirect', ...span, paragraph: s.paragraph, mention: m, cue: t[cueIdx] }];
      }
    }
  }
  return found;
}
