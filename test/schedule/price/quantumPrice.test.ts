/**
 * Quantum prices: scaling in κ and N (ratios), runtime models against independent recomputation
 * from the counts, end-to-end bookkeeping, and the memoizing pricer.
 */
import { CircuitBuilder } from '../../../src/ir';
import { makeStdGate } from '../../../src/ops/gates/stdGates';
import {
  estimateLogical, getHardwareProfile, qlsaQueryCountFor,
} from './costImports';
import {
  depthProfileOfCounts, makeSolvePricer, planQuantumSolve, priceQuantumSolve, priceQuantumSolveDetailed, solverLogicalCounts,
  uncorrectedRuntimeSeconds,
} from '../../../src/schedule/price';

const NS_E3 = getHardwareProfile('qubit_gate_ns_e3');
const ION = getHardwareProfile('qubit_gate_us_e3');

describe('scaling of the quantum price', () => {
  // Expected ratio of queries per run at κ = 4000 vs 1000 from the leading term of each model.
  it.each([
    ['qsvt', 'κ_eff·ln(2/ε)', () => 4],
    ['costa', '2305·κ_eff + 2⌈κ_eff·ln(2/ε)/√2⌉', () => 4],
    ['das', 'κ·ln(2κ+3) (adiabatic term)', () => (4 * Math.log(2 * 4000 + 3)) / Math.log(2 * 1000 + 3)],
    ['hhl', '2^t, t = ⌈log₂(2κ_eff/ε)⌉ clock bits', (t1: number, t2: number) => 2 ** (t2 - t1)],
  ])('%s: queries per run at 4κ / κ ≈ the leading term %s', (solver, _term, expected) => {
    const plan = (kappa: number) => planQuantumSolve({ n: 4096, sparsity: 8, kappa, epsilon: 1e-3 }, solver, 30);
    const p1 = plan(1000), p2 = plan(4000);
    const r = p2.queriesPerRun / p1.queriesPerRun;
    const e = (expected as (a?: number, b?: number) => number)(p1.clockBits, p2.clockBits);
    expect(Math.abs(r / e - 1)).toBeLessThan(0.1);
  });

  it.each([['das', 1.8, 2.2], ['costa', 1.9, 2.1], ['qsvt', 3.5, 4.5]])(
    '%s: solver seconds (queries × repetitions) at 2κ / κ within [%d, %d] (QSVT: worst-case amplification adds a factor κ)',
    (solver, lo, hi) => {
      const t = (kappa: number) => priceQuantumSolve({ n: 4096, sparsity: 8, kappa, epsilon: 1e-3 },
        { solver: solver as 'qsvt', profile: NS_E3, qec: 'none', oracleBits: 30 }).solverSeconds;
      const r = t(2000) / t(1000);
      expect(r).toBeGreaterThan(lo);
      expect(r).toBeLessThan(hi);
    });

  it.each([[2 ** 10, 2 ** 20], [2 ** 12, 2 ** 24], [2 ** 20, 2 ** 30]])(
    'N = %i → %i: qubits and queries grow ~log N, gates ~N (QROM-based oracle, no QRAM)', (n1, n2) => {
      const shape = (n: number) => ({ n, sparsity: 8, kappa: 50, epsilon: 1e-3 });
      const p1 = planQuantumSolve(shape(n1), 'qsvt', 30), p2 = planQuantumSolve(shape(n2), 'qsvt', 30);
      const c1 = solverLogicalCounts(p1), c2 = solverLogicalCounts(p2);
      expect(p2.queriesPerRun).toBe(p1.queriesPerRun); // κ_eff and ε do not depend on N
      // width = data n + ancillas (1 + s + n + b + (n + s − 1)) + flag + real-part qubit + the projector's work
      // (signal ancillas 1 + s + n, the code and QROM scratch being clean: 1 + s + n − 2) = 4n + 3s + b: 4 qubits per doubling of N
      expect(c2.logicalQubitCount - c1.logicalQubitCount).toBe(4 * Math.log2(n2 / n1));
      // each query does four table lookups over N·d entries: Toffolis ∝ N (2L − 4 per lookup)
      const r = c2.toffoliCount / c1.toffoliCount;
      expect(Math.abs(r / (n2 / n1) - 1)).toBeLessThan(0.01);
    });
});

describe('runtime models', () => {
  it('qec none: depth profile and critical path of a sequential circuit', () => {
    const b = CircuitBuilder.withQubits(3);
    b.apply(makeStdGate('h'), [0]); b.apply(makeStdGate('cx'), [0, 1]); b.apply(makeStdGate('ccx'), [0, 1, 2]);
    b.apply(makeStdGate('ry', [0.3]), [2]); b.apply(makeStdGate('cx'), [2, 0]); b.apply(makeStdGate('h'), [0]);
    const counts = estimateLogical(b.build());
    expect(counts.depthUpperBound).toBe(6); // every gate on the critical path
    // 2 cx + one Toffoli (6 two-qubit + 10 one-qubit layers); h, ry, h one-qubit layers
    expect(depthProfileOfCounts(counts)).toEqual({ oneQubitLayerCount: 13, twoQubitLayerCount: 8, measurementLayerCount: 0, resetLayerCount: 0 });
    expect(uncorrectedRuntimeSeconds(counts, ION)).toBeCloseTo((13 * 100_000 + 8 * 100_000) / 1e9, 15);
    const custom = { ...NS_E3, oneQubitGateTimeNs: 7, twoQubitGateTimeNs: 11 };
    expect(uncorrectedRuntimeSeconds(counts, custom)).toBeCloseTo((13 * 7 + 8 * 11) / 1e9, 18);
  });

  it('qec none: per-run time is linear in the gate times (metamorphic: scaling and additivity), runs × repetitions', () => {
    const shape = { n: 2048, sparsity: 4, kappa: 20, epsilon: 1e-2 };
    const perRun = (t1: number, t2: number, tm: number) => priceQuantumSolveDetailed(shape, {
      solver: 'qsvt', qec: 'none',
      profile: { ...NS_E3, oneQubitGateTimeNs: t1, twoQubitGateTimeNs: t2, oneQubitMeasurementTimeNs: tm, resetTimeNs: 1 },
    }).perRunSeconds;
    // f = A·t1 + B·t2 + C·tm + D: read A, B, C off unit steps, then predict an arbitrary point.
    const f0 = perRun(1, 1, 1);
    const a = perRun(2, 1, 1) - f0, b = perRun(1, 2, 1) - f0, c = perRun(1, 1, 2) - f0;
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(perRun(3, 5, 7) / (f0 + 2 * a + 4 * b + 6 * c)).toBeCloseTo(1, 9);
    expect(perRun(30, 50, 70) / (f0 + 29 * a + 49 * b + 69 * c)).toBeCloseTo(1, 9);
    // The critical path never exceeds doing every gate one after another at the slower gate time.
    const d = priceQuantumSolveDetailed(shape, { solver: 'qsvt', profile: NS_E3, qec: 'none' });
    expect(d.perRunSeconds).toBeLessThanOrEqual(d.price.logical.totalGateCount * 3 * Math.max(NS_E3.oneQubitGateTimeNs, NS_E3.twoQubitGateTimeNs) / 1e9);
    expect(d.price.solverSeconds / (d.perRunSeconds * d.plan.repetitions)).toBeCloseTo(1, 12);
    expect(d.price.physical).toBeUndefined();
    expect(d.price.totalSeconds).toBe(d.price.solverSeconds);
  });

  it.each([['qsvt'], ['das']])('surface code (%s): the estimate satisfies the Azure RE formulas (Beverland et al. 2022, App. B) recomputed here', (solver) => {
    const d = priceQuantumSolveDetailed({ n: 1000, sparsity: 8, kappa: 50, epsilon: 1e-3 },
      { solver: solver as 'qsvt', profile: NS_E3, qec: 'surface_code', errorBudget: 1e-2 });
    const ph = d.price.physical!;
    const dist = ph.codeDistance;
    expect(dist % 2).toBe(1);
    // Q_alg = 2Q + ⌈√(8Q)⌉ + 1 from the logical qubit count of the compiled counts.
    const q = d.price.logical.logicalQubitCount;
    expect(ph.algorithmicLogicalQubitCount).toBe(2 * q + Math.ceil(Math.sqrt(8 * q)) + 1);
    // 2d² physical qubits per logical qubit; cycle (4·t_2q + 2·t_meas)·d.
    expect(ph.physicalQubitsPerLogicalQubit).toBe(2 * dist * dist);
    expect(ph.physicalQubitsForAlgorithm).toBe(ph.algorithmicLogicalQubitCount * 2 * dist * dist);
    expect(ph.logicalCycleTimeNs).toBe((4 * NS_E3.twoQubitGateTimeNs + 2 * NS_E3.oneQubitMeasurementTimeNs) * dist);
    expect(ph.runtimeNs).toBeCloseTo(ph.logicalCycleCount * ph.logicalCycleTimeNs, 0);
    // d is the smallest odd distance with a·(p/p*)^((d+1)/2) ≤ the required rate (a = 0.03, p* = 0.01).
    const p = Math.max(NS_E3.oneQubitMeasurementErrorRate, NS_E3.twoQubitGateErrorRate, NS_E3.oneQubitGateErrorRate, NS_E3.idleErrorRate);
    const pl = (k: number) => 0.03 * (p / 0.01) ** ((k + 1) / 2);
    expect(pl(dist)).toBeLessThanOrEqual(ph.requiredLogicalQubitErrorRate);
    if (dist > 1) expect(pl(dist - 2)).toBeGreaterThan(ph.requiredLogicalQubitErrorRate);
    expect(ph.logicalErrorRatePerCycle).toBeCloseTo(pl(dist), 20);
    expect(d.price.solverSeconds).toBeCloseTo((ph.runtimeNs / 1e9) * d.plan.repetitions, 6);
    const qc = qlsaQueryCountFor(d.plan);
    expect(d.price.repetitions).toBeCloseTo(qc.queries / qc.queriesPerRun, 12);
  });

  it.each([['none'], ['surface_code']])('end to end (%s): ⌈N/ε²⌉ shots × repetitions × (prep + run); total = solver + extra', (qec) => {
    const shape = { n: 1000, sparsity: 8, kappa: 10, epsilon: 1e-2 };
    const d = priceQuantumSolveDetailed(shape, { solver: 'qsvt', profile: NS_E3, qec: qec as 'none', endToEnd: true });
    const e = d.endToEnd!;
    expect(e.readoutShotCount).toBe(Math.ceil(1000 / 1e-4));
    expect(e.totalSeconds).toBeCloseTo(e.readoutShotCount * d.plan.repetitions * e.perShotSeconds, 3);
    expect(e.perShotSeconds).toBeGreaterThan(e.statePreparationSeconds);
    expect(d.price.totalSeconds).toBeCloseTo(d.price.solverSeconds + d.price.endToEndSeconds!, 3);
    if (qec === 'none') {
      // Möttönen: 2^10 − 1 Ry and 2^10 − 2 CNOT layers at 50 ns each
      expect(e.statePreparationSeconds).toBeCloseTo(((1023 + 1022) * 50) / 1e9, 15);
      expect(e.perShotSeconds).toBeCloseTo(e.statePreparationSeconds + d.perRunSeconds, 15);
    }
  });
});

describe('makeSolvePricer', () => {
  it('memoizes on the exact shape and agrees with the one-off prices', () => {
    const pricer = makeSolvePricer({ solver: 'qsvt', profile: NS_E3, qec: 'surface_code', flopRatePerSecond: 1e9 });
    const shape = { n: 3000, sparsity: 8, kappa: 77.5, epsilon: 1e-3 };
    const a = pricer.quantum(shape);
    expect(pricer.quantum({ ...shape })).toBe(a);
    expect(a).toEqual(priceQuantumSolve(shape, { solver: 'qsvt', profile: NS_E3, qec: 'surface_code' }));
    const b = pricer.quantum({ ...shape, kappa: 77.6 });
    expect(b).not.toBe(a);
    expect(b.blockEncodingQueries).toBeGreaterThanOrEqual(a.blockEncodingQueries);
    expect(pricer.classical(shape)).toBe(pricer.classical({ ...shape }));
  });

  it('measures the FLOP rate once when none is given (classical flops / seconds = the rate)', () => {
    const pricer = makeSolvePricer({ solver: 'das', profile: NS_E3, qec: 'none' });
    const a = pricer.classical({ n: 500, sparsity: 500, kappa: 1e6, epsilon: 1e-6 });
    const b = pricer.classical({ n: 700, sparsity: 700, kappa: 1e6, epsilon: 1e-6 });
    expect(a.method).toBe('cholesky');
    expect(a.flops / a.seconds).toBeGreaterThan(1e6);
    expect(a.flops / a.seconds).toBeCloseTo(b.flops / b.seconds, 0); // same measured rate for both
  });

  it.each([
    ['unknown solver', { solver: 'grover' }, 'UNKNOWN_NAME'],
    ['unknown qec', { qec: 'color_code' }, 'UNKNOWN_NAME'],
    ['budget 0', { errorBudget: 0 }, 'INVALID_ARGUMENT'],
    ['budget 1', { errorBudget: 1 }, 'INVALID_ARGUMENT'],
    ['flop rate 0', { flopRatePerSecond: 0 }, 'INVALID_ARGUMENT'],
    ['flop rate NaN', { flopRatePerSecond: NaN }, 'INVALID_ARGUMENT'],
    ['oracle bits 3', { oracleBits: 3 }, 'INVALID_ARGUMENT'],
    ['negative gate time', { profile: { ...NS_E3, twoQubitGateTimeNs: -1 } }, 'INVALID_ARGUMENT'],
  ])('bad option: %s → %s', (_name, override, code) => {
    const options = { solver: 'qsvt', profile: NS_E3, qec: 'surface_code', flopRatePerSecond: 1e9, ...override };
    expect(() => makeSolvePricer(options as Parameters<typeof makeSolvePricer>[0])).toThrow(expect.objectContaining({ code }));
  });
});

describe('typed errors for bad shapes and unmet budgets', () => {
  const base = { n: 1000, sparsity: 8, kappa: 100, epsilon: 1e-3 };
  it.each([
    ['n < 2', { n: 1 }, 'INVALID_ARGUMENT', /dimension N/],
    ['non-integer n', { n: 100.5 }, 'INVALID_ARGUMENT', /integer/],
    ['NaN n', { n: NaN }, 'INVALID_ARGUMENT', /dimension N/],
    ['sparsity 0', { sparsity: 0 }, 'INVALID_ARGUMENT', /sparsity/],
    ['sparsity > N', { sparsity: 1001 }, 'INVALID_ARGUMENT', /sparsity/],
    ['κ < 1', { kappa: 0.5 }, 'INVALID_ARGUMENT', /condition number κ/],
    ['κ infinite', { kappa: Infinity }, 'INVALID_ARGUMENT', /condition number κ/],
    ['ε = 0', { epsilon: 0 }, 'INVALID_ARGUMENT', /ε must lie in \(0, 1\)/],
    ['ε = 1', { epsilon: 1 }, 'INVALID_ARGUMENT', /ε must lie in \(0, 1\)/],
    ['α < 1', { alpha: 0.5 }, 'INVALID_ARGUMENT', /α/],
    ['nnz > N·d', { nonZeroCount: 8001 }, 'INVALID_ARGUMENT', /nonZeroCount/],
    ['N·d beyond the oracle index', { n: 2 ** 50 }, 'INVALID_ARGUMENT', /52 bits/],
    ['N beyond 2^50', { n: 2 ** 51 }, 'INVALID_ARGUMENT', /2\^50/],
  ])('%s', (_name, override, code, message) => {
    const shape = { ...base, ...override };
    expect(() => priceQuantumSolve(shape, { solver: 'qsvt', profile: NS_E3, qec: 'none' })).toThrow(expect.objectContaining({ code }));
    expect(() => priceQuantumSolve(shape, { solver: 'qsvt', profile: NS_E3, qec: 'none' })).toThrow(message);
  });

  it('too few oracle bits → BUDGET_UNMET naming the knob', () => {
    expect(() => priceQuantumSolve(base, { solver: 'qsvt', profile: NS_E3, qec: 'none', oracleBits: 8 }))
      .toThrow(expect.objectContaining({ code: 'BUDGET_UNMET', message: expect.stringMatching(/oracle precision.*loosen the target error ε$/) }));
  });

  it('surface-code budget that no distance meets → BUDGET_UNMET saying what to change (no CLI flag names in the library)', () => {
    expect(() => priceQuantumSolve(base, { solver: 'qsvt', profile: NS_E3, qec: 'surface_code', errorBudget: 1e-300 }))
      .toThrow(expect.objectContaining({ code: 'BUDGET_UNMET', message: expect.stringMatching(/loosen the error budget or choose other hardware/) }));
  });

  it('counts beyond 2^53 are priced with the surface code too (integral doubles, relative error ≤ 2^-53)', () => {
    const big = { n: 1e9, sparsity: 8, kappa: 100, epsilon: 1e-3 };
    const sc = priceQuantumSolve(big, { solver: 'costa', profile: NS_E3, qec: 'surface_code' });
    const none = priceQuantumSolve(big, { solver: 'costa', profile: NS_E3, qec: 'none' });
    expect(sc.logical.toffoliCount).toBeGreaterThan(2 ** 53);
    expect(Number.isFinite(sc.solverSeconds)).toBe(true);
    // Error correction slows every logical operation down: the encoded solve is slower than the bare one.
    expect(sc.solverSeconds).toBeGreaterThan(none.solverSeconds);
  });
});
