// The lexicon checks itself: every word class a rule reads is in src/lexicon/word-classes.txt and every
// class there is read by some rule; no class lists a word twice; every lemma a frame or a rule names is a
// cue verb; every phrase kind in speech-phrases.txt is read by some rule.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cueFrames, lexicon, wordClasses } from '../src/lexicon/index.js';

const src = path.resolve(__dirname, '../src');
const lexDir = path.join(src, 'lexicon');
const code = readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((f) => f.isFile() && f.name.endsWith('.ts'))
  .map((f) => readFileSync(path.join(f.parentPath, f.name), 'utf8')).join('\n');
/** the lines of a lexicon file without comments */
const entries = (name: string) => readFileSync(path.join(lexDir, name), 'utf8').split('\n').map((l) => l.replace(/(^|\s+)#.*$/, '').trim()).filter(Boolean);

describe('lexicon self-check', () => {
  const classes = wordClasses();
  const read = new Set([...code.matchAll(/\bW(?:\.([a-z][a-zA-Z]*)|\['([a-z][a-z0-9-]*)'\])/g)].map((m) => m[1] ?? m[2]));

  it('every word class a rule reads is in word-classes.txt', () => {
    expect([...read].filter((n) => !(n in classes))).toEqual([]);
  });
  it('every word class in word-classes.txt is read by some rule', () => {
    expect(Object.keys(classes).filter((n) => !read.has(n))).toEqual([]);
  });
  it('no class is defined twice and no class lists a word twice', () => {
    const heads = entries('word-classes.txt').filter((l) => l.startsWith('[')).map((l) => l.slice(1, l.indexOf(']')));
    expect(heads.filter((h, i) => heads.indexOf(h) !== i)).toEqual([]);
    const twice: string[] = [];
    let current = '';
    let seen = new Set<string>();
    for (const l of entries('word-classes.txt')) {
      if (l.startsWith('[')) { current = l.slice(1, l.indexOf(']')); seen = new Set(); continue; }
      for (const w of l.split(/\s+/)) { if (seen.has(w)) twice.push(`${current}: ${w}`); seen.add(w); }
    }
    expect(twice).toEqual([]);
  });
  it('every lemma in a cue frame is a cue verb', () => {
    const { cueForms } = lexicon();
    const missing = Object.entries(cueFrames()).flatMap(([f, lemmas]) => [...lemmas].filter((l) => cueForms.get(l) !== l).map((l) => `${f}: ${l}`));
    expect(missing).toEqual([]);
  });
  it('every lemma a rule compares with is a cue verb', () => {
    const { cueForms } = lexicon();
    const named = [...code.matchAll(/\blemma [!=]== '([a-z]+)'/g)].map((m) => m[1]);
    expect(named.filter((l) => cueForms.get(l) !== l && l !== 'topic' && l !== 'believe')).toEqual([]);
  });
  it('every cue verb is listed once', () => {
    const lemmas = entries('cue-verbs.txt').map((l) => l.split(/\s+/)[0]);
    expect(lemmas.filter((l, i) => lemmas.indexOf(l) !== i)).toEqual([]);
  });
  it('every phrase kind in speech-phrases.txt is read by some rule', () => {
    const kinds = new Set(entries('speech-phrases.txt').map((l) => l.split('\t')[1]?.trim()));
    expect([...kinds].filter((k) => !code.includes(`'${k}'`))).toEqual([]);
  });
});
