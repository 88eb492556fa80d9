// One analysis per candidate sentence: its tokens with offsets into the article, and compromise's
// part-of-speech tags read in the sentence's context (its lexicon and pre-tagger: about 100k words/s
// here; the full tagger is four times slower and tags these sentences no better for our questions).
// The tags are computed once, on the first question a rule asks, so sentences no rule looks at closely
// cost nothing. Closed classes from src/lexicon/ (determiners, pronouns) win over the tagger.
import nlp from './compromise.js';
import type { Sentence } from '../../article.js';
import { tokenize, type Token } from './tokens.js';

/** coarse parts of speech */
export type Pos = 'noun' | 'name' | 'pronoun' | 'verb' | 'aux' | 'adjective' | 'adverb' | 'determiner' | 'preposition' | 'conjunction' | 'number' | 'wh' | 'punct' | 'other';

/** compromise's pre-tagger: its lexicon, then suffix and neighbour guesses (no post-tagger) */
const STEPS = ['alias', 'machine', 'index', 'id', 'lexicon', 'preTagger', 'offset'];

/** compromise's tag set folded to our coarse classes, most specific first */
const FOLD: [string, Pos][] = [
  ['Pronoun', 'pronoun'], ['Determiner', 'determiner'], ['QuestionWord', 'wh'], ['Preposition', 'preposition'],
  ['Conjunction', 'conjunction'], ['Auxiliary', 'aux'], ['Modal', 'aux'], ['Copula', 'aux'], ['Value', 'number'],
  ['ProperNoun', 'name'], ['Verb', 'verb'], ['Adjective', 'adjective'], ['Adverb', 'adverb'], ['Noun', 'noun'],
];

interface Term { tags: Set<string>; offset: { start: number; length: number } }

/** The part of speech of a token in its sentence (code holding a window of a sentence asks through the token), tagged on first use; undefined for a token of no analysed sentence. */
export function posOfToken(t: Token | undefined): Pos | undefined {
  return t?.home ? (t.home.posOf(t.k) as Pos) : undefined;
}

export class Analysis implements Sentence {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  readonly toks: Token[];
  private pos?: Pos[];
  private raw?: (Set<string> | undefined)[];
  private memos = new Map<string, unknown>();

  constructor(readonly text: string, s: Sentence, readonly index: number) {
    this.start = s.start; this.end = s.end; this.paragraph = s.paragraph;
    this.toks = tokenize(text, s.start, s.end);
    this.toks.forEach((t, k) => { t.home = this; t.k = k; });
  }

  /** a fact about the sentence computed once, on the first rule that asks (its main clause's start, its subject) */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  /** the coarse part of speech of token k ('punct' for marks, 'other' past the ends) */
  posOf(k: number): Pos {
    if (k < 0 || k >= this.toks.length) return 'other';
    this.tag();
    return this.pos![k];
  }

  /** whether compromise gave token k this tag of its own set ("Comparative", "PastTense", "Actor") */
  has(k: number, tag: string): boolean {
    if (k < 0 || k >= this.toks.length) return false;
    this.tag();
    return !!this.raw![k]?.has(tag);
  }

  /** tags every token once: each of our tokens takes the tags of compromise's term that holds its first character */
  private tag(): void {
    if (this.pos) return;
    const doc = nlp.tokenize(this.text.slice(this.start, this.end));
    doc.compute(STEPS);
    const terms = (doc as unknown as { docs: Term[][] }).docs.flat();
    this.pos = []; this.raw = [];
    let j = 0;
    for (const t of this.toks) {
      const at = t.start - this.start;
      while (j < terms.length && terms[j].offset.start + Math.max(terms[j].offset.length, 1) <= at) j++;
      const term = terms[j] && terms[j].offset.start <= at ? terms[j] : undefined;
      const word = /^[\p{L}\p{N}]/u.test(t.text);
      this.raw.push(word ? term?.tags : undefined);
      this.pos.push(!word ? 'punct' : term ? fold(term.tags) : 'other');
    }
  }
}

function fold(tags: Set<string>): Pos {
  for (const [tag, pos] of FOLD) if (tags.has(tag)) return pos;
  return 'other';
}
