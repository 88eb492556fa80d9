// RFC 8785 canonical JSON for every ledger line. The fast path sorts object keys and lets the native
// JSON.stringify write numbers and strings (which it does as RFC 8785 requires); objects with
// integer-like keys, which JavaScript would reorder, go to the canonicalize library.
import canonicalizeModule from 'canonicalize';
import { isWellFormed } from '../span.js';

const canonicalizeFn = canonicalizeModule as unknown as (v: unknown) => string | undefined;
const INTEGER_KEY = /^(0|[1-9]\d*)$/;
/** JSON.stringify escapes a lone surrogate; RFC 8785 (and the canonicalize library) refuse it */
const loneSurrogate = () => new Error('cannot canonicalize a string with a lone surrogate');

class NeedsLibrary extends Error {}

function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (typeof v === 'string' && !isWellFormed(v)) throw loneSurrogate();
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) {
    if (!isWellFormed(k)) throw loneSurrogate();
    if (INTEGER_KEY.test(k)) throw new NeedsLibrary();
    const x = (v as Record<string, unknown>)[k];
    if (x !== undefined) out[k] = sorted(x);
  }
  return out;
}

export function canonical(value: unknown): string {
  if (value === undefined) throw new Error('cannot canonicalize an undefined value');
  try {
    return JSON.stringify(sorted(value));
  } catch (e) {
    if (!(e instanceof NeedsLibrary)) throw e;
    const s = canonicalizeFn(value);
    if (s === undefined) throw new Error('cannot canonicalize this value');
    return s;
  }
}

const QUOTE = 0x22, BACKSLASH = 0x5c;
const indexOf = Uint8Array.prototype.indexOf;
/** the first backslash in [p, to), or `to` */
const backslashFrom = (b: Uint8Array, p: number, to: number): number => {
  const k = indexOf.call(b.subarray(p, to), BACKSLASH) as number;
  return k < 0 ? to : p + k;
};
const isHexLower = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66);
const hexValue = (b: Uint8Array, p: number) => parseInt(String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]), 16);
/**
 * Whether the bytes [from, to) are the RFC 8785 canonical form of the JSON text they hold, checked on the
 * bytes alone. The bytes must already be valid UTF-8 that JSON.parse accepts; this pass does not parse
 * values, it checks what canonical form fixes: no whitespace between tokens, object keys in strictly
 * increasing UTF-16 order (so no duplicates), numbers as ECMAScript writes them, and strings with only
 * the escapes RFC 8785 writes (\" \\ \b \f \n \r \t, and \u00xx in lower-case hex for other control
 * characters; a lone surrogate has no canonical form). A verifier's hot path: no objects are built.
 */
export function isCanonicalBytes(b: Uint8Array, from: number, to: number): boolean {
  // per depth: whether the container is an object, and its last key's byte range (-1: none yet)
  const isObject: boolean[] = [];
  const keyStart: number[] = [], keyEnd: number[] = [], keyPlain: boolean[] = [];
  let depth = -1;
  let expectKey = false;
  let nextBackslash = -1;
  let p = from;
  while (p < to) {
    const c = b[p];
    if (c === QUOTE) {
      const s = ++p;
      let plain = true; // ASCII without escapes: its bytes order as its UTF-16 units
      // the closing quote: the next quote, unless a backslash comes first. Short strings (keys, hashes)
      // are looked at here; long ones searched natively (escapes are rare: found natively too)
      let q = -1;
      let x = 0;
      for (let k = p, stop = Math.min(p + 80, to); k < stop; k++) {
        x = b[k];
        if (x === QUOTE) { q = k; break; }
        if (x === BACKSLASH) break;
        if (x >= 0x80) plain = false;
      }
      if (q < 0 && x !== BACKSLASH) {
        if (nextBackslash < p) nextBackslash = backslashFrom(b, p, to);
        q = indexOf.call(b, QUOTE, p) as number;
        if (nextBackslash < q) q = -1;
        else if (expectKey && plain) for (let k = p + 80; k < q; k++) if (b[k] >= 0x80) { plain = false; break; }
      }
      if (q >= 0) p = q;
      else {
        plain = false;
        for (;;) {
          const x = b[p];
          if (x === QUOTE) break;
          if (x !== BACKSLASH) { p++; continue; }
          const e = b[p + 1];
          if (e === 0x75) {
            for (let k = 2; k < 6; k++) if (!isHexLower(b[p + k])) return false;
            const v = hexValue(b, p + 2);
            // a pair is written as the character itself, and a lone surrogate has no canonical form
            if (v >= 0x20 || v === 0x08 || v === 0x09 || v === 0x0a || v === 0x0c || v === 0x0d) return false;
            p += 6;
          } else if (e === QUOTE || e === BACKSLASH || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) p += 2;
          else return false; // \/ and anything else
        }
        nextBackslash = -2;
      }
      const e = p++;
      if (expectKey) {
        if (b[p] !== 0x3a) return false;
        p++;
        const ps = keyStart[depth];
        if (ps >= 0 && !keyBefore(b, ps, keyEnd[depth], keyPlain[depth], s, e, plain)) return false;
        keyStart[depth] = s; keyEnd[depth] = e; keyPlain[depth] = plain;
        expectKey = false;
      }
    } else if (c === 0x7b) { // {
      depth++; isObject[depth] = true; keyStart[depth] = -1; expectKey = true; p++;
    } else if (c === 0x5b) { // [
      depth++; isObject[depth] = false; expectKey = false; p++;
    } else if (c === 0x7d || c === 0x5d) { // } ]
      depth--; expectKey = false; p++;
    } else if (c === 0x2c) { // ,
      expectKey = isObject[depth]; p++;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      const s = p;
      let digitsOnly = true;
      if (c === 0x2d) p++;
      while (p < to) {
        const x = b[p];
        if (x >= 0x30 && x <= 0x39) p++;
        else if (x === 0x2d || x === 0x2b || x === 0x2e || x === 0x65 || x === 0x45) { digitsOnly = false; p++; }
        else break;
      }
      // an integer of up to 15 digits is canonical unless it has a leading zero or is -0
      const first = b[c === 0x2d ? s + 1 : s];
      if (digitsOnly && p - s <= 15 && (first !== 0x30 || p - s === 1)) continue;
      let token = '';
      for (let k = s; k < p; k++) token += String.fromCharCode(b[k]);
      if (String(Number(token)) !== token) return false;
    } else if (c === 0x74 || c === 0x6e) p += 4; // true, null (JSON.parse accepted them)
    else if (c === 0x66) p += 5; // false
    else return false; // whitespace between tokens
  }
  return depth === -1;
}

/** Whether the key [as, ae) sorts strictly before the key [bs, be) by UTF-16 code units. */
function keyBefore(b: Uint8Array, as: number, ae: number, aPlain: boolean, bs: number, be: number, bPlain: boolean): boolean {
  if (aPlain && bPlain) {
    for (let i = as, j = bs; ; i++, j++) {
      if (i === ae) return j < be;
      if (j === be) return false;
      if (b[i] !== b[j]) return b[i] < b[j];
    }
  }
  const decode = (s: number, e: number) => JSON.parse(Buffer.from(b.buffer, b.byteOffset + s - 1, e - s + 2).toString('utf8')) as string;
  return decode(as, ae) < decode(bs, be);
}
