// RFC 8785 canonical JSON (the canonicalize package) for every ledger line.
import canonicalizeModule from 'canonicalize';

const canonicalizeFn = canonicalizeModule as unknown as (v: unknown) => string | undefined;

export function canonical(value: unknown): string {
  const s = canonicalizeFn(value);
  if (s === undefined) throw new Error('cannot canonicalize an undefined value');
  return s;
}
