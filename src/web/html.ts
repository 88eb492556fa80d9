// HTML that is safe by construction: every value put into a template is escaped unless it is already
// Html (made by this module). Article text, titles, speaker names and URLs are hostile input; nothing
// here trusts them. A URL becomes a link only when it is http(s).
import { createHash } from 'node:crypto';

export class Html {
  constructor(readonly s: string) {}
  toString(): string { return this.s; }
}

export type Part = Html | string | number | boolean | null | undefined | Part[];

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Text for an element or a quoted attribute value. */
export function esc(s: unknown): string {
  // control characters other than tab and newlines have no place on a page
  return String(s ?? '').replace(/[&<>"'`]/g, (c) => ENTITY[c]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
}

function render(v: Part): string {
  if (v instanceof Html) return v.s;
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === null || v === undefined || v === false || v === true) return '';
  return esc(v);
}

/** A template whose values are escaped; nested `html` and arrays of it pass through. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Markup made by this program itself (CSS, the page script): never article text. */
export const trusted = (s: string) => new Html(s);

/** The URL when it is an absolute http(s) URL, else undefined (javascript:, data:, relative, garbage). */
export function httpUrl(u: unknown): string | undefined {
  if (typeof u !== 'string') return undefined;
  try {
    const x = new URL(u);
    return x.protocol === 'http:' || x.protocol === 'https:' ? x.href : undefined;
  } catch { return undefined; }
}

/** A link to an outside page when the URL is http(s); the URL as plain text otherwise. */
export function outLink(u: unknown, label?: Part): Html {
  const href = httpUrl(u);
  if (!href) return html`<span class="url">${typeof u === 'string' ? u : ''}</span>`;
  return html`<a href="${href}" rel="noopener noreferrer nofollow" target="_blank">${label ?? href}</a>`;
}

/** The CSP source for an inline element's exact content. */
export const cspHash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
