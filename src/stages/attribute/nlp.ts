// compromise, used sparingly on single words, with the answers cached: is a noun a person noun,
// is a word a verb.
import nlp from 'compromise';

/** answers kept per question before the cache starts over */
export const CACHE_LIMIT = 20_000;

function cachedTag(tag: string): (word: string) => boolean {
  const cache = new Map<string, boolean>();
  return (word) => {
    const w = word.toLowerCase();
    let v = cache.get(w);
    if (v === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear(); // a long run meets many words: memory stays flat
      v = nlp(w).has(tag);
      cache.set(w, v);
    }
    return v;
  };
}

/** "older", "better": compromise's lexicon has the word as a comparative (its -er ending does not make it an agent noun). */
export const isAdjectiveWord = cachedTag('(#Comparative|#Superlative)');

/** "forecaster", "columnist": compromise knows the word in lower case as a common noun and as no name. */
export const isCommonNoun = (() => {
  const noun = cachedTag('#Noun');
  const name = cachedTag('(#ProperNoun|#Person|#FirstName|#LastName|#Place|#Organization)');
  return (word: string) => noun(word) && !name(word);
})();

/** "architect", "farmer", "lawyer": a noun that names a person (compromise's #Actor). */
export const isPersonNoun = cachedTag('#Actor');

/** "blasted", "gone", "likened": a word compromise knows as a verb. */
export const isVerbWord = cachedTag('#Verb');

/** "rewrote", "announced": a word compromise knows as a verb in the past tense. */
export const isPastTense = cachedTag('#PastTense');
