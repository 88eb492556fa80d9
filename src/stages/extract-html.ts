// HTML → frozen body text + paragraphs (with their CSS path) + metadata, on cheerio.
// Steps: 1. read metadata (JSON-LD, OpenGraph, meta tags) before anything is removed;
// 2. remove page furniture; 3. score candidate containers; 4. keep the winner's blocks in order.
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Meta, MetaField, Paragraph } from '../article.js';

type $ = cheerio.CheerioAPI;

/** Elements that are never article body. */
const FURNITURE_TAGS = 'script, style, noscript, template, iframe, svg, canvas, form, nav, header, footer, aside, button, select, input, textarea, figcaption, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]';
/** class/id words that mark furniture (share bars, banners, related links, comments, ads, bylines). */
const FURNITURE_HINT = /(^|[\s_-])(share|sharing|social|cookie|consent|gdpr|newsletter|subscribe|signup|related|recommend\w*|most-?read|popular|trending|comments?|advert\w*|ads?|promo|sponsor\w*|breadcrumbs?|menu|sidebar|widget|outbrain|taboola|tags|byline|author|dateline|caption|credit|footer|masthead|toolbar|pagination|paywall|modal|popup|banner)([\s_-]|$)/i;
const BODY_HINT = /(^|[\s_-])(article|body|content|entry|story|post|text|main)([\s_-]|$)/i;
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre';

export interface HtmlExtract { text: string; paragraphs: Paragraph[]; meta: Meta }

const clean = (s: string) => s.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

function setMeta(meta: Meta, field: MetaField, value: unknown, source: string): void {
  if (meta[field] !== undefined || value === undefined || value === null) return;
  if (field === 'authors') {
    const names = (Array.isArray(value) ? value : [value]).map((v) => clean(String(v))).filter(Boolean);
    if (names.length) { meta.authors = [...new Set(names)]; meta.sources.authors = source; }
    return;
  }
  const s = clean(String(value));
  if (!s) return;
  (meta as unknown as Record<string, unknown>)[field] = s;
  meta.sources[field] = source;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|ScholarlyArticle|LiveBlogPosting)$/;

function jsonLdArticles(doc: $): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (types.some((t) => ARTICLE_TYPES.test(t))) found.push(o);
    if (o['@graph']) visit(o['@graph']);
  };
  doc('script[type="application/ld+json"]').each((_, el) => {
    try { visit(JSON.parse(doc(el).text())); } catch { /* a broken JSON-LD block is skipped */ }
  });
  return found;
}

const nameOf = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(nameOf).flat();
  if (v && typeof v === 'object') return (v as Record<string, unknown>).name;
  return v;
};

function readMeta(doc: $): Meta {
  const meta: Meta = { sources: {} };
  for (const a of jsonLdArticles(doc)) {
    setMeta(meta, 'title', a.headline ?? a.name, 'json-ld');
    setMeta(meta, 'authors', nameOf(a.author), 'json-ld');
    setMeta(meta, 'publisher', nameOf(a.publisher), 'json-ld');
    setMeta(meta, 'published', a.datePublished, 'json-ld');
    setMeta(meta, 'modified', a.dateModified, 'json-ld');
    const page = a.mainEntityOfPage;
    setMeta(meta, 'url', a.url ?? (page && typeof page === 'object' ? (page as Record<string, unknown>)['@id'] : page), 'json-ld');
    setMeta(meta, 'language', a.inLanguage, 'json-ld');
    setMeta(meta, 'section', a.articleSection, 'json-ld');
    setMeta(meta, 'description', a.description, 'json-ld');
  }
  const m = (sel: string) => doc(sel).first().attr('content');
  setMeta(meta, 'title', m('meta[property="og:title"]'), 'opengraph');
  setMeta(meta, 'publisher', m('meta[property="og:site_name"]'), 'opengraph');
  setMeta(meta, 'url', m('meta[property="og:url"]'), 'opengraph');
  setMeta(meta, 'description', m('meta[property="og:description"]'), 'opengraph');
  setMeta(meta, 'published', m('meta[property="article:published_time"]'), 'opengraph');
  setMeta(meta, 'modified', m('meta[property="article:modified_time"]'), 'opengraph');
  setMeta(meta, 'section', m('meta[property="article:section"]'), 'opengraph');
  const ogAuthors = doc('meta[property="article:author"]').map((_, e) => doc(e).attr('content')).get().filter((s) => !/^https?:/.test(s));
  if (ogAuthors.length) setMeta(meta, 'authors', ogAuthors, 'opengraph');
  setMeta(meta, 'authors', m('meta[name="author"]'), 'meta');
  setMeta(meta, 'published', m('meta[name="date"]') ?? m('meta[name="pubdate"]') ?? m('meta[itemprop="datePublished"]'), 'meta');
  setMeta(meta, 'description', m('meta[name="description"]'), 'meta');
  setMeta(meta, 'url', doc('link[rel="canonical"]').attr('href'), 'meta');
  setMeta(meta, 'language', doc('html').attr('lang'), 'meta');
  setMeta(meta, 'published', doc('time[datetime]').first().attr('datetime'), 'time');
  setMeta(meta, 'title', doc('h1').first().text() || doc('title').text(), 'html');
  return meta;
}

function removeFurniture(doc: $): void {
  doc(FURNITURE_TAGS).remove();
  doc('*').each((_, el) => {
    const e = el as Element;
    const hint = `${e.attribs?.class ?? ''} ${e.attribs?.id ?? ''}`;
    if (!hint.trim() || e.tagName === 'body' || e.tagName === 'html' || e.tagName === 'article') return;
    if (FURNITURE_HINT.test(hint) && !(BODY_HINT.test(hint) && doc(e).find('p').length > 3)) doc(e).remove();
  });
  doc('h1').remove(); // the headline goes to metadata
}

function linkDensity(doc: $, el: AnyNode): number {
  const all = clean(doc(el).text()).length || 1;
  return clean(doc(el).find('a').text()).length / all;
}

/** Readability-style: each paragraph scores its parent (and half to the grandparent). */
function bestContainer(doc: $): AnyNode {
  const marked = doc('[itemprop="articleBody"]').first();
  if (marked.length && marked.find('p').length) return marked[0];
  const scores = new Map<AnyNode, number>();
  doc('p, pre, blockquote').each((_, p) => {
    const t = clean(doc(p).text());
    if (t.length < 25) return;
    const s = 1 + (t.match(/,/g)?.length ?? 0) + Math.min(t.length / 100, 3);
    const parent = p.parent, grand = parent?.parent;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + s);
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + s / 2);
  });
  let best: AnyNode | undefined, bestScore = -1;
  for (const [el, s0] of scores) {
    const e = el as Element;
    const hint = `${e.attribs?.class ?? ''} ${e.attribs?.id ?? ''}`;
    const s = s0 * (1 - linkDensity(doc, el)) * (BODY_HINT.test(hint) || e.tagName === 'article' ? 1.25 : 1);
    if (s > bestScore) { best = el; bestScore = s; }
  }
  return best ?? doc('body')[0] ?? doc.root()[0];
}

function cssPath(el: Element): string {
  const parts: string[] = [];
  let cur: Element | null = el;
  while (cur && cur.type === 'tag') {
    const parent = cur.parent as Element | null;
    const same = parent ? (parent.children as Element[]).filter((c) => c.type === 'tag' && c.tagName === cur!.tagName) : [];
    parts.unshift(same.length > 1 ? `${cur.tagName}:nth-of-type(${same.indexOf(cur) + 1})` : cur.tagName);
    cur = parent && parent.type === 'tag' ? parent : null;
  }
  return parts.join(' > ');
}

export function extractHtml(html: string): HtmlExtract {
  const doc = cheerio.load(html, { xml: false }, true);
  // 1. metadata first: furniture removal takes the header and bylines with it
  const meta = readMeta(doc);
  // 2. page furniture out
  removeFurniture(doc);
  // 3. the container with the most paragraph text
  const container = bestContainer(doc);
  // 4. its blocks in document order; a block inside another kept block is not taken twice
  const blocks: { text: string; kind: Paragraph['kind']; path: string }[] = [];
  const kept = new Set<AnyNode>();
  doc(container).find(BLOCKS).each((_, el) => {
    const e = el as Element;
    for (let p = e.parent; p; p = p.parent) if (kept.has(p)) return;
    if (e.tagName === 'blockquote' || e.tagName === 'li') { if (doc(e).find('p').length) return; }
    const text = clean(doc(e).text());
    if (!text) return;
    if (e.tagName !== 'p' && e.tagName !== 'blockquote' && e.tagName !== 'pre' && linkDensity(doc, e) > 0.5) return;
    kept.add(e);
    blocks.push({ text, kind: /^h\d$/.test(e.tagName) ? 'heading' : 'body', path: cssPath(e) });
  });
  let text = '';
  const paragraphs: Paragraph[] = [];
  for (const b of blocks) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + b.text.length, kind: b.kind, path: b.path });
    text += b.text;
  }
  return { text, paragraphs, meta };
}
