import { Circuit, CircuitBuilder } from '../../src/ir';
import { makeRng } from '../../src/math/rng';
import { makeStdGate } from '../../src/ops';
import { emitQasm2 } from '../../src/emit';
import { compileCircuit, statevector } from '../../src/sim';
import { randomCircuit, randomU3Layer } from './randomCircuit';
import { maxDiffUpToPhase, quantumCircuitState } from './quantumCircuitRef';

/** Fused and unfused runs multiply the same phases in a different order: rounding only. */
const TOL = 1e-12;

function maxAbsDiff(a: { re: Float64Array; im: Float64Array }, b: { re: Float64Array; im: Float64Array }): number {
  let m = 0;
  for (let i = 0; i < a.re.length; i++) m = Math.max(m, Math.hypot(a.re[i] - b.re[i], a.im[i] - b.im[i]));
  return m;
}

/** Random u3 layer, then rounds of [run of 3–8 phase gates sharing a random qubit c, 12 random gates]. */
function phaseRunCircuit(seed: number, n: number, rounds: number): Circuit {
  const rng = makeRng(seed);
  const b = CircuitBuilder.withQubits(n);
  b.append(randomU3Layer(rng, n));
  for (let r = 0; r < rounds; r++) {
    const c = rng.int(n), len = 3 + rng.int(6);
    for (let g = 0; g < len; g++) {
      let k = rng.int(n);
      if (k === c) k = (k + 1) % n;
      const angle = (rng.next() * 2 - 1) * Math.PI;
      const pick = rng.int(4);
      if (pick === 0) b.apply(makeStdGate('cp', [angle]), rng.next() < 0.5 ? [k, c] : [c, k]);
      else if (pick === 1) b.apply(makeStdGate('cz'), [c, k]);
      else if (pick === 2) b.apply(makeStdGate('p', [angle]), [c]);
      else b.apply(makeStdGate('rz', [angle]), [c]);
    }
    b.append(randomCircuit(rng, n, 12, { stdOnly: true }));
  }
  return b.build();
}

function qft(n: number): Circuit {
  const b = CircuitBuilder.withQubits(n);
  for (let q = 0; q < n; q++) { b.apply(makeStdGate('h'), [q]); b.apply(makeStdGate('rz', [0.1 + 0.37 * q]), [q]); }
  for (let j = n - 1; j >= 0; j--) {
    b.apply(makeStdGate('h'), [j]);
    for (let k = j - 1; k >= 0; k--) b.apply(makeStdGate('cp', [Math.PI / 2 ** (j - k)]), [k, j]);
  }
  return b.build();
}

describe('phase-product fusion (phaseProduct.ts)', () => {
  it('a QFT ladder on target j becomes one step; the state equals the unfused run (n = 12: high and low table paths)', () => {
    const c = qft(12);
    const steps = compileCircuit(c).steps;
    const fused = steps.filter((s) => s.kind === 'phaseProduct');
    // Targets j = 11 … 3 have ladders of ≥ 3 controlled phases.
    expect(fused.length).toBe(9);
    expect(fused.map((s) => (s.kind === 'phaseProduct' ? s.control : -1))).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3]);
    expect(maxAbsDiff(statevector(c), statevector(c, { fuse: false }))).toBeLessThan(TOL);
  });

  it.each([[1, 11], [2, 12], [3, 7], [4, 13]])('random phase runs, seed %i on %i qubits: equal to the unfused run', (seed, n) => {
    const c = phaseRunCircuit(seed, n, 8);
    expect(compileCircuit(c).steps.some((s) => s.kind === 'phaseProduct')).toBe(true);
    expect(maxAbsDiff(statevector(c), statevector(c, { fuse: false }))).toBeLessThan(TOL);
  });

  it.each([[5, 8], [6, 9]])('random phase runs, seed %i on %i qubits: equal to the quantum-circuit package', (seed, n) => {
    const c = phaseRunCircuit(seed, n, 4);
    expect(compileCircuit(c).steps.some((s) => s.kind === 'phaseProduct')).toBe(true);
    expect(maxDiffUpToPhase(statevector(c), quantumCircuitState(emitQasm2(c), n))).toBeLessThan(1e-9);
  });
});
