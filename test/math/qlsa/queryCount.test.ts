import { evaluateChebyshev, inversePolynomial, inversePolynomialDegree } from '../../../src/math/poly';
import {
  amplifiedCost, costaCost, dasQueryBound, hamiltonianSimulationQueries, hhlCost, qlsaQueryCount, QlsaSolver,
} from '../../../src/math/qlsa';
import { InvalidArgumentError, UnknownNameError } from '../../../src/errors';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe('Jennings et al. (2023) Theorem 1 bound (das)', () => {
  // Values worked out from the paper's expression, term by term (ln = natural log):
  // κ=10, ε=0.1, α=1: L = ln 23 = 3.135494216
  //   T1 = (1741·e/500)·√101·[(1.064 + 4/(25·10^{1/3}))·π·L + 1] = 1161.6778922671879
  //   T2 = 7.02·L²·[ln(451·L²/0.1) + 1]                           =  807.4601547865223
  //   T3 = 10·ln(320)                                               =   57.68320995793772
  //   Q* = 2026.821257011648,  Q = Q* / (0.39 − 0.0201) = 5479.376201707618
  // κ=10, ε=0.1, α=2: T1 and T3 double: Q* = 3246.1823592367737, Q = 8775.837683797712
  // κ=100, ε=0.01, α=2: T1 = 36604.34076710756, T2 = 2983.9372487211385, T3 = 1614.1812177575637,
  //   Q* = 41202.45923358626, Q = Q* / (0.39 − 0.00201) = 106194.64221651656
  it.each([
    [10, 0.1, 1, 2026.821257011648, 5479.376201707618],
    [10, 0.1, 2, 3246.1823592367737, 8775.837683797712],
    [100, 0.01, 2, 41202.45923358626, 106194.64221651656],
  ])('κ=%f ε=%f α=%f: Q* = %f, Q = %f', (kappa, epsilon, alpha, qStar, q) => {
    const b = dasQueryBound(kappa, epsilon, alpha);
    expect(rel(b.queriesPerRun, qStar)).toBeLessThan(1e-12);
    expect(rel(b.expectedQueries, q)).toBeLessThan(1e-12);
    const viaApi = qlsaQueryCount('das', { kappa, epsilon, alpha });
    expect(rel(viaApi.queries, q)).toBeLessThan(1e-12);
    expect(viaApi.successProbability).toBeCloseTo(0.39 - 0.201 * epsilon, 15);
  });

  it('counts block-encoding queries: Q* is affine in α (α enters once, not α·Q*)', () => {
    const q1 = dasQueryBound(50, 1e-3, 1).queriesPerRun;
    const q2 = dasQueryBound(50, 1e-3, 2).queriesPerRun;
    const q3 = dasQueryBound(50, 1e-3, 3).queriesPerRun;
    expect(Math.abs(q3 - 2 * q2 + q1) / q2).toBeLessThan(1e-12); // zero second difference
    expect(q2).toBeLessThan(2 * q1); // the α-independent log² term is not scaled
    // The doubled-α variant of a public implementation would give α·Q*/(0.39 − 0.204ε):
    const doubled = (2 * q2) / (0.39 - 0.204 * 1e-3);
    const ours = qlsaQueryCount('das', { kappa: 50, epsilon: 1e-3, alpha: 2 }).queries;
    expect(Math.abs(ours / doubled - 1 / 2)).toBeLessThan(1e-3); // off by the extra factor α = 2
  });

  it.each([
    [3, 0.1, /sqrt\(12\)/],
    [10, 0.3, /0\.24/],
  ])('rejects κ=%f, ε=%f outside the theorem\'s range', (kappa, epsilon, message) => {
    expect(() => qlsaQueryCount('das', { kappa, epsilon })).toThrow(InvalidArgumentError);
    expect(() => qlsaQueryCount('das', { kappa, epsilon })).toThrow(message);
  });
});

describe('qlsaQueryCount argument checks', () => {
  const solvers: QlsaSolver[] = ['qsvt', 'hhl', 'das', 'costa'];
  it.each(solvers.flatMap((s) => [
    [s, 0.5, 0.01], [s, Number.NaN, 0.01], [s, 10, 0], [s, 10, 1], [s, 10, 1.5], [s, 10, -1e-3],
  ] as Array<[QlsaSolver, number, number]>))('%s rejects κ=%f, ε=%f with InvalidArgumentError', (solver, kappa, epsilon) => {
    expect(() => qlsaQueryCount(solver, { kappa, epsilon })).toThrow(InvalidArgumentError);
  });

  it('rejects α < 1 and an unknown solver name', () => {
    expect(() => qlsaQueryCount('qsvt', { kappa: 10, epsilon: 0.01, alpha: 0.5 })).toThrow(InvalidArgumentError);
    expect(() => qlsaQueryCount('magic' as QlsaSolver, { kappa: 10, epsilon: 0.01 })).toThrow(UnknownNameError);
  });
});

describe('QSVT, HHL and Costa models', () => {
  it.each([[5, 1e-3], [40, 1e-6]])('qsvt κ=%f ε=%f: queries per circuit = polynomial degree; worst-case amplitude = P(1)', (kappa, epsilon) => {
    const r = qlsaQueryCount('qsvt', { kappa, epsilon, amplitudeAmplification: false });
    const poly = inversePolynomial(kappa, epsilon);
    expect(r.queriesPerRun).toBe(poly.degree);
    expect(r.queriesPerRun).toBe(inversePolynomialDegree(kappa, epsilon));
    const p1 = evaluateChebyshev(poly.coeffs, 1); // smallest |P| on [1/κ, 1], ≈ s/κ
    expect(rel(Math.sqrt(r.successProbability), p1)).toBeLessThan(2 * epsilon);
    expect(rel(r.queries, poly.degree / r.successProbability)).toBeLessThan(1e-12);
  });

  it('qsvt with α: uses κ_eff = α·κ', () => {
    expect(qlsaQueryCount('qsvt', { kappa: 10, epsilon: 1e-3, alpha: 3 }).queriesPerRun).toBe(inversePolynomialDegree(30, 1e-3));
  });

  it('amplitude amplification: ~π/(4√p) circuits and success probability ≥ 1 − 4p', () => {
    for (const p of [1e-2, 1e-4, 1e-6]) {
      const a = amplifiedCost(p, true);
      expect(a.amplifiedSuccessProbability).toBeGreaterThanOrEqual(1 - 4 * p);
      expect(Math.abs(a.circuitsPerAttempt - Math.PI / (2 * Math.asin(Math.sqrt(p))))).toBeLessThanOrEqual(2);
    }
    expect(amplifiedCost(0.25, false).expectedCircuits).toBe(4);
  });

  it('Hamiltonian simulation model: τ = π, δ = 1e-3 gives 2·⌈eπ/2 + ln 2000⌉ + 1 = 2·12 + 1 = 25 queries', () => {
    expect(hamiltonianSimulationQueries(Math.PI, 1e-3)).toBe(25);
  });

  it('HHL with 3 clock bits, ε = 0.01: QPE = 27 + 35 + 51 queries (r = 13, 17, 25 at δ = ε/12), doubled for uncompute', () => {
    const h = hhlCost(10, 0.01, { clockBits: 3, amplify: false });
    expect(h.qpeQueries).toBe(113);
    expect(h.queriesPerCircuit).toBe(226);
    expect(h.successProbability).toBeCloseTo(0.01, 15);
    expect(h.expectedQueries).toBeCloseTo(22600, 8);
  });

  it('Costa et al.: κ = 10, ε = 0.01 gives 2305·10 walk steps + 2·⌈10·ln(200)/√2⌉ = 2·38 filter queries', () => {
    const c = costaCost(10, 0.01);
    expect(c.walkSteps).toBe(23050);
    expect(c.filterDegree).toBe(76);
    expect(qlsaQueryCount('costa', { kappa: 10, epsilon: 0.01 }).queries).toBe(23126);
  });

  it('notes are present for every solver', () => {
    for (const s of ['qsvt', 'hhl', 'das', 'costa'] as QlsaSolver[]) {
      expect(qlsaQueryCount(s, { kappa: 20, epsilon: 0.01 }).notes.length).toBeGreaterThan(0);
    }
  });
});
