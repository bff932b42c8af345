/**
 * The labelled query models against hand-evaluated instances of their papers' formulas:
 * Dalzell, arXiv:2406.12086 (56κ + 1.05κ·ln(1/ε); κ·ln(2√2/ε) with known norm) and
 * Costa et al. 2022 / Costa, An, Babbush, Berry 2023 (walk constant 2305 proven, 1.84 measured)
 * with the Lin–Tong filter ℓ = ⌈κ·ln(2/ε)/√2⌉.
 */
import { costaCost, dalzellCost } from '../../../src/math/qlsa/models';

describe('query models as published', () => {
  it('Dalzell at κ = 100, ε = 1e-3: 6,325.3 queries (unknown norm), 794.7 (known norm)', () => {
    const d = dalzellCost(100, 1e-3);
    // 56·100 + 1.05·100·ln(1000) = 5600 + 105·6.907755 = 6325.314
    expect(d.queries).toBeCloseTo(6325.314, 2);
    // 100·ln(2√2·1000) = 100·(ln 2828.427) = 100·7.947477 = 794.748
    expect(d.knownNormQueries).toBeCloseTo(794.748, 2);
  });
  it('Costa at κ = 50, ε = 1e-2: proven walk 115,250 steps, measured 92; filter 2·⌈50·ln 200/√2⌉ = 376', () => {
    const proven = costaCost(50, 1e-2, { constant: 'proven' });
    const measured = costaCost(50, 1e-2, { constant: 'measured' });
    expect(proven.walkSteps).toBe(115250);
    expect(measured.walkSteps).toBe(92);
    // 50·5.298317/1.414214 = 187.32 → 188, degree 376
    expect(proven.filterDegree).toBe(376);
    expect(measured.queries).toBe(92 + 376);
  });
});
