// HTML → frozen body text + paragraphs (with their CSS path) + metadata, on the DOM of htmlparser2 (the
// parser cheerio/slim wraps: the walks below read its nodes, never cheerio's selection API, so the
// parser is called directly and cheerio's query engine is never loaded).
// Steps: 1. read metadata (JSON-LD, OpenGraph, meta tags) before anything is removed;
// 2. drop page furniture (scripts, navigation, hidden nodes, class/id-marked boilerplate);
// 3. measure every element once (text, link text, paragraph score) in one post-order walk;
// 4. pick the best-scoring container (and siblings that carry the same article);
// 5. keep its blocks (paragraphs, headings, list items, quotes) in order, one blank line apart.
import { createRequire } from 'node:module';
import type { AnyNode, Element, Text } from 'domhandler';
import { fail, type Meta, type Paragraph } from '../article.js';
import { readMeta } from './extract-meta.js';

/** Elements that never hold article text. */
const DROP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'button', 'select', 'input', 'textarea', 'label', 'nav', 'aside', 'footer', 'header', 'figcaption', 'figure', 'picture', 'video', 'audio', 'object', 'embed', 'map', 'head', 'title', 'meta', 'link', 'h1', 'time', 'address', 'dialog', 'menu']);
/** class/id words of page furniture that is never article text (comments, share bars, related links, ads). */
const FURNITURE_HARD = /(^|[\s_-])(share|sharing|social|cookie|consent|gdpr|newsletter|subscribe|subscription|signup|related|recommend\w*|more-stories|most-?read|most-?popular|trending|comments?|commentlist|disqus|advert\w*|ads?|adslot|dfp|sponsor\w*|breadcrumbs?|menu|navbar|nav|sidebar|outbrain|taboola|footer|masthead|toolbar|pagination|pager|paywall|modal|popup|skip-link|sr-only|visually-hidden|screen-reader-text)([\s_-]|$)/i;
/** class/id words of furniture that may also decorate a wrapper of the article: dropped only when small. */
const FURNITURE_SOFT = /(^|[\s_-])(widget|promo|byline|author|authors|dateline|date|timestamp|caption|credit|header|banner|tags|tag-list|topics|keywords|print|email|follow|hidden|lightbox|gallery|slideshow|video|player|rating|reactions|donate|teaser|card-list|read-more|readmore|see-also|also-read|jump|toc|meta|info|popular)([\s_-]|$)/i;
/** class/id words that mark the article body (they protect an element from the furniture rule). */
const BODY_HINT = /(^|[\s_-])(article|articlebody|article-body|article-content|body|content|entry|entry-content|story|story-body|post|post-content|text|main|blog-post|postbody)([\s_-]|$)/i;
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'var', 'wbr', 'font', 'strike', 'big', 'tt', 'ins', 'del', 'img']);
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements whose text is code or data, never prose. */
const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title']);
/** Block-level leaves we keep as paragraphs. */
const BLOCKS = new Set(['p', 'pre', 'blockquote', 'li', 'dd', 'dt', 'td', 'div', 'section', 'article', 'main', 'h2', 'h3', 'h4', 'h5', 'h6', 'center', 'font', 'span']);
/** Short lines that are furniture wherever they stand. */
const BOILERPLATE_LINE = /^(advertisement|advertising|sponsored|share( this)?( article| story)?|tweet|email|print|comments?|read more|read the full story|continue reading|filed under:?|related( articles| stories)?:?|click here.*|sign up.*|subscribe.*|follow us.*|(photo|image|video|getty images|ap photo|reuters)[:/].*|©.*|all rights reserved.*)$/i;

type Htmlparser2 = typeof import('htmlparser2');
let parser: { parse: (html: string) => AnyNode; Tokenizer: Htmlparser2['Tokenizer'] } | undefined;

/**
 * htmlparser2, loaded on the first HTML page: a worker that only meets plain text never loads it (issue 19:
 * cold start). `parse` gives the DOM parseDocument gives, and refuses a page nested past MAX_DEPTH while parsing.
 * Its tokenizer comes with three methods replaced by the same search done natively: `fastForwardTo` (how it skips the bodies of <script> and <style> and the inside of comments, a
 * character at a time in JavaScript) becomes `indexOf`, and text and attribute values jump to their next '<', quote or '&'. The DOM is the same (a test compares it with the
 * stock tokenizer's on tricky markup; the 160 dev pages extract byte-identically); script and style
 * bodies, about half of a page's bytes, are skipped several times faster. htmlparser2 takes a tokenizer
 * class as an option for this kind of change.
 */
const LT = 0x3c, AMP = 0x26, DQ = 0x22;
function htmlparser2(): NonNullable<typeof parser> {
  if (!parser) {
    const hp = createRequire(import.meta.url)('htmlparser2') as Htmlparser2;
    class NativeSearchTokenizer extends hp.Tokenizer {}
    type TokenizerState = { buffer: string; index: number; offset: number; searched?: string; nextAt?: number[] };
    const proto = NativeSearchTokenizer.prototype as unknown as Record<string, (this: TokenizerState, ...a: number[]) => unknown>;
    const stock = { stateText: proto.stateText, handleInAttributeValue: proto.handleInAttributeValue };
    Object.defineProperty(proto, 'fastForwardTo', {
      value(this: TokenizerState, c: number): boolean {
        const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
        if (at >= 0) { this.index = at + this.offset; return true; }
        this.index = this.buffer.length + this.offset - 1; // where the character-by-character search ends
        return false;
      },
    });
    // Text and attribute values act only on a few characters ('<' or the closing quote, and '&'); every
    // other character is a step of the loop that does nothing. On any other character the index jumps to
    // just before the next one that acts (the loop's own step lands on it), found natively and searched
    // again only once passed.
    const SEARCHED = ['<', '&', '"', "'"];
    const nextOf = (t: TokenizerState, k: number, from: number): number => {
      if (t.searched !== t.buffer) { t.searched = t.buffer; t.nextAt = [-1, -1, -1, -1]; }
      const at = t.nextAt!;
      if (at[k] < from) { const p = t.buffer.indexOf(SEARCHED[k], from); at[k] = p < 0 ? t.buffer.length : p; }
      return at[k];
    };
    Object.defineProperty(proto, 'stateText', {
      value(this: TokenizerState, c: number): unknown {
        if (c === LT || c === AMP) return stock.stateText.call(this, c);
        const i = this.index - this.offset;
        this.index = Math.min(nextOf(this, 0, i), nextOf(this, 1, i)) - 1 + this.offset;
        return undefined;
      },
    });
    Object.defineProperty(proto, 'handleInAttributeValue', {
      value(this: TokenizerState, c: number, quote: number): unknown {
        if (c === quote || c === AMP) return stock.handleInAttributeValue.call(this, c, quote);
        const i = this.index - this.offset;
        this.index = Math.min(nextOf(this, quote === DQ ? 2 : 3, i), nextOf(this, 1, i)) - 1 + this.offset;
        return undefined;
      },
    });
    // the DOM as parseDocument builds it; a page nested deeper than any real layout (which would overflow the
    // recursive walks below, and slows the parser down) is refused as the parser opens the element one level
    // past the limit: no walk afterwards, no pass over the markup before
    class DepthHandler extends hp.DomHandler {
      override onopentag(name: string, attribs: Record<string, string>): void {
        super.onopentag(name, attribs);
        const depth = this.tagStack.length - 1; // the root is tagStack[0]
        if (depth > MAX_DEPTH) fail('TOO_DEEP', `the page nests elements ${depth} levels deep or more (the limit is ${MAX_DEPTH}); it is not an article page`);
      }
    }
    const parse = (html: string) => {
      const options = { xmlMode: false, decodeEntities: true, Tokenizer: NativeSearchTokenizer };
      const handler = new DepthHandler(undefined, options);
      new hp.Parser(handler, options).end(html);
      return handler.root as AnyNode;
    };
    parser = { parse, Tokenizer: NativeSearchTokenizer };
  }
  return parser;
}

/** the tokenizer class extraction parses with (for the test that compares its DOM with the stock tokenizer's) */
export const nativeSearchTokenizer = (): Htmlparser2['Tokenizer'] => htmlparser2().Tokenizer;

export interface HtmlExtract { text: string; paragraphs: Paragraph[]; meta: Meta }

const clean = (s: string) => s.replace(/\u00ad/g, '').replace(/[\s\u200b]+/g, ' ').trim();
const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

interface Stat { text: number; link: number; commas: number; score: number; blockChildren: boolean; prose: number }

function hintOf(e: Element): string {
  return `${e.attribs?.class ?? ''} ${e.attribs?.id ?? ''} ${e.attribs?.role ?? ''} ${e.attribs?.itemprop ?? ''}`;
}

function isHidden(e: Element): boolean {
  const a = e.attribs ?? {};
  return 'hidden' in a || a['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style ?? '');
}

/** Removes furniture in place: dropped tags, hidden nodes, and class/id-marked boilerplate. A soft-marked
 *  element is kept when it holds a large share of the page's paragraph text (a wrapper of the article). */
function removeFurniture(root: AnyNode, stats: Map<Element, Stat>, total: number): void {
  const big = (e: Element) => (stats.get(e)?.prose ?? 0) > 0.3 * total;
  const walk = (n: AnyNode): void => {
    if (!('children' in n)) return;
    const kids = (n as Element).children;
    for (let i = kids.length - 1; i >= 0; i--) {
      const c = kids[i];
      if (c.type === 'comment' || c.type === 'directive' || c.type === 'cdata') { kids.splice(i, 1); continue; }
      if (!isElement(c)) continue;
      const tag = c.name;
      if (tag === 'body' || tag === 'html') { walk(c); continue; }
      const hint = hintOf(c);
      const protectedBody = BODY_HINT.test(hint) || tag === 'article' || tag === 'main';
      const drop = (DROP_TAGS.has(tag) && !(big(c) && (tag === 'header' || tag === 'aside' || tag === 'figure')))
        || isHidden(c)
        || (FURNITURE_HARD.test(hint) && !protectedBody && !(big(c) && !/comment|disqus/i.test(hint)))
        || (FURNITURE_SOFT.test(hint) && !protectedBody && !big(c));
      if (drop) { kids.splice(i, 1); continue; }
      walk(c);
    }
  };
  walk(root);
}

/** what visitNode found under the node it was last called on (kept here, not in an object per node) */
let gotText = 0, gotLink = 0, gotCommas = 0;
type Run = { owner: Element; text: number; link: number; commas: number };

/** One node of measure's post-order walk: its text and link-text length and commas in gotText/gotLink/gotCommas; every element's Stat into `stats`. */
function visitNode(n: AnyNode, inLink: boolean, stats: Map<Element, Stat>, runs: Run[]): void {
  if (n.type === 'text') {
    // length with white space runs folded to one, and commas, in one pass
    const t = (n as Text).data;
    let len = 0, commas = 0, space = true;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) { if (!space) { len++; space = true; } continue; }
      space = false; len++;
      if (c === 44 || c === 0x60c || c === 0x3001 || c === 0xff0c) commas++;
    }
    if (space && len > 0) len--;
    gotText = len; gotLink = inLink ? len : 0; gotCommas = commas;
    return;
  }
  if (n.type === 'root') {
    let text = 0, link = 0, commas = 0;
    for (const c of (n as unknown as Element).children) { visitNode(c, inLink, stats, runs); text += gotText; link += gotLink; commas += gotCommas; }
    gotText = text; gotLink = link; gotCommas = commas;
    return;
  }
  if (!isElement(n) || NO_TEXT.has(n.name)) { gotText = 0; gotLink = 0; gotCommas = 0; return; }
  let text = 0, link = 0, commas = 0, blockChildren = false;
  const link2 = inLink || n.name === 'a';
  // loose inline runs between block children (text with <br>s, spans) are paragraphs of their own
  let runText = 0, runLink = 0, runCommas = 0;
  for (const c of n.children) {
    visitNode(c, link2, stats, runs);
    text += gotText; link += gotLink; commas += gotCommas;
    if (isElement(c) && !INLINE.has(c.name)) {
      blockChildren = true;
      if (runText >= 25) runs.push({ owner: n, text: runText, link: runLink, commas: runCommas });
      runText = 0; runLink = 0; runCommas = 0;
    } else { runText += gotText; runLink += gotLink; runCommas += gotCommas; }
  }
  if (blockChildren && runText >= 25) runs.push({ owner: n, text: runText, link: runLink, commas: runCommas });
  stats.set(n, { text, link, commas, score: 0, blockChildren, prose: 0 });
  gotText = text; gotLink = link; gotCommas = commas;
}

/** One post-order walk: text and link-text lengths, commas and paragraph scores for every element. */
function measure(root: AnyNode): Map<Element, Stat> {
  const stats = new Map<Element, Stat>();
  const runs: Run[] = [];
  visitNode(root, false, stats, runs);
  for (const r of runs) {
    if (r.link / r.text > 0.5) continue;
    const points = 1 + r.commas + Math.min(Math.floor(r.text / 100), 3);
    for (let a: Element | null = r.owner; a && isElement(a); a = a.parent as Element | null) { const as = stats.get(a); if (as) as.prose += r.text; }
    let p: Element | null = r.owner, level = 0;
    while (p && isElement(p) && level < 3) {
      const ps = stats.get(p);
      if (ps) ps.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      p = p.parent as Element | null; level++;
    }
  }
  // a paragraph (a leaf block of 25+ characters) scores its ancestors, less the further up
  for (const [e, s] of stats) {
    if (s.blockChildren || s.text < 25 || INLINE.has(e.name) || HEADINGS.has(e.name)) continue;
    const linkDensity = s.text ? s.link / s.text : 0;
    if (linkDensity > 0.5) continue;
    const points = 1 + s.commas + Math.min(Math.floor(s.text / 100), 3);
    // prose: the paragraph text each element holds (for keeping big wrappers of the article)
    for (let a: Element | null = e; a && isElement(a); a = a.parent as Element | null) { const as = stats.get(a); if (as) as.prose += s.text; }
    let p = e.parent as Element | null, level = 0;
    while (p && isElement(p) && level < 3) {
      const ps = stats.get(p);
      if (ps) ps.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      p = p.parent as Element | null; level++;
    }
  }
  return stats;
}

function candidateScore(e: Element, s: Stat): number {
  const hint = hintOf(e);
  let bonus = 1;
  if (BODY_HINT.test(hint) || e.name === 'article' || e.name === 'main') bonus += 0.25;
  if (/articleBody/i.test(e.attribs?.itemprop ?? '')) bonus += 1;
  const linkDensity = s.text ? s.link / s.text : 0;
  return s.score * bonus * (1 - linkDensity);
}

/** True when `wrapper` holds, outside `best`, another element of best's class carrying prose: the
 *  article was split into same-class chunks ("component-content", "post__content"). */
function hasTwin(wrapper: Element, best: Element, stats: Map<Element, Stat>): boolean {
  const cls = (best.attribs?.class ?? '').trim();
  if (!cls) return false;
  const walk = (n: AnyNode): boolean => {
    if (!isElement(n) || n === best) return false;
    if (n.attribs?.class?.trim() === cls && (stats.get(n)?.prose ?? 0) >= 50) return true;
    return n.children.some(walk);
  };
  return wrapper.children.some(walk);
}

function pickContainers(root: AnyNode, stats: Map<Element, Stat>): Element[] {
  let best: Element | undefined, bestScore = 0;
  for (const [e, s] of stats) {
    if (s.score <= 0) continue;
    const sc = candidateScore(e, s);
    if (sc > bestScore) { best = e; bestScore = sc; }
  }
  if (!best) {
    const body = (root as Element).children?.find((c) => isElement(c)) as Element | undefined;
    return body ? [body] : [];
  }
  // an article split into several blocks under one wrapper: climb while the wrapper adds prose,
  // stays dense with it and is not a list of links
  {
    const first = stats.get(best)!;
    let top = best, topProse = first.prose;
    for (let p = best.parent as Element | null; p && isElement(p) && p.name !== 'body' && p.name !== 'html'; p = p.parent as Element | null) {
      const ps = stats.get(p);
      if (!ps || ps.prose < 0.7 * ps.text || ps.link > 0.25 * ps.text) break;
      if (ps.prose >= topProse * 1.15 && hasTwin(p, best, stats)) { top = p; topProse = ps.prose; }
    }
    best = top;
  }
  // an article split across sibling containers: keep siblings that score well or read as prose
  const parent = best.parent as Element | null;
  if (!parent || !isElement(parent)) return [best];
  const threshold = Math.max(10, bestScore * 0.2);
  const out: Element[] = [];
  for (const sib of parent.children) {
    if (!isElement(sib)) continue;
    if (sib === best) { out.push(sib); continue; }
    const s = stats.get(sib);
    if (!s) continue;
    if ((stats.get(sib)?.link ?? 0) > 0.4 * (stats.get(sib)?.text ?? 0)) continue; // a list of links
    const sameClass = !!best.attribs?.class && sib.attribs?.class === best.attribs.class;
    const sc = candidateScore(sib, s) + (sameClass ? bestScore * 0.2 : 0);
    const ld = s.text ? s.link / s.text : 1;
    if (sc >= threshold || (sib.name === 'p' && s.text > 80 && ld < 0.25)) out.push(sib);
  }
  return out;
}

const typeIndex = new WeakMap<Element, { nth: number; of: number }>();
/** nth-of-type for every child of `parent`, computed once per parent */
function indexChildren(parent: Element): void {
  const counts = new Map<string, number>();
  for (const c of parent.children) if (isElement(c)) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const c of parent.children) if (isElement(c)) { const n = (seen.get(c.name) ?? 0) + 1; seen.set(c.name, n); typeIndex.set(c, { nth: n, of: counts.get(c.name)! }); }
}

function cssPath(el: Element): string {
  const parts: string[] = [];
  let cur: Element | null = el;
  while (cur && isElement(cur)) {
    const parent = cur.parent as Element | null;
    let ix = typeIndex.get(cur);
    if (!ix && parent && isElement(parent)) { indexChildren(parent); ix = typeIndex.get(cur); }
    parts.unshift(ix && ix.of > 1 ? `${cur.name}:nth-of-type(${ix.nth})` : cur.name);
    cur = parent && isElement(parent) ? parent : null;
  }
  return parts.join(' > ');
}

/** Text of an element with <br> as a line break, white space folded inside lines. */
function textOf(n: AnyNode, out: string[] = []): string[] {
  if (n.type === 'text') out.push((n as Text).data);
  else if (isElement(n)) {
    if (n.name === 'br') out.push('\n');
    else for (const c of n.children) textOf(c, out);
  }
  return out;
}

function blockText(e: Element): string {
  return textOf(e).join('').split('\n').map(clean).filter(Boolean).join('\n');
}

/** The container's blocks in document order: leaf blocks and headings; nested kept blocks not twice. */
function collectBlocks(containers: Element[], stats: Map<Element, Stat>): { text: string; kind: Paragraph['kind']; path: string }[] {
  const blocks: { text: string; kind: Paragraph['kind']; path: string }[] = [];
  const emit = (e: Element, kind: Paragraph['kind']) => {
    const s = stats.get(e);
    const text = blockText(e);
    if (!text) return;
    if (s && s.text > 0 && s.link / s.text > 0.6 && !(e.name === 'p' && s.text > 120)) return; // a list of links
    if (text.length < 60 && BOILERPLATE_LINE.test(text)) return;
    blocks.push({ text, kind, path: cssPath(e) });
  };
  const walk = (e: Element) => {
    const s = stats.get(e);
    if (HEADINGS.has(e.name)) { emit(e, 'heading'); return; }
    if (e.name === 'table') {
      // a table's rows are lines of one block when it reads as data, not layout
      const rows: string[] = [];
      const rowWalk = (n: AnyNode) => { if (!isElement(n)) return; if (n.name === 'tr') { const r = n.children.filter(isElement).map((c) => clean(blockText(c))).filter(Boolean).join(' '); if (r) rows.push(r); } else n.children.forEach(rowWalk); };
      const hasBlocks = (n: AnyNode): boolean => isElement(n) && n.children.some((c) => isElement(c) && ((c.name === 'p' || c.name === 'div' || c.name === 'table') || hasBlocks(c)));
      if (hasBlocks(e)) { for (const c of e.children) if (isElement(c)) walk(c); return; }
      rowWalk(e);
      if (rows.length) blocks.push({ text: rows.join('\n'), kind: 'body', path: cssPath(e) });
      return;
    }
    if (!s || !s.blockChildren) { if (BLOCKS.has(e.name) || !s) emit(e, 'body'); return; }
    // mixed content: loose text runs between blocks are paragraphs of their own
    let run: AnyNode[] = [];
    const flush = () => {
      const t = run.map((n) => textOf(n).join('')).join('').split('\n').map(clean).filter(Boolean).join('\n');
      if (t && !(t.length < 60 && BOILERPLATE_LINE.test(t))) blocks.push({ text: t, kind: 'body', path: cssPath(e) });
      run = [];
    };
    for (const c of e.children) {
      if (isElement(c) && !INLINE.has(c.name)) { flush(); walk(c); } else run.push(c);
    }
    flush();
  };
  for (const c of containers) walk(c);
  return blocks;
}

export const MAX_DEPTH = 1500;

export function extractHtml(html: string, url?: string): HtmlExtract {
  // 0. the DOM (a page nested deeper than MAX_DEPTH is refused while it is parsed)
  const root = htmlparser2().parse(html);
  // 1. metadata first: furniture removal takes the header and bylines with it
  const meta = readMeta(root, url);
  // 2. page furniture out (a first measure tells wrappers of the article from furniture)
  const before = measure(root);
  const total = Math.max(1, ...[...before.entries()].filter(([e]) => !e.parent || e.parent.type === 'root').map(([, st]) => st.prose));
  removeFurniture(root, before, total);
  // 3. measure every element again, on what is left
  const stats = measure(root);
  // 4. the best container, with the siblings that continue it
  const containers = pickContainers(root, stats);
  // 5. its blocks in order
  const blocks = collectBlocks(containers, stats);
  let text = '';
  const paragraphs: Paragraph[] = [];
  for (const b of blocks) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + b.text.length, kind: b.kind, path: b.path });
    text += b.text;
  }
  return { text, paragraphs, meta };
}
