// RFC 6962 known answers and mutated proofs.
import { describe, expect, it } from 'vitest';
import { consistencyProof, inclusionPath, merkleRoot, verifyConsistency, verifyInclusion } from '../src/ledger/merkle.js';
import { HashList, rootsOfRuns, runNodes } from '../src/ledger/packed.js';
import { leafHashBytes } from '../src/ledger/hash.js';

// the reference leaves of RFC 6962 / the certificate-transparency test vectors
const inputs = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
const leaves = inputs.map((h) => leafHashBytes(Buffer.from(h, 'hex')));

describe('RFC 6962 known answers', () => {
  it('empty tree = SHA-256 of the empty string', () => {
    expect(merkleRoot([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
  it('the root of the 8 reference leaves', () => {
    expect(merkleRoot(leaves)).toBe('5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328');
  });
  it.each([
    [1, '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d'],
    [2, 'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'],
    [3, 'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77'],
    [4, 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'],
    [5, '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4'],
    [6, '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef'],
    [7, 'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c'],
  ])('the root of the first %i leaves', (n, root) => {
    expect(merkleRoot(leaves.slice(0, n))).toBe(root);
  });
});

describe('prefix roots from runs of leaves (each run\'s nodes hashed by its own thread)', () => {
  const leaves = Array.from({ length: 70 }, (_, i) => leafHashBytes(Buffer.from(`leaf ${i}`)));
  it.each([[[70]], [[35, 35]], [[1, 69]], [[32, 32, 6]], [[17, 23, 30]], [[64, 5, 1]]])('runs of %j: the root of every prefix equals MTH of that prefix', (sizes) => {
    let from = 0;
    const runs = sizes.map((k) => {
      const list = new HashList(1);
      for (const l of leaves.slice(from, from + k)) list.push(l);
      const run = { from, leaves: list, nodes: runNodes(list, from) };
      from += k;
      return run;
    });
    const rootOf = rootsOfRuns(runs);
    for (let m = 0; m <= leaves.length; m++) expect(rootOf(m)).toBe(merkleRoot(leaves, 0, m));
    expect(() => rootOf(71)).toThrow(RangeError);
  });
});

describe('inclusion proofs', () => {
  for (let n = 1; n <= 8; n++) for (let m = 0; m < n; m++) {
    it(`leaf ${m} of ${n} verifies, and every mutation fails`, () => {
      const root = merkleRoot(leaves.slice(0, n));
      const path = inclusionPath(leaves, m, n);
      expect(verifyInclusion(leaves[m], m, n, path, root)).toBe(true);
      expect(verifyInclusion(leaves[(m + 1) % 8], m, n, path, root)).toBe(false);
      if (m + 1 < n) expect(verifyInclusion(leaves[m], m + 1, n, path, root)).toBe(false);
      if (m > 0) expect(verifyInclusion(leaves[m], m - 1, n, path, root)).toBe(false);
      // a wrong tree size: the checkpoint signs size and root together, so the root is that size's root
      if (n < 8) expect(verifyInclusion(leaves[m], m, n + 1, path, merkleRoot(leaves.slice(0, n + 1)))).toBe(false);
      if (n > 1 && m < n - 1) expect(verifyInclusion(leaves[m], m, n - 1, path, merkleRoot(leaves.slice(0, n - 1)))).toBe(false);
      path.forEach((p, i) => {
        const bad = [...path];
        bad[i] = (parseInt(p[0], 16) ^ 1).toString(16) + p.slice(1);
        expect(verifyInclusion(leaves[m], m, n, bad, root)).toBe(false);
      });
      expect(verifyInclusion(leaves[m], m, n, [...path, leaves[0]], root)).toBe(false);
      if (path.length) expect(verifyInclusion(leaves[m], m, n, path.slice(0, -1), root)).toBe(false);
    });
  }
});

describe('consistency proofs', () => {
  for (let n = 1; n <= 8; n++) for (let m = 1; m <= n; m++) {
    it(`from ${m} to ${n} verifies, and mutations fail`, () => {
      const r1 = merkleRoot(leaves.slice(0, m)), r2 = merkleRoot(leaves.slice(0, n));
      const proof = consistencyProof(leaves, m, n);
      expect(verifyConsistency(m, n, proof, r1, r2)).toBe(true);
      if (m < n) {
        expect(verifyConsistency(m, n, proof, r2, r2)).toBe(false);
        proof.forEach((p, i) => {
          const bad = [...proof];
          bad[i] = (parseInt(p[0], 16) ^ 1).toString(16) + p.slice(1);
          expect(verifyConsistency(m, n, bad, r1, r2)).toBe(false);
        });
        expect(verifyConsistency(m, n, [...proof, leaves[0]], r1, r2)).toBe(false);
        expect(verifyConsistency(m, n, proof.slice(0, -1), r1, r2)).toBe(false);
      }
    });
  }
});

import canonicalizeLib from 'canonicalize';
import { canonical } from '../src/ledger/canonical.js';

describe('canonical JSON', () => {
  it.each([
    [{ b: 1, a: [3, { d: 'x', c: null }], é: 'ü', 'a b': 1e21, n: -0.5, big: 12345678901234567890 }],
    [{ '10': 'ten', '9': 'nine', x: { '1': true } }],
    [{ s: '\u2028 "quoted" \\ \n \u0007 😀', e: 1.5e-7, z: 0 }],
  ])('matches the canonicalize library on %j', (v) => {
    expect(canonical(v)).toBe((canonicalizeLib as unknown as (v: unknown) => string)(v));
  });
});
