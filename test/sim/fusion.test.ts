import { CircuitBuilder } from '../../src/ir';
import { makeRng } from '../../src/math/rng';
import { maxAbsDiffC } from '../../src/math/complexMatrix';
import { makeMeasure, makeStdGate } from '../../src/ops';
import { compileCircuit, runCircuit, statevector, unitaryOf } from '../../src/sim';
import { randomCircuit, randomU3Layer } from './randomCircuit';

/** Blocked and unblocked runs perform the same kernels per amplitude; only rounding of merged diagonals differs. */
const TOL = 1e-12;

function maxAbsDiff(a: { re: Float64Array; im: Float64Array }, b: { re: Float64Array; im: Float64Array }): number {
  let m = 0;
  for (let i = 0; i < a.re.length; i++) m = Math.max(m, Math.hypot(a.re[i] - b.re[i], a.im[i] - b.im[i]));
  return m;
}

describe('cache blocks (fusion.ts)', () => {
  it.each([[1, 8, 3], [2, 9, 4], [3, 10, 5], [4, 11, 6], [5, 12, 7], [6, 10, 2]])('random circuit seed %i on %i qubits, blocks of %i: equal to the unfused run', (seed, n, k) => {
    const rng = makeRng(seed);
    const b = CircuitBuilder.withQubits(n);
    b.append(randomU3Layer(rng, n));
    b.append(randomCircuit(rng, n, 150));
    const c = b.build();
    const p = compileCircuit(c, { blockQubits: k });
    expect(p.steps.some((s) => s.kind === 'block')).toBe(true);
    expect(p.steps.length).toBeLessThan(compileCircuit(c, { blockQubits: 0 }).steps.length);
    expect(maxAbsDiff(statevector(c, { blockQubits: k }), statevector(c, { fuse: false }))).toBeLessThan(TOL);
  });

  it('runs of diagonal gates inside a block become one phase table (a QFT ladder); the result is unchanged', () => {
    const n = 9;
    const b = CircuitBuilder.withQubits(n);
    for (let q = 0; q < n; q++) b.apply(makeStdGate('h'), [q]);
    for (let j = n - 1; j >= 0; j--) {
      b.apply(makeStdGate('h'), [j]);
      for (let k = j - 1; k >= 0; k--) b.apply(makeStdGate('cp', [Math.PI / 2 ** (j - k)]), [k, j]);
    }
    const c = b.build();
    const p = compileCircuit(c, { blockQubits: 5 });
    const inner = p.steps.flatMap((s) => (s.kind === 'block' ? s.steps : []));
    expect(inner.some((s) => s.kind === 'diagTable')).toBe(true);
    expect(maxAbsDiff(statevector(c, { blockQubits: 5 }), statevector(c, { fuse: false }))).toBeLessThan(TOL);
    // unitaryOf runs the same steps on a 2n-qubit state: blocks must work there too.
    expect(maxAbsDiffC(unitaryOf(c, { blockQubits: 5 }), unitaryOf(c, { fuse: false }))).toBeLessThan(TOL);
  });

  it('mid-circuit measurements split blocks and keep the same trajectory', () => {
    const rng = makeRng(77);
    const b = CircuitBuilder.withQubits(9, 1);
    b.append(randomU3Layer(rng, 9)).append(randomCircuit(rng, 9, 60, { stdOnly: true }));
    b.apply(makeMeasure(), [4], { clbits: [0] });
    b.append(randomCircuit(rng, 9, 60, { stdOnly: true }));
    const c = b.build();
    for (const seed of [1, 2, 3]) {
      const x = runCircuit(c, { seed, blockQubits: 4 }), y = runCircuit(c, { seed, fuse: false });
      expect([...x.clbits]).toEqual([...y.clbits]);
      expect(maxAbsDiff(x.state, y.state)).toBeLessThan(TOL);
    }
  });
});
