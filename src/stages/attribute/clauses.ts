// Clause-level analysis of a sentence, read by the attribution rules: where the main clause starts
// after a leading adverbial, the sentence subject, the extent of a reported clause from a given token,
// whether a noun phrase can speak, the topic of a verb of saying, a hearer after "told", the source
// after "according to", and the antecedent of "who". Word lists are in src/lexicon/.
import { lexicon, wordClasses, cueFrames } from '../../lexicon/index.js';
import { mentionAfter, mentionBefore, type Mention } from './mentions.js';
import { isAdjectiveTagged, isAdjectiveWord, isLyAdverb, isPastTense, isPersonNoun, isVerbWord } from './nlp.js';
import type { Analysis } from './analyse.js';
import { alternation, dropArticle, isAgeNoun, BETWEEN, DETERMINERS, isOpeningParticiple, PARTICIPLE_PREP, WEEKDAY, cueLemma, opensOnVerb, dashAt, isDayWord, isCap, isLowerWord, isWord, type Token } from './tokens.js';

const W = wordClasses();
const FRAMES = cueFrames();

/** a sentence as the rules read it */
export type Sent = Analysis;

/** Verbs whose reported clause may follow without "that" ("He said the talks failed"). */
export const BARE_CLAUSE = FRAMES.bare;
/** "called for", "called on": a cue verb with its particle, the content after it. */
export const PARTICLE = W['cue-particle'];
/** Words that may stand between a cue and its "that" ("said on Tuesday that", "told reporters that"). */
export const BEFORE_THAT = W['before-that'];
/** Words that cannot begin a reported clause right after the verb. */
const NOT_CLAUSE_START = W['not-clause-start'];
/** Verbs of saying proper: their subject speaks whatever it is. */
export const SAY_VERBS = FRAMES.say;
/** Words of a quantity before the speakers ("Nearly eight of 10 voters"). */
const QUANTITY = W['quantity-word'];
/** endings of nouns that name speakers: agents ("economist", "residents") and collectives ("townspeople", "police") */
const SPEAKER_ENDING = new RegExp(`(${alternation(W['agent-ending'])}|${alternation(W['agent-ending-plural'])}|${alternation(W['collective-speaker'])})$`);
export const isQuantityWord = (w: string) => QUANTITY.has(w) || /^[\d.,]+%?$/.test(w);
/** After a topic verb at k ("spoke", "complained"): the index of its topic preposition, or -1 ("spoke emotionally of", "spoke out Tuesday about"). */
export function topicPrepAt(t: Token[], k: number): number {
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
export function topicEnd(t: Token[], from: number): number {
  for (let j = from + 1; j < t.length; j++) if (W['topic-end'].has(t[j].lower)) return j;
  return t.length;
}

/** Whether the word at k is part of an idiom of saying ("having said that", "so to speak"). */
export function inIdiom(t: Token[], k: number): boolean {
  return lexicon().idioms.some((words) => words.some((w, i) => w === t[k].lower && words.every((x, j) => t[k - i + j]?.lower === x)));
}

/** "said no to the deal" answers; "said no decision was made" opens a clause */
export const notClauseStart = (t: Token[], j: number): boolean =>
  NOT_CLAUSE_START.has(t[j].lower) && !(W['clause-opening-quantifier'].has(t[j].lower) && isLowerWord(t[j + 1]) && !W['not-after-clause-quantifier'].has(t[j + 1].lower) && isLowerWord(t[j + 2]));
/** Quantifiers that stand for people at the head of a clause ("Many say …"). */
export const QUANTIFIER_SPEAKER = W['quantifier-speaker'];
/** Verbs whose reported content is an infinitive ("agreed to clean up the mines"). */
export const TO_VERBS = FRAMES.to;
export const BELIEF_ADJ = W['belief-adjective'];
export const SPEAKER_PRONOUNS = W['speaker-pronoun'];

export const isPunct = (t: Token) => !isWord(t);
/** a finite verb form: past or third person ("noted", "says", "said", "told") */
export const FINITE = new RegExp(`(ed|s|${alternation(W['finite-irregular'])})$`);

/** Leading adverbial ("However,", "At the same time,", "In other words,"): index of the first token after it. */
export const clauseStart = (s: Sent): number => s.memo('clauseStart', () => mainClauseStart(s.toks));

function mainClauseStart(t: Token[]): number {
  // a dateline is the writer's ("BUFFALO, N.Y. (AP) —", "PARIS, Aug 31 (Reuters) -", "Washington (AFP) –")
  const dateline = datelineEnd(t);
  if (dateline > 0) return mainClauseStart(t.slice(dateline)) + dateline;
  // a leading conjunction is not part of the clause ("But many Democrats say …")
  if (W['leading-conjunction'].has(t[0]?.lower ?? '') && t[1]?.text !== ',') return mainClauseStart(t.slice(1)) + 1;
  // (a comma between two adjectives is inside a noun phrase: "In a wide-ranging, in-prison interview …, X said")
  let comma = t.findIndex((x, i) => i < 14 && x.text === ',');
  // (the tagger is asked last: this runs on every sentence)
  while (comma > 1 && W.article.has(t[comma - 2].lower) && isLowerWord(t[comma - 1]) && isLowerWord(t[comma + 1]) && isLowerWord(t[comma + 2])
    && !DETERMINERS.has(t[comma + 1].lower) && !SPEAKER_PRONOUNS.has(t[comma + 1].lower) && !W['relative-opener'].has(t[comma + 1].lower) && !W.coordinator.has(t[comma + 1].lower)
    && isAdjectiveTagged(t[comma - 1].text)) comma = t.findIndex((x, i) => i > comma && i < 14 && x.text === ',');
  // ("Chastened by the analyses, as well as complaints over its costs, Trump revised …": a participle
  //  phrase opens the sentence; an "as well as" insertion runs on to the next comma)
  // ("Recognizing this, X …": a participle whose phrase closes within four words)
  // ("Holding signs calling him “a loser,” the protesters …": an -ing phrase may hold a cue and a quotation)
  // (not a name that ends like one before its verb: "Husted continued by saying, …")
  const participle = comma > 0 && isOpeningParticiple(t[0].text) && !cueLemma(t[1]) && (PARTICIPLE_PREP.has(t[1]?.lower ?? '') || comma <= 4 || /ing$/.test(t[0].lower));
  if (comma > 0 && comma < 14 && !(t[0].lower === 'according') && (participle || !t.slice(0, comma).some((x) => cueLemma(x) || /^[“”"]$/.test(x.text)))) {
    if (participle && /^[”"’]$/.test(t[comma + 1]?.text ?? '')) return placeContinues(t, comma + 2);
    if (participle && t[comma + 1]?.lower === 'as' && t[comma + 2]?.lower === 'well' && t[comma + 3]?.lower === 'as') {
      const next = t.findIndex((x, j) => j > comma + 3 && j < comma + 16 && x.text === ',');
      if (next > 0) return next + 1;
    }
    // ("Minutes later, she …", "Two years ago, the mayor …": a phrase of time closed by its adverb)
    const timed = W['time-adverb'].has(t[comma - 1].lower);
    // (an adverb opens it, "Recently, …", not a name that ends like one, "Carly Fiorina threw …")
    const adverb = isLyAdverb(t[0].text) && !isCap(t[1]);
    if (!participle && !timed && !adverb && !W['adverbial-opener'].has(t[0].lower)) return 0;
    // "On July 6, 2015, X said": the year after the date's comma belongs to the date
    if (/^(1[89]|20)\d\d$/.test(t[comma + 1]?.text ?? '') && t[comma + 2]?.text === ',') return comma + 3;
    // "Regarding X, however, Y said": a second short insertion after the first
    if (W['insertion-adverb'].has(t[comma + 1]?.lower ?? '') && t[comma + 2]?.text === ',') return comma + 3;
    if (/^in$/.test(t[0].lower) && W['possessive-person'].has(t[1]?.lower ?? '')) return 0; // "In his view," is an attribution
    return placeContinues(t, comma + 1);
  }
  return 0;
}

/**
 * The end of a dateline opening the sentence, or 0: a place (and a date) before a dash, with an agency in
 * parentheses or the place in capitals: "BUFFALO, N.Y. (AP) —", "PARIS, Aug 31 (Reuters) -", "Washington (AFP) –".
 */
function datelineEnd(t: Token[]): number {
  if (!isCap(t[0])) return 0;
  let agency = false;
  for (let j = 1; j < Math.min(t.length - 1, 12); j++) {
    const d = dashAt(t, j) || (t[j].text === '-' ? 1 : 0);
    if (d) return (agency || !/\p{Ll}/u.test(t[0].text)) && j >= 1 ? j + d : 0;
    if (t[j].text === '(') { agency = isCap(t[j + 1]) && t[j + 2]?.text === ')'; continue; }
    if (!(isCap(t[j]) || /^[\d,.)]+$/.test(t[j].text) || monthLike(t[j]))) return 0;
  }
  return 0;
}
const monthLike = (x: Token) => isCap(x) && /^\p{Lu}\p{Ll}{2,3}\.?$/u.test(x.text);

/**
 * A leading adverbial may run on over the rest of a place or a time: "At a rally in Portsmouth, N.H., on
 * Tuesday, Senator X said": a state's abbreviation or a short phrase that opens with a preposition or
 * a time word, each closed by a comma, belongs to it.
 */
function placeContinues(t: Token[], from: number): number {
  for (let guard = 0; guard < 3; guard++) {
    const next = t.findIndex((x, j) => j >= from && x.text === ',');
    if (next < 0 || next - from > 4 || next === from) return from;
    const seg = t.slice(from, next);
    const abbreviation = seg.length <= 2 && seg.every((x) => /^(\p{Lu}\.){1,3}$|^\p{Lu}\p{Ll}{1,4}\.$/u.test(x.text));
    const timeOrPlace = W['adverbial-opener'].has(seg[0].lower) && isLowerWord(seg[0]) && seg.slice(1).every((x) => isWord(x) && !cueLemma(x)) && (isDayWord(seg[seg.length - 1].lower) || isCap(seg[seg.length - 1]));
    if (!abbreviation && !timeOrPlace) return from;
    from = next + 1;
  }
  return from;
}

/** The sentence subject when it is a name, a pronoun or a role noun phrase. */
export const sentenceSubject = (text: string, s: Sent): Mention | undefined => s.memo('subject', () => subjectOf(text, s));

/** The sentence subject, or any noun phrase that can speak opening the main clause ("the prince", "the ad"): the speaker of a quotation whose cue has none of its own. */
export const speakingSubject = (text: string, s: Sent): Mention | undefined => s.memo('speakingSubject', () => {
  const m = sentenceSubject(text, s);
  if (m) return m;
  const wide = subjectOf(text, s, true);
  return wide && plausibleSpeaker(wide) ? wide : undefined;
});

/** the noun phrase opening the main clause, before any test of who can speak (read once per sentence) */
const clauseHeadMention = (text: string, s: Sent): Mention | undefined => s.memo('clauseHead', () => {
  const i = clauseStart(s);
  const t = s.toks[i];
  return !t || /^[“"«„]$/.test(t.text) ? undefined : mentionAfter(text, s.toks, i);
});

function subjectOf(text: string, s: Sent, anyNoun = false): Mention | undefined {
  const m = clauseHeadMention(text, s);
  if (!m) return undefined;
  // a list item with no subject opens on its verb ("Calls rivals names …", "Says he will run")
  if (m.kind === 'name' && m.first === m.last && m.first === 0 && opensOnVerb(s.toks)) return undefined;
  if (m.kind === 'pronoun' && !SPEAKER_PRONOUNS.has(m.name.toLowerCase())) return undefined;
  if (!anyNoun && m.kind === 'noun' && !lexicon().roleNouns.has(m.name.toLowerCase()) && !lexicon().roleNouns.has(m.name.toLowerCase().split(/\s+/).pop() ?? '')) return undefined;
  return m;
}

/** The source after "according to": everything up to the next comma or the clause end; a name in it
 *  is the mention ("the nonpartisan Congressional Budget Office"), else the whole noun phrase. */
export function sourcePhrase(text: string, t: Token[], a: number): Mention | undefined {
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
export function contentFrom(text: string, s: Sent, from: number, to = s.toks.length): { start: number; end: number } | undefined {
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
      // ", and none has said …", ", but aides say …": after a comma, a new subject of a few words and its cue
      if (t[k - 1]?.text === ',' && newSpeakerAfter(t, k + 1)) { end = k - 1; break; }
    }
  }
  if (end <= from) return undefined;
  let a = t[from].start, b = t[end - 1].end;
  while (b > a && /[\s.,!?]/.test(text[b - 1])) b--;
  if (b - a < 8 || !t.slice(from, end).some((x) => isWord(x))) return undefined;
  return { start: a, end: b };
}

/** A new subject of up to three words, then (auxiliaries and) a finite cue: "none has said", "aides say", "the mayor said". */
function newSpeakerAfter(t: Token[], from: number): boolean {
  for (let j = from; j < from + 5 && j < t.length; j++) {
    if (cueLemma(t[j])) return j > from && isLowerWord(t[j]) && FINITE.test(t[j].lower);
    if (!isWord(t[j]) || (j - from >= 3 && !BETWEEN.has(t[j].lower))) return false;
  }
  return false;
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
    if (isAgeNoun(head)) return true;
    // "the company", "the new agency": a body named by its kind speaks as an organisation
    const org = lexicon().orgWords;
    const cap = head.charAt(0).toUpperCase() + head.slice(1);
    if (roleNouns.has(head) || roleNouns.has(head.replace(/s$/, '')) || org.has(cap) || org.has(cap.replace(/s$/, '')) || isPersonNoun(head) || (/[^s]s$/.test(head) && isPersonNoun(head.slice(0, -1)))) return true;
    // an ending of agents ("economist", "resident"), unless the word is a verb ("could not resist pointing out")
    return SPEAKER_ENDING.test(head) && !(words.length === 1 && isVerbWord(head)) && !isAdjectiveWord(head);
  }
  return true;
}

/** "Friday afternoon," / "last week." / "on Tuesday,": only a time phrase from `from` to a comma or the end. */
export function timeThenComma(t: Token[], from: number): boolean {
  let j = from;
  while (j < t.length && (isDayWord(t[j].lower) || W['time-phrase-word'].has(t[j].lower))) j++;
  return j > from && (j >= t.length || /^[,.;:]$/.test(t[j].text));
}

/** After a cue, the index past a time phrase ("on Wednesday", "last week", "Friday afternoon") that holds a day or a unit of time; `from` when there is none. */
export function timePhraseEnd(t: Token[], from: number): number {
  let j = from, unit = false;
  while (j < t.length && (isDayWord(t[j].lower) || W['time-phrase-word'].has(t[j].lower))) { if (isDayWord(t[j].lower) || W['time-unit'].has(t[j].lower)) unit = true; j++; }
  return unit ? j : from;
}

/** Whether the words from `from` to the clause's end hold a verb (a clause, not just a hearer). */
export function hasVerb(t: Token[], from: number, to = t.length): boolean {
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
export function hearerWord(t: Token[], j: number, lemma: string): boolean {
  const det = (k: number) => HEARER_DET.has(t[k]?.lower ?? '');
  // (a participle right after the determiner is an adjective of the hearer even when it is a cue form: "an invited crowd")
  const cue = (k: number) => !!cueLemma(t[k]) && !(det(k - 1) && /ed$/.test(t[k].lower));
  if (!FRAMES.hearer.has(lemma) || !isLowerWord(t[j]) || cue(j)) return false;
  // the hearer is a noun phrase with its determiner ("tells so many lies that" is no hearer)
  let d = j;
  while (d > 0 && isLowerWord(t[d]) && !det(d) && !cue(d)) d--;
  if (!det(d) || j - d > 4) return false;
  if (W['not-hearer-word'].has(t[j].lower)) return false;
  // a participle as an adjective after a determiner ("an invited crowd") is part of the hearer
  return !isPastTense(t[j].text) || det(j - 1);
}
const HEARER_DET = W['hearer-noun-determiner'];

/** After "told": the index past its hearer ("reporters", "him", "the council", "CNN") when a clause follows. */
export function hearerEnd(t: Token[], a: number): number {
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

/** After a closing cue and its speaker, only an adverbial may follow ("said on Monday", "told reporters"), not an object of its own ("…, he barely mentioned climate change"). */
export function closesSentence(t: Token[], m: Mention, cueIdx: number): boolean {
  const after = t.slice(Math.max(cueIdx, m.last) + 1);
  const stop = after.findIndex((x) => x.text === ',');
  const rest = stop >= 0 ? after.slice(0, stop) : after;
  const adverbialRest = !rest.length || W['adverbial-after-cue'].has(rest[0].lower) || rest.every((x) => BEFORE_THAT.has(x.lower) || /^[\p{Lu}\d]/u.test(x.text) || !isWord(x));
  return rest.length <= 7 && adverbialRest && !rest.some((x) => x.lower === 'that' || x.lower === 'against' || /^[“"«„]$/.test(x.text));
}

/**
 * "Trump and Ryan issued a statement describing …", "she sent an email saying “done.”": a document that is the
 * object of a verb says what its issuer says; the issuer is the sentence subject. Returns the subject, or the
 * mention as it was.
 */
export function issuerOf(text: string, s: Sent, toks: Token[], m: Mention | undefined): Mention | undefined {
  if (m?.kind !== 'noun' || !W['document-noun'].has(m.name.toLowerCase().split(/\s+/).pop() ?? '')) return m;
  const verb = toks[m.first - 1];
  if (!verb || !isLowerWord(verb) || !(/ed$/.test(verb.lower) || W['irregular-past'].has(verb.lower) || /s$/.test(verb.lower)) || cueLemma(verb)) return m;
  const subject = sentenceSubject(text, s);
  return subject && subject.end <= verb.start && plausibleSpeaker(subject) ? subject : m;
}

