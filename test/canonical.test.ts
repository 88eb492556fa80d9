// The verifier's byte-level canonical check agrees with the reference: a line is canonical exactly when
// it equals canonicalize(JSON.parse(line)) (the canonicalize library, RFC 8785).
import { codePointCounter, codePointOffset } from '../src/span.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import canonicalizeModule from 'canonicalize';
import { canonical, isCanonicalBytes } from '../src/ledger/canonical.js';

const reference = (s: string) => {
  const v = JSON.parse(s);
  try { return (canonicalizeModule as unknown as (v: unknown) => string)(v) === s; } catch { return false; } // a lone surrogate has no canonical form
};
const byBytes = (s: string) => { const b = Buffer.from(s, 'utf8'); return isCanonicalBytes(b, 0, b.length); };

describe('isCanonicalBytes', () => {
  it.each([
    ['{"a":1,"b":[true,false,null],"c":"x"}', true],
    ['{"b":1,"a":2}', false], // keys out of order
    ['{"a":1,"a":2}', false], // duplicate key
    ['{"a": 1}', false], // whitespace
    ['[1, 2]', false],
    ['{"a":1.0}', false], // numbers as ECMAScript writes them
    ['{"a":1e2}', false],
    ['{"a":100}', true],
    ['{"a":-5,"b":0,"c":[10,-10]}', true],
    ['{"a":123456789012345678}', false], // beyond 2^53: ECMAScript writes 123456789012345680
    ['{"a":123456789012345680}', true],
    ['{"a":-0}', false],
    ['{"a":1e+21}', true],
    ['{"a":0.000001}', true],
    ['{"a":1e-7}', true],
    ['"a\\/b"', false], // escapes: only those RFC 8785 writes
    ['"\\u0041"', false],
    ['"\\u000a"', false],
    ['"\\n"', true],
    ['"\\u001f"', true],
    ['"\\u001F"', false],
    ['"\\ud800"', false], // a lone surrogate has no canonical form
    ['"\\udc00x"', false],
    ['"\\ud83d\\ude00"', false], // a pair is written as the character
    ['"😀"', true],
    ['"\\\\ud83d"', true], // an escaped backslash, then the text ud83d
    ['{"10":1,"9":2}', true], // integer-like keys sort as strings
    ['{"9":1,"10":2}', false],
    ['{"z":2,"é":1}', true], // UTF-16 order, not byte order
    ['{"é":1,"z":2}', false],
    ['{"😀":1,"\uffff":2}', true], // a surrogate pair sorts before U+FFFF by UTF-16 units
    ['{"\uffff":1,"😀":2}', false],
    ['{"a":{"b":1,"a":2}}', false],
    ['{"a":{},"b":[]}', true],
    ['{"a\\"b":1,"a\\\\":2}', true],
  ])('%s → %s', (s, want) => {
    expect(reference(s)).toBe(want);
    expect(byBytes(s)).toBe(want);
  });

  const loneSurrogates = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null), loneSurrogates, fc.string({ unit: 'binary' }), tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), loneSurrogates.filter((s) => s.length < 4)), tie('value'), { maxKeys: 5 }),
  })).value;

  it('accepts the canonical form of any JSON value, and canonical() agrees with the library', () => {
    const library = canonicalizeModule as unknown as (v: unknown) => string;
    fc.assert(fc.property(json, (v) => {
      let want: string | undefined;
      try { want = library(v); } catch { /* a lone surrogate */ }
      if (want === undefined) { expect(() => canonical(v)).toThrow(); return true; }
      return canonical(v) === want && byBytes(want);
    }), { numRuns: 500 });
  });

  it('agrees with the reference on edited canonical lines', () => {
    const edits = ['', ' ', '\\/', '\\u0041', '\\u00e9', '\\ud83d\\ude00', '\\ud800', '\\n', '\\u000a', '1.0', '-0', ',"a":1', ',"~":1', ',"A":1'];
    fc.assert(fc.property(json, fc.nat(), fc.constantFrom(...edits), (v, at, edit) => {
      let c: string;
      try { c = canonical(v); } catch { return true; } // a lone surrogate: no canonical line to edit
      const s = c.slice(0, at % (c.length + 1)) + edit + c.slice(at % (c.length + 1));
      if (!(s as unknown as { isWellFormed(): boolean }).isWellFormed()) return true; // the edit split a surrogate pair: no UTF-8 line
      let ok: boolean;
      try { ok = reference(s); } catch { return true; } // not JSON: the verifier stops at JSON.parse
      return byBytes(s) === ok;
    }), { numRuns: 3000 });
  });
});

describe('code point offsets', () => {
  it('the counter agrees with counting from the start, at every offset, with astral characters and lone halves', () => {
    const unit = fc.oneof(fc.constantFrom('a', 'é', '😀', '𝔸', '\ud83d', '\ude00', ' '), fc.string({ maxLength: 3 }));
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const cp = codePointCounter(text);
      for (let i = 0; i <= text.length; i++) expect(cp(i)).toBe(codePointOffset(text, i));
    }), { numRuns: 300 });
  });
});
