// Stage 4, claims: check-worthy statements in the article's own voice (numbers, dates, named actors
// doing named things), scored by an explained feature scorer; then every claim gets its stable id.
import type { ArticleFile, Claim } from '../article.js';
import type { Config } from '../config.js';
import { sha256Hex } from '../hash.js';
import { SpanIndex } from '../span.js';
import { statementWeights, statementWords, wordClasses } from '../lexicon/index.js';

/**
 * A heading written in title case ("Ukraine Received Not Just a Promise, but a Tangible Action Plan"): every
 * word but the small ones capitalised. It announces what the body states; it is no statement of its own.
 */
const W = wordClasses();

export function isTitleCase(sentence: string): boolean {
  const small = W['heading-small-word'];
  const words = (sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).filter((w) => !small.has(w) && /\p{L}/u.test(w));
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}

const NUMBER = /\b\d[\d,.]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|half|percent|per cent)\b|%/gi;
const DATE = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(19|20)\d\d)\b/g;
const COMPARATIVE = /\b(more|less|fewer|most|least|first|largest|biggest|highest|lowest|only|record)\b/gi;
/** money, percentages and large quantities */
const QUANTITY = /[$€£¥]\s?\d|\d\s?%|\b\d[\d,.]*\s*(percent|per cent|million|billion|trillion|dollars|euros|pounds)\b/gi;

export interface StatementFeatures {
  numbers: string[]; dates: string[]; quantities: string[]; entities: string[]; comparatives: string[]; events: string[];
  hedges: string[]; opinions: string[]; future: string[]; firstPerson: string[]; question: boolean; words: number;
}

export function statementFeatures(sentence: string): StatementFeatures {
  const words = sentence.split(/\s+/).filter(Boolean);
  const lex = statementWords();
  const bare = words.map((w) => w.toLowerCase().replace(/[^\p{L}'’]/gu, ''));
  const pick = (f: string) => bare.filter((w) => lex.get(w) === f);
  const entities = words.slice(1).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).map((w) => w.replace(/[^\p{L}'’-]/gu, ''));
  return {
    numbers: sentence.match(NUMBER) ?? [],
    dates: sentence.match(DATE) ?? [],
    quantities: sentence.match(QUANTITY) ?? [],
    entities,
    comparatives: sentence.match(COMPARATIVE) ?? [],
    events: pick('event'),
    hedges: pick('hedge'),
    opinions: pick('opinion'),
    future: pick('future'),
    firstPerson: pick('first'),
    question: /\?\s*$/.test(sentence),
    words: words.length,
  };
}

/**
 * The sentence's word 1–2-grams, as the learned lexicon of the scorer reads them: lower case, a token with
 * a digit as <num>, bigrams joined by a space ("have to", "<num> percent").
 */
/** The sentence's words as the n-gram model reads them: lower case, a number as <num>. */
const wordsOf = (sentence: string): string[] => (sentence.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((t) => (/\d/.test(t) ? '<num>' : t.replace('’', "'")));

export function ngrams(sentence: string): string[] {
  const toks = wordsOf(sentence);
  const out = [...toks];
  for (let i = 1; i < toks.length; i++) out.push(`${toks[i - 1]} ${toks[i]}`);
  return out;
}

/** The model's inputs, in this order: feature counts, capped so one long list cannot dominate. */
export const FEATURE_NAMES = ['numbers', 'dates', 'quantities', 'entities', 'comparatives', 'events', 'hedges', 'opinions', 'future', 'firstPerson', 'question', 'short', 'length'] as const;

export function featureVector(f: StatementFeatures): number[] {
  const cap = (n: number, c: number) => Math.min(n, c);
  return [
    cap(f.numbers.length, 3), cap(f.dates.length, 2), cap(f.quantities.length, 2), cap(f.entities.length, 3), cap(f.comparatives.length, 2),
    cap(f.events.length, 2), cap(f.hedges.length, 2), cap(f.opinions.length, 2), cap(f.future.length, 2), cap(f.firstPerson.length, 3),
    f.question ? 1 : 0, f.words < 6 ? 1 : 0, cap(f.words / 20, 2),
  ];
}

/** The scorer's version: the weights file's (statement-weights.json, fitted on labelled sentences). */
export const SCORER_VERSION = statementWeights().version;

/** the learned weights: of single words, and of word pairs by their first word (so that a pair's string is made only when it was learned) */
let learned: { words: Map<string, number>; pairs: Map<string, Map<string, number>> } | undefined;
function learnedWeights(): NonNullable<typeof learned> {
  if (!learned) {
    learned = { words: new Map(), pairs: new Map() };
    for (const [g, w] of Object.entries(statementWeights().ngrams ?? {})) {
      const sp = g.indexOf(' ');
      if (sp < 0) { learned.words.set(g, w); continue; }
      const first = g.slice(0, sp);
      let m = learned.pairs.get(first);
      if (!m) learned.pairs.set(first, (m = new Map()));
      m.set(g.slice(sp + 1), w);
    }
  }
  return learned;
}

/**
 * Every reason for a score: each feature's contribution (weight × value) and each learned word or word pair
 * found in the sentence, with its sign and size, largest first ("numbers +0.81", "\"supported\" +1.40").
 */
export function contributions(f: StatementFeatures, sentence: string): { reason: string; value: number }[] {
  const { weights } = statementWeights();
  const { words, pairs } = learnedWeights();
  const x = featureVector(f);
  const out: { reason: string; value: number }[] = FEATURE_NAMES.map((n, i) => ({ reason: n, value: (weights[n] ?? 0) * x[i] }));
  // each learned n-gram once, in the order of ngrams(): the words, then the pairs
  const toks = wordsOf(sentence), seen = new Set<string>();
  const add = (g: string, w: number | undefined) => { if (w && !seen.has(g)) { seen.add(g); out.push({ reason: `"${g}"`, value: w }); } };
  for (const t of toks) add(t, words.get(t));
  for (let i = 1; i < toks.length; i++) { const w = pairs.get(toks[i - 1])?.get(toks[i]); if (w) add(`${toks[i - 1]} ${toks[i]}`, w); }
  return out.filter((c) => Math.abs(c.value) >= 0.005).sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
}

/** A 0–1 score: a logistic model over the features and the learned n-grams, its weights data in src/lexicon/statement-weights.json. */
export function statementScore(f: StatementFeatures, sentence: string): { score: number; reasons: string[] } {
  const parts = contributions(f, sentence);
  const z = parts.reduce((s, c) => s + c.value, statementWeights().bias);
  return { score: Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000, reasons: parts.map((c) => `${c.reason} ${c.value >= 0 ? '+' : '−'}${Math.abs(c.value).toFixed(2)}`) };
}

export function claimId(sha256Text: string, c: Pick<Claim, 'type' | 'start' | 'end'>): string {
  return `c_${sha256Hex(`${sha256Text}:${c.type}:${c.start}:${c.end}`).slice(0, 20)}`;
}

export function claims(file: ArticleFile, config: Config): void {
  const { text } = file;
  // 1. statements: body sentences that no attributed claim overlaps and that hold no quotation mark
  // (a text the attribution stage found not to be English gets no statements either: the features read English)
  if (config.claims.statements && !file.messages.some((m) => m.code === 'NOT_ENGLISH')) {
    const threshold = config.claims.statementThreshold ?? statementWeights().threshold;
    const taken = new SpanIndex(file.data.claims);
    const body = file.data.sentences.filter((s) => file.paragraphs[s.paragraph].kind === 'body');
    // a one-sentence input with nobody quoted in it is scored as the writer's statement even where it
    // reports speech ("They said they would cut taxes by 20 percent"): the sentence is what is checked
    const lone = body.length === 1 && !file.data.claims.some((c) => c.type === 'direct' || c.type === 'partial');
    for (const s of body) {
      if (!lone && taken.overlapping(s.start, s.end).length) continue;
      const sentence = text.slice(s.start, s.end);
      // (nor a heading, nor a lead-in that ends in a colon: "Gov. X said in a statement:" introduces what follows)
      if (/[“”"«»]/.test(sentence) || isTitleCase(sentence) || /:\s*$/.test(sentence)) continue;
      const features = statementFeatures(sentence);
      const { score, reasons } = statementScore(features, sentence);
      if (score < threshold) continue;
      file.data.claims.push({ id: '', type: 'statement', text: sentence, start: s.start, end: s.end, speaker: null, cue: null, paragraph: s.paragraph, rule: 'statement.score', score, features: { scorer: SCORER_VERSION, ...features, reasons } });
    }
  }
  // 2. quoted and reported speech carries a check-worthiness score too (no threshold: every quote stays)
  // (reported speech is scored on its whole sentence, "They said they would cut taxes by 20 percent", not its clause alone)
  const sentences = new SpanIndex(file.data.sentences);
  for (const c of file.data.claims) {
    if (c.type === 'statement' || c.score !== undefined) continue;
    const s = c.type === 'indirect' ? sentences.overlapping(c.start, c.end)[0] : undefined;
    const scored = s && s.start <= c.start && s.end >= c.end ? text.slice(s.start, s.end) : c.text;
    const features = statementFeatures(scored);
    const { score, reasons } = statementScore(features, scored);
    c.score = score;
    c.features = { scorer: SCORER_VERSION, ...features, reasons };
  }
  // 3. order and stable ids
  file.data.claims.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const c of file.data.claims) c.id = claimId(file.sha256Text, c);
}
