import { CircuitBuilder, circuitOfOp } from '../../src/ir';
import { makeRng } from '../../src/math/rng';
import { embedC, maxAbsDiffC } from '../../src/math/complexMatrix';
import { allOpDefs, makeMultiControlled, makeStdGate, stdGateInfo, stdGateNames, unitaryOfCircuit, unitaryOfOp, wrapInverse } from '../../src/ops';
import { StateVector, compileCircuit, statevector, stateFromAmplitudes, unitaryOf, unitaryOfOpFast } from '../../src/sim';
import { pickQubits, randomCircuit } from './randomCircuit';
import * as sim from '../../src/sim';
import { SimulationNormError } from '../../src/errors';

/** Dense reference: U·ψ with U from the slow reference unitary (src/ops/unitaryOf.ts). */
function referenceApply(u: { dim: number; re: Float64Array; im: Float64Array }, s: StateVector): StateVector {
  const d = u.dim, re = new Float64Array(d), im = new Float64Array(d);
  for (let r = 0; r < d; r++) {
    let a = 0, b = 0;
    for (let c = 0; c < d; c++) {
      const ur = u.re[r * d + c], ui = u.im[r * d + c];
      a += ur * s.re[c] - ui * s.im[c];
      b += ur * s.im[c] + ui * s.re[c];
    }
    re[r] = a; im[r] = b;
  }
  return { numQubits: s.numQubits, re, im };
}

function maxDiff(a: StateVector, b: StateVector): number {
  let m = 0;
  for (let i = 0; i < a.re.length; i++) m = Math.max(m, Math.hypot(a.re[i] - b.re[i], a.im[i] - b.im[i]));
  return m;
}

function randomState(seed: number, n: number): StateVector {
  const rng = makeRng(seed);
  const d = 2 ** n;
  return stateFromAmplitudes(Array.from({ length: d }, () => rng.normal()), Array.from({ length: d }, () => rng.normal()), { normalize: true });
}

const TOL = 1e-12;

describe('every standard gate on every operand placement (5 qubits) matches embedC of its matrix', () => {
  it.each(stdGateNames().map((n) => [n]))('%s', (name) => {
    const rng = makeRng(name.length * 7919 + name.charCodeAt(0));
    const info = stdGateInfo(name)!;
    const op = makeStdGate(name, Array.from({ length: info.numAngles }, () => rng.next() * 6 - 3));
    const n = 5;
    for (let trial = 0; trial < 6; trial++) {
      const qubits = pickQubits(rng, n, op.numQubits);
      const c = CircuitBuilder.withQubits(n).apply(op, qubits).build();
      const init = randomState(trial + 100, n);
      const want = referenceApply(embedC(unitaryOfOp(op), qubits, n), init);
      for (const fuse of [true, false]) {
        expect(maxDiff(statevector(c, { initialState: init, fuse }), want)).toBeLessThan(TOL);
      }
    }
  });
});

describe('both index enumerations (short runs: subset walk; long runs: zero-bit insertion) agree with the reference', () => {
  it.each([
    ['cx', [0, 7]], ['cx', [6, 5]], ['cp', [1, 3]], ['cp', [4, 6]], ['crx', [0, 5]], ['crx', [7, 3]], ['cy', [2, 6]], ['cy', [5, 4]],
    ['ccx', [0, 1, 7]], ['ccx', [5, 6, 3]], ['cswap', [0, 4, 6]], ['cswap', [3, 6, 7]], ['crz', [1, 2]], ['crz', [4, 7]],
  ] as const)('%s on %j of 8 qubits', (name, qubits) => {
    const info = stdGateInfo(name)!;
    const op = makeStdGate(name, Array.from({ length: info.numAngles }, (_, i) => 0.7 + i));
    const n = 8;
    const c = CircuitBuilder.withQubits(n).apply(op, [...qubits]).build();
    const init = randomState(qubits[0] * 10 + qubits[1], n);
    const want = referenceApply(embedC(unitaryOfOp(op), [...qubits], n), init);
    expect(maxDiff(statevector(c, { initialState: init }), want)).toBeLessThan(TOL);
  });
});

describe('multi-controlled and decomposed ops', () => {
  it.each([
    ['mcx', 3], ['mcx', 5], ['mcz', 4], ['mcp', 3], ['mcrx', 3], ['mcry', 4], ['mcrz', 3],
  ] as const)('%s with %i controls on scattered qubits (7 qubits)', (kind, k) => {
    const op = makeMultiControlled(kind, k, kind === 'mcx' || kind === 'mcz' ? [] : [0.83]);
    const rng = makeRng(k * 31 + kind.length);
    const n = 7;
    const qubits = pickQubits(rng, n, op.numQubits);
    const c = CircuitBuilder.withQubits(n).apply(op, qubits).build();
    const init = randomState(5, n);
    const want = referenceApply(embedC(unitaryOfOp(op), qubits, n), init);
    expect(maxDiff(statevector(c, { initialState: init }), want)).toBeLessThan(TOL);
  });

  it.each([['rccx'], ['rccxdg']])('%s has no gateSpec and is simulated through its decomposition', (name) => {
    const op = makeStdGate(name);
    expect(op.def.gateSpec).toBeUndefined();
    expect(maxAbsDiffC(unitaryOf(circuitOfOp(op)), unitaryOfOp(op))).toBeLessThan(TOL);
  });

  it('every registered unitary example: unitaryOfOpFast equals the reference unitary (≤ 8 qubits)', () => {
    for (const def of allOpDefs()) {
      if (def.category !== 'unitary') continue;
      for (const op of def.examples()) {
        if (op.numQubits > 8) continue;
        const diff = maxAbsDiffC(unitaryOfOpFast(op), unitaryOfOp(op));
        // NaN fails both: it is neither finite nor below TOL.
        expect({ key: op.key, finite: Number.isFinite(diff), withinTol: diff < TOL }).toEqual({ key: op.key, finite: true, withinTol: true });
      }
    }
  });

  it('wrapInverse(op) (no gateSpec) is the adjoint', () => {
    const op = makeStdGate('cu', [0.3, -1.2, 2.1, 0.7]);
    const u = unitaryOfOpFast(wrapInverse(op));
    const v = unitaryOfOp(op);
    for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) {
      expect(u.re[r * 4 + c]).toBeCloseTo(v.re[c * 4 + r], 12);
      expect(u.im[r * 4 + c]).toBeCloseTo(-v.im[c * 4 + r], 12);
    }
  });
});

describe('random circuits over the whole gate library match the reference unitary (exact, incl. global phase)', () => {
  it.each([[1, 1], [2, 2], [3, 3], [4, 4], [5, 5], [6, 6], [6, 7], [7, 8]])('n=%i seed=%i', (n, seed) => {
    const rng = makeRng(seed * 1000 + n);
    const c = randomCircuit(rng, n, 40);
    const ref = unitaryOfCircuit(c);
    const init = randomState(seed, n);
    const want = referenceApply(ref, init);
    expect(maxDiff(statevector(c, { initialState: init, fuse: true }), want)).toBeLessThan(TOL);
    expect(maxDiff(statevector(c, { initialState: init, fuse: false }), want)).toBeLessThan(TOL);
    expect(maxAbsDiffC(unitaryOf(c), ref)).toBeLessThan(TOL);
  });

  it('unitaryOf on 8 qubits (200 ops): every sampled column equals the statevector of that basis state', () => {
    const c = randomCircuit(makeRng(77), 8, 200);
    const u = unitaryOf(c);
    for (const col of [0, 1, 37, 128, 255]) {
      const init = stateFromAmplitudes(Array.from({ length: 256 }, (_, i) => (i === col ? 1 : 0)));
      const s = statevector(c, { initialState: init });
      let m = 0;
      for (let r = 0; r < 256; r++) m = Math.max(m, Math.hypot(u.re[r * 256 + col] - s.re[r], u.im[r * 256 + col] - s.im[r]));
      expect(m).toBeLessThan(TOL);
    }
  });

  it('fusion reduces the number of kernel steps on a single-qubit-heavy circuit', () => {
    const b = CircuitBuilder.withQubits(3);
    for (let i = 0; i < 10; i++) for (let q = 0; q < 3; q++) b.apply(makeStdGate(i % 2 ? 'h' : 'rz', i % 2 ? [] : [0.1 * i + 0.05]), [q]);
    const c = b.build();
    expect(compileCircuit(c, { fuse: true }).steps.length).toBeLessThanOrEqual(3);
    expect(compileCircuit(c, { fuse: false }).steps.length).toBeGreaterThanOrEqual(30);
  });
});

describe('the simulator never returns NaN amplitudes (norm check after every run)', () => {
  function withAngle(angleRad: number) {
    const b = CircuitBuilder.withQubits(2);
    b.apply(makeStdGate('h'), [0]);
    b.apply(makeStdGate('rx', [angleRad]), [1]);
    b.apply(makeStdGate('cx'), [0, 1]);
    return b.build();
  }
  it.each([NaN, Infinity])('rx(%p): statevector, runCircuit, sampleCounts and unitaryOf throw SimulationNormError', (a) => {
    const c = withAngle(a);
    expect(() => sim.statevector(c)).toThrow(SimulationNormError);
    expect(() => sim.runCircuit(c)).toThrow(/non-finite amplitudes/);
    expect(() => sim.sampleCounts(c, { shots: 10 })).toThrow(SimulationNormError);
    expect(() => sim.unitaryOf(c)).toThrow(SimulationNormError);
  });
  it('a huge but finite angle is fine: the state stays normalized', () => {
    const s = sim.statevector(withAngle(1e300));
    expect(Math.abs(sim.normSquared(s) - 1)).toBeLessThan(1e-12);
  });
  it('an initial state with a NaN amplitude is caught after the run', () => {
    const c = withAngle(0.3);
    const bad = { numQubits: 2, re: Float64Array.from([1, 0, NaN, 0]), im: new Float64Array(4) };
    expect(() => sim.statevector(c, { initialState: bad })).toThrow(SimulationNormError);
  });
  it.each([
    [1, 1, false], [1 + 5e-7, 1, false], [1 + 2e-6, 1, true], [0, 1, true], [NaN, 1, true], [4, 4, false], [1, 4, false], [3, 4, true],
  ])('checkNormSquared(%p, expected %p) throws: %p', (v, e, throws) => {
    if (throws) expect(() => sim.checkNormSquared(v, e)).toThrow(SimulationNormError);
    else expect(() => sim.checkNormSquared(v, e)).not.toThrow();
  });
});
