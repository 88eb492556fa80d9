// compromise, used sparingly on single words, with the answers cached: is a noun a person noun,
// is a word a verb. For the words of compromise's own lexicon the build has asked already
// (lexiconWordsTagged): a worker then parses only the words compromise does not know.
import nlp, { lexiconWordsTagged } from './compromise.js';

/** answers kept per question before the cache starts over */
export const CACHE_LIMIT = 20_000;

function cachedTag(tag: string): (word: string) => boolean {
  const cache = new Map<string, boolean>();
  let known: Set<string> | undefined | null = null;
  return (word) => {
    const w = word.toLowerCase();
    if (known === null) known = lexiconWordsTagged(tag.slice(1));
    if (known && LEXICON[w] !== undefined && !/\s/.test(w)) return known.has(w);
    let v = cache.get(w);
    if (v === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear(); // a long run meets many words: memory stays flat
      v = nlp(w).has(tag);
      cache.set(w, v);
    }
    return v;
  };
}

/** compromise's lexicon: a word (lower case) → its tag; a look-up, not a parse */
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | undefined> } } }).model().one.lexicon;

/** "older", "better": compromise's lexicon has the word as a comparative (its -er ending does not make it an agent noun). */
export const isAdjectiveWord = (word: string): boolean => /^(Comparative|Superlative)$/.test(LEXICON[word.toLowerCase()] ?? '');

/** "columnist", "forecaster": a word compromise's lexicon has as a person noun (Actor), or does not know; not "center", not "baker" (a name too). */
export const isCommonNoun = (word: string): boolean => { const tag = LEXICON[word.toLowerCase()]; return !tag || tag === 'Actor'; };

/** "Kelly", "Reilly", "Italy", "July": a word compromise's lexicon has as a name, a place or a month (a look-up, not a parse). */
/** compromise's lexicon tags of names, places and months (besides the *Name tags: FirstName, MaleName …) */
const NAME_TAGS = new Set(['Person', 'Country', 'Place', 'City', 'Region', 'Month', 'Organization']);
export const isNameInLexicon = (word: string): boolean => { const tag = LEXICON[word.toLowerCase()] ?? ''; return tag.endsWith('Name') || NAME_TAGS.has(tag); };

/** "Recently", "Finally": a capitalised -ly word that is an adverb, not a name such as Kelly, Italy or July. */
export const isLyAdverb = (word: string): boolean => /^\p{L}\p{Ll}+ly$/u.test(word) && !isNameInLexicon(word);

/** "wide-ranging", "political": a word compromise tags as an adjective on its own. */
export const isAdjectiveTagged = cachedTag('#Adjective');

/** "architect", "farmer", "lawyer": a noun that names a person (compromise's #Actor). */
export const isPersonNoun = cachedTag('#Actor');

/** "blasted", "gone", "likened": a word compromise knows as a verb. */
export const isVerbWord = cachedTag('#Verb');

/** "rewrote", "announced": a word compromise knows as a verb in the past tense. */
export const isPastTense = cachedTag('#PastTense');
