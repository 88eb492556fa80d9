// Article metadata from the page head and markup, in order of trust: JSON-LD (NewsArticle, Article, …,
// inside @graph and arrays), OpenGraph and article:* meta, meta name=author/date/…, <time datetime>,
// the <title>/<h1>. Each field records where it came from.
import type * as cheerio from 'cheerio';
import type { Meta, MetaField } from '../article.js';

type $ = cheerio.CheerioAPI;

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

export function readMeta(doc: $): Meta {
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

