// Article metadata from the page head and markup, in order of trust: JSON-LD (NewsArticle, Article, …,
// inside @graph and arrays), OpenGraph and article:* meta, meta name=author/date/…, microdata (itemprop),
// <time datetime>, the URL's date path, visible datelines, the <title>/<h1>. Each field records where it came from.
// One walk over the DOM collects everything; nothing here queries the tree twice.
import type { AnyNode, Element, Text } from 'domhandler';
import type { Meta, MetaField } from '../article.js';
import { createRequire } from 'node:module';
import { wordClasses } from '../lexicon/index.js';
import { dateFromUrl, dateInText, normaliseDate } from './dates.js';

// (a value read from JSON-LD or an attribute may still hold entities, "Here&#8217;s", "City &amp; states": decoded
//  once; `entities` is loaded on the first such value, so a worker that only meets plain text never loads it)
let decodeHTML: ((s: string) => string) | undefined;
const decode = (s: string) => (decodeHTML ??= (createRequire(import.meta.url)('entities') as typeof import('entities')).decodeHTML)(s);
const clean = (s: string) => (s.includes('&') ? decode(s) : s).replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

const W = wordClasses();
let languageNames: Map<string, string> | undefined;

/**
 * A language as a BCP 47 tag ("en_US" → "en-US", "de-de" → "de-DE", "Deutsch" → "de", "italiano (italian)" →
 * "it", "deutsch, de" → "de"), or undefined when it names no language.
 */
export function languageTag(value: string): string | undefined {
  if (!languageNames) {
    languageNames = new Map([...W['language-name']].map((p) => p.split('=') as [string, string]));
  }
  for (const part of value.toLowerCase().split(/[,;()\s]+/).filter(Boolean)) {
    const named = languageNames.get(part);
    if (named) return named;
    if (!/^[a-z]{2,3}([_-][a-z0-9]{2,8})*$/.test(part)) continue;
    try { return Intl.getCanonicalLocales(part.replace(/_/g, '-'))[0]; } catch { /* not a tag */ }
  }
  return undefined;
}

const SEPARATOR = /\s+(?:[|\-–—:·•‹›«»]|::)\s+/;
const squash = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The title without the site's name ("… - Sportsnet.ca", "Title | UKBDNEWS", "Title • CareElite"): a first or
 * last segment, after a separator, that is the publisher's name or the site's domain.
 */
export function withoutSiteName(title: string, publisher: string | undefined, url: string | undefined): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  let host = '';
  try { host = url ? new URL(url).hostname.replace(/^www\d?\./, '') : ''; } catch { /* no URL */ }
  const label = squash(host.split('.').slice(0, -1).join('.'));
  const site = publisher ? squash(publisher) : '';
  const isSite = (seg: string) => {
    const s = squash(seg);
    if (!s || seg.split(/\s+/).length > 6) return false;
    return (!!site && (s === site || site.startsWith(s) || s.startsWith(site))) || (!!label && label.length >= 3 && (s === label || s === squash(host) || s.startsWith(label)));
  };
  if (isSite(parts[parts.length - 1])) return title.slice(0, title.lastIndexOf(parts[parts.length - 1])).replace(new RegExp(`${SEPARATOR.source}$`), '').trim();
  if (isSite(parts[0])) return title.slice(parts[0].length).replace(new RegExp(`^${SEPARATOR.source}`), '').trim();
  return title;
}

function setMeta(meta: Meta, field: MetaField, value: unknown, source: string): void {
  if (meta[field] !== undefined || value === undefined || value === null) return;
  if (field === 'authors') {
    const names = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string').map((v) => clean(v as string)).filter((v) => v && !/^https?:/.test(v));
    if (names.length) { meta.authors = [...new Set(names)]; meta.sources.authors = source; }
    return;
  }
  let s = clean(String(Array.isArray(value) ? value[0] ?? '' : value));
  if (field === 'published' || field === 'modified') s = normaliseDate(s) ?? '';
  // a page's address is an http(s) URL: javascript:, data: or a bare path is no address to cite
  if (field === 'url' && !/^https?:\/\/[^\s/]/i.test(s)) return;
  if (!s) return;
  (meta as unknown as Record<string, unknown>)[field] = s;
  meta.sources[field] = source;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|Blog|Report|ScholarlyArticle|LiveBlogPosting|SocialMediaPosting|TechArticle|WebPage|ItemPage)$/;

function jsonLdArticles(blocks: string[]): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (types.some((t) => ARTICLE_TYPES.test(t))) found.push(o);
    if (o['@graph']) visit(o['@graph']);
  };
  for (const b of blocks) {
    try { visit(JSON.parse(b)); } catch { /* a broken JSON-LD block is skipped */ }
  }
  // articles before web pages: a WebPage's dates are the page's, an article's are the story's
  return found.sort((a, b) => Number(/WebPage|ItemPage/.test(String(a['@type']))) - Number(/WebPage|ItemPage/.test(String(b['@type']))));
}

const nameOf = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(nameOf).flat();
  if (v && typeof v === 'object') return (v as Record<string, unknown>).name;
  return v;
};

interface Collected {
  ld: string[];
  metas: Map<string, string[]>;
  canonical?: string;
  lang?: string;
  times: { datetime: string; itemprop?: string; inArticle: boolean }[];
  itemprops: Map<string, string[]>;
  /** elements whose class or id says date ("post-date", "entry-meta", "datum"), read only when needed */
  dateElements: Element[];
  /** the visible text right after the first <h1> (a dateline often stands there), and all of it */
  afterH1: string;
  allText: string[];
  h1?: string;
  title?: string;
}

function textOf(n: AnyNode): string {
  if (n.type === 'text') return (n as Text).data;
  if ('children' in n) return (n as Element).children.map(textOf).join('');
  return '';
}

/** class/id words of elements that show the publication date */
const DATE_HINT = /(^|[\s_-])(date|dates|time|timestamp|published|publish|pubdate|posted|post-?date|entry-?date|entry-meta|post-meta|article-meta|meta|byline|datum|fecha|data|dateline|info|artikel-?datum)([\s_-]|$)/i;

function collect(root: AnyNode): Collected {
  const c: Collected = { ld: [], metas: new Map(), times: [], itemprops: new Map(), dateElements: [], afterH1: '', allText: [] };
  let seenH1 = false, allLength = 0;
  const add = (m: Map<string, string[]>, k: string, v: string) => { const l = m.get(k); if (l) l.push(v); else m.set(k, [v]); };
  const walk = (n: AnyNode, inArticle: boolean): void => {
    if (!('children' in n)) return;
    for (const ch of (n as Element).children) {
      if (ch.type === 'text') {
        const t = (ch as Text).data;
        if (seenH1 && c.afterH1.length < 400) c.afterH1 += t;
        if (allLength < 100_000) { c.allText.push(t); allLength += t.length; }
        continue;
      }
      if (ch.type !== 'tag' && ch.type !== 'script' && ch.type !== 'style') continue;
      const e = ch as Element;
      const a = e.attribs ?? {};
      switch (e.name) {
        case 'script':
          if (/ld\+json/i.test(a.type ?? '')) c.ld.push(textOf(e));
          continue;
        case 'style': continue;
        case 'meta': {
          const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').toLowerCase();
          if (key && a.content !== undefined) add(c.metas, key, a.content);
          if (a.charset) add(c.metas, 'charset', a.charset);
          continue;
        }
        case 'link':
          if (/\bcanonical\b/i.test(a.rel ?? '') && a.href && !c.canonical) c.canonical = a.href;
          continue;
        case 'html':
          if (a.lang) c.lang = a.lang;
          break;
        case 'title':
          if (c.title === undefined) c.title = textOf(e);
          continue;
        case 'h1':
          if (c.h1 === undefined) c.h1 = textOf(e);
          seenH1 = true;
          break;
        case 'time':
          if (a.datetime) c.times.push({ datetime: a.datetime, itemprop: a.itemprop, inArticle });
          break;
      }
      if (c.dateElements.length < 20 && (e.name === 'time' ? !a.datetime : (a.class !== undefined || a.id !== undefined) && DATE_HINT.test(`${a.class ?? ''} ${a.id ?? ''}`))) c.dateElements.push(e);
      if (a.itemprop && !('content' in a) && e.name !== 'meta') add(c.itemprops, a.itemprop.toLowerCase(), a.datetime ?? textOf(e));
      else if (a.itemprop && a.content !== undefined) add(c.itemprops, a.itemprop.toLowerCase(), a.content);
      walk(e, inArticle || e.name === 'article' || ((a.itemprop !== undefined || a.itemtype !== undefined) && /articleBody|NewsArticle|BlogPosting/i.test(`${a.itemprop ?? ''} ${a.itemtype ?? ''}`)));
    }
  };
  walk(root, false);
  return c;
}

/**
 * The date that elements marked as dates show ("post-date", "entry-meta"). When they show different dates
 * they are a list of other stories (a sidebar, the comments' times, a forum's latest posts), not this
 * page's date: nothing is read from them then.
 */
function datedElements(elements: Element[]): string | undefined {
  const dates: string[] = [];
  for (const e of elements) {
    const t = textOf(e);
    if (t.length >= 300) continue;
    const d = dateInText(t.replace(/\s+/g, ' '));
    if (d) dates.push(d.date.slice(0, 10));
  }
  return new Set(dates).size === 1 ? dates[0] : undefined;
}

/** Reads metadata from a parsed page. `url` is the page's address when the caller knows it. */
export function readMeta(root: AnyNode, url?: string): Meta {
  const meta: Meta = { sources: {} };
  const c = collect(root);
  const m = (...keys: string[]) => { for (const k of keys) { const v = c.metas.get(k)?.find((x) => x.trim()); if (v) return v; } return undefined; };
  // 1. JSON-LD
  for (const a of jsonLdArticles(c.ld)) {
    setMeta(meta, 'title', a.headline ?? a.name, 'json-ld');
    setMeta(meta, 'authors', nameOf(a.author ?? a.creator), 'json-ld');
    setMeta(meta, 'publisher', nameOf(a.publisher), 'json-ld');
    setMeta(meta, 'published', a.datePublished ?? a.dateCreated, 'json-ld');
    setMeta(meta, 'modified', a.dateModified, 'json-ld');
    const page = a.mainEntityOfPage;
    setMeta(meta, 'url', a.url ?? (page && typeof page === 'object' ? (page as Record<string, unknown>)['@id'] : page), 'json-ld');
    setMeta(meta, 'language', a.inLanguage, 'json-ld');
    setMeta(meta, 'section', a.articleSection, 'json-ld');
    setMeta(meta, 'description', a.description, 'json-ld');
  }
  // 3. OpenGraph and article:* meta
  setMeta(meta, 'title', m('og:title'), 'opengraph');
  setMeta(meta, 'publisher', m('og:site_name'), 'opengraph');
  setMeta(meta, 'url', m('og:url'), 'opengraph');
  setMeta(meta, 'description', m('og:description'), 'opengraph');
  setMeta(meta, 'published', m('article:published_time', 'og:published_time', 'article:published'), 'opengraph');
  setMeta(meta, 'modified', m('article:modified_time', 'og:updated_time'), 'opengraph');
  setMeta(meta, 'section', m('article:section'), 'opengraph');
  setMeta(meta, 'authors', c.metas.get('article:author'), 'opengraph');
  // 4. other meta tags
  setMeta(meta, 'authors', m('author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author'), 'meta');
  setMeta(meta, 'published', m('date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'published_time', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created', 'citation_publication_date', 'citation_date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'datepublished', 'original-publish-date', 'last-modified'), 'meta');
  setMeta(meta, 'description', m('description'), 'meta');
  setMeta(meta, 'language', m('content-language', 'language', 'og:locale'), 'meta');
  setMeta(meta, 'url', c.canonical, 'meta');
  setMeta(meta, 'language', c.lang, 'meta');
  // 5. microdata (after the head's meta tags: an itemprop may belong to a teaser of another story)
  setMeta(meta, 'published', c.itemprops.get('datepublished')?.[0] ?? c.itemprops.get('datecreated')?.[0], 'microdata');
  setMeta(meta, 'modified', c.itemprops.get('datemodified')?.[0], 'microdata');
  // 6. <time datetime> that says it is the publication; the URL's date path (/2019/11/20/); a <time> in the article
  setMeta(meta, 'published', c.times.find((t) => t.itemprop && /published|created/i.test(t.itemprop))?.datetime, 'time');
  setMeta(meta, 'published', dateFromUrl(url ?? '') ?? dateFromUrl(meta.url ?? ''), 'url');
  setMeta(meta, 'published', c.times.find((t) => t.inArticle)?.datetime, 'time');
  // 7. visible dates (each step only when the ones before found nothing): right under the headline
  //    (a dateline), elements marked as dates, any <time>, further under the headline, the page's text
  const steps: [() => string | undefined, string][] = [
    [() => dateInText(c.afterH1.slice(0, 200))?.date, 'text'],
    [() => datedElements(c.dateElements), 'text'],
    [() => c.times[0]?.datetime, 'time'],
    [() => dateInText(c.afterH1)?.date, 'text'],
    [() => dateInText(c.allText.join(' ').replace(/\s+/g, ' '))?.date, 'text'],
  ];
  for (const [find, source] of steps) { if (meta.published) break; setMeta(meta, 'published', find(), source); }
  setMeta(meta, 'title', c.h1 || c.title, 'html');
  // a citation wants the article's own title and a language tag
  if (meta.title) meta.title = withoutSiteName(meta.title, meta.publisher, meta.url ?? url) || meta.title;
  if (meta.language) { const tag = languageTag(meta.language); if (tag) meta.language = tag; else { delete meta.language; delete meta.sources.language; } }
  return meta;
}
