// Speaker identity across articles: "Mr. Okafor", "Jane Okafor" and "Okafor" are one person
// when the corpus knows one first name for that surname. Titles and honorifics come off first (the
// titles lexicon); a surname shared by two first names ("Hillary Clinton", "Bill Clinton") leaves the
// bare surname its own identity rather than guessing.
import { lexicon } from '../lexicon/index.js';

export interface Identity { key: string; name: string; variants: string[] }

const HONORIFIC = /^(mr|mrs|ms|miss|dr|prof|sen|rep|gov|gen|lt|col|sgt|rev|hon|sir|dame|lord|lady)\.?$/i;

/** The name with leading titles and honorifics removed ("Political analyst Jane Okafor" → "Jane Okafor"). */
export function bareName(name: string): string {
  let w = name.replace(/[’']s$/, '').trim().split(/\s+/);
  const titles = lexicon().titles;
  for (let changed = true; changed && w.length > 1;) {
    changed = false;
    if (HONORIFIC.test(w[0])) { w = w.slice(1); changed = true; continue; }
    const lower = w.map((x) => x.toLowerCase().replace(/\.$/, ''));
    const t = titles.find((t) => t.length < w.length && t.every((x, i) => x.replace(/\.$/, '') === lower[i]));
    if (t) { w = w.slice(t.length); changed = true; }
  }
  return w.join(' ');
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Identities for a list of speaker names (persons); organisations and groups key by their folded name. */
export function identities(people: string[], others: string[] = []): Map<string, Identity> {
  const out = new Map<string, Identity>();
  const bySurname = new Map<string, Set<string>>(); // surname → full bare names
  const bare = new Map<string, string>();
  for (const n of people) {
    const b = bareName(n);
    bare.set(n, b);
    const parts = b.split(/\s+/);
    const s = fold(parts[parts.length - 1]);
    if (!bySurname.has(s)) bySurname.set(s, new Set());
    if (parts.length > 1) bySurname.get(s)!.add(b);
  }
  for (const n of people) {
    const b = bare.get(n)!;
    const parts = b.split(/\s+/);
    const s = fold(parts[parts.length - 1]);
    const fulls = [...(bySurname.get(s) ?? [])];
    const firsts = new Set(fulls.map((f) => fold(f.split(/\s+/)[0])));
    let key: string, canonical: string;
    if (parts.length > 1) {
      key = `person:${fold(parts[0])} ${s}`;
      // the fullest spelling of this first name + surname ("Jane Okafor" over "J. Okafor")
      canonical = fulls.filter((f) => fold(f.split(/\s+/)[0]) === fold(parts[0])).sort((x, y) => y.length - x.length || x.localeCompare(y))[0] ?? b;
    } else if (firsts.size === 1) {
      canonical = fulls.sort((x, y) => y.length - x.length || x.localeCompare(y))[0];
      key = `person:${fold(canonical.split(/\s+/)[0])} ${s}`;
    } else {
      key = `person:${s}`;
      canonical = b;
    }
    const id = out.get(key) ?? { key, name: canonical, variants: [] };
    if (!id.variants.includes(n)) id.variants.push(n);
    out.set(key, id);
  }
  for (const n of others) {
    const key = `org:${fold(n.replace(/^the\s+/i, ''))}`;
    const id = out.get(key) ?? { key, name: n.replace(/^the\s+/i, ''), variants: [] };
    if (!id.variants.includes(n)) id.variants.push(n);
    out.set(key, id);
  }
  for (const id of out.values()) id.variants.sort();
  return out;
}

/** name → identity key, for every variant. */
export function keyOf(ids: Map<string, Identity>): Map<string, string> {
  const m = new Map<string, string>();
  for (const id of ids.values()) for (const v of id.variants) if (!m.has(v) || id.key.startsWith('person:')) m.set(v, id.key);
  return m;
}
