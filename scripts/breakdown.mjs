// Speaker accuracy by the form of the gold speaker mention (full name, surname, pronoun, role or
// other noun phrase), for the claims that matched a gold entry leniently. Used by `npm run eval`.
import { readFileSync } from 'node:fs';

const PRONOUN = /^(he|she|they|it|i|we|you|him|her|them|his|their|who|which|that)$/i;
const ov = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const form = (s) => (PRONOUN.test(s) ? 'pronoun' : /^\p{Lu}/u.test(s) ? (s.split(/\s+/).length > 1 ? 'name' : 'surname') : 'role/noun');

export function breakdown(goldPath, predPath) {
  const gold = new Map(readFileSync(goldPath, 'utf8').split('\n').filter(Boolean).map((l) => { const d = JSON.parse(l); return [String(d.id), d]; }));
  const stats = {};
  for (const line of readFileSync(predPath, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    const d = gold.get(String(r.id));
    if (!d) continue;
    const claims = (r.claims ?? []).filter((c) => c.type !== 'statement');
    for (const g of d.quotes) {
      if (!g.speaker) continue;
      const gs = [g.start, g.end];
      let best, bestOv = 0;
      for (const c of claims) { const o = ov(gs, [c.start, c.end]); if (o > bestOv && o >= 0.3 * (gs[1] - gs[0]) && o >= 0.3 * (c.end - c.start)) { best = c; bestOv = o; } }
      if (!best) continue;
      const sp = g.speaker.trim();
      const m = best.speaker?.mention;
      let ok = !!(m && Number.isInteger(g.speakerStart) && ov([g.speakerStart, g.speakerEnd], [m.start, m.end]) > 0);
      if (!ok && best.speaker?.name && !PRONOUN.test(sp)) ok = best.speaker.name.toLowerCase().split(/\s+/).includes(sp.replace(/[’']s$/, '').split(/\s+/).pop().toLowerCase());
      const f = form(sp);
      const s = (stats[f] ??= { n: 0, ok: 0, none: 0 });
      s.n++; if (ok) s.ok++; else if (!best.speaker) s.none++;
    }
  }
  return stats;
}
