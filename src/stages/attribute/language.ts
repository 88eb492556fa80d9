// Only English is attributed: the rules read English grammar, and on other languages they find speakers
// like "Pois" or "Kita" and whole paragraphs of "statements". A page's declared language (HTML lang,
// JSON-LD inLanguage, og:locale) is believed unless its text says otherwise, and a text with no
// declaration is English when enough of its words are English function words (word-classes.txt).
import type { ArticleFile } from '../../article.js';
import { wordClasses } from '../../lexicon/index.js';

const W = wordClasses();

/** below this share of English function words among its words a text is not English (English news: 0.35–0.5; Latin-script languages: under 0.05) */
const MIN_SHARE = 0.12;
/** a declared language other than English stands unless the text clearly is English */
const CLEARLY_ENGLISH = 0.25;
/** too few words to tell: believed English */
const MIN_WORDS = 8;
/** the words looked at: enough to tell, few enough to cost nothing */
const SAMPLE = 600;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The share of English function words among the first words of the article's body, of other languages' ones, and of Latin letters. */
export function englishShare(file: ArticleFile): { share: number; other: number; latin: number; words: number } {
  // the first SAMPLE words of the body's paragraphs, read only as far as they go (no word spans two paragraphs)
  const words: string[] = [];
  for (const p of file.paragraphs) {
    if (p.kind === 'boilerplate') continue;
    const text = file.text.slice(p.start, p.end);
    WORD.lastIndex = 0;
    for (let m; words.length < SAMPLE && (m = WORD.exec(text));) words.push(m[0]);
    if (words.length >= SAMPLE) break;
  }
  const lower = words.map((w) => w.toLowerCase());
  const share = (cls: Set<string>) => (words.length ? lower.filter((w) => cls.has(w)).length / words.length : 0);
  const letters = words.join('').replace(/[\p{N}'’-]/gu, '');
  // (Latin letters counted as characters, as a match per letter would count them: a letter beyond U+FFFF is two units, one of them a high surrogate)
  const latinOnly = letters.replace(/\P{Script=Latin}/gu, '');
  const latinCount = latinOnly.length - (latinOnly.match(/[\uD800-\uDBFF]/g)?.length ?? 0);
  const latin = letters.length ? latinCount / letters.length : 1;
  return { share: share(W['english-function-word']), other: share(W['other-function-word']), latin, words: words.length };
}

/** undefined when the article is English; otherwise the reason it is not, for the NOT_ENGLISH message. */
export function notEnglish(file: ArticleFile): string | undefined {
  const declared = file.meta.language?.toLowerCase().replace('_', '-');
  const { share, other, latin, words } = englishShare(file);
  if (words < MIN_WORDS) return undefined;
  const pct = `${Math.round(share * 100)}% of its first ${words} words are English function words`;
  if (declared && !/^en\b/.test(declared) && share < CLEARLY_ENGLISH) return `the page declares its language as "${file.meta.language}" and ${pct}; only English text is attributed`;
  if (latin < 0.5) return `${Math.round((1 - latin) * 100)}% of its letters are not Latin; only English text is attributed`;
  // (a short English sentence may hold few function words: it takes more of another language's to tell)
  if (share < MIN_SHARE && other > share) return `${pct} (English text has about 35–50%) and ${Math.round(other * 100)}% are another language's; only English text is attributed`;
  return undefined;
}
