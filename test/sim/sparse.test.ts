import { Circuit, CircuitBuilder } from '../../src/ir';
import { makeRng } from '../../src/math/rng';
import { makeMeasure, makeReset, makeStdGate } from '../../src/ops';
import { emitQasm2 } from '../../src/emit';
import { InvalidArgumentError, SimulationNormError, SimulationTooLargeError, SupportBudgetExceededError } from '../../src/errors';
import {
  compileSparse, postselect, postselectedRun, runCircuit, runSparse, runWithBackend, sampleCounts, sampleSparseCounts, sparsePostselect,
  sparseToDense, statevector, topBasisStates, topSparseBasisStates,
} from '../../src/sim';
import { randomCircuit, randomU3Layer } from './randomCircuit';
import { maxDiffUpToPhase, quantumCircuitState } from './quantumCircuitRef';

/** Agreement of the two backends (same arithmetic up to summation order). */
const BACKEND_TOL = 1e-12;
/** Agreement with quantum-circuit (different gate matrices / order of operations). */
const QC_TOL = 1e-9;

function maxAbsDiff(a: { re: Float64Array; im: Float64Array }, b: { re: Float64Array; im: Float64Array }): number {
  let m = 0;
  for (let i = 0; i < a.re.length; i++) m = Math.max(m, Math.hypot(a.re[i] - b.re[i], a.im[i] - b.im[i]));
  return m;
}

function randomStateCircuit(seed: number, n: number, ops: number, withU3 = true): Circuit {
  const rng = makeRng(seed);
  const b = CircuitBuilder.withQubits(n);
  if (withU3) b.append(randomU3Layer(rng, n));
  b.append(randomCircuit(rng, n, ops));
  return b.build();
}

/** The gates of `c` moved onto qubits `map[q]` of a `width`-qubit register. */
function relabel(c: Circuit, width: number, map: readonly number[]): Circuit {
  const b = CircuitBuilder.withQubits(width);
  for (const ins of c.instructions) b.apply(ins.op, ins.qubits.map((q) => map[q]));
  b.addGlobalPhase(c.globalPhaseRad);
  return b.build();
}

describe('sparse backend vs dense backend', () => {
  it.each([[1, 3, true], [2, 5, false], [3, 6, true], [4, 8, false], [5, 9, true], [6, 10, false], [7, 4, true]])(
    'random circuit seed %i on %i qubits (u3 layer %p): amplitudes equal to 1e-12, global phase included', (seed, n, u3) => {
      const c = randomStateCircuit(seed, n, 80, u3);
      const sparse = runSparse(c, { pruneAmplitude: 0 });
      expect(maxAbsDiff(sparseToDense(sparse.state), statevector(c))).toBeLessThan(BACKEND_TOL);
      // With the default pruning (|a| ≤ 1e-14) the state still agrees, and the bound covers the difference.
      const pruned = runSparse(c);
      const diff = maxAbsDiff(sparseToDense(pruned.state), statevector(c));
      expect(diff).toBeLessThan(BACKEND_TOL);
      expect(diff).toBeLessThanOrEqual(pruned.stats.pruneErrorBound + 1e-14);
    });

  it('circuits wider than 32 and 53 qubits: gates on qubits 0…63 give the dense result of the same gates on 8 qubits', () => {
    const map = [0, 5, 31, 32, 33, 52, 53, 63];
    for (const seed of [11, 12, 13]) {
      const small = randomStateCircuit(seed, 8, 60, seed !== 12);
      const wide = relabel(small, 64, map);
      const r = runSparse(wide, { pruneAmplitude: 0 });
      const others = Array.from({ length: 64 }, (_, q) => q).filter((q) => !map.includes(q));
      const sel = sparsePostselect(r.state, others, others.map(() => 0));
      expect(sel.probability).toBeCloseTo(1, 12);
      // The remaining qubits keep their order, so index bit j is map[j] = qubit j of `small`.
      expect(maxAbsDiff(sel.state, statevector(small))).toBeLessThan(BACKEND_TOL);
    }
  });

  it('mid-circuit measurement, reset and classical conditions: the same trajectory as dense for the same seed', () => {
    const b = CircuitBuilder.withQubits(4, 2);
    b.apply(makeStdGate('h'), [0]).apply(makeStdGate('ry', [0.7]), [1]).apply(makeStdGate('cx'), [0, 2]);
    b.apply(makeMeasure(), [0], { clbits: [0] });
    b.apply(makeStdGate('x'), [3], { condition: { clbits: [0], value: 1 } });
    b.apply(makeReset(), [1]);
    b.apply(makeStdGate('h'), [1]).apply(makeStdGate('cp', [0.3]), [1, 3]);
    b.apply(makeMeasure(), [2], { clbits: [1] });
    b.apply(makeStdGate('rz', [0.4]), [1], { condition: { clbits: [1], value: 0 } });
    const c = b.build();
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const dense = runCircuit(c, { seed });
      const sparse = runSparse(c, { seed });
      expect([...sparse.clbits]).toEqual([...dense.clbits]);
      expect(sparse.sampled).toBe(true);
      expect(maxAbsDiff(sparseToDense(sparse.state), dense.state)).toBeLessThan(BACKEND_TOL);
    }
  });

  it('post-selection and most probable states match the dense functions', () => {
    const c = randomStateCircuit(21, 7, 50);
    const r = runSparse(c);
    const a = sparsePostselect(r.state, [1, 4], [0, 1]);
    const d = postselect(statevector(c), [1, 4], [0, 1]);
    expect(Math.abs(a.probability - d.probability)).toBeLessThan(BACKEND_TOL);
    expect(maxAbsDiff(a.state, d.state)).toBeLessThan(BACKEND_TOL);
    expect(topSparseBasisStates(r.state, 5).map((x) => x.bits)).toEqual(topBasisStates(statevector(c), 5).map((x) => x.bits));
  });

  it('shots from the final distribution: the same counts as the dense sampler for the same seed', () => {
    const c = randomStateCircuit(31, 5, 40);
    const dense = sampleCounts(c, { shots: 3000, seed: 9 });
    const sparse = sampleSparseCounts(c, { shots: 3000, seed: 9 });
    expect(sparse.mode).toBe('final-distribution');
    expect([...sparse.counts]).toEqual([...dense.counts]);
  });

  it('auto: sparse while the support stays small, dense once it fills the state', () => {
    const ghz = CircuitBuilder.withQubits(20).apply(makeStdGate('h'), [0]);
    for (let q = 1; q < 20; q++) ghz.apply(makeStdGate('cx'), [q - 1, q]);
    const g = runWithBackend(ghz.build());
    expect(g.backend).toBe('sparse');
    const full = CircuitBuilder.withQubits(12);
    for (let q = 0; q < 12; q++) full.apply(makeStdGate('h'), [q]);
    const fullCircuit = full.build();
    const f = runWithBackend(fullCircuit);
    expect(f.backend).toBe('dense');
    expect(f.autoReason).toMatch(/support grew past 2\^8/);
    const p = postselectedRun(fullCircuit, [0], [1], { backend: 'sparse' });
    expect(p.backend).toBe('sparse');
    expect(p.probability).toBeCloseTo(0.5, 14);
    expect(p.sparseStats!.peakSupport).toBe(4096);
  });
});

describe('sparse backend vs quantum-circuit (independent package)', () => {
  it.each([[41, 3], [42, 4], [43, 5], [44, 6], [45, 7]])('random circuit seed %i on %i qubits', (seed, n) => {
    const c = randomStateCircuit(seed, n, 30);
    const ours = sparseToDense(runSparse(c).state);
    expect(maxDiffUpToPhase(ours, quantumCircuitState(emitQasm2(c), n))).toBeLessThan(QC_TOL);
  });
});

describe('sparse backend kernels and limits', () => {
  it('classifies gates by structure: X/CX/CCX/SWAP are permutations, rz/cp phases or diagonals, h/ry dense', () => {
    const b = CircuitBuilder.withQubits(40);
    b.apply(makeStdGate('h'), [0]).apply(makeStdGate('cx'), [0, 35]).apply(makeStdGate('ccx'), [0, 35, 39]).apply(makeStdGate('swap'), [1, 38]);
    b.apply(makeStdGate('cp', [0.2]), [0, 39]).apply(makeStdGate('crz', [0.3]), [35, 2]).apply(makeStdGate('ry', [0.1]), [3]);
    const kinds = compileSparse(b.build()).steps.map((s) => s.kind);
    expect(kinds).toEqual(['dense', 'perm', 'perm', 'perm', 'phase', 'diag', 'dense']);
  });

  it('prunes amplitudes below the threshold and reports their probability', () => {
    // ry(θ) with sin(θ/2) = 1e-9 leaves an amplitude of 1e-9 on |1⟩: kept at 1e-14, pruned at 1e-8.
    const theta = 2 * Math.asin(1e-9);
    const c = CircuitBuilder.withQubits(2).apply(makeStdGate('ry', [theta]), [1]).build();
    const kept = runSparse(c);
    expect(kept.state.count).toBe(2);
    expect(kept.stats.prunedProbability).toBe(0);
    const pruned = runSparse(c, { pruneAmplitude: 1e-8 });
    expect(pruned.state.count).toBe(1);
    expect(pruned.stats.prunedCount).toBe(1);
    expect(pruned.stats.prunedProbability).toBeCloseTo(1e-18, 30);
    expect(pruned.stats.pruneErrorBound).toBeCloseTo(1e-9, 20);
  });

  it('refuses, with a typed error and before growing past it, a support beyond the budget', () => {
    const b = CircuitBuilder.withQubits(50);
    for (let q = 0; q < 10; q++) b.apply(makeStdGate('h'), [q * 5]);
    const c = b.build();
    expect(() => runSparse(c, { maxSupport: 1000 })).toThrow(SupportBudgetExceededError);
    expect(() => runSparse(c, { maxSupport: 1000 })).toThrow(/more than 1000 non-zero amplitudes/);
    // A memory budget of 1 MiB allows ⌊2^20 / 100⌋ = 10485 amplitudes: 2^10 fit.
    expect(runSparse(c, { memoryBudgetBytes: 2 ** 20 }).stats.peakSupport).toBe(1024);
    expect(() => runSparse(c, { memoryBudgetBytes: 50_000 })).toThrow(SupportBudgetExceededError);
  });

  it.each([[65], [100]])('refuses %i qubits (past 64-bit indices) with SimulationTooLargeError', (n) => {
    const c = CircuitBuilder.withQubits(n).apply(makeStdGate('x'), [0]).build();
    expect(() => runSparse(c)).toThrow(SimulationTooLargeError);
  });

  it.each([[-1], [1], [Number.NaN]])('rejects prune threshold %p', (t) => {
    const c = CircuitBuilder.withQubits(1).apply(makeStdGate('h'), [0]).build();
    expect(() => runSparse(c, { pruneAmplitude: t })).toThrow(InvalidArgumentError);
  });

  it('dense backend forced past --max-qubits is refused; an unknown backend name is a typed error', () => {
    const c = CircuitBuilder.withQubits(10).apply(makeStdGate('h'), [0]).build();
    expect(() => runWithBackend(c, { backend: 'dense', maxDenseQubits: 8 })).toThrow(SimulationTooLargeError);
    expect(() => runWithBackend(c, { backend: 'gpu' })).toThrow(InvalidArgumentError);
  });
});

describe('the sparse backend never returns NaN amplitudes (norm check after every run)', () => {
  /** A gate with a non-finite angle can only be built in-process: the parser refuses it. */
  function withAngle(angleRad: number, measureMid: boolean): Circuit {
    const b = CircuitBuilder.withQubits(3, 1);
    b.apply(makeStdGate('h'), [0]);
    b.apply(makeStdGate('rx', [angleRad]), [1]);
    b.apply(makeStdGate('cx'), [0, 1]);
    if (measureMid) b.apply(makeMeasure(), [1], { clbits: [0] });
    b.apply(makeStdGate('h'), [2]);
    return b.build();
  }
  it.each([[NaN, false], [Infinity, false], [NaN, true], [-Infinity, true]])('rx(%p), mid-circuit measurement %p: runSparse, runWithBackend and sampleSparseCounts throw SimulationNormError', (a, mid) => {
    const c = withAngle(a, mid);
    expect(() => runSparse(c)).toThrow(SimulationNormError);
    expect(() => runSparse(c)).toThrow(/non-finite amplitudes/);
    expect(() => runWithBackend(c, { backend: 'sparse' })).toThrow(SimulationNormError);
    expect(() => sampleSparseCounts(c, { shots: 5, seed: 1 })).toThrow(SimulationNormError);
  });
  it('the same circuit with a finite angle runs and stays normalized', () => {
    const r = runSparse(withAngle(0.3, true));
    expect(Math.abs(r.state.normSquared() - 1)).toBeLessThan(1e-12);
  });
  it('heavy pruning before and after a measurement is accounted for, not reported as a lost norm', () => {
    // ry(0.5) leaves amplitudes cos 0.25 and sin 0.25 = 0.247; --prune 0.3 drops the second one
    // (probability 0.061) before and again after the renormalizing measurement.
    const b = CircuitBuilder.withQubits(3, 1);
    b.apply(makeStdGate('ry', [0.5]), [0]);
    b.apply(makeMeasure(), [0], { clbits: [0] });
    b.apply(makeStdGate('h'), [1]);
    b.apply(makeStdGate('ry', [0.5]), [2]);
    const r = runSparse(b.build(), { pruneAmplitude: 0.3 });
    const dropped = Math.sin(0.25) ** 2;
    // Each prune keeps the fraction 1 − dropped of ‖ψ‖² (the collapse onto outcome 0, of
    // probability 1 in the pruned state, leaves the norm as it is).
    expect(r.stats.prunedProbability).toBeCloseTo(dropped + (1 - dropped) * dropped, 12);
    expect(r.state.normSquared()).toBeCloseTo((1 - dropped) ** 2, 12);
  });
});
