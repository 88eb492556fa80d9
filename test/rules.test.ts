// The attribution rules' own examples (src/stages/attribute/rules.ts), run as tests: in a "yes" article
// the rule makes a claim and the article yields exactly the claims listed (a missing or an extra claim
// fails); in a "no" article the rule makes none. The rule ids in the code and in the registry agree.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES, type ExpectedClaim } from '../src/stages/attribute/rules.js';
import { article, run } from './helpers.js';

const claimsOf = (text: string, raw: boolean | undefined, id: string): ExpectedClaim[] =>
  run(raw ? text : article(text)).data.claims.filter((c) => c.type !== 'statement').map((c) => {
    const t: ExpectedClaim = [c.type, c.text, c.speaker?.name ?? null, c.cue?.text ?? null];
    if (c.rule !== id) t.push(c.rule ?? null);
    return t;
  });

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  it.each(rule.yes.map((ex) => [ex.text.slice(0, 70), ex] as const))('yes: %s', (_t, ex) => {
    const got = claimsOf(ex.text, ex.raw, id);
    expect(got).toEqual(ex.claims);
    if (rule.kind !== 'filter') expect(got.some((c) => c.length === 4), `no claim made by ${id}`).toBe(true);
  });
  if (rule.no.length) {
    it.each(rule.no.map((t) => [t.slice(0, 70), t] as const))('no: %s', (_t, text) => {
      expect(claimsOf(text, false, id).filter((c) => c.length === 4)).toEqual([]);
    });
  }
});

describe('the rule registry', () => {
  const dir = path.resolve(__dirname, '../src/stages/attribute');
  const code = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'rules.ts').map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
  const inCode = new Set([...code.matchAll(/'((?:quote|reported)\.[a-z-]+)'/g)].map((m) => m[1]));
  const ids = RULES.map((r) => r.id);
  it('lists every rule id the code uses', () => expect([...inCode].filter((id) => !ids.includes(id))).toEqual([]));
  it('lists only ids the code uses, each once', () => {
    expect(ids.filter((id) => !inCode.has(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  it('gives every rule an example where it applies', () => expect(RULES.filter((r) => !r.yes.length).map((r) => r.id)).toEqual([]));
});
