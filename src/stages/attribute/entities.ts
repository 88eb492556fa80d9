// The article's people and organisations: learned from the text itself (a capitalised run after a
// title, or of two words or more), then used to resolve a mention to the fullest name in the article.
// Pronouns and role nouns resolve through a salience timeline of sentence subjects and speakers.
import nlp from './compromise.js';
import { lexicon, wordClasses } from '../../lexicon/index.js';
import type { Speaker } from '../../article.js';
import type { Mention } from './mentions.js';
import { CACHE_LIMIT, isPersonNoun } from './nlp.js';
import { alternation } from './tokens.js';

const W = wordClasses();
/** agent nouns: "owner", "organizer", "economist" */
const AGENT = new RegExp(`(${alternation(W['agent-ending'])})$`);

export interface Entity {
  name: string;
  words: string[];
  kind: 'person' | 'organization';
  role?: string;
  gender?: 'male' | 'female';
  /** the first name whose gender is looked up (with compromise) only when a pronoun needs it */
  firstName?: string;
  first: number;
}

interface Event { pos: number; entity: Entity }

const genderCache = new Map<string, Entity['gender'] | null>();
function genderOf(first: string): Entity['gender'] | undefined {
  if (!genderCache.has(first)) {
    if (genderCache.size >= CACHE_LIMIT) genderCache.clear(); // memory stays flat over a long run
    const d = nlp(first);
    genderCache.set(first, d.has('#MaleName') ? 'male' : d.has('#FemaleName') ? 'female' : null);
  }
  return genderCache.get(first) ?? undefined;
}

/** An entity's gender: from its title, else from its first name, looked up once when first asked. */
function genderOfEntity(e: Entity): Entity['gender'] {
  if (!e.gender && e.firstName) { e.gender = genderOf(e.firstName); e.firstName = undefined; }
  return e.gender;
}

const ACRONYM = /^\p{Lu}[\p{Lu}.&]+$/u;

export function isOrganization(name: string): boolean {
  const { orgWords } = lexicon();
  const words = name.split(/\s+/);
  return words.some((w) => orgWords.has(w.replace(/[’']s$/, ''))) || (words.length === 1 && ACRONYM.test(words[0]));
}

/** how far back a question about the salience timeline looks event by event (a long article's whole timeline) */
const RECENT_EVENTS = 600;

export class Entities {
  readonly all: Entity[] = [];
  private timeline: Event[] = [];
  // (indexes, so that an article of thousands of names and mentions costs no more per mention than a short one)
  private readonly byLast = new Map<string, Entity[]>();
  private readonly byFirst = new Map<string, Entity[]>();

  /** Adds a name mention; returns the entity it now belongs to. */
  learn(m: Mention, pos: number): Entity | undefined {
    if (m.kind !== 'name') return undefined;
    const words = m.name.split(/\s+/).filter(Boolean);
    if (!words.length) return undefined;
    const existing = this.fullest(words);
    const kind = isOrganization(m.name) ? 'organization' : 'person';
    if (existing && existing.words.length >= words.length) {
      if (m.role && !existing.role) existing.role = m.role;
      return existing;
    }
    // a single unknown word is only a person when it comes with a title or role
    if (words.length === 1 && kind === 'person' && !m.role && !existing) return undefined;
    const e: Entity = { name: m.name, words, kind, ...(m.role ? { role: m.role } : {}), first: pos };
    if (kind === 'person' && words.length > 1) e.firstName = words[0];
    const title = /^[\p{L}]+/u.exec(m.role ?? '')?.[0] ?? '';
    if (W['male-title'].has(title)) e.gender = 'male';
    if (W['female-title'].has(title)) e.gender = 'female';
    if (existing) { // a fuller form of a name seen before: the fuller one takes over
      if (!e.role && existing.role) e.role = existing.role;
      if (!e.gender && existing.gender) e.gender = existing.gender;
      if (!e.gender && !e.firstName && existing.firstName) e.firstName = existing.firstName;
    }
    this.all.push(e);
    for (const [index, key] of [[this.byLast, words[words.length - 1]], [this.byFirst, words[0]]] as const) {
      const list = index.get(key);
      if (list) list.push(e); else index.set(key, [e]);
    }
    return e;
  }

  /** The entity with the most words whose name contains all of `words` in order and ends the same. */
  fullest(words: string[]): Entity | undefined {
    const last = words[words.length - 1];
    let best: Entity | undefined;
    for (const e of this.byLast.get(last) ?? []) {
      let i = 0;
      for (const w of e.words) if (w === words[i]) i++;
      if (i < words.length) continue;
      if (!best || e.words.length > best.words.length) best = e;
    }
    // one word that names nobody by its end may name one person by its start: a surname written first ("Xi" for
    // Xi Jinping) or a first name the article uses alone ("Hillary"); only when one person of the article has it
    if (!best && words.length === 1) {
      const byFirst = (this.byFirst.get(last) ?? []).filter((e) => e.kind === 'person' && e.words.length > 1 && e.words.length <= 4);
      if (byFirst.length === 1) best = byFirst[0];
    }
    return best;
  }

  note(entity: Entity, pos: number): void {
    this.timeline.push({ pos, entity });
  }

  /** every full-name mention, in text order: the fallback for a pronoun when no speaker or subject came before */
  private mentions: Event[] = [];
  mentioned(entity: Entity, pos: number): void { this.mentions.push({ pos, entity }); }

  private recent(pos: number, ok: (e: Entity) => boolean): Entity | undefined {
    // events are noted in text order, so the newest candidates are at the end; the last RECENT_EVENTS
    // only (every event of a news article; in a text of thousands of mentions, what is still salient),
    // so a question costs the same however long the text
    for (let i = this.timeline.length - 1; i >= Math.max(0, this.timeline.length - RECENT_EVENTS); i--) {
      const ev = this.timeline[i];
      if (ev.pos < pos && ok(ev.entity)) return ev.entity;
    }
    return undefined;
  }

  /** Resolves a speaker mention at text position `pos` to a Speaker (null name parts never invented). */
  resolve(m: Mention, pos: number, text: string): Speaker {
    const mention = { text: text.slice(m.start, m.end), start: m.start, end: m.end };
    const base = (name: string, kind: Speaker['kind'], via: Speaker['via'], role?: string): Speaker =>
      ({ name, mention, kind, via, ...(role ?? m.role ? { role: role ?? m.role } : {}) });
    if (m.kind === 'name') {
      const words = m.name.split(/\s+/);
      const e = this.fullest(words);
      if (e) {
        const via = e.kind === 'organization' ? 'organization' : e.words.length > words.length ? 'surname' : 'name';
        return base(e.name, e.kind, via, m.role ?? e.role);
      }
      return base(m.name, isOrganization(m.name) ? 'organization' : 'person', isOrganization(m.name) ? 'organization' : 'name');
    }
    if (m.kind === 'pronoun') {
      const p = lexicon().pronouns.get(m.name.toLowerCase());
      const gender = p === 'male' || p === 'female' ? p : undefined;
      const e = p === 'plural'
        ? this.recent(pos, (x) => x.kind === 'organization')
        : this.recent(pos, (x) => x.kind === 'person' && (!gender || !genderOfEntity(x) || x.gender === gender));
      if (e) return base(e.name, e.kind, 'pronoun', e.role);
      // nobody noted as a subject or speaker yet: the last person named before the pronoun
      if (p !== 'plural') {
        for (let i = this.mentions.length - 1; i >= Math.max(0, this.mentions.length - RECENT_EVENTS); i--) {
          const ev = this.mentions[i];
          if (ev.pos < pos && ev.entity.kind === 'person' && (!gender || !genderOfEntity(ev.entity) || ev.entity.gender === gender)) return base(ev.entity.name, ev.entity.kind, 'pronoun', ev.entity.role);
        }
      }
      return base(m.name, 'unknown', 'pronoun');
    }
    // a noun phrase: a definite role noun resolves to the person introduced with that role
    const { roleNouns } = lexicon();
    const phrase = m.name.toLowerCase();
    const det = text.slice(m.start, m.end).split(/\s+/)[0].toLowerCase();
    const head = phrase.split(/\s+/).pop() ?? '';
    const cls = roleNouns.get(phrase) ?? roleNouns.get(head);
    if (det === 'the' && cls && isPersonHead(head, cls)) {
      const byRole = this.recent(pos, (x) => x.kind === 'person' && !!x.role && x.role.toLowerCase().includes(phrase))
        ?? this.all.find((x) => x.kind === 'person' && !!x.role && x.role.toLowerCase().includes(phrase))
        ?? (cls === 'expert' ? this.recent(pos, (x) => x.kind === 'person' && !!x.role && roleClass(x.role) === 'expert') : undefined);
      if (byRole) return base(byRole.name, 'person', 'role', byRole.role);
    }
    // a description by a person noun whose role's head is that noun, its names agreeing: "the longtime owner" →
    // "The team’s owner, Victor Lamarr" (not "the New Jersey governor" → the Florida one)
    if (det === 'the' && isPersonHead(head, cls)) {
      // (its proper words and its distinguishing modifiers must be the role's: "the former president" is not the president)
      const names = m.name.split(/\s+/).slice(0, -1).filter((w) => /^\p{Lu}/u.test(w) || W['distinguishing-role-modifier'].has(w.toLowerCase())).map((w) => w.toLowerCase());
      const fits = (x: Entity) => x.kind === 'person' && !!x.role && x.role.toLowerCase().split(/\s+/).pop() === head
        && names.every((w) => x.role!.toLowerCase().split(/[\s'’]+/).includes(w));
      const byHead = this.recent(pos, fits) ?? this.all.find(fits);
      if (byHead) return base(byHead.name, 'person', 'role', byHead.role);
    }
    const plural = /s$/.test(phrase) && !/ss$/.test(phrase);
    // a relative pronoun ("an architect who said") is named after the noun phrase it stands for
    const shown = W['relative-person'].has((mention.text).toLowerCase()) ? m.name : mention.text;
    return base(shown, plural || cls === 'anon' ? 'group' : 'unknown', 'group');
  }
}

/** A noun that names a person: a role noun of a person class, or a person or agent noun the lexicon lacks ("owner"). */
export function isPersonHead(head: string, cls = lexicon().roleNouns.get(head)): boolean {
  if (cls) return W['person-role-class'].has(cls);
  return isPersonNoun(head) || AGENT.test(head);
}

function roleClass(role: string): string | undefined {
  const lower = role.toLowerCase();
  for (const [noun, cls] of lexicon().roleNouns) if (lower.includes(noun)) return cls;
  return undefined;
}
