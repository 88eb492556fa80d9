// compromise, loaded as one file rather than its ES module source tree: the same library and version.
// When this is the built code, it is dist/vendor/compromise.cjs, which `npm run build` makes from
// compromise's own source with its pre-tagger's lexicon computed at build time instead of at every load
// (scripts/build-compromise.mjs, which checks the result equals the package's); otherwise (tests run on
// src/, or no bundle) the package's own one-file build. Either saves load time every worker thread pays
// (issue 19: cold start). One instance for every module here. Nothing teaches it words at run time
// (no `addWords`): its answers about a word depend on the word alone.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type Nlp from 'compromise';

const require = createRequire(import.meta.url);

function load(): typeof Nlp {
  if (fileURLToPath(import.meta.url).endsWith('.js')) {
    try { return require('../../vendor/compromise.cjs') as typeof Nlp; } catch { /* not built: the package's own build */ }
  }
  return require('compromise') as typeof Nlp;
}

const nlp = load();
export default nlp;

let wordTags: Map<string, Set<string>> | null | undefined;
/**
 * The words of compromise's lexicon that a one-word parse tags `tag` ("Actor", "Verb", "PastTense", "Adjective"), as the
 * build computed them (dist/vendor/compromise-word-tags.json, scripts/build-compromise.mjs); undefined
 * when this is not the built code or the tag was not computed.
 */
export function lexiconWordsTagged(tag: string): Set<string> | undefined {
  if (wordTags === undefined) {
    wordTags = null;
    if (fileURLToPath(import.meta.url).endsWith('.js')) {
      try {
        const data = require('../../vendor/compromise-word-tags.json') as Record<string, string[]>;
        wordTags = new Map(Object.entries(data).map(([t, words]) => [t, new Set(words)]));
      } catch { /* not built */ }
    }
  }
  return wordTags?.get(tag);
}
