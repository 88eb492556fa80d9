// Who is who across the article: names learned from the text, the salience timeline of sentence
// subjects and speakers, and each candidate's mention resolved to the fullest name in text order, so
// that a pronoun or a role noun sees the speakers before it.
import type { Claim } from '../../article.js';
import type { TextSpan } from '../../span.js';
import { lexicon, wordClasses } from '../../lexicon/index.js';
import type { Candidate } from './candidate.js';
import { isPersonHead, type Entities } from './entities.js';
import { mentionBefore, type Mention } from './mentions.js';
import type { Sent } from './clauses.js';
import { cueLemma, DETERMINERS, dropArticle, isCap, isLowerWord, isWord, type Token } from './tokens.js';

const W = wordClasses();

/** A heading in title case ("Obama Sees Risk", "Experts Highlight the Substance of the Agreements"): it makes names of anything, so it teaches none. */
export function isTitleSentence(s: Sent): boolean {
  const words = s.toks.filter((x) => isWord(x) && /\p{L}/u.test(x.text) && !W['title-small-word'].has(x.text));
  return words.length >= 3 && words.every((x) => isCap(x) || /^\d/.test(x.text));
}

export function learnNames(text: string, s: Sent, entities: Entities, inTitle: (pos: number) => boolean): void {
  const t = s.toks;
  if (isTitleSentence(s)) return;
  for (let i = 0; i < t.length; i++) {
    if (!/^\p{Lu}/u.test(t[i].text) || !isWord(t[i])) continue;
    let j = i;
    while (j + 1 < t.length && /^\p{Lu}/u.test(t[j + 1].text) && isWord(t[j + 1])) j++;
    // a capitalised run inside quotation marks is a title or a slogan ("Peace Through Strength")
    if ((/[“"«„‘]/.test(text[t[i].start - 1] ?? '') && /^[.,!?]?[”"»’]/.test(text.slice(t[j].end, t[j].end + 2))) || inTitle(t[i].start)) { i = j; continue; }
    // (from the sentence start, so that a title joined by "of" reaches back: "Secretary of State X")
    const m = mentionBefore(text, t, j + 1 < t.length ? j + 1 : t.length, 0) ?? undefined;
    // mentionBefore from the run's end gives the run with its title split off
    const run = m && m.kind === 'name' ? m : undefined;
    // a description set beside the name between commas is its role: "The team’s owner, Victor Lamarr, said",
    // "Victor Lamarr, the team’s owner, said" (a role noun later stands for the person: "the longtime owner")
    if (run && !run.role) { const role = appositiveRole(text, t, run.first, j); if (role) run.role = role; }
    if (run && (run.name.split(/\s+/).length > 1 || run.role)) {
      const e = entities.learn(run, run.start);
      if (e) entities.mentioned(e, run.start);
    }
    i = j;
  }
}

/** A noun phrase between commas right before or right after a name, opened by a determiner or a possessive: the name's role. */
function appositiveRole(text: string, t: Token[], first: number, last: number): string | undefined {
  const phrase = (a: number, b: number) => {
    if (b < a || b - a > 9 || !t.slice(a, b + 1).every((x) => isWord(x) || /^['’-]$/.test(x.text)) || !isLowerWord(t[b])) return undefined;
    const opens = DETERMINERS.has(t[a].lower) || /\p{L}['’]s$/u.test(t[a].text) || (isCap(t[a]) && /^['’]$/.test(t[a + 1]?.text ?? ''));
    return opens && isPersonHead(t[b].lower) && !t.slice(a, b + 1).some((x) => cueLemma(x)) ? dropArticle(text.slice(t[a].start, t[b].end)) : undefined;
  };
  if (t[last + 1]?.text === ',') {
    let c = last + 2;
    while (c < t.length && c < last + 12 && (isWord(t[c]) || /^['’-]$/.test(t[c].text))) c++;
    if (t[c]?.text === ',' || c === t.length || /^[.;:]$/.test(t[c]?.text ?? '')) { const r = phrase(last + 2, c - 1); if (r) return r; }
  }
  if (t[first - 1]?.text === ',' && t[last + 1]?.text === ',') {
    let c = first - 2;
    while (c >= 0 && c > first - 12 && (isWord(t[c]) || /^['’-]$/.test(t[c].text))) c--;
    return phrase(c + 1, first - 2);
  }
  return undefined;
}

export function noteMention(entities: Entities, m: Mention, pos: number, text: string): void {
  if (m.kind === 'name') {
    const e = entities.learn(m, pos) ?? entities.fullest(m.name.split(/\s+/));
    if (e) entities.note(e, pos);
  } else {
    const sp = entities.resolve(m, pos, text);
    // "The mayor said …; she added …": a definite role noun that names nobody in the article is who
    // a later "he" or "she" stands for
    if (m.kind === 'noun' && sp.kind === 'unknown' && /^the\s/i.test(sp.mention?.text ?? '') && W['pronoun-antecedent-role-class'].has(lexicon().roleNouns.get(m.name.toLowerCase()) ?? '')) {
      entities.note({ name: sp.mention!.text, words: [], kind: 'person', first: pos }, pos);
    }
    if (sp.kind === 'person' || sp.kind === 'organization') {
      const e = entities.fullest(sp.name.split(/\s+/));
      if (e) entities.note(e, pos);
    }
  }
}

export function resolveCandidate(entities: Entities, c: Candidate, text: string): void {
  if (c.speaker !== undefined) return;
  if (c.from) {
    if (c.from.speaker === undefined) resolveCandidate(entities, c.from, text);
    c.speaker = c.from.speaker ? { ...c.from.speaker, via: c.via ?? 'continuation' } : null;
    c.cue ??= c.from.cue;
    return;
  }
  if (!c.mention) { c.speaker = null; return; }
  const sp = entities.resolve(c.mention, c.mention.start, text);
  if (c.via === 'introduction') sp.via = 'introduction';
  c.speaker = sp;
  noteMention(entities, c.mention, c.mention.start, text);
}

export function toClaim(text: string, c: Candidate): Claim {
  const cue: TextSpan | null = c.cue ? { text: text.slice(c.cue.start, c.cue.end), start: c.cue.start, end: c.cue.end } : null;
  const claim: Claim = { id: '', type: c.type, text: text.slice(c.start, c.end), start: c.start, end: c.end, speaker: c.speaker ?? null, cue, paragraph: c.paragraph };
  if (c.clause) claim.clause = { text: text.slice(c.clause.start, c.clause.end), start: c.clause.start, end: c.clause.end };
  if (c.rule) claim.rule = c.rule;
  return claim;
}

// ---------------------------------------------------------------------------------------------
// quotations
