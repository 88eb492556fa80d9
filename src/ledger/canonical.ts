// RFC 8785 canonical JSON for every ledger line. The fast path sorts object keys and lets the native
// JSON.stringify write numbers and strings (which it does as RFC 8785 requires); objects with
// integer-like keys, which JavaScript would reorder, go to the canonicalize library.
import canonicalizeModule from 'canonicalize';

const canonicalizeFn = canonicalizeModule as unknown as (v: unknown) => string | undefined;
const INTEGER_KEY = /^(0|[1-9]\d*)$/;

class NeedsLibrary extends Error {}

function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) {
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
