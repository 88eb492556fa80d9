// Speaker mentions: the noun phrase next to a cue. A mention is a name (with an optional title or
// role before it, or an appositive after it), a pronoun, or a common-noun phrase ("the source").
import { lexicon, monthNames, wordClasses } from '../../lexicon/index.js';
import { isAdjectiveWord, isCommonNoun, isLyAdverb, isPastTense, isVerbWord } from './nlp.js';
import { posOfToken } from './analyse.js';
import { alternation, dropArticle, isAgeNoun, startsWithArticle, BETWEEN, DETERMINERS, NAME_JOINERS, isOpeningParticiple, PARTICIPLE_PREP, SENTENCE_STARTERS, dashAt, isDayWord, cueLemma, isCap, isLowerWord, isWord, type Token } from './tokens.js';

const W = wordClasses();

export type MentionKind = 'name' | 'pronoun' | 'noun';

export interface Mention {
  kind: MentionKind;
  /** the whole phrase in the text */
  start: number;
  end: number;
  /** for names: the name proper, without title; for nouns: the head phrase */
  name: string;
  /** title or role given with the mention ("Political analyst", "a doctor") */
  role?: string;
  /** index of the first and last token of the phrase */
  first: number;
  last: number;
  /** where the whole subject phrase starts when the speaker sits inside it ("A lawyer for X, Jane Roe, said") */
  clauseFirst?: number;
}

const stripPossessive = (s: string) => s.replace(/[’']s$/u, '');

/** The longest title from the lexicon that ends at token index `end` (inclusive); returns its first index. */
function titleEndingAt(toks: Token[], end: number, floor = 0): number | undefined {
  let best: number | undefined;
  for (const words of lexicon().titles) {
    const from = end - words.length + 1;
    if (from < floor) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) if (toks[from + k].lower !== words[k]) { ok = false; break; }
    if (ok && (best === undefined || from < best)) best = from;
  }
  return best;
}

/** Splits a capitalised run [a, b] into title/role tokens and the name proper. */
function splitTitle(toks: Token[], a: number, b: number): { nameFrom: number; roleFrom?: number } {
  // the last title inside the run marks where the name starts ("UK Prime Minister Jane Roe")
  for (let i = b - 1; i >= a; i--) {
    // (a title inside the run: "General" in "General Roy Cooper" after "Attorney", whatever longer title also ends there)
    const from = titleEndingAt(toks, i, a);
    if (from !== undefined) return { nameFrom: i + 1, roleFrom: a };
  }
  // "Forecaster Raj Menon", "Columnist Jane Roe": an agent noun that is no name, capitalised before a name of two words or more, is a role
  if (b - a >= 2 && AGENT_ENDING.test(toks[a].lower) && isCommonNoun(toks[a].lower)) return { nameFrom: a + 1, roleFrom: a };
  return { nameFrom: a };
}

function nameMention(text: string, toks: Token[], a: number, b: number): Mention | undefined {
  if (a === b && lexicon().pronouns.has(toks[a].lower)) return undefined; // "It", "He": pronouns, not names
  // a sentence-initial non-name word is not part of the name ("Even Germany")
  // (nor an adverb, "Recently", nor a contraction, "Here’s", "Let’s", nor a participle before a comma,
  // "Chastened, …", nor the verb of an inverted attribution, "Said Ellis")
  while (a <= b && (SENTENCE_STARTERS.has(toks[a].text) || (isCap(toks[a]) && isLyAdverb(toks[a].text) && !(a === b && cueLemma(toks[a + 1]))) || W['contraction-opener'].has(toks[a].text.replace(/[’']s$/, '')) && /[’']s$/.test(toks[a].text) || W['prepositional-opener'].has(toks[a].text)
    || (/^\p{Lu}\p{Ll}+(ed|ing)$/u.test(toks[a].text) && toks.slice(a + 1, a + 5).some((x) => x.text === ',') && !cueLemma(toks[a + 1]))
    // ("Running counter to …", "Appearing before …": an -ing word opening the sentence before a word that is no verb)
    || (a === 0 && /^\p{Lu}\p{Ll}+ing$/u.test(toks[a].text) && isLowerWord(toks[a + 1]) && !cueLemma(toks[a + 1]) && !BETWEEN.has(toks[a + 1].lower) && !isVerbWord(toks[a + 1].text)) || (a === 0 && isOpeningParticiple(toks[a].text) && PARTICIPLE_PREP.has(toks[a + 1]?.lower ?? '')) || (a < b && W['inverted-cue'].has(toks[a].text))) && (a === 0 || !isCap(toks[a - 1]))) a++;
  if (a > b) return undefined;
  // a dateline in capitals before a dash ("WASHINGTON -- President X …") is a place, not a speaker
  if (a === b && a === 0 && !/\p{Ll}/u.test(toks[a].text) && (dashAt(toks, a + 1) || toks[a + 1]?.text === '-')) return undefined;
  // holidays are not people ("Labor Day", "Election Day", "New Year’s Eve")
  if (W['holiday-word'].has(toks[b].text.replace(/[’']s$/, ''))) return undefined;
  // a run in capitals of two words or more is a heading or a dateline ("NEWPORT NEWS —", "CONGRESS HAS
  // INVESTIGATED HIM"), not a name (one word in capitals may be an acronym that speaks: "FBI")
  if (b > a && toks.slice(a, b + 1).every((x) => !/\p{Ll}/u.test(x.text) && /\p{Lu}{2}/u.test(x.text))) return undefined;
  // days and months are not people ("the mayor on Monday said", "Friday’s tweets")
  if (toks.slice(a, b + 1).every((x) => { const w = x.lower.replace(/[’']s$/, '').replace(/\.$/, ''); return isDayWord(w) || monthNames().has(w); })) return undefined;
  let { nameFrom, roleFrom } = splitTitle(toks, a, b);
  if (nameFrom > b) return undefined; // only a title ("the President")
  // a lower-case role right before the run ("political analyst Ihor X", "analyst X")
  let start = toks[roleFrom ?? nameFrom].start;
  if (roleFrom === undefined && a > 0) {
    const from = titleEndingAt(toks, a - 1);
    if (from !== undefined) { roleFrom = from; start = toks[from].start; }
  } else if (roleFrom !== undefined && a > 0) {
    const from = titleEndingAt(toks, a - 1);
    if (from !== undefined && isLowerWord(toks[a - 1])) { roleFrom = from; start = toks[from].start; }
  }
  // the role's own modifiers: "IMF chief economist", "White House press secretary", "X's campaign manager"
  if (roleFrom !== undefined && roleFrom <= a) {
    let k = roleFrom;
    while (k - 1 >= 0 && k > roleFrom - 4 && isWord(toks[k - 1]) && (ROLE_MODIFIER.has(toks[k - 1].lower) || (isCap(toks[k - 1]) && !SENTENCE_STARTERS.has(toks[k - 1].text)) || /[’']s$/.test(toks[k - 1].text))) k--;
    if (k < roleFrom) { roleFrom = k; start = toks[k].start; }
  }
  // (a nickname in quotation marks is left out of the name: Robert C. "Bobby" Scott is Robert C. Scott)
  const name = stripPossessive(text.slice(toks[nameFrom].start, toks[b].end)).replace(/\s*["“‘'][\p{L}.-]+["”’']\s*/gu, ' ');
  const role = roleFrom !== undefined ? text.slice(toks[roleFrom].start, toks[nameFrom - 1].end) : undefined;
  return { kind: 'name', start, end: toks[b].end, name, ...(role ? { role: role[0].toUpperCase() + role.slice(1) } : {}), first: roleFrom ?? nameFrom, last: b };
}

/** Words that qualify a role before a name ("chief economist", "former senator", "press secretary"). */
const ROLE_MODIFIER = W['role-modifier'];

/** The capitalised run ending at token `b` (inclusive), joined by name joiners. */
/** a nickname in quotation marks inside a name: Robert C. "Bobby" Scott (tokens from i: mark, word, mark) */
const nicknameAt = (toks: Token[], i: number): boolean =>
  QUOTE_MARK.test(toks[i]?.text ?? '') && isCap(toks[i + 1]) && isWord(toks[i + 1]) && QUOTE_MARK.test(toks[i + 2]?.text ?? '') && toks[i + 1].start === toks[i].end && toks[i + 2].start === toks[i + 1].end;
const QUOTE_MARK = /^["“”'‘’]$/;
/** the first words of an appositive between commas ("X, a doctor, said", "X, who …, said", "X, 56, said") */
const APPOSITIVE_OPENER = new RegExp(`^(${alternation(W['appositive-opener'])}|\\d+)\\b`, 'i');
/** … of those, the ones that give no role ("X, who has served …, said") */
const APPOSITIVE_NOT_ROLE = new RegExp(`^(${alternation(W['appositive-not-role'])}|\\d+$)\\b`, 'i');

/** An appositive led by a possessive ("Sanders’ campaign manager", "Mr. Obama's former chief of staff"): capitalised words, the possessive, then a lower-case word. */
function possessiveLed(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 4; k++) {
    if (!isCap(toks[k]) || !isWord(toks[k])) return false;
    const apostrophe = /^['’]$/.test(toks[k + 1]?.text ?? '') && toks[k + 1].start === toks[k].end;
    if (/['’]s$/.test(toks[k].text) || apostrophe) return isLowerWord(toks[k + (apostrophe ? 2 : 1)]);
  }
  return false;
}

function capRunBack(toks: Token[], b: number, floor: number): number {
  let a = b;
  while (a - 1 >= floor) {
    const p = toks[a - 1];
    if (isCap(p) && isWord(p)) { a--; continue; }
    if (a - 4 >= floor && nicknameAt(toks, a - 3) && isCap(toks[a - 4]) && isWord(toks[a - 4])) { a -= 4; continue; }
    if (NAME_JOINERS.has(p.lower) && a - 2 >= floor && isCap(toks[a - 2])) { a -= 2; continue; }
    break;
  }
  return a;
}

function capRunForward(toks: Token[], a: number, ceil: number): number {
  let b = a;
  while (b + 1 <= ceil) {
    const n = toks[b + 1];
    if (isCap(n) && isWord(n)) { b++; continue; }
    if (b + 4 <= ceil && nicknameAt(toks, b + 1) && isCap(toks[b + 4]) && isWord(toks[b + 4])) { b += 4; continue; }
    if (NAME_JOINERS.has(n.lower) && b + 2 <= ceil && isCap(toks[b + 2])) { b += 2; continue; }
    break;
  }
  return b;
}

/** words with an agent ending that are not nouns ("after railing against …", "however", "whether") */
const NOT_AGENT = W['not-agent'];

const NUMBER_WORD = W['number-word'];
/** the endings of agent nouns ("economist", "historian") */
const AGENT_ENDING = new RegExp(`(${alternation(W['agent-ending'])})$`);
const isNumberWord = (w: string) => NUMBER_WORD.has(w) || /^\d[\d,.]*%?$/.test(w);
const PREP = W['noun-phrase-preposition'];
/** nouns that end like adverbs ("an ally of the mayor said", "the family said") */
const LY_NOUN = W['ly-noun'];
/** cue forms that are mostly nouns modifying the next one ("state officials", "state lawmakers") */
const NOUN_MODIFIER = W['noun-modifier-cue'];
const FUNCTION_WORD = W['function-word'];

/**
 * A past verb after its subject (single-word look-ups in compromise's lexicon and word tags): it ends a noun phrase read back
 * ("three candidates issued statements condemning …"); a participle after a determiner or a comma is an
 * adjective of the phrase ("the elected officials", ", elected officials from both parties say").
 */
const verbAfterSubject = (toks: Token[], i: number): boolean => {
  const t = toks[i], prev = toks[i - 1];
  if (!isLowerWord(t) || !(/ed$/.test(t.lower) || W['irregular-past'].has(t.lower)) || !prev || !isWord(prev) || DETERMINERS.has(prev.lower)) return false;
  // (single-word look-ups, not the sentence tagger: this runs on every sentence's subject; measured on
  //  PolNeAR train and dev, the same claims but one in ten thousand, and a tenth less CPU per article)
  return (isCap(prev) || lexicon().pronouns.has(prev.lower) || (isLowerWord(prev) && !isVerbWord(prev.text) && !isAdjectiveWord(prev.lower) && !/ly$/.test(prev.lower))) && isVerbWord(t.text);
};

/** A noun phrase ending at token `b`: determiner + words ("the source", "The Republican nominee"),
 *  or a bare plural/role noun with modifiers ("Administration officials", "73 percent"). */
function nounBack(text: string, toks: Token[], b: number, floor: number): Mention | undefined {
  const { roleNouns } = lexicon();
  const head = toks[b];
  if (!isWord(head) || FUNCTION_WORD.has(head.lower)) return undefined;
  let a = b;
  for (let k = 0; k < 7 && a >= floor; k++, a--) {
    const t = toks[a];
    if (!isWord(t)) break;
    if (DETERMINERS.has(t.lower) && a < b) {
      // "the examples that critics point to": before a plural, "that" opens a clause; it is no determiner
      if (W['demonstrative-singular'].has(t.lower) && /[^s]s$/.test(head.lower)) break;
      return { kind: 'noun', start: t.start, end: head.end, name: text.slice(toks[a + 1].start, head.end), first: a, last: b };
    }
    // words inside a noun phrase: lower-case modifiers, capitalised modifiers, numbers
    if (!(isLowerWord(t) || isCap(t) || isNumberWord(t.lower) || isAgeNoun(t.lower))) break;
    if (((cueLemma(t) && !NOUN_MODIFIER.has(t.lower)) || W['noun-phrase-breaker'].has(t.lower)) && a < b) break;
    // (a verb of the sentence ends the phrase read back: "three candidates issued statements condemning …")
    if (a < b && verbAfterSubject(toks, a)) break;
    // "a narrator in the Clinton ad": a prepositional phrase after the head noun
    if (PREP.has(t.lower) && a < b && a - 1 >= floor) {
      const head2 = nounBack(text, toks, a - 1, floor);
      if (head2 && head2.kind === 'noun') return { ...head2, end: head.end, last: b };
      break;
    }
  }
  // no determiner: a bare plural, a role noun or a number of people, with the modifiers before it
  const isHead = isAgeNoun(head.lower) || isLowerWord(head) && !NOT_AGENT.has(head.lower) && (roleNouns.has(head.lower) || (/s$/.test(head.lower) && !/ss$/.test(head.lower)) || head.lower === 'percent' || titleEndingAt(toks, b) === b || (AGENT_ENDING.test(head.lower) && !isAdjectiveWord(head.lower)));
  if (!isHead) return undefined;
  let from = b;
  while (from - 1 >= floor && from > b - 4 && isWord(toks[from - 1]) && !PREP.has(toks[from - 1].lower) && !BETWEEN.has(toks[from - 1].lower) && !(cueLemma(toks[from - 1]) && !NOUN_MODIFIER.has(toks[from - 1].lower)) && !W['bare-noun-breaker'].has(toks[from - 1].lower) && !verbAfterSubject(toks, from - 1)) from--;
  return { kind: 'noun', start: toks[from].start, end: head.end, name: text.slice(toks[from].start, head.end), first: from, last: b };
}

/** "it" at toks[k] next to a verb of saying: an organisation speaking, resolved like "they" */
export const organisationIt = (toks: Token[], k: number): Mention => ({ kind: 'pronoun', start: toks[k].start, end: toks[k].end, name: 'they', first: k, last: k });

/** True when mention `m` begins the clause at token `i` (a leading "The" of an organisation counts). */
export function startsAt(m: Mention, toks: Token[], i: number): boolean {
  const first = m.clauseFirst ?? m.first;
  return first <= i || (first === i + 1 && W.article.has((toks[i]?.text ?? '').toLowerCase()));
}

/**
 * The speaker mention ending just before token `cue` (the subject of a cue verb), within toks[floor..].
 * Skips adverbs/auxiliaries ("X also said", "X has learned") and an appositive ("X, a doctor, said").
 */
export function mentionBefore(text: string, toks: Token[], cue: number, floor = 0): Mention | undefined {
  const m = mentionBeforeCore(text, toks, cue, floor);
  if (!m || m.kind === 'pronoun') return m;
  let first = m.clauseFirst ?? m.first;
  // "many Democrats", "some officials": a quantifier before the phrase belongs to it
  if (first - 1 >= floor && QUANTIFIER.has(toks[first - 1].lower)) first--;
  // "A spokeswoman for Hillary Clinton says", "Dan Roe at the National Review agreed": the noun phrase
  // before the preposition is the speaker's head
  let p = first - 1;
  if (p >= floor && W.article.has(toks[p].lower)) p--;
  if (p - 1 >= floor && W['speaker-head-preposition'].has(toks[p].lower)) {
    const head = mentionBeforeCore(text, toks, p, floor);
    if (head && head.kind !== 'pronoun' && head.last === p - 1) {
      return { ...head, end: m.end, last: m.last, clauseFirst: head.clauseFirst ?? head.first };
    }
  }
  return first === (m.clauseFirst ?? m.first) ? m : { ...m, clauseFirst: first };
}

const WHEN_UNIT = W['time-unit'];
/** The first index of a time phrase ending at b ("this month", "last week", "on Monday", "earlier this year"), or -1. */
function timeBack(toks: Token[], b: number, floor: number): number {
  const w = toks[b].lower;
  if (!WHEN_UNIT.has(w) && !isDayWord(w)) return -1;
  let a = b;
  if (a - 1 >= floor && W['time-introducer'].has(toks[a - 1].lower)) a--;
  if (a - 1 >= floor && W['time-pre-introducer'].has(toks[a - 1].lower)) a--;
  // a bare weekday or unit must be introduced ("this month"), except the days ("Tuesday")
  if (a === b && !isDayWord(w)) return -1;
  return a;
}

const QUANTIFIER = W['speaker-quantifier'];
/**
 * verbs that take a gerund and leave it said: "kept saying", "began telling", "could not resist
 * pointing out" (not "avoided condemning", "stopped saying": nothing was said). Lower case only: a
 * list item may open on one ("Keeps saying …").
 */
const CATENATIVE = W['gerund-taking-verb'];
/** verbs before "to" + a cue that leave the saying done ("appeared to suggest"; not "refused to say") */
const RAISING = W['raising-verb'];

/** The mention ending right before the cue, read back from it: what stands between, a parenthesis, a coordinated verb, appositives. */
function mentionBeforeCore(text: string, toks: Token[], cue: number, floor = 0): Mention | undefined {
  // 1. adverbs, auxiliaries, a verb that leaves the saying done, a time phrase: "X also said", "X this month announced"
  let b = skipBetween(toks, cue, floor);
  // 2. "Rep. Jane Roe (D-Calif.) said": a parenthesis after the name
  b = skipParenthesis(toks, b, floor);
  if (b < floor) return undefined;
  // 3. "laughed and said": a verb joined to the cue by "and"
  if (toks[b].lower === 'and' && b - 1 >= floor && isLowerWord(toks[b - 1]) && /(ed|s)$/.test(toks[b - 1].lower)) {
    b -= 2;
    while (b >= floor && BETWEEN.has(toks[b].lower)) b--;
    if (b < floor) return undefined;
  }
  // 4. "X, a doctor, said", "X -- co-editor of Y -- said", "one of the attorneys, Justin Bamberg, said": up to two appositives
  let appositive: string | undefined;
  for (let round = 0; round < 2 && b >= floor && isAppositiveCloser(toks, b); round++) {
    const r = readAppositive(text, toks, b, floor, appositive);
    if (!r) return undefined;
    if ('mention' in r) return r.mention;
    ({ b, appositive } = r);
  }
  // 5. "Schiff, 56, who has served …, said": an age between commas before another appositive
  if (appositive === undefined && b - 1 > floor && /^\d{1,3}$/.test(toks[b]?.text ?? '') && toks[b - 1].text === ',' && toks[b + 1]?.text === ',') b -= 2;
  if (b < floor) return undefined;
  // 6. the mention itself: a pronoun, a name, or a noun phrase, with the appositive as its role
  return headMention(text, toks, b, floor, appositive);
}

/** Back from the cue over adverbs and auxiliaries ("X also said", "X has said"), a verb that takes a gerund or an infinitive and leaves the saying done ("could not resist pointing out", "appeared to suggest", "went on to say") and a time phrase ("X on Monday said"). */
function skipBetween(toks: Token[], cue: number, floor: number): number {
  let b = cue - 1;
  for (;;) {
    while (b >= floor && (BETWEEN.has(toks[b].lower) || (isLowerWord(toks[b]) && /ly$/.test(toks[b].lower) && toks[b].text.length > 3 && !LY_NOUN.has(toks[b].lower))
      || (/ing$/.test(toks[cue]?.lower ?? '') && CATENATIVE.has(toks[b].text)))) b--;
    if (b - 1 >= floor && toks[b].lower === 'to' && b === cue - 1) {
      const v = b - 1;
      const wentOn = toks[v].lower === 'on' && W['go-forms'].has(toks[v - 1]?.lower ?? '');
      if (wentOn || RAISING.has(toks[v].text)) { b = wentOn ? v - 2 : v - 1; continue; }
    }
    const when = b >= floor ? timeBack(toks, b, floor) : -1;
    if (when < 0) return b;
    b = when - 1;
  }
}

/** Back over a parenthesis ending at b ("(D-Calif.)"), when it opens within ten tokens. */
function skipParenthesis(toks: Token[], b: number, floor: number): number {
  if (b < floor || toks[b].text !== ')') return b;
  let c = b - 1;
  while (c >= floor && c > b - 10 && toks[c].text !== '(') c--;
  return c >= floor && toks[c].text === '(' ? c - 1 : b;
}

const isAppositiveCloser = (toks: Token[], b: number): boolean =>
  toks[b].text === ',' || toks[b].text === '--' || toks[b].text === '—' || toks[b].text === '–' || (toks[b].text === '-' && toks[b - 1]?.text === '-');

/**
 * The appositive that closes at b ("X, a doctor, said", "X -- co-editor of Y -- said"): where the name before it
 * ends and the role it gives; or the name between the commas when the phrase before them is a description
 * ("one of the family's attorneys, Justin Bamberg, said"); undefined when b closes no appositive.
 */
function readAppositive(text: string, toks: Token[], b: number, floor: number, appositive: string | undefined): { b: number; appositive?: string } | { mention: Mention | undefined } | undefined {
  const closer = toks[b].text === ',' ? ',' : toks[b].text;
  if (toks[b].text === '-') b--;
  let c = b - 1;
  const open = (x: string) => x === closer || (closer !== ',' && /^(--|—|–|-)$/.test(x));
  const back = () => { while (c >= floor && c > b - 32 && !open(toks[c].text) && !/^[.;:“”"]$/.test(toks[c].text)) c--; };
  back();
  // ("X, speaking at a rally in Charleston, West Virginia, said": a town's state is no name between commas)
  if (closer === ',' && c > floor && b - c <= 3 && isCap(toks[c - 1]) && toks.slice(c + 1, b).every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.text))
    && toks.slice(Math.max(floor, c - 4), c - 1).some((x) => W['place-preposition'].has(x.lower))) { c--; back(); }
  if (toks[c]?.text === '-' && toks[c - 1]?.text === '-') c--;
  if (!(c >= floor && c > b - 32 && open(toks[c].text) && c < b - 1)) return undefined;
  const inner = text.slice(toks[c + 1].start, toks[b - 1].end);
  // "the other candidate on the stage, former Secretary of State Hillary Clinton, said": a role and a name between
  // the commas after a common noun phrase: the name speaks
  if (closer === ',' && isLowerWord(toks[c - 1]) && isLowerWord(toks[c + 1]) && isCap(toks[b - 1])) {
    const named = mentionAfter(text, toks, c + 1, b - 1, true);
    if (named?.kind === 'name' && named.last === b - 1) return { mention: { ...named, clauseFirst: c + 1 } };
  }
  if (APPOSITIVE_OPENER.test(inner) || isLowerWord(toks[c + 1]) || possessiveLed(toks, c + 1, b - 1)) {
    if (!APPOSITIVE_NOT_ROLE.test(inner) && !appositive) appositive = dropArticle(inner);
    b = c - 1;
    // "X, the attorney general of Oklahoma, one of the states suing, said": a second appositive shares the
    // comma before the first; the one next to the name is the role
    if (closer === ',') {
      let c2 = b;
      while (c2 >= floor && c2 > b - 16 && toks[c2].text !== ',' && !/^[.;:“”"]$/.test(toks[c2].text)) c2--;
      const inner2 = c2 >= floor && toks[c2]?.text === ',' && c2 < b ? text.slice(toks[c2 + 1].start, toks[b].end) : '';
      if (startsWithArticle(inner2) && isCap(toks[c2 - 1]) && isWord(toks[c2 - 1])) { appositive = dropArticle(inner2); b = c2 - 1; }
    }
    // "Rep. Jane Roe (D-Ohio), a panel member, said"
    return { b: skipParenthesis(toks, b, floor), appositive };
  }
  if (!isCap(toks[b - 1]) || !isWord(toks[b - 1])) return undefined;
  // "Swanson, who is a pastor in Elizabeth, Colorado, slammed …", "Vian, the editor of the Vatican's
  // newspaper, L'Osservatore Romano, said": a relative clause or a description after a name runs on
  // over the names inside it; the name before it speaks
  for (let w = c - 1; w > floor && w > b - 32; w--) {
    if (/^[.;:“”"]$/.test(toks[w].text)) break;
    if (toks[w].text !== ',') continue;
    // (a description holds no clause of its own: "Russia, a country that X, Y, called" is no description of Russia's words)
    const described = W.article.has(toks[w + 1]?.lower ?? '') && toks.slice(w + 2, c).every((x) => !W['relative-opener'].has(x.lower) && x.lower !== 'that' && posOfToken(x) !== 'verb');
    if (!(W['relative-person'].has(toks[w + 1]?.lower ?? '') || described) || !isCap(toks[w - 1])) continue;
    const head = headMention(text, toks, w - 1, floor, undefined);
    if (head?.kind === 'name' && head.last === w - 1) {
      if (!head.role && W.article.has(toks[w + 1].lower)) head.role = dropArticle(text.slice(toks[w + 1].start, toks[c - 1].end));
      return { mention: head };
    }
  }
  // the name between the commas speaks, the description before them is its role
  const name = nameMention(text, toks, capRunBack(toks, b - 1, c + 1), b - 1);
  if (!name) return { mention: undefined };
  let w = c - 1;
  while (w - 1 >= floor && w > c - 9 && isWord(toks[w - 1])) w--;
  const before = c - 1 >= floor ? text.slice(toks[w].start, toks[c - 1].end) : '';
  if (!name.role && /\p{Ll}/u.test(before)) name.role = dropArticle(before);
  name.clauseFirst = w;
  return { mention: name };
}

/** The mention whose last token is b: a pronoun, a name (its capitalised run), or a noun phrase; an appositive read after it is its role. */
function headMention(text: string, toks: Token[], b: number, floor: number, appositive: string | undefined): Mention | undefined {
  const t = toks[b];
  if (lexicon().pronouns.has(t.lower) && !W['possessive-or-it'].has(t.lower)) {
    return { kind: 'pronoun', start: t.start, end: t.end, name: t.text, first: b, last: b };
  }
  if (isCap(t) && isWord(t)) {
    const m = nameMention(text, toks, capRunBack(toks, b, floor), b);
    if (m && appositive && !m.role) m.role = appositive[0].toUpperCase() + appositive.slice(1);
    return m;
  }
  const n = nounBack(text, toks, b, floor);
  if (n && appositive && !n.role) n.role = appositive;
  return n;
}

/** "transport minister Piet de Vries", "Political scientist X": a role of up to four words, then a name. */
function roleThenName(text: string, toks: Token[], a: number, ceil: number, loose = false): Mention | undefined {
  // the longest title that starts at a comes first ("Secretary of State X", not "Secretary of" + "State X")
  let first = a;
  for (let k = Math.min(ceil - 1, a + 3); k > a; k--) if (titleEndingAt(toks, k, a) === a && isCap(toks[k + 1])) { first = k; break; }
  for (let k = first; k <= Math.min(ceil - 1, a + 3); k++) {
    if (!isWord(toks[k])) return undefined;
    // after a cue ("said coach Ben Carter") any lower-case words before a name are its role
    // (no verb and no determiner among those words: "the guests included the singer X" is no role)
    const plainWords = isLowerWord(toks[k]) && toks.slice(a, k + 1).every((x) => isWord(x) && !DETERMINERS.has(x.lower) && (!/ed$/.test(x.lower) || ROLE_MODIFIER.has(x.lower)) && !cueLemma(x));
    const isRole = titleEndingAt(toks, k) !== undefined || (loose && plainWords);
    if (!isCap(toks[k + 1]) || !isWord(toks[k + 1]) || !isRole) continue;
    if (isCap(toks[k]) && k === a && !isLowerWord(toks[k]) && titleEndingAt(toks, k) === k && k > a) continue;
    const b = capRunForward(toks, k + 1, ceil);
    const inner = nameMention(text, toks, k + 1, b);
    if (!inner) return undefined;
    if (inner.first <= a) return inner; // the name's own role reaches back to a ("coach Ben Carter")
    const roleText = text.slice(toks[a].start, toks[k].end) + (inner.role ? ' ' + inner.role : '');
    return { ...inner, start: toks[a].start, first: a, role: roleText[0].toUpperCase() + roleText.slice(1) };
  }
  return undefined;
}

/**
 * A noun phrase opened by a capitalised possessive (toks[a..b] ends in 's or ’) with a name after it, the
 * speaker, the phrase its role: "France’s far-right leader, Marine Le Pen, said", "Clinton’s campaign manager
 * Robby Mook said". (Without a name the possessor stands for the phrase, as before: "Ivana Trump's brief said".)
 */
function possessivePhraseAfter(text: string, toks: Token[], a: number, b: number, ceil: number): Mention | undefined {
  const apostrophe = /^['’]$/.test(toks[b + 1]?.text ?? '') && toks[b + 1].start === toks[b].end;
  if (!/['’]s$/.test(toks[b].text) && !apostrophe) return undefined;
  let e = b + (apostrophe ? 2 : 1);
  const from = e;
  while (e <= ceil && e < from + 5 && isLowerWord(toks[e]) && !W['noun-phrase-end-after-determiner'].has(toks[e].lower) && !cueLemma(toks[e]) && !isPastTense(toks[e].text)) e++;
  e--;
  if (e < from) return undefined;
  const phrase = text.slice(toks[a].start, toks[e].end);
  // the name right after the phrase ("Clinton’s campaign manager Robby Mook") or between commas after it
  const n = toks[e + 1]?.text === ',' ? e + 2 : e + 1;
  if (!isCap(toks[n]) || !isWord(toks[n])) return undefined;
  const nb = capRunForward(toks, n, ceil);
  const name = nameMention(text, toks, n, nb);
  if (!name || name.kind !== 'name' || (n === e + 2 && toks[nb + 1]?.text !== ',')) return undefined;
  return { ...name, role: name.role ?? phrase, ...(n === e + 2 ? { clauseFirst: a } : { start: toks[a].start, first: a }) };
}

/** The speaker mention starting at token `a` (after a cue: "said Caddell", "said the source"). */
/** "one of those advisers", "two of the officials": a partitive's noun phrase after "of" */
function partitiveAfter(text: string, toks: Token[], a: number, ceil: number): Mention | undefined {
  const t = toks[a];
  if (!(DETERMINERS.has(t.lower) && !W.demonstrative.has(t.lower) && toks[a + 1]?.lower === 'of' && isLowerWord(toks[a + 2]) && DETERMINERS.has(toks[a + 2].lower))) return undefined;
  let b = a + 3;
  while (b <= ceil && b < a + 7 && isLowerWord(toks[b]) && !W['noun-phrase-end-after-determiner'].has(toks[b].lower) && !cueLemma(toks[b]) && !isPastTense(toks[b].text)) b++;
  b--;
  return b > a + 2 ? { kind: 'noun', start: t.start, end: toks[b].end, name: text.slice(t.start, toks[b].end), first: a, last: b } : undefined;
}

export function mentionAfter(text: string, toks: Token[], a: number, ceil = toks.length - 1, afterCue = false): Mention | undefined {
  if (a > ceil) return undefined;
  const t = toks[a];
  if (!(isCap(t) && titleEndingAt(toks, a) === undefined && isCap(toks[a + 1]))) {
    const rn = roleThenName(text, toks, a, ceil, afterCue);
    if (rn) return rn;
  }
  const { pronouns } = lexicon();
  if (pronouns.has(t.lower) && !W['possessive-or-it'].has(t.lower)) {
    return { kind: 'pronoun', start: t.start, end: t.end, name: t.text, first: a, last: a };
  }
  // "The State Department …", "The Valley Post …": an article before a name
  if (W['article-capitalised'].has(t.text) && isCap(toks[a + 1]) && a + 1 <= ceil && !SENTENCE_STARTERS.has(toks[a + 1].text)) {
    const m = mentionAfter(text, toks, a + 1, ceil);
    if (m && m.kind === 'name') return m;
  }
  // a capitalised determiner opening the sentence ("Her colleague Ray Osei", "Two council members"):
  // read on as after a lower-case one, with a name after the noun taking the noun as its role
  if (isCap(t) && DETERMINERS.has(t.lower) && !W.demonstrative.has(t.lower) && isLowerWord(toks[a + 1])) {
    const rn = roleThenName(text, toks, a + 1, ceil, true);
    if (rn) return { ...rn, start: t.start, first: a };
    let b = a + 1;
    // (the phrase ends at its verb, "The mayor rewrote the plan", "The senator released …" (a verb in the
    //  sentence's context), or at a second determiner)
    while (b <= ceil && b < a + 6 && isLowerWord(toks[b]) && !W['noun-phrase-end-after-capitalised-determiner'].has(toks[b].lower) && !cueLemma(toks[b]) && !(b > a + 1 && /ed$/.test(toks[b].lower) && isVerbWord(toks[b].text))
      && !(b > a + 1 && (DETERMINERS.has(toks[b].lower) || isPastTense(toks[b].text) || (/(ed|es)$/.test(toks[b].lower) && posOfToken(toks[b]) === 'verb')))) b++;
    b--;
    if (b > a) return { kind: 'noun', start: t.start, end: toks[b].end, name: text.slice(toks[a + 1].start, toks[b].end), first: a, last: b };
  }
  if (isCap(t) && isWord(t) && !SENTENCE_STARTERS.has(t.text)) {
    const b = capRunForward(toks, a, ceil);
    // "France’s far-right leader, Marine Le Pen, …", "the Post's senior editor": a possessive opens a noun phrase
    const poss = possessivePhraseAfter(text, toks, a, b, ceil);
    if (poss) return poss;
    const m = nameMention(text, toks, a, b);
    // ", a doctor," after the name
    if (m && toks[b + 1]?.text === ',' && W.article.has((toks[b + 2]?.lower ?? '').toLowerCase())) {
      let c = b + 3;
      while (c <= ceil && c < b + 12 && !/^[,.;:“”"]$/.test(toks[c].text)) c++;
      // it closes with a comma or the sentence's end ("According to X, the summit laid …:" is the clause, no role)
      const closed = toks[c]?.text === ',' || (toks[c]?.text === '.' && c === toks.length - 1);
      if (!m.role && closed) { const r = text.slice(toks[b + 3].start, toks[c - 1].end); m.role = r[0].toUpperCase() + r.slice(1); }
    }
    return m;
  }
  const part = partitiveAfter(text, toks, a, ceil);
  if (part) return part;
  if (isLowerWord(t) && DETERMINERS.has(t.lower) && !W.demonstrative.has(t.lower)) {
    let b = a + 1;
    while (b <= ceil && b < a + 6 && isWord(toks[b]) && !W['noun-phrase-end-after-determiner'].has(toks[b].lower)
      && !(b > a + 1 && isLowerWord(toks[b]) && (DETERMINERS.has(toks[b].lower) || isPastTense(toks[b].text)))) b++;
    b--;
    // "a spokesman for the White House": a capitalised organisation after "for/of" is part of the phrase
    if (b > a) return { kind: 'noun', start: t.start, end: toks[b].end, name: text.slice(toks[a + 1].start, toks[b].end), first: a, last: b };
  }
  const n = isLowerWord(t) ? nounBack(text, toks, a, a) : undefined;
  return n;
}
