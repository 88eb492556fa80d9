// Stage 4, claims: check-worthy statements in the article's own voice (numbers, dates, named actors
// doing named things), scored by an explained feature scorer; then every claim gets its stable id.
import type { ArticleFile, Claim } from '../article.js';
import type { Config } from '../config.js';
import { sha256Hex } from '../hash.js';
import { SpanIndex } from '../span.js';
import { statementWeights, statementWords } from '../lexicon/index.js';

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

/** A 0–1 score: a logistic model over the features, its weights data in src/lexicon/statement-weights.json. */
export function statementScore(f: StatementFeatures): number {
  const { bias, weights } = statementWeights();
  const x = featureVector(f);
  const z = FEATURE_NAMES.reduce((s, n, i) => s + (weights[n] ?? 0) * x[i], bias);
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}

export function claimId(sha256Text: string, c: Pick<Claim, 'type' | 'start' | 'end'>): string {
  return `c_${sha256Hex(`${sha256Text}:${c.type}:${c.start}:${c.end}`).slice(0, 20)}`;
}

export function claims(file: ArticleFile, config: Config): void {
  const { text } = file;
  // 1. statements: body sentences that no attributed claim overlaps and that hold no quotation mark
  // (a text the attribution stage found not to be English gets no statements either: the features read English)
  if (config.claims.statements && !file.messages.some((m) => m.code === 'NOT_ENGLISH')) {
    const taken = new SpanIndex(file.data.claims);
    for (const s of file.data.sentences) {
      if (file.paragraphs[s.paragraph].kind !== 'body') continue;
      if (taken.overlapping(s.start, s.end).length) continue;
      const sentence = text.slice(s.start, s.end);
      if (/[“”"«»]/.test(sentence)) continue;
      const features = statementFeatures(sentence);
      const score = statementScore(features);
      if (score < config.claims.statementThreshold) continue;
      file.data.claims.push({ id: '', type: 'statement', text: sentence, start: s.start, end: s.end, speaker: null, cue: null, paragraph: s.paragraph, rule: 'statement.score', score, features: { scorer: SCORER_VERSION, ...features } });
    }
  }
  // 2. quoted and reported speech carries a check-worthiness score too (no threshold: every quote stays)
  for (const c of file.data.claims) {
    if (c.type === 'statement' || c.score !== undefined) continue;
    const features = statementFeatures(c.text);
    c.score = statementScore(features);
    c.features = { scorer: SCORER_VERSION, ...features };
  }
  // 3. order and stable ids
  file.data.claims.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const c of file.data.claims) c.id = claimId(file.sha256Text, c);
}
