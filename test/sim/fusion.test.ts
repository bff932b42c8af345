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

  /** Layers of random u3 on every qubit, then a chain of singly controlled gates (cx, cy, crx, ch) up or down the register. */
  function chainCircuit(seed: number, n: number, layers: number): ReturnType<CircuitBuilder['build']> {
    const rng = makeRng(seed);
    const b = CircuitBuilder.withQubits(n);
    const names = ['cx', 'cx', 'cy', 'crx', 'ch', 'cz'];
    for (let l = 0; l < layers; l++) {
      b.append(randomU3Layer(rng, n));
      const up = l % 2 === 0;
      for (let k = 0; k + 1 < n; k++) {
        const name = names[rng.int(names.length)];
        const angles = name === 'crx' ? [rng.next() * 6] : [];
        const [c, t] = up ? [k, k + 1] : [n - 1 - k, n - 2 - k];
        b.apply(makeStdGate(name, angles), rng.next() < 0.2 ? [t, c] : [c, t]);
      }
      if (l % 2 === 1) for (let q = 0; q < n; q++) b.apply(makeStdGate('rz', [rng.next() * 6]), [q]);
    }
    return b.build();
  }

  it.each([[11, 9, 4], [12, 10, 5], [13, 11, 6], [14, 8, 3]])('CX-type chains, seed %i on %i qubits: fused (controlled-gate absorption, blocks of %i with permutation tables) equal to unfused', (seed, n, k) => {
    const c = chainCircuit(seed, n, 6);
    const fused = compileCircuit(c);
    expect(fused.steps.some((s) => s.kind === 'ucg1')).toBe(true);
    expect(fused.steps.length).toBeLessThan(compileCircuit(c, { fuse: false }).steps.length * 0.75);
    const ref = statevector(c, { fuse: false });
    expect(maxAbsDiff(statevector(c), ref)).toBeLessThan(TOL);
    expect(maxAbsDiff(statevector(c, { blockQubits: k }), ref)).toBeLessThan(TOL);
  });

  it('a CX chain alone inside a block becomes one permutation table; X/CX/SWAP mixes with phases one monomial table', () => {
    const n = 8;
    const b = CircuitBuilder.withQubits(n);
    b.append(randomU3Layer(makeRng(3), n));
    for (let q = 0; q + 1 < 5; q++) b.apply(makeStdGate('cx'), [q, q + 1]);
    b.apply(makeStdGate('swap'), [0, 3]).apply(makeStdGate('cz'), [1, 2]).apply(makeStdGate('y'), [4]).apply(makeStdGate('ccx'), [0, 1, 2]);
    b.apply(makeStdGate('h'), [7]).apply(makeStdGate('cx'), [6, 7]);
    const c = b.build();
    const p = compileCircuit(c, { blockQubits: 6 });
    const inner = p.steps.flatMap((s) => (s.kind === 'block' ? s.steps : []));
    expect(inner.some((s) => s.kind === 'monomial')).toBe(true);
    const ref = statevector(c, { fuse: false });
    expect(maxAbsDiff(statevector(c, { blockQubits: 6 }), ref)).toBeLessThan(TOL);
    expect(maxAbsDiffC(unitaryOf(c, { blockQubits: 6 }), unitaryOf(c, { fuse: false }))).toBeLessThan(TOL);
    expect(maxAbsDiffC(unitaryOf(c), unitaryOf(c, { fuse: false }))).toBeLessThan(TOL);
  });

  it('a layer of single-qubit phases (rz, p, t, s) becomes one uncontrolled phase product; the result is unchanged', () => {
    const n = 9;
    const rng = makeRng(21);
    const b = CircuitBuilder.withQubits(n);
    b.append(randomU3Layer(rng, n));
    // The cz chain flushes the u3 gates, so the phases that follow are steps of their own.
    for (let q = 0; q + 1 < n; q++) b.apply(makeStdGate('cz'), [q, q + 1]);
    for (let q = 0; q < n; q++) b.apply(makeStdGate(['rz', 'p', 't', 's'][q % 4], q % 4 < 2 ? [rng.next() * 6] : []), [q]);
    const c = b.build();
    const p = compileCircuit(c);
    expect(p.steps.filter((s) => s.kind === 'phaseProduct' && s.control === -1)).toHaveLength(1);
    expect(maxAbsDiff(statevector(c), statevector(c, { fuse: false }))).toBeLessThan(TOL);
  });
});

