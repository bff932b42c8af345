import {
  DistillationUnitTemplate, SURFACE_CODE, binomialUpperTail, findTFactories, getHardwareProfile, hasEnoughSuccesses, lnGamma, normalizedVolume,
  successQuantile, unitFailureProbability, unitOutputErrorRate,
} from '../../src/cost';
import { makeRng } from '../../src/math/rng';

/** Exact binomial pmf by repeated multiplication (independent of the log-space implementation). */
function pmf(n: number, q: number, f: number): number {
  let c = 1;
  for (let i = 0; i < f; i++) c = (c * (n - i)) / (i + 1);
  return c * q ** f * (1 - q) ** (n - f);
}

describe('binomial helpers', () => {
  it.each([[1, 0], [2, 0], [5, Math.log(24)], [11, Math.log(3628800)], [0.5, Math.log(Math.sqrt(Math.PI))]])(
    'lnGamma(%p)', (x, expected) => { expect(lnGamma(x)).toBeCloseTo(expected, 10); });

  const rng = makeRng(6);
  const cases = Array.from({ length: 12 }, () => {
    const n = 1 + rng.int(40);
    return [n, 0.001 + 0.5 * rng.next(), rng.int(n + 2)] as const;
  });
  it.each(cases)('upper tail n=%d q=%f m=%d equals the direct sum', (n, q, m) => {
    let direct = 0;
    for (let f = Math.max(0, m); f <= n; f++) direct += pmf(n, q, f);
    expect(binomialUpperTail(n, q, m)).toBeCloseTo(direct, 12);
  });

  it.each([[17, 0.016068, 0.005], [16, 0.016068, 0.005], [30, 0.2, 0.01], [1, 0.001, 0.005]])(
    'successQuantile(%d, %f, %f) is the smallest k with P(X ≤ k) ≥ requirement', (n, q, req) => {
      const k = successQuantile(n, q, req);
      const cdf = (j: number) => { let s = 0; for (let x = 0; x <= j; x++) s += pmf(n, 1 - q, x); return s; };
      expect(cdf(k)).toBeGreaterThanOrEqual(req);
      if (k > 0) expect(cdf(k - 1)).toBeLessThan(req);
      expect(hasEnoughSuccesses(n, q, req, k)).toBe(true);
      expect(hasEnoughSuccesses(n, q, req, k + 1)).toBe(false);
    });
});

describe('15-to-1 distillation and T factories', () => {
  // Beverland et al. Appendix C / Azure RE: failure 15 p + 356 c, output 35 p³ + 7.1 c.
  it('unit formulas', () => {
    expect(unitFailureProbability(1e-3, 3e-6)).toBeCloseTo(0.015 + 356 * 3e-6, 15);
    expect(unitOutputErrorRate(1e-3, 3e-6)).toBeCloseTo(35e-9 + 7.1 * 3e-6, 18);
  });

  const e3 = getHardwareProfile('qubit_gate_ns_e3');

  it('reference requirement (1.4158e-10 at d ≤ 19) yields the published 33,320-qubit, 120 µs factory as least volume', () => {
    const front = findTFactories(e3, SURFACE_CODE, 1.4158430000014154e-10, 19);
    const best = [...front].sort((a, b) => normalizedVolume(a) - normalizedVolume(b))[0];
    expect([best.physicalQubitCount, best.durationNs, best.inputTStateCount, best.outputTStateCount]).toEqual([33320, 120000, 255, 1]);
  });

  it.each([[1e-5, 9], [1e-10, 19], [1e-14, 31], [1e-20, 49]])(
    'every factory for target %p (d ≤ %d) meets it and none dominates another', (target, maxD) => {
      const front = findTFactories(e3, SURFACE_CODE, target, maxD);
      expect(front.length).toBeGreaterThan(0);
      for (const f of front) {
        expect(f.outputErrorRate).toBeLessThanOrEqual(target);
        expect(f.rounds.every((r, i) => i === 0 || r.codeDistance >= f.rounds[i - 1].codeDistance)).toBe(true);
        expect(Math.max(...f.rounds.map((r) => r.codeDistance))).toBeLessThanOrEqual(maxD);
        for (const g of front) {
          if (g === f) continue;
          const dominates = g.physicalQubitCount / g.outputTStateCount <= f.physicalQubitCount / f.outputTStateCount
            && g.durationNs <= f.durationNs;
          expect(dominates).toBe(false);
        }
      }
    });

  it('raw T gates better than required give the trivial one-patch factory', () => {
    const ion = getHardwareProfile('qubit_gate_us_e3'); // T error 1e-6
    const [f] = findTFactories(ion, SURFACE_CODE, 1e-5, 11);
    expect([f.rounds.length, f.rounds[0].unitName, f.physicalQubitCount, f.outputErrorRate]).toEqual([1, 'trivial 1-to-1', 242, 1e-6]);
  });
});

describe('unreachable T error', () => {
  it('returns no factory when even the largest allowed distance cannot reach the target', () => {
    // A distance-9 patch has P_L = 3e-7, so any last round outputs ≥ 7.1·3e-7 > 1e-6.
    expect(findTFactories(getHardwareProfile('qubit_gate_ns_e3'), SURFACE_CODE, 1e-6, 9)).toEqual([]);
  });
});

/**
 * Published Pareto frontiers of the Azure RE's factory search (microsoft/qsharp,
 * resource_estimator/src/system/optimization/tfactory_exhaustive/tests.rs, chemistry_qubit_gate_*_test):
 * four custom 15-to-1 templates, output T error 6.123826261916663e-16, max code distance 50.
 * Each row: [physical qubits, duration ns], ordered by duration.
 */
describe('Azure RE published factory frontiers', () => {
  const mk = (name: string, lq: number, lc: number, pq: number, pc: number): DistillationUnitTemplate => ({
    name, inputTStateCount: 15, outputTStateCount: 1,
    logical: { unitQubitCount: lq, durationInCycles: lc }, physical: { unitQubitCount: pq, durationInCycles: pc } });
  const templates = [
    mk('15-to-1 RM prep', 31, 11, 31, 24), mk('15-to-1 space efficient (dirail)', 20, 12, 12, 57),
    mk('15-to-1 space efficient (trirail)', 30, 6, 19, 32), mk('15-to-1 space efficient (minimal)', 18, 23, 9, 68),
  ];
  it.each([
    ['qubit_gate_us_e3', [[50460, 104_400_000], [33640, 208_800_000], [30276, 400_200_000]]],
    ['qubit_gate_us_e4', [[13500, 54_000_000], [9000, 108_000_000], [8100, 207_000_000]]],
    ['qubit_gate_ns_e3', [[82620, 91_200], [55080, 112_800], [50460, 152_400], [49572, 222_000]]],
    ['qubit_gate_ns_e4', [[24000, 48000], [16000, 60000], [14400, 82000]]],
  ])('%s', (name, expected) => {
    const front = findTFactories(getHardwareProfile(name), SURFACE_CODE, 6.123826261916663e-16, 50, templates);
    expect(front.map((f) => [f.physicalQubitCount, f.durationNs])).toEqual(expected);
  });

  // required_logical_tstate_error_too_high: target 1e-1 at d ≤ 19 → one trivial round, 722 qubits, 7,600 ns.
  it('a target above the physical T error gives the trivial factory (722 qubits, 7600 ns)', () => {
    const front = findTFactories(getHardwareProfile('qubit_gate_ns_e3'), SURFACE_CODE, 1e-1, 19);
    expect(front.map((f) => [f.rounds.length, f.rounds[0].unitName, f.physicalQubitCount, f.durationNs]))
      .toEqual([[1, 'trivial 1-to-1', 722, 7600]]);
  });
});
