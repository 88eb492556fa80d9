// compromise, used sparingly on single words: is a noun a person noun.
// Results are cached; compromise costs about 110 ms per 20 KB, so it only sees a few words at a time.
import nlp from 'compromise';

const actorCache = new Map<string, boolean>();
/** "architect", "farmer", "lawyer": a noun that names a person (compromise's #Actor). */
export function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  let v = actorCache.get(w);
  if (v === undefined) { v = nlp(w).has('#Actor'); actorCache.set(w, v); }
  return v;
}


const verbCache = new Map<string, boolean>();
/** "blasted", "gone", "likened": a word compromise knows as a verb. */
export function isVerbWord(word: string): boolean {
  const w = word.toLowerCase();
  let v = verbCache.get(w);
  if (v === undefined) { v = nlp(w).has('#Verb'); verbCache.set(w, v); }
  return v;
}
