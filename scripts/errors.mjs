#!/usr/bin/env node
// Error listing for attribution work: node scripts/errors.mjs GOLD.jsonl PRED.jsonl CATEGORY [--limit N] [--seed S]
// CATEGORY: quote-fp | quote-fn | inexact | speaker | cue | ind-fn | ind-fp | counts
// Matching follows ../shared/tools/score-attribution.mjs (lenient, t = 0.3, greedy by overlap).
// Prints each error with its sentence in context; for error analysis only (nothing here is copied into rules).
import { readFileSync } from 'node:fs';

const [goldPath, predPath, cat = 'counts'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const limit = Number(process.argv.find((a) => a.startsWith('--limit='))?.slice(8) ?? 40);
const seed = Number(process.argv.find((a) => a.startsWith('--seed='))?.slice(7) ?? 1);
const gold = readFileSync(goldPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const preds = new Map(readFileSync(predPath, 'utf8').split('\n').filter(Boolean).map((l) => { const r = JSON.parse(l); return [String(r.id), r]; }));
const inter = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const PRONOUN = /^(he|she|they|it|i|we|you|him|her|them|his|their|who|which|that)$/i;
const surname = (s) => (s || '').replace(/[’']s$/, '').trim().split(/\s+/).pop()?.toLowerCase() ?? '';
const TRIM = (text, s, e) => { const f = text.slice(s, e); const l = f.length - f.replace(/^[\s"“”‘’'«»„,.;:—–-]+/, '').length; const t = f.length - f.replace(/[\s"“”‘’'«»„,.;:—–-]+$/, '').length; return [s + l, Math.max(s + l, e - t)]; };
const quotedParts = (text, s, e) => { const out = []; const re = /[“"«„]([^“”"«»„]+)[”"»]/g; const f = text.slice(s, e); let m; while ((m = re.exec(f))) out.push([s + m.index + 1, s + m.index + 1 + m[1].length]); return out; };
const ctx = (text, s, e, w = 160) => { const a = Math.max(0, s - w), b = Math.min(text.length, e + w); return (text.slice(a, s) + '⟦' + text.slice(s, e) + '⟧' + text.slice(e, b)).replace(/\n/g, ' ⏎ '); };
const out = { 'quote-fp': [], 'quote-fn': [], inexact: [], speaker: [], cue: [], 'ind-fn': [], 'ind-fp': [] };
for (const doc of gold) {
  const claims = (preds.get(String(doc.id))?.claims ?? []).filter((c) => c.type !== 'statement');
  const gq = doc.quotes ?? [];
  const pairs = [];
  gq.forEach((g, gi) => claims.forEach((p, pi) => {
    for (const [s, e] of [[g.start, g.end], ...(g.kind === 'mixed' ? quotedParts(doc.text, g.start, g.end) : [])]) {
      const ov = inter([s, e], [p.start, p.end]);
      if (ov > 0 && ov >= 0.3 * (e - s) && ov >= 0.3 * (p.end - p.start)) { pairs.push([ov, gi, pi]); break; }
    }
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const matchOf = new Map(), used = new Set();
  for (const [, gi, pi] of pairs) if (!matchOf.has(gi) && !used.has(pi)) { matchOf.set(gi, pi); used.add(pi); }
  const matchedMixed = [...matchOf.keys()].map((gi) => gq[gi]).filter((g) => g.kind === 'mixed');
  claims.forEach((p, pi) => {
    if (used.has(pi) || matchedMixed.some((g) => inter([g.start, g.end], [p.start, p.end]) > 0)) return;
    out[p.type === 'indirect' ? 'ind-fp' : 'quote-fp'].push({ doc: doc.id, line: `${p.type} [${p.rule ?? ''}] spk=${p.speaker?.name ?? '∅'}: ${ctx(doc.text, p.start, p.end)}` });
  });
  gq.forEach((g, gi) => {
    const isQ = g.kind === 'direct' || g.kind === 'mixed';
    if (!matchOf.has(gi)) {
      if (isQ) out['quote-fn'].push({ doc: doc.id, line: `${g.kind}${g.minor ? ' minor' : ''} spk=${g.speaker ?? '∅'}: ${ctx(doc.text, g.start, g.end)}` });
      else if (g.cueClass === undefined || g.cueClass === 'speech') out['ind-fn'].push({ doc: doc.id, line: `spk=${g.speaker ?? '∅'} cue=${g.cue ? doc.text.slice(g.cue.start, g.cue.end) : '∅'}: ${ctx(doc.text, g.start, g.end)}` });
      return;
    }
    const p = claims[matchOf.get(gi)];
    if (isQ) {
      const b = TRIM(doc.text, p.start, p.end);
      const views = [[g.start, g.end], ...(g.kind === 'mixed' ? quotedParts(doc.text, g.start, g.end) : [])];
      if (!views.some(([s, e]) => { const a = TRIM(doc.text, s, e); return a[0] === b[0] && a[1] === b[1]; })) out.inexact.push({ doc: doc.id, line: `gold ${ctx(doc.text, g.start, g.end, 40)}\n      pred ${ctx(doc.text, p.start, p.end, 40)}` });
    }
    if (g.speaker) {
      const m = p.speaker?.mention;
      let ok = !!(m && Number.isInteger(g.speakerStart) && inter([g.speakerStart, g.speakerEnd], [m.start, m.end]) > 0);
      if (!ok && p.speaker?.name && !PRONOUN.test(g.speaker.trim())) ok = p.speaker.name.toLowerCase().split(/\s+/).includes(surname(g.speaker));
      if (!ok) out.speaker.push({ doc: doc.id, line: `${g.kind} gold=${g.speaker} pred=${p.speaker ? `${p.speaker.name} (${p.speaker.mention?.text}, ${p.speaker.via}) [${p.rule ?? ''}]` : '∅'}: ${ctx(doc.text, Math.min(g.start, g.speakerStart ?? g.start), Math.max(g.end, g.speakerEnd ?? g.end), 80)}` });
    }
    if (g.cue && Number.isInteger(g.cue.start) && !(p.cue && inter([g.cue.start, g.cue.end], [p.cue.start, p.cue.end]) > 0)) out.cue.push({ doc: doc.id, line: `${g.kind} gold=${doc.text.slice(g.cue.start, g.cue.end)} pred=${p.cue?.text ?? '∅'} [${p.rule ?? ''}]: ${ctx(doc.text, Math.min(g.start, g.cue.start), Math.max(g.end, g.cue.end), 80)}` });
  });
}
if (cat === 'counts') { for (const [k, v] of Object.entries(out)) console.log(k, v.length); process.exit(0); }
const list = out[cat];
// a fixed pseudo-random sample, so that two runs show the same errors
let x = seed; const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
const sample = list.length <= limit ? list : [...list].sort(() => rnd() - 0.5).slice(0, limit);
for (const e of sample) console.log(`${e.doc}: ${e.line}\n`);
console.log(`(${sample.length} of ${list.length})`);
