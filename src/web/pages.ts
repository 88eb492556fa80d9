// The audit pages as HTML strings: home, article, speaker, speakers, audit, search. The same functions
// render for the server (`claimledger serve`) and for the static report (`claimledger report`); only
// the links differ (Links), and the forms appear only where writing is allowed.
import type { Finding } from '../track/audit.js';
import type { ClaimResult } from '../track/query.js';
import { CSS, SCRIPT, speakerCss } from './assets.js';
import type { ArticleRow, ArticleView, ClaimView, Elsewhere, LedgerStatus, Paged, SpeakerRow, SpeakerView } from './data.js';
import { cspHash, html, Html, outLink, trusted, type Part } from './html.js';

export interface Links {
  home(o?: { page?: number; q?: string; from?: string; to?: string }): string;
  article(leaf: string, claim?: string): string;
  speaker(key: string, page?: number): string;
  speakers(page?: number, q?: string): string;
  audit(o?: { page?: number; code?: string }): string;
  /** claim search: only where a server answers */
  search?(q?: string, page?: number): string;
  review?(id: string): string;
  correct?(id: string): string;
}

export interface Ctx {
  links: Links;
  status: LedgerStatus;
  /** forms that append events are shown (serve --write, with the run's token) */
  write?: boolean;
  /** writing is possible but this browser has not presented the token */
  writeLocked?: boolean;
  flash?: string;
  error?: string;
}

export const TYPE_LABEL: Record<string, string> = { direct: 'direct quotation', partial: 'partial quotation', indirect: 'reported speech', statement: 'statement in the outlet’s own voice' };
const VIA_LABEL: Record<string, string> = {
  name: 'the full name', surname: 'the surname', pronoun: 'a pronoun', role: 'a role noun', introduction: 'a colon introduction (“X said:”)',
  continuation: 'a continuation of the speaker’s earlier quotation', title: 'a title', organisation: 'an organisation’s name',
};
const QUOTE_TYPES = new Set(['direct', 'partial', 'indirect']);
/** the claims a finding lists on the audit page (a cluster can hold thousands) */
const FINDING_CLAIMS = 20;

export interface Page { html: string; csp: string }

/** A whole page: the style and the script are inline, and the content security policy allows exactly them. */
export function layout(title: string, body: Html, ctx: Ctx, o: { css?: string; bodyClass?: string } = {}): Page {
  const css = CSS + (o.css ?? '');
  const csp = `default-src 'none'; style-src ${cspHash(css)}; script-src ${cspHash(SCRIPT)}; img-src data:; form-action 'self'; base-uri 'none'`;
  const l = ctx.links;
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<title>${title} · claimledger</title><style>${trusted(css)}</style></head>
<body${o.bodyClass ? html` class="${o.bodyClass}"` : ''}>
<header class="top"><a class="brand" href="${l.home()}">claimledger</a><nav aria-label="Sections"><a href="${l.home()}">Articles</a> · <a href="${l.speakers()}">Speakers</a> · <a href="${l.audit()}">Audit</a></nav>
${l.search ? html`<form class="search" role="search" method="get" action="${l.search()}"><label>Search claims <input type="search" name="q" aria-label="Search claim text"></label> <button>Search</button></form>` : html`<span class="muted">static report (read-only)</span>`}
</header>
<main id="main">
${ctx.flash ? html`<p class="flash" role="status">${ctx.flash}</p>` : ''}${ctx.error ? html`<p class="error" role="alert">${ctx.error}</p>` : ''}
${body}
</main>
<script>${trusted(SCRIPT)}</script>
</body></html>
`;
  return { html: page.s, csp };
}

function pager(p: { page: number; pages: number; total: number }, href: (page: number) => string): Html {
  if (p.pages <= 1) return html``;
  return html`<nav class="pager" aria-label="Pages">${p.page > 1 ? html`<a href="${href(p.page - 1)}" rel="prev">← Previous</a>` : ''}<span>page ${p.page} of ${p.pages} (${p.total})</span>${p.page < p.pages ? html`<a href="${href(p.page + 1)}" rel="next">Next →</a>` : ''}</nav>`;
}

const date = (d: string | null | undefined) => (d ? d.slice(0, 10) : '');

/** "[-old-] {+new+}" → <del>/<ins> */
function diffHtml(d: string): Html {
  const parts: Html[] = [];
  let last = 0;
  for (const m of d.matchAll(/\[-(.*?)-\]|\{\+(.*?)\+\}/g)) {
    parts.push(html`${d.slice(last, m.index)}`);
    parts.push(m[1] !== undefined ? html`<del>${m[1]}</del>` : html`<ins>${m[2]}</ins>`);
    last = m.index! + m[0].length;
  }
  parts.push(html`${d.slice(last)}`);
  return html`<span class="diff">${parts}</span>`;
}

function statusBox(s: LedgerStatus): Html {
  const cp = s.checkpoint;
  const v = s.verify;
  return html`<section aria-labelledby="ledger-h"><h2 id="ledger-h">Ledger</h2><ul class="plain">
<li>Latest signed checkpoint: ${cp ? html`size ${cp.size}, root <code>${cp.root}</code> (${cp.file}); signature ${cp.signature === 'valid' ? html`<span class="ok">valid</span>` : cp.signature === 'invalid' ? html`<span class="bad">INVALID</span>` : html`<span class="muted">not checked (no verifier key)</span>`}` : html`<span class="bad">none</span>`}</li>
<li>Verify: ${!v ? html`<span class="muted">running…</span>` : v.status === 'valid' ? html`<span class="ok">valid</span> ${v.message}` : html`<span class="bad">${v.status}</span> ${v.message}`} <span class="muted">(${s.keySource})</span></li>
</ul></section>`;
}

export function homePage(ctx: Ctx, articles: Paged<ArticleRow>, speakers: Paged<SpeakerRow>, f: { q?: string; from?: string; to?: string }, staticReport = false): Page {
  const l = ctx.links;
  const body = html`<h1>Articles</h1>
${statusBox(ctx.status)}
${staticReport ? '' : html`<form method="get" action="${l.home()}" class="search" aria-label="Find articles"><label>Title, outlet or input <input type="search" name="q" value="${f.q ?? ''}"></label>
 <label>From <input type="date" name="from" value="${f.from ?? ''}"></label> <label>To <input type="date" name="to" value="${f.to ?? ''}"></label> <button>Find</button></form>`}
<table class="list"><caption class="muted">${articles.total} article${articles.total === 1 ? '' : 's'}${f.q || f.from || f.to ? ' found' : ''}</caption>
<thead><tr><th>Published</th><th>Title</th><th>Outlet</th><th>Claims</th><th>Entry</th></tr></thead><tbody>
${articles.rows.map((a) => html`<tr><td>${date(a.published)}</td><td><a href="${l.article(a.leaf)}">${a.title || a.input}</a></td><td>${a.publisher ?? ''}</td><td>${a.claims}</td><td>${a.seq}</td></tr>`)}
</tbody></table>
${pager(articles, (page) => l.home({ ...f, page }))}
<h2>Speakers</h2>
<p>${speakers.rows.slice(0, 12).map((s, i) => html`${i ? ', ' : ''}<a href="${l.speaker(s.key)}">${s.name}</a> (${s.claims})`)}${speakers.total > 12 ? html` … <a href="${l.speakers()}">all ${speakers.total} speakers</a>` : ''}</p>`;
  return layout('Articles', body, ctx);
}

export function speakersPage(ctx: Ctx, speakers: Paged<SpeakerRow>, q?: string, staticReport = false): Page {
  const l = ctx.links;
  const body = html`<h1>Speakers</h1>
${staticReport ? '' : html`<form method="get" action="${l.speakers()}" class="search"><label>Name <input type="search" name="q" value="${q ?? ''}"></label> <button>Find</button></form>`}
<table class="list"><thead><tr><th>Speaker</th><th>Claims</th><th>Also named</th></tr></thead><tbody>
${speakers.rows.map((s) => html`<tr><td><a href="${l.speaker(s.key)}">${s.name}</a></td><td>${s.claims}</td><td>${s.variants.filter((v) => v !== s.name).join(', ')}</td></tr>`)}
</tbody></table>
${pager(speakers, (page) => l.speakers(page, q))}`;
  return layout('Speakers', body, ctx);
}

interface Seg { from: number; to: number; inner: ClaimView | undefined }

/**
 * The text cut at every claim boundary; each piece knows the innermost (shortest) claim over it. A
 * claim that is innermost nowhere (a longer claim entirely covered by shorter ones, or a twin) gets a
 * pin at its start so every claim can be selected.
 */
function segments(text: string, claims: ClaimView[]): { segs: Seg[]; pinned: ClaimView[] } {
  const inside = claims.filter((c) => c.verifies && c.start >= 0 && c.end <= text.length && c.end > c.start);
  const cuts = new Set<number>([0, text.length]);
  for (const c of inside) { cuts.add(c.start); cuts.add(c.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...inside].sort((a, b) => a.start - b.start);
  const active: ClaimView[] = [];
  const segs: Seg[] = [];
  let k = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    while (k < byStart.length && byStart[k].start <= from) active.push(byStart[k++]);
    for (let j = active.length - 1; j >= 0; j--) if (active[j].end <= from) active.splice(j, 1);
    let inner: ClaimView | undefined;
    for (const c of active) if (c.start <= from && c.end >= to && (!inner || c.end - c.start < inner.end - inner.start)) inner = c;
    segs.push({ from, to, inner });
  }
  const innermost = new Set(segs.map((s) => s.inner?.id));
  return { segs, pinned: inside.filter((c) => !innermost.has(c.id)) };
}

function speakerKey(c: ClaimResult): string {
  return c.speaker ? c.speaker.key ?? `name:${c.speaker.name}` : '';
}

function markClass(c: ClaimView, colour: Map<string, number>): string {
  const cls = ['claim', `t-${c.type}`];
  if (c.speaker) cls.push(`sp${colour.get(speakerKey(c)) ?? 0}`);
  else if (QUOTE_TYPES.has(c.type)) cls.push('nospeaker');
  if (c.correction) cls.push('corrected');
  return cls.join(' ');
}

function markTitle(c: ClaimView): string {
  return `${TYPE_LABEL[c.type] ?? c.type}${c.speaker ? `: ${c.correction?.speaker ?? c.speaker.name}` : QUOTE_TYPES.has(c.type) ? ': no speaker found' : ''}`;
}

function highlighted(text: string, claims: ClaimView[], colour: Map<string, number>): Html {
  const { segs, pinned } = segments(text, claims);
  const pinsAt = new Map<number, ClaimView[]>();
  for (const c of pinned) pinsAt.set(c.start, [...(pinsAt.get(c.start) ?? []), c]);
  const seen = new Set<string>();
  const out: Html[] = [];
  for (const s of segs) {
    for (const c of pinsAt.get(s.from) ?? []) {
      out.push(html`<a class="pin" href="#${c.id}" id="m-${c.id}" data-id="${c.id}" data-first="" data-type="${c.type}" data-speaker="${speakerKey(c)}" title="${markTitle(c)}" aria-label="${markTitle(c)} (a claim that covers the passage after it)">◆</a>`);
    }
    pinsAt.delete(s.from);
    const words = text.slice(s.from, s.to);
    const c = s.inner;
    if (!c) { out.push(html`${words}`); continue; }
    const first = !seen.has(c.id);
    seen.add(c.id);
    out.push(html`<a class="${markClass(c, colour)}" href="#${c.id}"${first ? html` id="m-${c.id}" data-first=""` : html` tabindex="-1"`} data-id="${c.id}" data-type="${c.type}" data-speaker="${speakerKey(c)}" title="${markTitle(c)}">${words}</a>`);
  }
  return html`${out}`;
}

function eventLine(e: ClaimView['events'][number]): Html {
  if (e.kind === 'review') return html`<li>Review (entry ${e.seq}): <strong>${e.rating ?? ''}</strong> by ${e.by ?? ''}${e.date ? html`, ${e.date}` : ''} ${outLink(e.url, 'the review')}</li>`;
  if (e.kind === 'correction') {
    return html`<li>Correction (entry ${e.seq})${e.by ? html` by ${e.by}` : ''}${e.date ? html`, ${e.date}` : ''}: ${e.what || e.note || ''}${e.note && e.what ? html` (${e.note})` : ''}</li>`;
  }
  return html`<li>${e.kind} (entry ${e.seq})${e.by ? html` by ${e.by}` : ''}${e.date ? html`, ${e.date}` : ''}${e.note ? html`: ${e.note}` : ''}</li>`;
}

function elsewhereLine(o: Elsewhere, l: Links): Html {
  return html`<li><a href="${l.article(o.source, o.id)}">${o.title || o.input}</a> (${o.publisher ?? 'unknown outlet'}${o.published ? html`, ${date(o.published)}` : ''}): <strong>${o.relation}</strong>${o.speaker ? html`, given to ${o.speaker}` : ''}${o.diff ? html`<br>${diffHtml(o.diff)}` : ''}</li>`;
}

function features(f: Record<string, unknown>): Part {
  const items = Object.entries(f).map(([k, v]) => html`<li>${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}</li>`);
  return items.length ? html`<ul class="plain">${items}</ul>` : html`<span class="muted">none fired</span>`;
}

function correctionLine(c: ClaimView): Part {
  const k = c.correction;
  if (!k) return '';
  const what = [
    k.speaker ? html`speaker <strong>${k.speaker}</strong> (was ${c.speaker?.name ?? 'no speaker'})` : '',
    k.type ? html`type <strong>${k.type}</strong> (was ${c.type})` : '',
    k.notAClaim ? html`<strong>not a claim</strong>` : '',
  ].filter((x) => x !== '');
  return html`<p class="flash">Corrected (entry ${k.seq}${k.by ? html`, by ${k.by}` : ''}${k.date ? html`, ${k.date}` : ''}): ${what.map((w, i) => html`${i ? '; ' : ''}${w}`)}</p>`;
}

function forms(c: ClaimView, l: Links): Html {
  const today = new Date().toISOString().slice(0, 10);
  return html`<form method="post" action="${l.review!(c.id)}" aria-label="Review this claim"><strong>Record a review</strong>
<label>Rating <input type="text" name="rating" required maxlength="200"></label>
<label>Reviewer <input type="text" name="by" required maxlength="200"></label>
<label>Review URL <input type="url" name="url" required placeholder="https://"></label>
<label>Date <input type="date" name="date" value="${today}"></label>
<button>Append review</button></form>
<form method="post" action="${l.correct!(c.id)}" aria-label="Correct the attribution"><strong>Correct the attribution</strong>
<label>Right speaker <input type="text" name="speaker" list="people" maxlength="200"></label>
<label>Right type <select name="type"><option value="">(unchanged)</option>${['direct', 'partial', 'indirect', 'statement'].map((t) => html`<option value="${t}">${t}</option>`)}</select></label>
<label><input type="checkbox" name="notAClaim" value="1"> Not a claim</label>
<label>Corrected by <input type="text" name="by" maxlength="200"></label>
<label>Note <input type="text" name="note" maxlength="1000"></label>
<button>Append correction</button></form>`;
}

function card(c: ClaimView, ctx: Ctx, cp: LedgerStatus['checkpoint']): Html {
  const l = ctx.links;
  const sp = c.speaker;
  const heading = sp ? html`${TYPE_LABEL[c.type] ?? c.type} by ${sp.name}` : c.type === 'statement' ? html`${TYPE_LABEL.statement}` : html`${TYPE_LABEL[c.type] ?? c.type}, <span class="bad">no speaker found</span>`;
  return html`<section class="card" id="${c.id}" data-type="${c.type}" data-speaker="${speakerKey(c)}" aria-label="Claim ${c.id}" tabindex="-1">
<h3>${heading}</h3>
<blockquote>${c.text}</blockquote>
${correctionLine(c)}
<dl>
<dt>Type</dt><dd>${TYPE_LABEL[c.type] ?? c.type}</dd>
<dt>Cue</dt><dd>${c.cue ?? '—'}</dd>
<dt>Speaker</dt><dd>${sp ? html`${sp.key ? html`<a href="${l.speaker(sp.key)}">${sp.name}</a>` : sp.name}${sp.role ? html`, ${sp.role}` : ''} <span class="muted">(${sp.kind ?? 'unknown'})</span>` : '—'}</dd>
${sp ? html`<dt>Found through</dt><dd>${VIA_LABEL[sp.via ?? ''] ?? sp.via ?? '—'}${c.mentionText && sp.mention ? html`: “${c.mentionText}” at [${sp.mention.start}, ${sp.mention.end})` : ''}</dd>` : ''}
<dt>Rule</dt><dd><code>${c.rule ?? '—'}</code></dd>
<dt>Check-worthiness</dt><dd>${c.score === null ? '—' : c.score.toFixed(3)}${c.reasons.length ? html`<br><span class="muted">${c.reasons.join('; ')}</span>` : ''}${features(c.features)}</dd>
<dt>Ledger entry</dt><dd>${c.seq} <code>${c.id}</code>${cp ? (cp.size > c.seq ? html`; in the signed checkpoint of size ${cp.size}` : html`; <span class="bad">not yet in a signed checkpoint</span>`) : ''}</dd>
<dt>Verifies</dt><dd>${c.verifies ? html`<span class="ok">yes</span>: the stored text at [${c.start}, ${c.end}) is these words` : html`<span class="bad">no</span>: the stored text at [${c.start}, ${c.end}) is not these words`}</dd>
<dt>Events</dt><dd>${c.events.length ? html`<ul class="plain">${c.events.map(eventLine)}</ul>` : 'none'}${c.reviews.filter((r) => r.via === 'cluster').map((r) => html`<br>Review of a repeat: <strong>${r.rating ?? ''}</strong> by ${r.by ?? ''}`)}</dd>
<dt>Same words elsewhere</dt><dd>${c.elsewhere.length ? html`<ul class="plain">${c.elsewhere.map((o) => elsewhereLine(o, l))}</ul>` : 'none'}${c.clusterOthers > c.elsewhere.length ? html`<span class="muted">${c.clusterOthers} other claims share its cluster; ${c.elsewhere.length} linked directly shown</span>` : ''}</dd>
</dl>
${ctx.write && l.review ? forms(c, l) : ctx.writeLocked ? html`<p class="muted">To review or correct, open the address <code>claimledger serve --write</code> printed (it carries the run's token).</p>` : ''}
<p><a href="#m-${c.id}">Back to the text</a></p>
</section>`;
}

export function articlePage(ctx: Ctx, v: ArticleView): Page {
  const s = v.source;
  const colour = new Map(v.speakers.map((x, i) => [x.key, i]));
  const types = ['direct', 'partial', 'indirect', 'statement'].filter((t) => v.claims.some((c) => c.type === t));
  const noSpeaker = v.claims.filter((c) => !c.speaker && QUOTE_TYPES.has(c.type)).length;
  const statements = v.claims.filter((c) => c.type === 'statement').length;
  const people = v.speakers.map((x) => x.name);
  const bad = v.claims.filter((c) => !c.verifies);
  const body = html`<h1>${s.title || s.input}</h1>
<p class="meta">${s.publisher ?? 'unknown outlet'}${s.published ? html` · ${date(s.published)}` : ''} · ${outLink(s.url)} · input <code>${s.input}</code> · entry ${s.seq} · stored text ${v.text === null ? html`<span class="bad">missing</span>` : v.textVerifies ? html`<span class="ok">verifies</span>` : html`<span class="bad">does not match its hash</span>`}</p>
${bad.length ? html`<p class="error">${bad.length} claim${bad.length === 1 ? '' : 's'} do not match the stored text at their offsets and are not highlighted: ${bad.map((c) => c.id).join(', ')}</p>` : ''}
<div class="cols">
<article class="text" id="text" aria-label="Article text">${v.text === null ? html`<span class="bad">The stored text is missing.</span>` : highlighted(v.text, v.claims, colour)}</article>
<aside class="side" aria-label="Legend, filters and the selected claim">
<h2>Speakers</h2>
<ul class="legend" aria-label="Speakers: select one to show only their claims">
${v.speakers.map((x, i) => html`<li><button type="button" class="sp${i}" data-speaker="${x.key}" aria-pressed="false">${x.name} <span class="count">(${x.count})</span></button></li>`)}
</ul>
<ul class="legend" aria-label="Styles">
${statements ? html`<li><span class="t-statement">statement</span> (${statements})</li>` : ''}${noSpeaker ? html`<li><span class="nospeaker">no speaker</span> (${noSpeaker})</li>` : ''}<li><span class="muted">underlined: reported speech; double underline: corrected</span></li>
</ul>
<div class="filters" role="group" aria-label="Filter by type">${types.map((t) => html`<label><input type="checkbox" value="${t}" checked> ${t} (${v.claims.filter((c) => c.type === t).length})</label>`)}
<button type="button" id="show-all">Show all</button> <span class="muted">showing <span id="shown">${v.claims.length}</span> of ${v.claims.length} claims</span></div>
${ctx.write ? html`<datalist id="people">${people.map((p) => html`<option value="${p}">`)}</datalist>` : ''}
<div class="cards"><p class="hint muted">Select a highlighted passage (or Tab to it and press Enter) to see its card. Keys: <span class="kbd">j</span>/<span class="kbd">k</span> next/previous claim, <span class="kbd">Esc</span> close.</p>
${v.claims.map((c) => card(c, ctx, ctx.status.checkpoint))}
</div>
</aside>
</div>`;
  return layout(s.title || s.input, body, ctx, { css: speakerCss(v.speakers.length) });
}

function claimRow(c: ClaimResult, l: Links, withSpeaker: boolean): Html {
  return html`<tr><td>${date(c.source.published)}</td><td><a href="${l.article(c.source.leaf)}">${c.source.title || c.source.input}</a><br><span class="muted">${c.source.publisher ?? ''}</span></td>
<td>${c.type}</td>${withSpeaker ? html`<td>${c.speaker ? (c.speaker.key ? html`<a href="${l.speaker(c.speaker.key)}">${c.speaker.name}</a>` : c.speaker.name) : '—'}${c.correction?.speaker ? html`<br><span class="muted">corrected: ${c.correction.speaker}</span>` : ''}</td>` : ''}
<td><a href="${l.article(c.source.leaf, c.id)}">${c.text.length > 300 ? c.text.slice(0, 300) + '…' : c.text}</a>${c.cue ? html` <span class="muted">(${c.cue})</span>` : ''}${c.correction ? html`<br><span class="muted">${c.correction.notAClaim ? 'corrected: not a claim' : c.correction.type ? `corrected type: ${c.correction.type}` : c.correction.speaker && !withSpeaker ? `corrected speaker: ${c.correction.speaker}` : ''}</span>` : ''}</td></tr>`;
}

export function speakerPage(ctx: Ctx, v: SpeakerView): Page {
  const l = ctx.links;
  const sp = v.speaker;
  const body = html`<h1>${sp.name}</h1>
<p class="meta">${sp.claims} claim${sp.claims === 1 ? '' : 's'} across the ledger${sp.variants.length ? html`; named ${sp.variants.map((n, i) => html`${i ? ', ' : ''}“${n}”`)}` : ''}</p>
<h2>Conflicts: the same words given to someone else (${v.conflictCount})</h2>
${v.conflicts.length ? html`<ul class="plain">${v.conflicts.map((x) => html`<li><a href="${l.article(x.claim.source, x.claim.id)}">“${x.claim.text}”</a> (${x.claim.publisher ?? x.claim.input}) is given to <strong>${x.other.speaker}</strong> in <ul class="plain">${elsewhereLine(x.other, l)}</ul></li>`)}</ul>${v.conflictCount > v.conflicts.length ? html`<p class="muted">the first ${v.conflicts.length} shown</p>` : ''}` : html`<p>none</p>`}
<h2>Drift: the same quote in other words (${v.driftCount})</h2>
${v.drift.length ? html`<ul class="plain">${v.drift.map((x) => html`<li><a href="${l.article(x.claim.source, x.claim.id)}">“${x.claim.text}”</a> (${x.claim.publisher ?? x.claim.input}) <ul class="plain">${elsewhereLine(x.other, l)}</ul></li>`)}</ul>${v.driftCount > v.drift.length ? html`<p class="muted">the first ${v.drift.length} shown</p>` : ''}` : html`<p>none</p>`}
<h2>Claims in publication order</h2>
<table class="list"><thead><tr><th>Published</th><th>Article</th><th>Type</th><th>Claim</th></tr></thead><tbody>
${v.claims.rows.map((c) => claimRow(c, l, false))}
</tbody></table>
${pager(v.claims, (page) => l.speaker(sp.key, page))}`;
  return layout(sp.name, body, ctx);
}

export function auditPage(ctx: Ctx, f: Paged<Finding> & { codes: Record<string, number> }, code?: string): Page {
  const l = ctx.links;
  const body = html`<h1>Audit</h1>
<p>${Object.entries(f.codes).map(([k, n], i) => html`${i ? ' · ' : ''}${k === code ? html`<strong>${k} (${n})</strong>` : html`<a href="${l.audit({ code: k })}">${k} (${n})</a>`}`)}${code ? html` · <a href="${l.audit()}">all</a>` : ''}</p>
<ol class="plain findings">
${f.rows.map((x) => html`<li class="finding" data-code="${x.code}"><strong class="${x.severity === 'problem' ? 'bad' : 'muted'}">${x.code}</strong> ${x.message}${x.diff ? html`<br>${diffHtml(x.diff)}` : ''}
<ul class="plain">${x.claims.slice(0, FINDING_CLAIMS).map((p) => html`<li><a href="${l.article(p.source, p.id)}">“${p.text.length > 200 ? p.text.slice(0, 200) + '…' : p.text}”</a> — ${p.speaker ?? 'no speaker'}, ${p.publisher ?? p.input}${p.published ? html`, ${date(p.published)}` : ''}</li>`)}${(x.claimCount ?? x.claims.length) > FINDING_CLAIMS ? html`<li class="muted">and ${(x.claimCount ?? x.claims.length) - FINDING_CLAIMS} more claims (<code>claimledger audit --json</code> lists them all)</li>` : ''}</ul></li>`)}
</ol>
${pager(f, (page) => l.audit({ page, code }))}`;
  return layout('Audit', body, ctx);
}

export function searchPage(ctx: Ctx, q: string, r: Paged<ClaimResult>): Page {
  const l = ctx.links;
  const body = html`<h1>Claims matching “${q}”</h1>
<p class="meta">${r.total} claim${r.total === 1 ? '' : 's'}</p>
<table class="list"><thead><tr><th>Published</th><th>Article</th><th>Type</th><th>Speaker</th><th>Claim</th></tr></thead><tbody>
${r.rows.map((c) => claimRow(c, l, true))}
</tbody></table>
${pager(r, (page) => l.search!(q, page))}`;
  return layout(`Search: ${q}`, body, ctx);
}

export function notFoundPage(ctx: Ctx, what: string): Page {
  return layout('Not found', html`<h1>Not found</h1><p>${what}</p><p><a href="${ctx.links.home()}">All articles</a></p>`, ctx);
}
