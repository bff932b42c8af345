/** Phase lookup (the fix-up of the measurement-based QROAM uncompute, Berry et al. 2019 App. C): semantics and closed forms. */
import { estimateLogical } from '../../../src/cost';
import {
  bestPhaseLookupBlockBits, makePhaseLookup, makePhaseLookupShape, measuredUncomputeCost, phaseLookupToffoliCount, qroamCleanToffoliCount,
} from '../../../src/ops';
import { makeRng } from '../../../src/math/rng';
import { applySparse, flattenToSpecGates } from '../blockEncoding/sparseSim';

function randomBits(length: number, seed: number): number[] {
  const rng = makeRng(seed);
  return Array.from({ length }, () => (rng.next() < 0.5 ? 1 : 0));
}

describe('phase lookup |i⟩ → (−1)^{f(i)}|i⟩', () => {
  it.each([[2, 0], [2, 1], [3, 1], [3, 3], [4, 2], [5, 2], [5, 0]])('n = %i, k = %i: every index gets its sign, ancillas return to |0⟩', (n, k) => {
    const f = randomBits(2 ** n, 31 + 7 * n + k);
    const op = makePhaseLookup(f, k);
    const c = flattenToSpecGates(op);
    for (let i = 0; i < 2 ** n; i++) {
      const out = applySparse(c, new Map([[i, [1, 0]]]));
      expect([...out.keys()]).toEqual([i]);
      const [re, im] = out.get(i)!;
      expect(re).toBeCloseTo(f[i] ? -1 : 1, 12);
      expect(im).toBeCloseTo(0, 12);
    }
  });

  it('a wrong table entry is seen (the check can fail)', () => {
    const f = [1, 0, 0, 1, 1, 0, 1, 0];
    const c = flattenToSpecGates(makePhaseLookup(f, 1));
    const flipped = [...f]; flipped[5] = 1;
    const signs = Array.from({ length: 8 }, (_, i) => applySparse(c, new Map([[i, [1, 0]]])).get(i)![0]);
    expect(signs.map((s) => (s < 0 ? 1 : 0))).toEqual(f);
    expect(signs.map((s) => (s < 0 ? 1 : 0))).not.toEqual(flipped);
  });

  // Berry et al. (arXiv:1902.02134, App. C): ⌈L/K⌉ + K Toffolis with measurement-based uncompute; compiled with exact
  // uncompute: 2(K − 1) one-hot cswaps + 2(L/K − 2) unary-iteration Toffolis.
  it.each([[10, 5], [12, 6], [20, 10], [16, 3]])('n = %i, k = %i: compiled Toffolis 2(K − 1) + 2(L/K − 2), Berry convention ≤ L/K + K', (n, k) => {
    const L = 2 ** n, K = 2 ** k;
    expect(estimateLogical(makePhaseLookupShape(n, k)).toffoliCount).toBe(2 * (K - 1) + 2 * (L / K - 2));
    expect(phaseLookupToffoliCount(n, k)).toBe(K - 1 + (L / K - 2));
    expect(phaseLookupToffoliCount(n, k)).toBeLessThanOrEqual(L / K + K);
  });

  it('the best block is K ≈ √L and the measured uncompute beats a second QROAM', () => {
    for (const n of [8, 12, 17, 20]) {
      const k = bestPhaseLookupBlockBits(n);
      expect(Math.abs(k - n / 2)).toBeLessThanOrEqual(1);
      const L = 2 ** n, b = 16, kq = 4;
      const mbu = measuredUncomputeCost(n, b, kq);
      expect(mbu.measurementCount).toBe(b * 2 ** kq);
      expect(mbu.toffoliCount).toBeLessThanOrEqual(Math.ceil(L / 2 ** k) + 2 ** k);
      expect(mbu.toffoliCount).toBeLessThan(qroamCleanToffoliCount(L, b, kq));
    }
  });
});
