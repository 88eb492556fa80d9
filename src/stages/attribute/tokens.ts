// Word tokens with offsets into the article text, and the word classes the attribution rules use.
import { lexicon, wordClasses } from '../../lexicon/index.js';

export interface Token {
  text: string; start: number; end: number; lower: string;
  /** the sentence analysis the token belongs to and its index there (set by Analysis), for its tag in context */
  home?: { posOf(k: number): string }; k: number;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.\-]*[\p{L}\p{N}])?\.?|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const part = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(part))) {
    let t = m[0];
    // a final period belongs to the word only for abbreviations and initials ("Mr.", "J.", "U.S.")
    if (t.length > 1 && t.endsWith('.')) {
      const w = t.slice(0, -1);
      if (!(lexicon().abbreviations.has(w) || /^\p{Lu}$/u.test(w) || /\./.test(w))) t = w;
    }
    out.push({ text: t, start: start + m.index, end: start + m.index + t.length, lower: t.toLowerCase(), home: undefined, k: -1 });
    if (t.length < m[0].length) {
      TOKEN.lastIndex = m.index + t.length;
    }
  }
  return out;
}

export const isCap = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text);
export const isWord = (t: Token | undefined): boolean => !!t && /^[\p{L}\p{N}]/u.test(t.text);
export const isLowerWord = (t: Token | undefined): boolean => !!t && /^\p{Ll}/u.test(t.text);
/** "the 43-year-old", "a 25-year-old": an age used as a noun names a person */
export const isAgeNoun = (w: string): boolean => /^(\d+|\p{Ll}+(-\p{Ll}+)?)-years?-old$/u.test(w);

/** A list item with no subject opens on its verb ("Calls rivals names …", "Says he will run"): token 0 is a cue form in -s before a lower-case word. */
export const opensOnVerb = (toks: Token[]): boolean =>
  !!toks[0] && /s$/.test(toks[0].lower) && isLowerWord(toks[1]) && lexicon().cueForms.has(toks[0].lower);

/** The number of tokens of a phrase that names a source after it ("according to", "in the words of"; speech-phrases.txt, kind before-source) at k, or 0. */
export function sourceCueAt(t: Token[], k: number): number {
  for (const words of lexicon().sourcePhrases) if (words.every((w, i) => t[k + i]?.lower === w)) return words.length;
  return 0;
}

/** The number of tokens of a verb and its particle that report words next to a quotation ("went on", "shot back"; speech-phrases.txt, kind phrasal-cue) at k, or 0. */
export function phrasalCueAt(t: Token[], k: number): number {
  for (const words of lexicon().phrasalCues) if (words.every((w, i) => t[k + i]?.lower === w)) return words.length;
  return 0;
}

/** "as X put it", "as she puts it": a form of "put" then "it" at k */
export const isPutIt = (t: Token[], k: number): boolean => W['put-form'].has(t[k]?.lower ?? '') && t[k + 1]?.lower === 'it';

/** the lemma when the token is a form of a cue verb */
export function cueLemma(t: Token | undefined): string | undefined {
  // a capitalised word is a name ("The Post reports"), not a cue verb
  return t && !/^\p{Lu}/u.test(t.text) ? lexicon().cueForms.get(t.lower) : undefined;
}

const W = wordClasses();

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** the words of a class as a regex alternation (longest first; the words of a phrase joined by white space) */
export const alternation = (words: Set<string>): string => [...words].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
/** "the mayor" → "mayor": a leading article dropped */
const ARTICLE_LEAD = new RegExp(`^(${alternation(W.article)})\\s+`, 'i');
export const dropArticle = (s: string): string => s.replace(ARTICLE_LEAD, '');
/** whether a phrase starts with an article and white space ("the attorney general …") */
export const startsWithArticle = (s: string): boolean => ARTICLE_LEAD.test(s);
/** words that open a noun phrase ("the source", "two officials", "his aide") */
export const DETERMINERS = W.determiner;
/** A participle that may open a sentence as an adverbial phrase ("Chastened by …", "Asked about …", "Stung by …"). */
export const isOpeningParticiple = (w: string): boolean => /^\p{Lu}\p{Ll}+(ed|ing)$/u.test(w) || W['participle-opener'].has(w);
/** Prepositions after such a participle. */
export const PARTICIPLE_PREP = W['participle-preposition'];
export const WEEKDAY = W.weekday;
/** a weekday or today, tonight, yesterday, tomorrow (lower case) */
export const isDayWord = (w: string): boolean => WEEKDAY.has(w) || W['day-word'].has(w);
/** How many tokens the dash at j takes: — – ― "--" are one, the typewriter's "-" "-" two; 0 when no dash. */
export function dashAt(t: Token[], j: number): number {
  const x = t[j]?.text;
  if (x === '—' || x === '–' || x === '―' || x === '--') return 1;
  return x === '-' && t[j + 1]?.text === '-' && t[j + 1].start === t[j].end ? 2 : 0;
}
/** adverbs and auxiliaries that may stand between a speaker and the cue ("X also said", "X has said") */
export const BETWEEN = W['between-speaker-and-cue'];
/** capitalised words that begin sentences but are not names */
export const SENTENCE_STARTERS = W['sentence-starter'];
/** lower-case words that may join capitalised words inside one name ("Department of State", "Ursula von der Leyen") */
export const NAME_JOINERS = W['name-joiner'];

/** a past participle: -ed or an irregular one ("told", "written") */
const PARTICIPLE_FORM = new RegExp(`(ed|${alternation(W['irregular-participle'])})$`);

/** a passive cue ("was told", "has been called", "is quoted"): its subject is not the speaker */
export function isPassive(t: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (/ly$/.test(t[j].lower) || W['passive-adverb'].has(t[j].lower))) j--; // "was widely quoted", "was also endorsed"
  return j >= 0 && W['passive-auxiliary'].has(t[j].lower) && PARTICIPLE_FORM.test(t[k].lower);
}
