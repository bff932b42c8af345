import { Circuit, CircuitBuilder } from '../../src/ir';
import { makeMcx, makeMeasure, makeReset, makeStdGate, wrapInverse } from '../../src/ops';
import { SimulationTooLargeError } from '../../src/errors';
import { marginalProbabilities, runCircuit, sampleCounts, stateVectorBytes } from '../../src/sim';

const H = makeStdGate('h'), CX = makeStdGate('cx'), X = makeStdGate('x'), Z = makeStdGate('z'), M = makeMeasure();

/** |count − shots·p| within 5 binomial standard deviations (false-failure rate ~ 6e-7). */
function expectBinomial(count: number, shots: number, p: number): void {
  const sd = Math.sqrt(shots * p * (1 - p));
  expect(Math.abs(count - shots * p)).toBeLessThanOrEqual(5 * sd + 1e-9);
}

function bell(): Circuit {
  return CircuitBuilder.withQubits(2, 2).apply(H, [0]).apply(CX, [0, 1]).apply(M, [0], { clbits: [0] }).apply(M, [1], { clbits: [1] }).build();
}

/** Teleport ry(θ)|0⟩ from q0 to q2 (mid-circuit measurements, conditioned corrections), then measure q2 into c2. */
function teleport(thetaRad: number, measureTarget = true): Circuit {
  const b = new CircuitBuilder();
  b.addQreg('q', 3); b.addCreg('m0', 1); b.addCreg('m1', 1); b.addCreg('out', 1);
  b.apply(makeStdGate('ry', [thetaRad]), [0]);
  b.apply(H, [1]).apply(CX, [1, 2]);
  b.apply(CX, [0, 1]).apply(H, [0]);
  b.apply(M, [0], { clbits: [0] }).apply(M, [1], { clbits: [1] });
  b.apply(X, [2], { condition: { clbits: [1], value: 1 } });
  b.apply(Z, [2], { condition: { clbits: [0], value: 1 } });
  if (measureTarget) b.apply(M, [2], { clbits: [2] });
  return b.build();
}

/** h q0; measure q0→c0; if (c0==1) ry(θ) q1; measure q1→c1. Exact: '00' ½, '01' ½cos²(θ/2), '11' ½sin²(θ/2). */
function conditionalRy(thetaRad: number): Circuit {
  const b = new CircuitBuilder();
  b.addQreg('q', 2); b.addCreg('c0', 1); b.addCreg('c1', 1);
  b.apply(H, [0]).apply(M, [0], { clbits: [0] });
  b.apply(makeStdGate('ry', [thetaRad]), [1], { condition: { clbits: [0], value: 1 } });
  b.apply(M, [1], { clbits: [1] });
  return b.build();
}

describe('sampleCounts', () => {
  it('Bell pair: only 00 and 11, about half each, from the final distribution', () => {
    const r = sampleCounts(bell(), { shots: 4000, seed: 7 });
    expect(r.mode).toBe('final-distribution');
    expect([...r.counts.keys()].sort()).toEqual(['00', '11']);
    expectBinomial(r.counts.get('00')!, 4000, 0.5);
  });

  it('is deterministic for a seed', () => {
    const a = sampleCounts(bell(), { shots: 1000, seed: 3 });
    const b = sampleCounts(bell(), { shots: 1000, seed: 3 });
    expect([...a.counts]).toEqual([...b.counts]);
  });

  it('without clbits samples all qubits (keys are qubit strings, qubit 0 rightmost)', () => {
    const c = CircuitBuilder.withQubits(3).apply(X, [0]).apply(H, [2]).build();
    const r = sampleCounts(c, { shots: 2000, seed: 1 });
    expect(r.keys).toBe('qubits');
    expect([...r.counts.keys()].sort()).toEqual(['001', '101']);
    expectBinomial(r.counts.get('101')!, 2000, 0.5);
  });

  it.each([[0.3], [1.1], [2.5]])('teleportation of ry(%f)|0⟩: P(out=1) = sin²(θ/2), by branching', (theta) => {
    const shots = 20000;
    const r = sampleCounts(teleport(theta), { shots, seed: 11 });
    expect(r.mode).toBe('branching');
    let ones = 0;
    for (const [k, v] of r.counts) if (k[0] === '1') ones += v; // 'out' is clbit 2, the leftmost
    expectBinomial(ones, shots, Math.sin(theta / 2) ** 2);
    // The four (m1, m0) outcomes are equally likely.
    for (const m of ['00', '01', '10', '11']) {
      let c = 0;
      for (const [k, v] of r.counts) if (k.slice(1) === m) c += v;
      expectBinomial(c, shots, 0.25);
    }
  });

  it.each([[1], [2], [3], [4], [5]])('teleportation trajectory (seed %i) leaves q2 exactly in ry(θ)|0⟩', (seed) => {
    const theta = 0.9;
    const r = runCircuit(teleport(theta, false), { seed });
    expect(r.sampled).toBe(true);
    const p = marginalProbabilities(r.state, [2]);
    expect(p[0]).toBeCloseTo(Math.cos(theta / 2) ** 2, 12);
    expect(p[1]).toBeCloseTo(Math.sin(theta / 2) ** 2, 12);
  });

  it('branching and per-shot re-runs (forced by a small memory budget) both match the exact distribution', () => {
    const theta = 1.3, shots = 6000;
    const exact: Record<string, number> = { '00': 0.5, '01': 0.5 * Math.cos(theta / 2) ** 2, '11': 0.5 * Math.sin(theta / 2) ** 2 };
    const branching = sampleCounts(conditionalRy(theta), { shots, seed: 5 });
    const perShot = sampleCounts(conditionalRy(theta), { shots, seed: 5, memoryBudgetBytes: stateVectorBytes(2, 3) });
    expect(branching.mode).toBe('branching');
    expect(perShot.mode).toBe('per-shot');
    for (const r of [branching, perShot]) {
      expect([...r.counts.keys()].sort()).toEqual(['00', '01', '11']);
      for (const k of Object.keys(exact)) expectBinomial(r.counts.get(k)!, shots, exact[k]);
    }
  });

  it('reset returns a qubit to |0⟩ whatever its state', () => {
    const b = CircuitBuilder.withQubits(2, 2);
    b.apply(H, [0]).apply(X, [1]).apply(makeReset(), [0]).apply(makeReset(), [1]);
    b.apply(M, [0], { clbits: [0] }).apply(M, [1], { clbits: [1] });
    const r = sampleCounts(b.build(), { shots: 500, seed: 2 });
    expect([...r.counts]).toEqual([['00', 500]]);
  });

  it('a measured qubit that is later reused is mid-circuit (branching), and re-measuring gives the same bit', () => {
    const b = CircuitBuilder.withQubits(1, 2);
    b.apply(H, [0]).apply(M, [0], { clbits: [0] }).apply(makeStdGate('id'), [0]).apply(M, [0], { clbits: [1] });
    const r = sampleCounts(b.build(), { shots: 1000, seed: 4 });
    expect([...r.counts.keys()].sort()).toEqual(['00', '11']);
    expectBinomial(r.counts.get('11')!, 1000, 0.5);
  });

  it('a global phase that cannot be folded into a gate does not turn final measurements into mid-circuit ones', () => {
    const b = CircuitBuilder.withQubits(1, 1);
    b.apply(makeStdGate('rz', [0.7]), [0]).apply(M, [0], { clbits: [0] });
    const c = b.build();
    const r = sampleCounts(c, { shots: 100, seed: 1 });
    expect(r.mode).toBe('final-distribution');
    expect([...r.counts]).toEqual([['0', 100]]);
    // and the phase e^{-0.35i} is applied: the state before the measurement is exactly rz|0⟩
    const s = runCircuit(c, { skipFinalMeasurements: true }).state;
    expect(s.re[0]).toBeCloseTo(Math.cos(0.35), 14);
    expect(s.im[0]).toBeCloseTo(-Math.sin(0.35), 14);
  });

  it.each([[1], [2], [3]])('fused and unfused compilation give the same trajectory (seed %i) through measurements and conditions', (seed) => {
    const b = new CircuitBuilder();
    b.addQreg('q', 3); b.addCreg('a', 1); b.addCreg('b', 1);
    b.apply(makeStdGate('ry', [0.8]), [0]).apply(makeStdGate('rz', [0.3]), [0]).apply(H, [1]).apply(makeStdGate('t'), [1]);
    b.apply(M, [0], { clbits: [0] });
    b.apply(makeStdGate('rx', [1.1]), [0]).apply(makeStdGate('s'), [0]);
    b.apply(makeStdGate('u3', [0.4, 0.2, 0.1]), [2], { condition: { clbits: [0], value: 1 } });
    b.apply(makeStdGate('ccx'), [0, 1, 2]).apply(M, [1], { clbits: [1] }).apply(makeStdGate('h'), [2]).apply(makeStdGate('sx'), [2]);
    const c = b.build();
    const fused = runCircuit(c, { seed, fuse: true }), unfused = runCircuit(c, { seed, fuse: false });
    expect([...fused.clbits]).toEqual([...unfused.clbits]);
    for (let i = 0; i < 8; i++) {
      expect(fused.state.re[i]).toBeCloseTo(unfused.state.re[i], 13);
      expect(fused.state.im[i]).toBeCloseTo(unfused.state.im[i], 13);
    }
  });

  it('a conditioned composite op (no gateSpec) runs its whole decomposition only when the condition holds', () => {
    for (const cval of [0, 1]) {
      const b = new CircuitBuilder();
      b.addQreg('q', 4); b.addCreg('c', 1);
      if (cval) b.apply(X, [0]);
      b.apply(M, [0], { clbits: [0] }).apply(X, [1]).apply(X, [2]);
      b.apply(wrapInverse(makeMcx(2)), [1, 2, 3], { condition: { clbits: [0], value: 1 } });
      const s = runCircuit(b.build(), { seed: 1 }).state;
      const want = cval ? 0b1111 : 0b0110;
      expect(s.re[want] ** 2 + s.im[want] ** 2).toBeCloseTo(1, 13);
    }
  });

  it('rejects a non-positive shot count', () => {
    expect(() => sampleCounts(bell(), { shots: 0 })).toThrow(/shots/);
    expect(() => sampleCounts(bell(), { shots: 2.5 })).toThrow(/shots/);
    expect(() => sampleCounts(bell(), { shots: 1e9 })).toThrow(/maximum/);
  });

  it('refuses shots whose single state does not fit the budget', () => {
    expect(() => sampleCounts(bell(), { shots: 10, memoryBudgetBytes: 32 })).toThrow(SimulationTooLargeError);
  });
});
