import { CircuitBuilder } from '../../src/ir';
import { makeRng } from '../../src/math/rng';
import { embedC, fromRowsC, kronC, CMatrix } from '../../src/math/complexMatrix';
import { gateMatrices, makeStdGate } from '../../src/ops';
import {
  PauliLetter, StateVector, expectationPauli, expectationPauliSum, marginalProbabilities, postselect, probabilities,
  probabilityOfOne, stateFromAmplitudes, statevector, topBasisStates,
} from '../../src/sim';

function randomState(seed: number, n: number): StateVector {
  const rng = makeRng(seed);
  const d = 2 ** n;
  return stateFromAmplitudes(Array.from({ length: d }, () => rng.normal()), Array.from({ length: d }, () => rng.normal()), { normalize: true });
}

/** ⟨ψ|M|ψ⟩ with a dense matrix (independent of the bit-mask formula in pauli.ts). */
function denseExpectation(m: CMatrix, s: StateVector): number {
  const d = m.dim;
  let e = 0;
  for (let r = 0; r < d; r++) {
    let yr = 0, yi = 0;
    for (let c = 0; c < d; c++) {
      yr += m.re[r * d + c] * s.re[c] - m.im[r * d + c] * s.im[c];
      yi += m.re[r * d + c] * s.im[c] + m.im[r * d + c] * s.re[c];
    }
    e += s.re[r] * yr + s.im[r] * yi;
  }
  return e;
}

const PAULI: Record<PauliLetter, CMatrix> = { I: gateMatrices.I2, X: gateMatrices.X2, Y: gateMatrices.Y2, Z: gateMatrices.Z2 };

describe('expectationPauli', () => {
  it.each([['Z'], ['X'], ['Y'], ['XI'], ['IY'], ['ZZZ'], ['XYZ'], ['YYI'], ['YXYZ'], ['IIII'], ['ZIXY']])('%s on a random state equals the dense ⟨ψ|P|ψ⟩', (p) => {
    const n = p.length;
    const s = randomState(p.length * 13 + p.charCodeAt(0), n);
    // p[0] is the highest qubit: kron(p[0], p[1], ...) puts p[0] on the high bits.
    let m = PAULI[p[0] as PauliLetter];
    for (let i = 1; i < n; i++) m = kronC(m, PAULI[p[i] as PauliLetter]);
    expect(expectationPauli(s, p)).toBeCloseTo(denseExpectation(m, s), 12);
  });

  it('sparse form [[qubit, letter]] equals the string form; sums are linear', () => {
    const s = randomState(3, 4);
    expect(expectationPauli(s, [[0, 'Y'], [3, 'X']])).toBeCloseTo(expectationPauli(s, 'XIIY'), 14);
    const sum = expectationPauliSum(s, [{ coeff: 0.5, pauli: 'ZZII' }, { coeff: -2, pauli: [[1, 'X']] }]);
    expect(sum).toBeCloseTo(0.5 * expectationPauli(s, 'ZZII') - 2 * expectationPauli(s, 'IIXI'), 14);
  });

  it('Bell state: ⟨XX⟩ = ⟨ZZ⟩ = 1, ⟨YY⟩ = −1, ⟨ZI⟩ = 0', () => {
    const c = CircuitBuilder.withQubits(2).apply(makeStdGate('h'), [0]).apply(makeStdGate('cx'), [0, 1]).build();
    const s = statevector(c);
    expect(expectationPauli(s, 'XX')).toBeCloseTo(1, 14);
    expect(expectationPauli(s, 'ZZ')).toBeCloseTo(1, 14);
    expect(expectationPauli(s, 'YY')).toBeCloseTo(-1, 14);
    expect(expectationPauli(s, 'ZI')).toBeCloseTo(0, 14);
  });

  it.each([['Q'], ['XX X']])('rejects %j', (p) => {
    expect(() => expectationPauli(randomState(1, 4), p)).toThrow(/Pauli/);
  });
});

describe('probabilities, marginals, post-selection', () => {
  it('marginal over qubits [2, 0] sums the full distribution', () => {
    const s = randomState(11, 4);
    const p = probabilities(s);
    const m = marginalProbabilities(s, [2, 0]);
    const want = new Float64Array(4);
    for (let i = 0; i < 16; i++) want[((i >> 2) & 1) | ((i & 1) << 1)] += p[i];
    for (let k = 0; k < 4; k++) expect(m[k]).toBeCloseTo(want[k], 14);
    expect(m.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 13);
    expect(probabilityOfOne(s, 2)).toBeCloseTo(want[1] + want[3], 14);
  });

  it('postselect(ancilla = 0) of a block encoding U(|0⟩|ψ⟩) gives Aψ/‖Aψ‖ with probability ‖Aψ‖²', () => {
    // Block encoding of A = diag(0.6, 0.3) by U = [[A, √(1−A²)], [√(1−A²), −A]] on (data q0, ancilla q1).
    const a = [0.6, 0.3];
    const rows: number[][] = [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]];
    for (let i = 0; i < 2; i++) {
      const c = Math.sqrt(1 - a[i] * a[i]);
      rows[i][i] = a[i]; rows[i][i + 2] = c; rows[i + 2][i] = c; rows[i + 2][i + 2] = -a[i];
    }
    const u = fromRowsC(rows);
    const psi = [0.8, 0.6];
    const full = new Float64Array(4);
    for (let r = 0; r < 4; r++) for (let c = 0; c < 2; c++) full[r] += u.re[r * 4 + c] * psi[c];
    const res = postselect(stateFromAmplitudes(full), 1, 0);
    const w = [a[0] * psi[0], a[1] * psi[1]];
    const nrm = Math.hypot(w[0], w[1]);
    expect(res.probability).toBeCloseTo(nrm * nrm, 14);
    expect(res.state.numQubits).toBe(1);
    expect(res.state.re[0]).toBeCloseTo(w[0] / nrm, 14);
    expect(res.state.re[1]).toBeCloseTo(w[1] / nrm, 14);
  });

  it('postselect on several qubits keeps the rest in order', () => {
    const s = randomState(5, 4);
    const r = postselect(s, [1, 3], [1, 0]);
    let p = 0;
    for (let k = 0; k < 4; k++) {
      const i = (k & 1) | (1 << 1) | (((k >> 1) & 1) << 2);
      p += s.re[i] ** 2 + s.im[i] ** 2;
    }
    expect(r.probability).toBeCloseTo(p, 14);
    for (let k = 0; k < 4; k++) {
      const i = (k & 1) | (1 << 1) | (((k >> 1) & 1) << 2);
      expect(r.state.re[k]).toBeCloseTo(s.re[i] / Math.sqrt(p), 14);
      expect(r.state.im[k]).toBeCloseTo(s.im[i] / Math.sqrt(p), 14);
    }
  });

  it('postselect of an impossible outcome throws', () => {
    expect(() => postselect(stateFromAmplitudes([1, 0]), 0, 1)).toThrow(/probability 0/);
  });

  it('topBasisStates sorts by probability and prints qubit 0 rightmost', () => {
    const c = CircuitBuilder.withQubits(3).apply(makeStdGate('x'), [0]).apply(makeStdGate('ry', [0.7]), [2]).build();
    const top = topBasisStates(statevector(c), 10);
    expect(top.map((t) => t.bits)).toEqual(['001', '101']);
    expect(top[0].probability).toBeCloseTo(Math.cos(0.35) ** 2, 14);
    expect(top[1].probability).toBeCloseTo(Math.sin(0.35) ** 2, 14);
  });

  it('embedC-based check of a 2-qubit gate on qubits (3, 1) agrees with the statevector', () => {
    const s = randomState(9, 4);
    const op = makeStdGate('rxx', [0.4]);
    const c = CircuitBuilder.withQubits(4).apply(op, [3, 1]).build();
    const out = statevector(c, { initialState: s });
    const m = embedC(gateMatrices.rxxMatrix(0.4), [3, 1], 4);
    for (let r = 0; r < 16; r++) {
      let yr = 0, yi = 0;
      for (let k = 0; k < 16; k++) { yr += m.re[r * 16 + k] * s.re[k] - m.im[r * 16 + k] * s.im[k]; yi += m.re[r * 16 + k] * s.im[k] + m.im[r * 16 + k] * s.re[k]; }
      expect(out.re[r]).toBeCloseTo(yr, 13);
      expect(out.im[r]).toBeCloseTo(yi, 13);
    }
  });
});
