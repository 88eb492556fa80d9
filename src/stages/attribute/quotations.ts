// Quotations: which quoted spans are somebody's words, and whose. Each quotation is read by named rules
// in a fixed order: first the filters that say it is no quotation at all (a title, a scare quote, a
// nickname, markup), then the attribution right after it, right before it, in a verb that frames it,
// and last what the paragraph and its neighbours give (a sibling quotation, an introducing paragraph,
// a quote paragraph that continues). The id of the rule that attributed a quotation goes with its claim.
import type { ArticleFile } from '../../article.js';
import type { Config } from '../../config.js';
import { firstNonSpace, SpanIndex } from '../../span.js';
import { cueFrames, lexicon, wordClasses } from '../../lexicon/index.js';
import type { Candidate } from './candidate.js';
import type { Entities } from './entities.js';
import { mentionAfter, mentionBefore, organisationIt, startsAt, type Mention } from './mentions.js';
import type { QuoteSpan } from './quotes.js';
import { posOfToken, type Pos } from './analyse.js';
import { isVerbWord } from './nlp.js';
import { closesSentence, issuerOf, plausibleSpeaker, relativeSpeaker, type Sent } from './clauses.js';
import { alternation, BETWEEN, cueLemma, dashAt, DETERMINERS, isCap, isLowerWord, isPassive, isPutIt, isWord, opensOnVerb, phrasalCueAt, sourceCueAt, tokenize, type Token } from './tokens.js';

const W = wordClasses();
const FRAMES = cueFrames();
/** parts of speech that cannot stand among the title and role words before a name ("Senate minority leader X") */
const NOT_IN_TITLE_LEAD = new Set<Pos>(['determiner', 'aux', 'preposition', 'conjunction', 'pronoun', 'wh']);
/** parts of speech of a capitalised word that is no name */
const NOT_A_NAME = new Set<Pos>(['pronoun', 'determiner', 'wh']);
/** the forms of the verbs that report a clause ("said he …", "told reporters that …") */
const SAY_THAT = W['clause-reporting-form'];

/** Words before a quotation that make it a title or a name, not speech. */
const TITLE_WORDS = new RegExp(`\\b(${alternation(W['title-word'])})[,:]?\\s*$`, 'i');
/** a verb of using words before "the phrase", "the term", "the word": the quotation is the subject's wording */
const USED_WORDS = new RegExp(`\\b(${alternation(W['word-using-verb'])})\\s+(?:(?:${alternation(W['wording-determiner'])})\\s+)?(?:same\\s+)?(?:${alternation(W['wording-noun'])})\\s*,?\\s*$`, 'i');
/** a title-case quotation right after these is a name or a title whatever follows it ("on CBS's “Face the Nation,”") */
const TITLE_CONTEXT = new RegExp(`(\\b(${alternation(W['title-context-word'])})|['’]s)\\s*$`, 'i');
/** "hailed X as “…”", "likened them to a “…”": the words before a characterisation */
const CHARACTERISING_TAIL = new RegExp(`\\b(${alternation(W['characterising-preposition'])})(\\s+(${alternation(W.article)}))?\\s*$`, 'i');
/** "known as the ''Buffett rule''": a name given, not somebody's words */
const NAMED_AS = new RegExp(`\\b(${alternation(W['naming-before-as'])})\\s+as(\\s+(${alternation(W.article)}))?\\s*$`, 'i');
/** a slogan or motto may run to two sentences and stays a name */
const SLOGAN_WORD = new RegExp(`\\b(${alternation(W['slogan-word'])})[,:]?\\s*$`, 'i');
/** cue forms that are finite after a quotation: -ed, -s and these ("…,” retired general X said") */
const FINITE_AFTER_QUOTE = new RegExp(`(ed|s|${alternation(W['finite-after-quote'])})$`);

/** Who spoke a quotation and by which cue, as one rule found it. */
export interface Attribution {
  mention?: Mention;
  cue?: { start: number; end: number };
  /** the cue is passive ("was called"): somebody unnamed spoke */
  passive?: boolean;
  /** the rule that found it */
  rule: string;
}

/** What the quotation rules read: the article, its sentences and quotations, the sentence subjects. */
export interface QuoteCtx {
  file: ArticleFile;
  text: string;
  sents: Sent[];
  quotes: QuoteSpan[];
  subjects: Map<number, Mention>;
  config: Config;
}

const quoteIndexes = new WeakMap<QuoteSpan[], SpanIndex<QuoteSpan & { start: number; end: number }>>();
/** quotations indexed by the span from the opening mark to the closing one */
function quoteIndex(quotes: QuoteSpan[]) {
  let ix = quoteIndexes.get(quotes);
  if (!ix) { ix = new SpanIndex(quotes.map((q) => ({ ...q, start: q.open, end: q.close >= 0 ? q.close + 1 : q.end }))); quoteIndexes.set(quotes, ix); }
  return ix;
}

let sentIndex: { sents: Sent[]; index: SpanIndex<Sent> } | undefined;
export function sentenceAt(sents: Sent[], pos: number): Sent | undefined {
  if (sentIndex?.sents !== sents) sentIndex = { sents, index: new SpanIndex(sents) };
  return sentIndex.index.overlapping(pos, pos + 1)[0] ?? sentIndex.index.firstFrom(pos);
}

// ---------------------------------------------------------------------------------------------
// after the quotation: “…,” X said. / “…,” said X. / “…” — X

/** The tokens after the closing mark that may hold its attribution, or undefined when the quotation closes its sentence for good. */
function windowAfter(text: string, sents: Sent[], q: QuoteSpan): Token[] | undefined {
  if (q.close < 0) return undefined;
  const s = sentenceAt(sents, q.close + 1);
  if (!s) return undefined;
  if (s.start > q.close && !/[,!?]/.test(text[q.close - 1] ?? '')) {
    // the quote ended its sentence (“… actions.” Roe said.): only a short attribution sentence counts,
    // and none when a colon introduced the quote (She added: “….” The aide notes that …)
    if (s.toks.length > 8 || text.slice(q.close + 1, s.start).includes('\n') || /:\s*$/.test(text.slice(Math.max(0, q.open - 3), q.open))) return undefined;
  } else if (s.start > q.close && text.slice(q.close + 1, s.start).includes('\n')) return undefined;
  const toks = s.toks.filter((t) => t.start > q.close);
  // (“… the timing.” Gov. X said it would be …: a period inside the mark and a capital after it end the
  //  sentence even where the segmenter ran on; a new sentence with its own content is no attribution)
  if (s.start <= q.close && text[q.close - 1] === '.' && /^\s+\p{Lu}/u.test(text.slice(q.close + 1, q.close + 3))) {
    const end = toks.findIndex((t) => /^[.!?]$/.test(t.text));
    if ((end < 0 ? toks.length : end) > 8) return undefined;
  }
  const stop = toks.findIndex((t) => /^[“«„"]$/.test(t.text));
  return stop >= 0 ? toks.slice(0, stop) : toks;
}

/** The last character before `pos` (from `from` on) that is not white space, or ''. */
function lastNonSpace(text: string, from: number, pos: number): string {
  let i = pos - 1;
  while (i >= from && /\s/.test(text[i])) i--;
  return i >= from ? text[i] : '';
}

/** The attribution right after the closing mark (quote.after-per, quote.after-as, quote.after-dash, quote.after). */
export function attributionAfter(text: string, sents: Sent[], q: QuoteSpan): Attribution | undefined {
  const win = windowAfter(text, sents, q);
  if (!win) return undefined;
  let i = 0;
  while (i < win.length && /^[,.!?;]$/.test(win[i].text)) i++;
  // quote.after-per: “…,” per the party's bylaws: "per" names the source as "according to" does
  if (win[i]?.lower === 'per' && (text[q.close - 1] === ',' || win[i - 1]?.text === ',')) {
    const m = mentionAfter(text, win, i + 1);
    if (m && (m.kind === 'name' || m.kind === 'noun')) return { mention: m, cue: win[i], rule: 'quote.after-per' };
  }
  // quote.after-as: “…,” as a memo put it / as she said: the speaker after "as"
  if (win[i]?.lower === 'as') {
    for (let k = i + 2; k < Math.min(win.length, i + 10); k++) {
      const putIt = isPutIt(win, k);
      if (!cueLemma(win[k]) && !putIt) continue;
      const m = mentionBefore(text, win, k, i + 1);
      return m && startsAt(m, win, i + 1) ? { mention: m, cue: putIt ? { start: win[k].start, end: win[k + 1].end } : win[k], rule: 'quote.after-as' } : undefined;
    }
  }
  // quote.after-according-to: “…,” according to X (and the other phrases that name a source before it)
  const source = sourceCueAt(win, i);
  if (source) {
    const m = mentionAfter(text, win, i + source);
    if (m && (m.kind === 'name' || m.kind === 'noun') && plausibleSpeaker(m)) return { mention: m, cue: { start: win[i].start, end: win[i + source - 1].end }, rule: 'quote.after-according-to' };
  }
  // quote.after-dash: “…” — Commissioner X / "…"--said X
  const dash = dashAt(win, i) || (/^[—–―−-]$/.test(win[i]?.text ?? '') ? 1 : 0);
  if (dash) {
    const said = cueLemma(win[i + dash]) ? 1 : 0;
    const m = mentionAfter(text, win, i + dash + said, win.length - 1, !!said);
    // (the source closes the sentence or takes a role after a comma: "— Mira Osei, candidate"; not "-- one question that …")
    const closes = m && (m.last + 1 >= win.length || /^[,.;)]$/.test(win[m.last + 1].text));
    return m && closes && (m.kind === 'name' || (m.kind === 'noun' && plausibleSpeaker(m))) ? { mention: m, cue: said ? win[i + dash] : win[i], rule: 'quote.after-dash' } : undefined;
  }
  return cueAfter(text, win, i) ?? verbAfter(text, win, i);
}

/**
 * quote.after-any-verb: “…,” an angry Hollande retaliated. / “…,” the host pressed.: a sentence that is
 * only a speaker and a past or present verb after the quotation says who spoke, whatever the verb.
 */
function verbAfter(text: string, win: Token[], i: number): Attribution | undefined {
  // (inverted: “This is fantastic!” beamed Dana Hartley of Madison)
  const w = win[i];
  if (w && isLowerWord(w) && /ed$/.test(w.lower) && !cueLemma(w) && isCap(win[i + 1]) && posOfToken(w) === 'verb') {
    const m = mentionAfter(text, win, i + 1, win.length - 1, true);
    if (m?.kind === 'name' && m.first === i + 1) return { mention: m, cue: w, rule: 'quote.after-any-verb' };
  }
  const end = win.findIndex((t) => /^[.!?]$/.test(t.text));
  const last = (end < 0 ? win.length : end) - 1;
  const v = win[last];
  // (a speaker and a verb are a few words; the tagger is asked last)
  if (last <= i || last - i > 7 || !v || !/(ed|s)$/.test(v.lower) || /^\p{Lu}/u.test(v.text) || posOfToken(v) !== 'verb') return undefined;
  const m = mentionBefore(text, win, last, i);
  if (!m || !(startsAt(m, win, i) || titledName(win, lead0(win, i), m, true)) || !(m.kind === 'name' || m.kind === 'pronoun' || plausibleSpeaker(m))) return undefined;
  return { mention: m, cue: v, rule: 'quote.after-any-verb' };
}

/** "the" or a possessive's first word opening the window after the quotation is part of the speaker's phrase */
const lead0 = (win: Token[], i: number): number => (W.article.has(win[i]?.lower ?? '') || W['possessive-person'].has(win[i]?.lower ?? '') ? i + 1 : i);

/**
 * “…,” Senate minority leader Lee Ames said: capitalised words, title and role nouns and possessives
 * (no verb, no determiner, no cue) stand before the name the cue's speaker was found as.
 */
function titledName(win: Token[], from: number, m: Mention, finite: boolean): boolean {
  if (!finite || m.kind !== 'name' || m.first <= from || m.first - from > 4) return false;
  // (a base form the tagger calls a verb is a noun here: "campaign manager"; a past or -s form is a verb)
  return win.slice(from, m.first).every((x) => isWord(x) && !cueLemma(x) && !NOT_IN_TITLE_LEAD.has(posOfToken(x) ?? 'other')
    && !(posOfToken(x) === 'verb' && /(ed|s)$/.test(x.lower)));
}

/** The name that opens the window after a quotation and is followed by an appositive between commas up to the cue at k. */
function leadingSpeaker(text: string, win: Token[], i: number, k: number): Mention | undefined {
  const first = mentionAfter(text, win, i, k - 1);
  if (!first || first.kind !== 'name' || win[first.last + 1]?.text !== ',' || first.last + 1 >= k - 1 || k - first.last > 24) return undefined;
  return plausibleSpeaker(first) ? first : undefined;
}

/**
 * quote.after-bare-name: “…” Will wrote. / “…” From said.: a capitalised word alone between the quotation
 * and a finite cue (at i + 1) that ends the sentence is a name, even one that is a common word too.
 */
function bareNameBefore(win: Token[], i: number): Mention | undefined {
  const k = i + 1;
  if (!/^\p{Lu}\p{Ll}/u.test(win[i].text) || !(k + 1 >= win.length || /^[.,]$/.test(win[k + 1].text)) || NOT_A_NAME.has(posOfToken(win[i]) ?? 'other')) return undefined;
  return { kind: 'name', start: win[i].start, end: win[i].end, name: win[i].text, first: i, last: i };
}

/** The speaker after an inverted cue at k right after the quotation (“…,” said X). */
function speakerAfterInverted(text: string, win: Token[], k: number): Mention | undefined {
  let m = mentionAfter(text, win, k + 1, win.length - 1, true);
  // ("…,” tweeted another.": a quantifier alone standing for people closes the sentence)
  const q = win[k + 1];
  if (!m && q && (W['quantifier-speaker'].has(q.lower) || W['lone-speaker-quantifier'].has(q.lower)) && (k + 2 >= win.length || /^[.,]$/.test(win[k + 2].text))) m = { kind: 'noun', start: q.start, end: q.end, name: q.text, first: k + 1, last: k + 1 };
  // "…,” said 9/11 widow Terry Strada.": lower-case or numeric modifiers before the name
  for (let j = k + 1; !m && j <= k + 3 && j < win.length && /^[\p{Ll}\d/'’-]+$/u.test(win[j].text) && !cueLemma(win[j]); j++) {
    const after = mentionAfter(text, win, j + 1, win.length - 1, true);
    if (after?.kind === 'name') m = { ...after, start: win[k + 1].start, first: k + 1 };
  }
  return m;
}

/** quote.after: the first cue in the window after the quotation, with its speaker before it (“…,” X said) or after it (“…,” said X). */
function cueAfter(text: string, win: Token[], i: number): Attribution | undefined {
  const rule = 'quote.after';
  // ("…,” while 73 percent said the same": a clause of contrast after the quotation is another's)
  if (W['contrast-conjunction'].has(win[i]?.lower ?? '')) return undefined;
  for (let k = i; k < Math.min(win.length, i + 30); k++) {
    // “…,” he shot back: a verb and its particle
    const phrasal = phrasalCueAt(win, k);
    if (phrasal && k > i) {
      const m = mentionBefore(text, win, k, i);
      if (m && (startsAt(m, win, i) || m.kind === 'pronoun')) return { mention: m, cue: { start: win[k].start, end: win[k + phrasal - 1].end }, rule };
    }
    if (!cueLemma(win[k])) continue;
    // "one of the states suing …": a noun after a determiner is no cue
    if (k > i && (W['noun-determiner'].has(win[k - 1].lower) || /[’']s$/.test(win[k - 1].text)) && !/ed$/.test(win[k].lower)) continue;
    if (k === i && /ing$/.test(win[k].lower)) return undefined; // “…,” adding …: the subject of the sentence, found before
    if (k === i) {
      const m = FRAMES.inverted.has(cueLemma(win[k])!) ? speakerAfterInverted(text, win, k) : undefined;
      return m ? { mention: m, cue: win[k], rule } : undefined;
    }
    // “…,” it said: next to a quotation "it" is an organisation speaking
    if (k === i + 1 && win[i].lower === 'it') return { mention: organisationIt(win, i), cue: win[k], rule };
    // "…,” Senate Leader Mitch McConnell, R-Ky., said": a party and state tag between name and verb
    const tag = k - 4 >= i && win[k - 1].text === ',' && win[k - 2].text === '.' && /^[RDI]-\p{Lu}[\p{L}.]*$/u.test(win[k - 3].text) && win[k - 4].text === ',' ? k - 4 : k;
    const m = mentionBefore(text, win, tag, i);
    // "…,” retired Air Force general Lloyd Newton said", "…,” the 14th-ranked Schwartzman said", "…,” warm-and-fuzzy
    // Trump said": lower-case, hyphenated or numbered modifiers (after an article) may come before the name
    const finite = FINITE_AFTER_QUOTE.test(win[k].lower);
    const lead = W.article.has(win[i]?.lower ?? '') && m?.kind === 'name' ? i + 1 : i;
    const modified = m && m.first > lead && m.first - lead <= 2 && finite
      && win.slice(lead, m.first).every((x) => /^[\p{Ll}\d][\p{L}\d'’-]*$/u.test(x.text) && /\p{Ll}/u.test(x.text) && !cueLemma(x) && !DETERMINERS.has(x.lower));
    // "“…” for criminal behavior, she said.": the quotation runs on in the writer's words, and the
    // attribution closes the sentence after a comma
    const closing = m && win[(m.clauseFirst ?? m.first) - 1]?.text === ',' && (m.kind === 'pronoun' || m.kind === 'name' || (m.kind === 'noun' && plausibleSpeaker(m))) && win.length - k <= 5 && finite;
    // quote.after-bare-name: “…” Will wrote.
    const bare = !m && finite && k === i + 1 ? bareNameBefore(win, i) : undefined;
    if (bare) return { mention: bare, cue: win[k], rule: 'quote.after-bare-name' };
    // (the speaker found before the cue, when it opens the window, "Lee, the mayor, said", or after a title
    //  and role words, "Senate minority leader Lee Ames said")
    if (m && (startsAt(m, win, i) || modified || titledName(win, lead0(win, i), m, finite))) return { mention: m, cue: win[k], rule };
    // quote.after-appositive: “…,” Ana Ruiz, 30, of Reno, who was polled, said: the speaker opens the
    // window and an appositive between commas stands before the cue
    const opener = finite && win[k - 1]?.text === ',' ? leadingSpeaker(text, win, i, k) : undefined;
    if (opener) return { mention: opener, cue: win[k], rule: 'quote.after-appositive' };
    if (m && closing) return { mention: m, cue: win[k], rule };
    // “…” in the 2008 primary, said Professor X. / ''…,'' since most cases were close, said X.: the writer's words run on
    // after the quotation, and an inverted attribution closes the sentence after a comma
    if (win[k - 1]?.text === ',' && FINITE_AFTER_QUOTE.test(win[k].lower)) {
      const after = mentionAfter(text, win, k + 1, win.length - 1, true);
      if (after && after.first === k + 1 && (after.kind === 'name' || after.kind === 'noun') && plausibleSpeaker(after) && closesSentence(win, after, k)) return { mention: after, cue: win[k], rule };
    }
    return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// before the quotation: X said: “…” / According to X, “…” / X stressed that … “…”

/** The nearest cue before the opening mark in the quotation's sentence, with its speaker. */
export function attributionBefore(ctx: QuoteCtx, q: QuoteSpan): Attribution | undefined {
  const { text, sents, quotes, subjects } = ctx;
  const s = sentenceAt(sents, q.open);
  if (!s) return undefined;
  const subject = subjects.get(s.index);
  const prevClose = Math.max(s.start - 1, ...quoteIndex(quotes).overlapping(s.start, q.open).filter((o) => o.close >= s.start && o.close < q.open).map((o) => o.close));
  const toks = s.toks.filter((t) => t.start > prevClose && t.end <= q.open);
  let passive: Token | undefined;
  for (let k = toks.length - 1; k >= 0; k--) {
    const t = toks[k];
    // quote.before-according-to: According to X, “…”
    if (t.lower === 'according' && toks[k + 1]?.lower === 'to') {
      const m = mentionAfter(text, toks, k + 2);
      if (m) return { mention: m, cue: { start: t.start, end: toks[k + 1].end }, rule: 'quote.before-according-to' };
    }
    const putIt = isPutIt(toks, k);
    // quote.before-inverted: "Said Ellis: “…”": an inverted attribution opens the sentence, the speaker after the verb
    if (k === 0 && /^\p{Lu}/u.test(t.text) && lexicon().cueForms.has(t.lower)) {
      const after = mentionAfter(text, toks, 1);
      // (an appositive may follow the name: "Said Dana Poynter, who grew up there, “…”")
      if (after && (after.kind === 'name' || after.kind === 'noun') && /^[:,]$/.test(toks[after.last + 1]?.text ?? '') && /^[:,]$/.test(toks[toks.length - 1].text)) return { mention: after, cue: t, rule: 'quote.before-inverted' };
    }
    // a list item with no subject opens on its verb ("Calls men names like “…”")
    const openingVerb = k === 0 && t === s.toks[0] && opensOnVerb(s.toks) && toks[1] === s.toks[1];
    // a verb and its particle right before the quotation ("She went on: “…”")
    const phrasal = phrasalCueAt(toks, k);
    if (phrasal && k + phrasal >= toks.length - 1) return speakerOfCueBefore(ctx, q, s, toks, k, subject, toks[k + phrasal - 1]);
    if (!cueLemma(t) && !putIt && !openingVerb) continue;
    // after a determiner the form is a noun ("the claim was labeled …", "his report")
    if (W['noun-determiner-before-quote'].has(toks[k - 1]?.lower ?? '')) continue;
    // quote.passive-cue: "he has been called a “quack”", "it was labeled “Mostly True”": the subject did not
    // speak, but somebody did: the cue stands, with no speaker, when no active cue comes before it
    // (a name given, "is called a “modified version”", is a definition, not somebody's words)
    if (isPassive(toks, k)) { if (!W['naming-participle'].has(t.lower)) passive ??= t; continue; }
    // quote.before-outer-cue: "Benjamin said he believes “…”": a pronoun's verb at the head of another's
    // reported clause is part of what that speaker said; the quotation is the outer speaker's
    const outer = outerCue(toks, k);
    if (outer !== undefined) {
      const a = speakerOfCueBefore(ctx, q, s, toks, outer, subject);
      if (a.mention && a.rule === 'quote.before') return { ...a, rule: 'quote.before-outer-cue' };
    }
    return speakerOfCueBefore(ctx, q, s, toks, k, subject);
  }
  return passive ? { cue: passive, passive: true, rule: 'quote.passive-cue' } : undefined;
}

/**
 * The cue of saying whose reported clause opens on the pronoun subject of the cue at toks[k]: "said he
 * believes", "said that she hopes", "said, however, that he hopes". Its index, or undefined.
 */
function outerCue(toks: Token[], k: number): number | undefined {
  if (!W['subject-pronoun'].has(toks[k - 1]?.lower ?? '')) return undefined;
  let j = k - 2;
  if (toks[j]?.lower === 'that') j--;
  if (toks[j]?.text === ',' && W['insertion-adverb'].has(toks[j - 1]?.lower ?? '') && toks[j - 2]?.text === ',') j -= 3;
  return j >= 1 && SAY_THAT.has(toks[j].lower) ? j : undefined;
}

/** The speaker of the active cue at toks[k] (to `last` for a phrasal cue) before a quotation (quote.before and its variants). */
function speakerOfCueBefore(ctx: QuoteCtx, q: QuoteSpan, s: Sent, toks: Token[], k: number, subject: Mention | undefined, last = toks[k]): Attribution {
  const { text } = ctx;
  const t = { ...toks[k], end: last.end };
  // quote.before-participle: "X attacked Y for … in Iraq and Libya, saying, “…”": a participle after a comma
  // says what the sentence subject said, whatever name ends the clause before it
  if (/ing$/.test(t.lower) && toks[k - 1]?.text === ',' && subject && subject.end <= toks[k - 1].start && plausibleSpeaker(subject)) return { mention: subject, cue: t, rule: 'quote.before-participle' };
  // quote.before-adverbial-gerund: "After saying her foot was “so swollen …,” she was …": a gerund in an
  // opening adverbial clause says what the main clause's subject said, named after the clause's comma
  if (/ing$/.test(t.lower) && k <= 2 && W['gerund-adverbial'].has(toks[k - 1]?.lower ?? '') && q.close >= 0) {
    // (the clause's comma may stand inside the closing mark: “… on,” she was)
    let from = s.toks.findIndex((x) => x.start > q.close);
    if (s.toks[from]?.text === ',') from++;
    const main = from > 0 && /[,]\s*[”"’]?$/.test(text.slice(s.start, s.toks[from].start).trimEnd()) ? mentionAfter(text, s.toks, from) : undefined;
    if (main && (main.kind === 'pronoun' || main.kind === 'name') && plausibleSpeaker(main)) return { mention: main, cue: t, rule: 'quote.before-adverbial-gerund' };
  }
  // quote.before-gerund: "Husted continued by saying, “…”", "he began by saying, “…”": the verb before
  // the preposition has the speaker
  if (/ing$/.test(t.lower) && k >= 2 && W['gerund-preposition'].has(toks[k - 1].lower)) {
    const g = mentionBefore(text, toks, k - 2, 0);
    if (g && plausibleSpeaker(g) && g.last === k - 3 && posOfToken(toks[k - 2]) === 'verb') return { mention: g, cue: t, rule: 'quote.before-gerund' };
  }
  // ("she sent an email saying, “done.”": the sender speaks, not the email)
  let m = issuerOf(text, s, toks, mentionBefore(text, toks, k, 0));
  // ("It added, “…”": before a verb of saying proper, "it" is an organisation speaking)
  if (!m && k >= 1 && toks[k - 1].lower === 'it' && (k === 1 || !isWord(toks[k - 2])) && FRAMES.say.has(cueLemma(toks[k]) ?? '')) {
    m = organisationIt(toks, k - 1);
  }
  // ("Some chanted “USA! USA!”": a quantifier standing for people opens the sentence)
  if (!m && k === 1 && W['quantifier-speaker'].has(toks[0].lower)) m = { kind: 'noun', start: toks[0].start, end: toks[0].end, name: toks[0].text, first: 0, last: 0 };
  if (m && plausibleSpeaker(m)) return { mention: m, cue: t, rule: 'quote.before' };
  // quote.before-relative: "…, who joked of the museum, “…”": the relative pronoun stands for the noun phrase before it
  if (k > 0 && W['relative-person'].has(toks[k - 1].lower)) {
    const r = relativeSpeaker(text, toks, k - 1, 0);
    if (r) return { mention: r, cue: t, rule: 'quote.before-relative' };
  }
  // quote.before-subject: a participle ("…, stating:") or a second verb ("X outlined a plan and vowed “…”"): the sentence subject speaks
  if (subject && subject.end <= t.start) return { mention: subject, cue: t, rule: 'quote.before-subject' };
  return { cue: t, rule: 'quote.before-no-speaker' };
}

/** the colon right before a quotation's opening mark */
function colonBefore(text: string, q: QuoteSpan): { start: number; end: number } {
  const at = text.slice(0, q.open).lastIndexOf(':');
  return { start: at, end: at + 1 };
}

/** A sentence that is only a name (with its title, and a party tag or appositive after a comma) and a colon before the quotation. */
function labelBefore(text: string, sents: Sent[], q: QuoteSpan): Attribution | undefined {
  const s = sentenceAt(sents, q.open);
  if (!s) return undefined;
  const toks = s.toks.filter((t) => t.end <= q.open);
  const colon = toks.length - 1;
  if (colon < 1 || toks[colon].text !== ':') return undefined;
  // (the label may follow a heading and a dash: "IOWA POLLS NOT WRONG, JUST EARLY - Mark Roe and Jon Doe: “…”")
  let from = 0;
  for (let j = colon - 1; j > 0; j--) { const d = dashAt(toks, j) || (toks[j].text === '-' ? 1 : 0); if (d) { from = j + d; break; } }
  const m = mentionAfter(text, toks, from, colon - 1);
  if (m?.kind !== 'name' || m.first > from) return undefined;
  // (one word is a label of a name only when the article names someone so in full: "Bush" after "Jeb Bush"; not "Update:")
  if (!m.name.includes(' ') && !new RegExp(`\\p{Lu}[\\p{L}.'’-]*\\s+${m.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(text)) return undefined;
  // (after the name only a tag between commas: ", R-Millbrook", ", the party's leader")
  const rest = toks.slice(m.last + 1, colon);
  if (rest.length && !(rest[0].text === ',' && rest.length <= 8 && rest.slice(1).every((t) => isWord(t) || /^[-.'’]$/.test(t.text)))) return undefined;
  return { mention: m, cue: toks[colon], rule: 'quote.label' };
}

// ---------------------------------------------------------------------------------------------
// the paragraph and its neighbours

/**
 * A quotation left open at a line's end and "continued" by the next line's opening mark is two
 * quotations when each line names its own speaker: “…,” Rep. A said. “If indeed … (no close)
 * ⏎ “I have been thinking …,” added Rep. B. A multi-paragraph quotation has one speaker.
 */
export function splitMisjoined(text: string, sents: Sent[], quotes: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const surnameOf = (m: Mention) => m.name.split(/\s+/).pop()?.toLowerCase();
  for (const q of quotes) {
    const reopen = q.close >= 0 ? /\n[^\S\n]*[“"«„]/.exec(text.slice(q.start, q.end)) : null;
    if (!reopen) { out.push(q); continue; }
    const after = attributionAfter(text, sents, q);
    // the sentence that ends on the opening line right before the quotation, ending in its attribution
    let before: Attribution | undefined;
    for (const s of sents) if (s.end <= q.open && !text.slice(s.end, q.open).includes('\n')) before = closingAttribution(text, s) ?? before;
    if (after?.mention?.kind !== 'name' || before?.mention?.kind !== 'name' || surnameOf(after.mention) === surnameOf(before.mention)) { out.push(q); continue; }
    const mark = q.start + reopen.index + reopen[0].length - 1; // the reopening mark
    let end1 = q.start + reopen.index;
    while (end1 > q.start && /\s/.test(text[end1 - 1])) end1--;
    let start2 = mark + 1;
    while (start2 < q.end && /\s/.test(text[start2])) start2++;
    const line2 = sents.find((x) => x.start <= mark && mark < x.end)?.paragraph ?? q.lastParagraph;
    out.push({ ...q, end: end1, close: -1, lastParagraph: q.paragraph });
    out.push({ ...q, start: start2, open: mark, paragraph: line2 });
  }
  return out;
}

/** The last sentence of `paragraph` that ends before `pos`. */
function sentenceBefore(sents: Sent[], pos: number, paragraph: number): Sent | undefined {
  let best: Sent | undefined;
  for (const s of sents) if (s.paragraph === paragraph && s.end <= pos) best = s;
  return best;
}

/** how far from a sentence's end its closing cue may stand */
const CLOSING_REACH = 9;

/** A sentence that ends in its attribution (", Schiff said.", ", said the mayor."): its speaker and cue. */
function closingAttribution(text: string, s: Sent): Attribution | undefined {
  const t = s.toks;
  let end = t.length;
  while (end > 0 && /^[.!?”"’]$/.test(t[end - 1].text)) end--;
  // the cue among the last words, after a comma (a role and a name may follow it: ", said Ohio State University professor Paul Beck.")
  for (let k = end - 1; k >= Math.max(1, end - CLOSING_REACH); k--) {
    if (!cueLemma(t[k]) || isPassive(t, k)) continue;
    const m = t[k - 1] && t[k - 1].text === ',' ? mentionAfter(text, t, k + 1) : mentionBefore(text, t, k, 0);
    if (!m || !plausibleSpeaker(m)) return undefined;
    const start = m.first < k ? m.first : k;
    // (after a comma, or after a quotation closed on its comma: “…,” Rep. X said Friday.)
    return t[start - 1]?.text === ',' || (/^[”"’]$/.test(t[start - 1]?.text ?? '') && t[start - 2]?.text === ',') ? { mention: m, cue: t[k], rule: 'quote.previous-sentence' } : undefined;
  }
  return undefined;
}

/** The speaker introduced by a paragraph (ending in “:” or not): the subject of its first cue sentence. */
function paragraphSpeaker(ctx: QuoteCtx, paragraph: number, rule: string): Attribution | undefined {
  const { text, sents, quotes, subjects } = ctx;
  const ps = sents.filter((s) => s.paragraph === paragraph);
  const qi = quoteIndex(quotes);
  const inQuote = (pos: number) => qi.overlapping(pos, pos + 1).some((q) => q.start <= pos && pos < q.end);
  for (const s of ps) {
    const subj = subjects.get(s.index);
    for (let k = 0; k < s.toks.length; k++) {
      const t = s.toks[k];
      if (inQuote(t.start)) continue;
      if (t.lower === 'according' && s.toks[k + 1]?.lower === 'to') {
        const m = mentionAfter(text, s.toks, k + 2);
        if (m) return { mention: m, cue: { start: t.start, end: s.toks[k + 1].end }, rule };
      }
      if (W['possessive-person'].has(t.lower) && k > 0 && s.toks[k - 1].lower === 'in' && k <= 2) {
        return { mention: { kind: 'pronoun', start: t.start, end: t.end, name: t.lower === 'his' ? 'he' : t.lower === 'her' ? 'she' : 'they', first: k, last: k }, rule };
      }
      if (!cueLemma(t) && !isPutIt(s.toks, k)) continue;
      const m = mentionBefore(text, s.toks, k, 0);
      if (m && plausibleSpeaker(m)) return { mention: m, cue: t, rule };
      if (subj && subj.end <= t.start) return { mention: subj, cue: t, rule };
    }
  }
  // no cue: the first sentence whose subject is a name, a role noun or a pronoun
  for (const s of ps) { const subj = subjects.get(s.index); if (subj && plausibleSpeaker(subj)) return { mention: subj, rule }; }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// one quotation through the rules

/** What the rules read of one quotation and its place. */
interface QuoteRead {
  q: QuoteSpan;
  words: number;
  opensParagraph: boolean;
  /** up to 40 characters of the paragraph before the opening mark */
  before: string;
  /** the last character before the mark in its paragraph, white space skipped */
  prevChar: string;
  after?: Attribution;
  bef?: Attribution;
  /** the quotation's own attribution: after it, before it, or in a verb that frames it */
  own?: Attribution;
  used: boolean;
  /** a quotation before it in the same paragraph has a speaker (“A,” she said. “B.”) */
  siblingSpeaks: boolean;
}

/** The quotation's own attribution: after it, before it, a characterising verb, a verb of using words. */
function readQuote(ctx: QuoteCtx, q: QuoteSpan, lastInParagraph: Candidate | undefined): QuoteRead {
  const { text, file, sents, subjects } = ctx;
  const para = file.paragraphs[q.paragraph];
  const before = text.slice(Math.max(para.start, q.open - 40), q.open);
  let after = attributionAfter(text, sents, q);
  let bef = after ? undefined : attributionBefore(ctx, q);
  // ("under what Mr. Hedge called ''the prior model,'' the club charged …": a cue and its speaker right
  // before the opening mark attribute the words; the clause after them is the writer's)
  // (not over a verb of saying proper after it: “X said “…,” she said. “…”” keeps "she" for the next quotation)
  if (after && !(after.cue && FRAMES.say.has(lexicon().cueForms.get(text.slice(after.cue.start, after.cue.end).toLowerCase()) ?? ''))) {
    const b = attributionBefore(ctx, q);
    if (b?.mention && b.cue && b.rule === 'quote.before' && /^\s*$/.test(text.slice(b.cue.end, q.open)) && b.mention.end <= b.cue.start) { bef = b; after = undefined; }
  }
  let own = after ?? bef;
  // (the speaker: the sentence subject, when it can speak and comes before the verb)
  const subjectBefore = (pos: number): Mention | undefined => {
    const subj = subjects.get(sentenceAt(sents, q.open)?.index ?? -1);
    return subj && subj.end <= pos && plausibleSpeaker(subj) ? subj : undefined;
  };
  // quote.label: "Senate Majority Leader Tom Okonkwo: “…”", "Sen. Brenda Hales, R-Millbrook: “…”": a name and a colon label the words
  if (!own) own = labelBefore(text, sents, q);
  // quote.colon-subject: "Here’s Clinton in December 1992: “…”", "Kaine has adopted the stance common among Catholics: “…”":
  // a sentence that introduces the quotation with a colon and no cue gives it its subject
  // (not when a title or a document names the words: "ran the letter as its headline: “…”")
  const named = /([\p{L}-]+)\s*:\s*$/u.exec(before)?.[1].toLowerCase() ?? '';
  if (!own && /:\s*$/.test(before) && !W['title-word'].has(named) && !W['document-noun'].has(named)) { const subj = subjectBefore(q.open); if (subj) own = { mention: subj, cue: colonBefore(text, q), rule: 'quote.colon-subject' }; }
  // quote.characterisation: "pounding Trump as a “con artist”": a verb, its object and "as" characterise
  // the object in somebody's words, whatever the verb (described, hailed, went after …)
  if (!own) { const v = characterisingVerb(sents, q); if (v) own = { cue: v, mention: subjectBefore(v.start), rule: 'quote.characterisation' }; }
  // quote.used-phrase: "Trump has used the phrase “Islamic terrorism”": the words are the subject's, title case or not
  const usedAt = USED_WORDS.exec(before);
  if (usedAt && !own) {
    const at = q.open - before.length + usedAt.index + usedAt[0].search(/\S/);
    own = { cue: { start: at, end: at + usedAt[1].length }, mention: subjectBefore(at), rule: 'quote.used-phrase' };
  }
  return {
    q, before, after, bef, own, used: !!usedAt,
    words: text.slice(q.start, q.end).split(/\s+/).filter(Boolean).length,
    opensParagraph: firstNonSpace(text, para.start) === q.open,
    prevChar: lastNonSpace(text, para.start, q.open),
    siblingSpeaks: !!lastInParagraph && lastInParagraph.paragraph === q.paragraph && !!(lastInParagraph.mention || lastInParagraph.from),
  };
}

/** The filters that say a quoted span is no quotation: the id of the first that holds, else undefined. */
function notAQuotation(text: string, r: QuoteRead): string | undefined {
  const { q, before, after, bef, words } = r;
  const inner = text.slice(q.start, q.end);
  // quote.not-words: markup left in the text (attr="value"), quoted numbers or links
  if (text[q.open - 1] === '=' || !/\p{L}.*\p{L}/su.test(inner) || /^(https?:|pic\.|www\.)/.test(inner)) return 'quote.not-words';
  // quote.so-called: a scare quote by its own announcement
  if (/\bso-called\s*$/i.test(before)) return 'quote.so-called';
  // quote.named-as: a name, "known as the ''Buffett rule''"
  if (NAMED_AS.test(before)) return 'quote.named-as';
  // quote.nickname: a nickname inside a name (Rep. Robert C. "Bobby" Scott)
  if (q.close >= 0 && words <= 2 && /\p{Lu}[\p{L}.]*\s$/u.test(before) && /^\s\p{Lu}/u.test(text.slice(q.close + 1, q.close + 3)) && isTitleCaseWords(inner)) return 'quote.nickname';
  // quote.title: a title or a name (title case after "on", "the"; a title word before it; title case with no cue next to it)
  // (two sentences or more are words, not a title, "as its headline: “Finally. Someone who …”"; a slogan may run to two)
  const sentences = /[.!?]\s+\p{Lu}/u.test(inner) && !SLOGAN_WORD.test(before);
  const titleCase = !r.used && isTitleCase(inner);
  if (titleCase && (TITLE_CONTEXT.test(before) || TITLE_WORDS.test(before))) return 'quote.title';
  if (!after && titleCase && !(bef?.cue && bef.cue.end >= q.open - 3)) return 'quote.title';
  if (!after && !r.used && !sentences && TITLE_WORDS.test(before) && !(bef?.cue && W['characterising-cue'].has(text.slice(bef.cue.start, bef.cue.end).toLowerCase()) && bef.mention)) return 'quote.title';
  return undefined;
}

/** The filter that needs the attribution: a fragment with no speech around it is a scare quote. */
function scareQuote(ctx: QuoteCtx, r: QuoteRead): string | undefined {
  const { own, words, q } = r;
  const min = ctx.config.attribution.minFragmentWords;
  const scare = 'quote.scare';
  if (words < min && !(own?.cue && (own.mention || q.open - own.cue.end < 60))) return scare;
  // one word under a passive cue with no agent is a label others use ("he has been called a “quack”")
  if (words === 1 && own?.passive) return scare;
  if (!own && words < 6 && !r.opensParagraph && !(r.siblingSpeaks && words >= min && /^\p{Lu}/u.test(ctx.text[q.start]))) return scare;
  // a fragment inside a sentence with no cue, no speaker and no speaking sibling is a scare quote
  // (a long passage in quotation marks is somebody's words even with no cue: eight words or more stay)
  return !own && midSentence(r) && !r.siblingSpeaks && words < 8 ? scare : undefined;
}

const midSentence = (r: QuoteRead): boolean => /[\p{Ll},]/u.test(r.prevChar);

/** Whether the quotation is the whole of what is said (direct) or a fragment inside the writer's sentence (partial). */
function isDirect(ctx: QuoteCtx, r: QuoteRead): boolean {
  const { text, file } = ctx;
  const { q, prevChar } = r;
  const para = file.paragraphs[q.paragraph];
  // (a quotation opening a line, in plain text where one line break parts paragraphs, is direct too)
  const opensLine = /(^|\n)[^\S\n]*$/.test(text.slice(para.start, q.open));
  return r.opensParagraph || opensLine || prevChar === ':' || /^[.!?”"]$/.test(prevChar) || (prevChar === ',' && /^\p{Lu}/u.test(text[q.start]))
    || (!!r.after && /^\p{Lu}/u.test(text[q.start]) && !/[\p{Ll}]$/u.test(prevChar));
}

/** Where the neighbours give a quotation with no attribution of its own its speaker. */
function fromNeighbours(ctx: QuoteCtx, r: QuoteRead, c: Candidate, lastInParagraph: Candidate | undefined, lastSpeakerCand: Candidate | undefined): void {
  const { text, file, sents, subjects, config } = ctx;
  const { q } = r;
  // quote.sibling: a sibling in the same paragraph with an attribution (“A,” she said. “B.”)
  if (lastInParagraph && lastInParagraph.paragraph === q.paragraph && (lastInParagraph.mention || lastInParagraph.from)) { c.from = lastInParagraph; c.via = 'continuation'; c.rule = 'quote.sibling'; return; }
  if (!r.opensParagraph && /^[.!?”"]$/.test(r.prevChar) && r.words >= 4) {
    // quote.previous-sentence: "…, Schiff said. “The other factor …”": the sentence before, in this paragraph, ends in an attribution
    const prev = sentenceBefore(sents, q.open, q.paragraph);
    const att = prev ? closingAttribution(text, prev) : undefined;
    if (att) { c.mention = att.mention; c.cue = att.cue; c.via = 'continuation'; c.rule = att.rule; }
    return;
  }
  if (!r.opensParagraph || q.paragraph === 0) return;
  const prevPara = file.paragraphs[q.paragraph - 1];
  if (/:\s*$/.test(text.slice(prevPara.start, prevPara.end))) {
    // quote.introduction: a paragraph ending in a colon introduces the quotation
    const intro = paragraphSpeaker(ctx, q.paragraph - 1, 'quote.introduction');
    if (intro?.mention) { c.mention = intro.mention; c.cue = intro.cue; c.via = 'introduction'; c.rule = intro.rule; return; }
    // "On July 6, Sanders made the following comment:": no cue, but the introducing sentence's subject
    const last = sents.filter((x) => x.paragraph === q.paragraph - 1).pop();
    const subj = last ? subjects.get(last.index) : undefined;
    if (subj && plausibleSpeaker(subj) && subj.kind !== 'pronoun') { c.mention = subj; c.via = 'introduction'; c.rule = 'quote.introduction'; }
    return;
  }
  if (!config.attribution.continueSpeakerAcrossParagraphs) return;
  // quote.continuation: a quote paragraph right after the previous speaker's quotation continues it
  if (lastSpeakerCand && lastSpeakerCand.paragraph === q.paragraph - 1) { c.from = lastSpeakerCand; c.via = 'continuation'; c.rule = 'quote.continuation'; return; }
  // quote.paragraph-speaker: else the speaker the previous paragraph is about
  const topic = paragraphSpeaker(ctx, q.paragraph - 1, 'quote.paragraph-speaker');
  if (topic?.mention) { c.mention = topic.mention; c.cue = topic.cue; c.via = 'continuation'; c.rule = topic.rule; }
  // (a later quote in this paragraph may still carry the attribution: “A.” “B,” he said.)
}

/** The finite verb right after a sentence's subject (adverbs and auxiliaries between), before the quotation opens at `open`. */
function subjectsVerb(s: Sent, subj: Mention, open: number): Token | undefined {
  const t = s.toks.find((x) => x.start >= subj.end);
  let k = t ? s.toks.indexOf(t) : -1;
  while (k >= 0 && k < s.toks.length && BETWEEN.has(s.toks[k].lower)) k++;
  const v = s.toks[k];
  return v && v.end <= open && isLowerWord(v) && (cueLemma(v) || (/(ed|s)$/.test(v.lower) && isVerbWord(v.text))) ? v : undefined;
}

/** Every quotation that is somebody's words, attributed by the first rule that finds its speaker. */
export function attributeQuotes(ctx: QuoteCtx): Candidate[] {
  const { text, sents, subjects } = ctx;
  const out: Candidate[] = [];
  let lastInParagraph: Candidate | undefined;
  let lastSpeakerCand: Candidate | undefined;
  for (const q of ctx.quotes) {
    const r = readQuote(ctx, q, lastInParagraph);
    if (notAQuotation(text, r)) continue;
    // quote.speech-noun: "its prediction that Trump would be “…”": a noun of saying and its that-clause frame
    // the words (however short: "his claim … that the pair were “not close”")
    const nounCue = !r.own || (r.own.passive && !r.own.mention) ? speechNounBefore(sents, q) : undefined;
    if (nounCue) { out.push({ type: 'partial', start: q.start, end: q.end, paragraph: q.paragraph, cue: nounCue, rule: 'quote.speech-noun' }); continue; }
    if (scareQuote(ctx, r)) continue;
    const c: Candidate = { type: isDirect(ctx, r) ? 'direct' : 'partial', start: q.start, end: q.end, paragraph: q.paragraph, rule: r.own?.rule ?? 'quote.unattributed' };
    if (r.own?.mention) { c.mention = r.own.mention; c.cue = r.own.cue; }
    else if (r.own?.cue) c.cue = r.own.cue;
    if (!c.mention && !r.own && midSentence(r) && r.words >= 8) {
      // quote.sentence-subject: a long quotation inside a sentence with no cue: the sentence's subject, when it can speak
      const subj = subjects.get(sentenceAt(sents, q.open)?.index ?? -1);
      if (subj && subj.end <= q.open && plausibleSpeaker(subj)) {
        c.mention = subj; c.rule = 'quote.sentence-subject';
        // ("X says “…” because “…”": the sentence's earlier quotation by the subject lends its cue)
        const prev = lastInParagraph;
        if (prev?.mention?.start === subj.start && prev.cue && sentenceAt(sents, prev.start) === sentenceAt(sents, q.open)) c.cue = prev.cue;
        // ("He commanded the party to “do the right thing”": else the subject's own verb)
        else c.cue = subjectsVerb(sentenceAt(sents, q.open)!, subj, q.open);
      }
    }
    if (!c.mention) fromNeighbours(ctx, r, c, lastInParagraph, lastSpeakerCand);
    out.push(c);
    lastInParagraph = c;
    if (c.mention || c.from) lastSpeakerCand = c;
  }
  laterSibling(out);
  return out;
}

/** quote.later-sibling: quotes still without a speaker take the attribution of a later sibling in the same paragraph (“A.” “B,” he said.) */
function laterSibling(out: Candidate[]): void {
  let next: Candidate | undefined;
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i];
    if (next && next.paragraph !== c.paragraph) next = undefined;
    if (!c.mention && !c.from && next) { c.from = next; c.via = 'continuation'; c.rule = 'quote.later-sibling'; }
    if (c.mention) next = c;
  }
}

/**
 * quote.headline: a quotation in the headline ("Senator Hammers Bank Chief: ‘You Should Resign’"): every
 * word is capitalised there, so the title-case test says nothing; a quotation after a colon, or of four
 * words or more, is somebody's words. The speaker is the first person or organisation of the article
 * named in the headline before it, or a short name before the colon ("Okafor: ‘…’").
 */
export function headlineQuote(text: string, q: QuoteSpan, entities: Entities): Candidate | undefined {
  // (the headline's line before the quotation, its last 300 characters at most: a headline is short)
  let lineStart = q.open;
  while (lineStart > 0 && lineStart > q.open - 300 && text[lineStart - 1] !== '\n') lineStart--;
  const before = text.slice(lineStart, q.open);
  const words = text.slice(q.start, q.end).split(/\s+/).filter(Boolean).length;
  const afterColon = /:\s*$/.test(before);
  if (!(words >= 4 || (afterColon && words >= 2)) || !/\p{L}/u.test(text.slice(q.start, q.end))) return undefined;
  const c: Candidate = { type: afterColon || !before.trim() ? 'direct' : 'partial', start: q.start, end: q.end, paragraph: q.paragraph, rule: 'quote.headline' };
  // the first run of words before the quotation that names an entity of the article
  const toks = tokenize(text, lineStart, q.open);
  const capWord = (t: Token) => /^\p{Lu}/u.test(t.text) && isWord(t);
  const asName = (run: Token[], first: number, last: number): Mention => ({ kind: 'name', start: run[0].start, end: run[run.length - 1].end, name: run.map((t) => t.text).join(' '), first, last });
  for (let i = 0; i < toks.length && !c.mention; i++) {
    for (let j = Math.min(toks.length - 1, i + 3); j >= i; j--) {
      const run = toks.slice(i, j + 1);
      if (!run.every(capWord)) continue;
      const e = entities.fullest(run.map((t) => t.text));
      // (an entity of the body: a title-case headline makes names of anything, "Jones Speaks")
      if (e && e.first >= q.end && (run.length > 1 || e.words.length > 1)) { c.mention = asName(run, i, j); break; }
    }
  }
  if (!c.mention && afterColon) {
    const head = toks.slice(0, -1);
    if (head.length && head.length <= 4 && head.every(capWord)) c.mention = asName(head, 0, head.length - 1);
  }
  // the colon is the headline's verb of saying ("Okafor: ‘…’")
  if (afterColon) c.cue = colonBefore(text, q);
  return c;
}

/**
 * The verb of "VERB OBJECT as (a) “…”" before a quotation: the object characterised in quoted words.
 * Not "such as", "as well as", "known as" or a verb right before "as" ("served as").
 */
function characterisingVerb(sents: Sent[], q: QuoteSpan): Token | undefined {
  const s = sentenceAt(sents, q.open);
  if (!s) return undefined;
  const toks = s.toks.filter((t) => t.end <= q.open);
  let k = toks.length - 1;
  if (W['indefinite-article'].has(toks[k]?.lower ?? '')) k--;
  if (toks[k]?.lower !== 'as' || k < 2) return undefined;
  const obj = toks[k - 1];
  // (a particle is no object: "fobbed off as an “accidental” erasure")
  if (!isWord(obj) || W['not-characterised-object'].has(obj.lower) || /(ed|ing)$/.test(obj.lower) || cueLemma(obj)) return undefined;
  // the verb: a lower-case -ed/-ing/-s word (or a cue) within five words before the object, with no punctuation between
  for (let j = k - 2; j >= 0 && j >= k - 6; j--) {
    const t = toks[j];
    if (!isWord(t)) return undefined;
    if (/^\p{Ll}+$/u.test(t.text) && (cueLemma(t) || /(ed|ing)$/.test(t.lower))) return t;
  }
  return undefined;
}

/** The noun of saying whose that-clause holds the quotation, in the quotation's sentence. */
function speechNounBefore(sents: Sent[], q: QuoteSpan): { start: number; end: number } | undefined {
  const s = sentenceAt(sents, q.open);
  if (!s) return undefined;
  const toks = s.toks.filter((t) => t.end <= q.open);
  for (let k = toks.length - 2; k >= 0 && k >= toks.length - 16; k--) {
    if (/^[.;:!?]$/.test(toks[k].text)) return undefined;
    if (!lexicon().speechNouns.has(toks[k].lower)) continue;
    // the that-clause right after the noun, or after a prepositional phrase ("his claim in the same interview that")
    let j = k + 1;
    if (W['speech-noun-preposition'].has(toks[j]?.lower ?? '')) {
      j++;
      while (j < toks.length && j <= k + 6 && isWord(toks[j]) && toks[j].lower !== 'that' && !cueLemma(toks[j])) j++;
    }
    if (toks[j]?.lower === 'that') return toks[k];
  }
  return undefined;
}

/** every word capitalised ("Bobby", "Big Jim") */
const isTitleCaseWords = (s: string): boolean => s.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));

const SMALL_WORDS = W['title-small-word'];
/** "State of the Union", "American Skin (41 Shots)": a name or title, not speech. */
export function isTitleCase(s: string): boolean {
  const words = s.replace(/[,.]$/, '').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 8 || /[.!?;:]\s/.test(s)) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}(“"'‘]/u.test(w) || (i > 0 && SMALL_WORDS.has(w)));
}

/**
 * quote.in-reported-speech: reported speech that carries quoted words (X said he was “troubled” by it) is
 * one claim: the quoted words, exact and checkable, as a `partial` (or `direct`) quotation with the
 * reported clause kept as its `clause`. The quotation takes the clause's speaker and cue.
 */
export function mergeMixed(text: string, spans: QuoteSpan[], quotes: Candidate[], reported: Candidate[]): Candidate[] {
  const ix = new SpanIndex(quotes);
  const taken = new Set(quotes.map((q) => q.start));
  return reported.filter((r) => {
    const inside = ix.overlapping(r.start, r.end).filter((q) => q.start >= r.start && q.end <= r.end);
    inside.push(...rescuedFragments(text, spans, taken, r));
    quotes.push(...inside.filter((q) => !taken.has(q.start)));
    if (!inside.length) return true;
    for (const q of inside) {
      q.clause = { start: r.start, end: r.end };
      // the clause's subject names the speaker (measured on PolNeAR dev: better than the quotation's own guess)
      // (a quotation whose own rule found the same speaker keeps that rule)
      // (the clause's cue too: measured on PolNeAR dev, keeping the quotation's own cue, "X said, adding, “…”", costs more than it gains)
      // (but an attribution right after a quotation closed on its comma is its own: "…, “states were …,” DeSantis said.")
      if (r.mention && q.rule?.startsWith('quote.after') && q.mention && /[,!?]\s*$/.test(text.slice(q.start, q.end))) continue;
      if (r.mention) { if (q.mention?.start !== r.mention.start) q.rule = 'quote.in-reported-speech'; q.mention = r.mention; q.cue = r.cue; q.from = undefined; q.via = undefined; }
      else if (!q.cue && !q.from && r.cue) q.cue = r.cue;
    }
    return false;
  });
}

/**
 * A fragment set aside as a scare quote is the speaker's wording after all when a verb of saying frames
 * it ("he accused the North of “fanatic recklessness”"); a name or title (title case after "on", "the",
 * "titled" …) stays out. An action verb ("sent its “…” reporter") frames words too loosely: measured on
 * PolNeAR dev, rescuing under it costs more precision than it gains; only a characterisation counts there
 * ("hailed X as “…”", "likened them to a “…”").
 */
function rescuedFragments(text: string, spans: QuoteSpan[], taken: Set<number>, r: Candidate): Candidate[] {
  const speechCue = !!r.cue && !!r.mention && (lexicon().cueForms.has(text.slice(r.cue.start, r.cue.end).toLowerCase()) || /^according to$/i.test(text.slice(r.cue.start, r.cue.end)));
  const out: Candidate[] = [];
  for (const q of spans) {
    if (q.start < r.start || q.end > r.end || taken.has(q.start) || q.close < 0) continue;
    const words = text.slice(q.start, q.end);
    const before = text.slice(Math.max(0, q.open - 40), q.open);
    if (!speechCue && !CHARACTERISING_TAIL.test(before)) continue;
    if (!/\p{L}.*\p{L}/su.test(words) || /\bso-called\s*$/i.test(before)) continue;
    if (isTitleCase(words) && (TITLE_CONTEXT.test(before) || TITLE_WORDS.test(before))) continue;
    out.push({ type: 'partial', start: q.start, end: q.end, paragraph: q.paragraph, rule: 'quote.in-reported-speech' });
  }
  return out;
}
