// Loads the lexicon files (plain text, one entry per line, `#` starts a comment).
// The files live in src/lexicon/ and are read once, at first use; the compiled code in dist/lexicon/
// finds them through the same relative path back into src/.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const candidates = [here, path.resolve(here, '../../src/lexicon')];

function lines(name: string): string[] {
  const dir = candidates.find((d) => existsSync(path.join(d, name)));
  if (!dir) throw new Error(`lexicon file ${name} not found in ${candidates.join(' or ')}; reinstall the package`);
  return readFileSync(path.join(dir, name), 'utf8')
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').replace(/^#.*$/, '').trim())
    .filter(Boolean);
}

export interface Lexicon {
  /** every form of every cue verb → its lemma */
  cueForms: Map<string, string>;
  /** multi-word phrases (lower case) → kind */
  phrases: Map<string, string>;
  /** nouns of saying that take a that-clause (speech-nouns.txt) */
  speechNouns: Set<string>;
  /** titles and offices, lower case, as word arrays (longest first) */
  titles: string[][];
  /** role noun (lower case) → class */
  roleNouns: Map<string, string>;
  abbreviations: Set<string>;
  orgWords: Set<string>;
  /** pronoun (lower case) → class */
  pronouns: Map<string, string>;
  /** phrases of the kind "idiom" in speech-phrases.txt, as word arrays ("having said that") */
  idioms: string[][];
  /** phrases of the kind "before-source" in speech-phrases.txt, as word arrays ("according to", "in the words of") */
  sourcePhrases: string[][];
  /** phrases of the kind "phrasal-cue" in speech-phrases.txt, as word arrays ("went on", "shot back") */
  phrasalCues: string[][];
  /** a form of a verb whose object is the topic of speech (topic-cues.txt) → the prepositions that take it */
  topicCues: Map<string, Set<string>>;
}

let cached: Lexicon | undefined;
let boilerplate: RegExp[] | undefined;

let statement: Map<string, string> | undefined;

/** word (lower case) → statement feature (hedge, opinion, future, first, event) */
export function statementWords(): Map<string, string> {
  statement ??= new Map(lines('statement-features.txt').map((l) => { const [f, w] = l.split('\t'); return [w.trim().toLowerCase(), f.trim()]; }));
  return statement;
}

export interface StatementWeights { version: string; bias: number; weights: Record<string, number>; threshold: number; ngrams?: Record<string, number> }
let weights: StatementWeights | undefined;

/** The statement scorer's fitted weights (statement-weights.json, written by scripts/fit-checkworthy.mjs). */
export function statementWeights(): StatementWeights {
  if (!weights) {
    const dir = candidates.find((d) => existsSync(path.join(d, 'statement-weights.json')));
    if (!dir) throw new Error(`lexicon file statement-weights.json not found in ${candidates.join(' or ')}; reinstall the package`);
    weights = JSON.parse(readFileSync(path.join(dir, 'statement-weights.json'), 'utf8')) as StatementWeights;
  }
  return weights;
}

let labels: Set<string> | undefined;

/** Upper-case labels before a colon that are not transcript speakers (not-speaker-labels.txt). */
export function notSpeakerLabels(): Set<string> {
  labels ??= new Set(lines('not-speaker-labels.txt'));
  return labels;
}

let months: Map<string, number> | undefined;

/** month name or abbreviation (lower case, any language listed) → 1–12 */
export function monthNames(): Map<string, number> {
  if (!months) {
    months = new Map();
    for (const l of lines('months.txt')) { const [n, names] = l.split('\t'); for (const w of names.split(/\s+/)) months.set(w, Number(n)); }
  }
  return months;
}

/** Paragraph-level patterns for site furniture in plain text (boilerplate.txt). */
export function boilerplatePatterns(): RegExp[] {
  boilerplate ??= lines('boilerplate.txt').map((l) => new RegExp(l, 'iu'));
  return boilerplate;
}

let classes: Record<string, Set<string>> | undefined;

/**
 * The closed word classes and short word lists the attribution rules read (word-classes.txt): a class
 * starts with a line "[name] what it is for", and the lines after it hold its words, separated by
 * spaces ("_" joins the words of a phrase). test/lexicon.test.ts checks that every class a rule reads is here.
 */
export function wordClasses(): Record<string, Set<string>> {
  if (classes) return classes;
  const out: Record<string, Set<string>> = {};
  let current: Set<string> | undefined;
  for (const l of lines('word-classes.txt')) {
    const head = /^\[([a-z][a-z0-9-]*)\]/.exec(l);
    if (head) { current = out[head[1]] = new Set(); continue; }
    if (!current) throw new Error(`word-classes.txt: words before the first [class] line: ${l}`);
    for (const w of l.split(/\s+/)) current.add(w.replace(/_/g, ' '));
  }
  classes = out;
  return classes;
}

let frames: Record<string, Set<string>> | undefined;

/** frame (bare, say, to, object-to, wh, wh-object, hearer, characterise) → the cue lemmas that take it (cue-frames.txt) */
export function cueFrames(): Record<string, Set<string>> {
  frames ??= Object.fromEntries(lines('cue-frames.txt').map((l) => { const [f, lemmas] = l.split('\t'); return [f.trim(), new Set(lemmas.trim().split(/\s+/))]; }));
  return frames;
}

export function lexicon(): Lexicon {
  if (cached) return cached;
  const cueForms = new Map<string, string>();
  for (const l of lines('cue-verbs.txt')) {
    const [lemma, ...forms] = l.split(/\s+/);
    for (const f of [lemma, ...forms]) cueForms.set(f.toLowerCase(), lemma);
  }
  const tsv = (name: string) => new Map(lines(name).map((l) => {
    const [k, v] = l.split('\t');
    return [k.trim().toLowerCase(), (v ?? '').trim()] as [string, string];
  }));
  const titles = lines('titles.txt').map((t) => t.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);
  const phrases = tsv('speech-phrases.txt');
  cached = {
    cueForms,
    phrases,
    idioms: [...phrases].filter(([, kind]) => kind === 'idiom').map(([p]) => p.split(/\s+/)),
    sourcePhrases: [...phrases].filter(([, kind]) => kind === 'before-source').map(([p]) => p.split(/\s+/)),
    phrasalCues: [...phrases].filter(([, kind]) => kind === 'phrasal-cue').map(([p]) => p.split(/\s+/)),
    speechNouns: new Set(lines('speech-nouns.txt').flatMap((n) => [n, `${n}s`])),
    titles,
    roleNouns: tsv('role-nouns.txt'),
    abbreviations: new Set(lines('abbreviations.txt')),
    orgWords: new Set(lines('org-words.txt')),
    pronouns: tsv('pronouns.txt'),
    topicCues: new Map(lines('topic-cues.txt').flatMap((l) => {
      const [forms, preps] = l.split('\t');
      const set = new Set(preps.trim().split(/\s+/));
      return forms.trim().split(/\s+/).map((f) => [f, set] as [string, Set<string>]);
    })),
  };
  return cached;
}
