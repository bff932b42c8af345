import { CMatrix, maxAbsDiffC } from '../../../src/math/complexMatrix';
import { makeRng } from '../../../src/math/rng';
import { randomOrthogonalRows, symmetricFromSpectrum } from '../../math/spectralMatrices';
import { controlledMatrix } from '../../../src/ops/gates/controlled';
import { unitaryOfCircuit, unitaryOfOp } from '../../../src/ops/unitaryOf';
import {
  clockEigenvalue, denseSymmetricEigen, hhlLayout, makeHamiltonianSimulation, makeHhlOp, makeQpe, reciprocalRotationAngles, synthesizeUnitary,
} from '../../../src/ops/hhl';
import { CircuitBuilder, circuitOfOp } from '../../../src/ir';
import { makeStatePrep } from '../../../src/ops/stateprep/statePrep';
import { postselect, stateFromAmplitudes, statevector } from '../../../src/sim';

function randomSymmetric(n: number, seed: number): Float64Array {
  const rng = makeRng(seed);
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) { const v = rng.normal(); a[i * n + j] = v; a[j * n + i] = v; }
  return a;
}

/** e^{iAt} by scaling and squaring of a Taylor series (independent of the eigendecomposition). */
function expmTaylor(a: Float64Array, n: number, t: number): CMatrix {
  let norm = 0;
  for (const v of a) norm = Math.max(norm, Math.abs(v) * n);
  const s = Math.max(0, Math.ceil(Math.log2(Math.abs(t) * norm + 1)) + 4);
  const h = t / 2 ** s;
  // X = iAh (purely imaginary); series Σ X^k/k!
  let termRe = new Float64Array(n * n), termIm = new Float64Array(n * n);
  const re = new Float64Array(n * n), im = new Float64Array(n * n);
  for (let i = 0; i < n; i++) { termRe[i * n + i] = 1; re[i * n + i] = 1; }
  for (let k = 1; k < 30; k++) {
    const nr = new Float64Array(n * n), ni = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      let sr = 0, si = 0;
      for (let l = 0; l < n; l++) { const x = a[l * n + j] * h / k; sr -= termIm[i * n + l] * x; si += termRe[i * n + l] * x; }
      nr[i * n + j] = sr; ni[i * n + j] = si;
    }
    termRe = nr; termIm = ni;
    for (let i = 0; i < n * n; i++) { re[i] += nr[i]; im[i] += ni[i]; }
  }
  let m: CMatrix = { dim: n, re, im };
  for (let q = 0; q < s; q++) {
    const r2 = new Float64Array(n * n), i2 = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      let sr = 0, si = 0;
      for (let l = 0; l < n; l++) {
        const ar = m.re[i * n + l], ai = m.im[i * n + l], br = m.re[l * n + j], bi = m.im[l * n + j];
        sr += ar * br - ai * bi; si += ar * bi + ai * br;
      }
      r2[i * n + j] = sr; i2[i * n + j] = si;
    }
    m = { dim: n, re: r2, im: i2 };
  }
  return m;
}

/** A = Q diag(λ) Qᵀ for a random orthogonal Q (Gram-Schmidt). */
function withEigenvalues(lambdas: readonly number[], seed: number): { a: Float64Array; q: number[][] } {
  const q = randomOrthogonalRows(lambdas.length, makeRng(seed));
  return { a: symmetricFromSpectrum(q, lambdas), q };
}

describe('exact unitary synthesis (Givens, Gray-code order)', () => {
  it.each([[1, 0], [1, 2], [2, 0], [2, 1], [3, 0], [3, 1], [4, 0]])('%d qubit(s), %d extra control(s): circuit equals C^k(U) exactly', (n, k) => {
    const dim = 2 ** n;
    const u = expmTaylor(randomSymmetric(dim, 7 * n + k), dim, 1.3);
    const c = synthesizeUnitary(u, k);
    expect(c.numQubits).toBe(n + k);
    expect(maxAbsDiffC(unitaryOfCircuit(c), controlledMatrix(k, u))).toBeLessThan(1e-9);
  });

  it('a real orthogonal matrix synthesizes to Ry rotations only (no Rz)', () => {
    const { a } = withEigenvalues([1, -1, 1, -1], 3); // a real reflection: symmetric and orthogonal
    const c = synthesizeUnitary({ dim: 4, re: a, im: new Float64Array(16) });
    expect(c.instructions.some((i) => i.op.name.includes('rz'))).toBe(false);
    expect(maxAbsDiffC(unitaryOfCircuit(c), { dim: 4, re: a, im: new Float64Array(16) })).toBeLessThan(1e-9);
  });
});

describe('Hamiltonian simulation e^{iAt}', () => {
  it.each([[2, 0.7, 1], [4, -1.9, 2], [8, 3.1, 3]])('N=%d t=%d: eigendecomposition unitary equals a Taylor-series expm', (n, t, seed) => {
    const a = randomSymmetric(n, seed);
    const op = makeHamiltonianSimulation(a, n, t, 0);
    expect(maxAbsDiffC(unitaryOfOp(op), expmTaylor(a, n, t))).toBeLessThan(1e-9);
  });

  it('eigendecomposition reconstructs A (Jacobi)', () => {
    const n = 8, a = randomSymmetric(n, 9);
    const e = denseSymmetricEigen(a, n);
    let err = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += e.vectors[i * n + k] * e.values[k] * e.vectors[j * n + k];
      err = Math.max(err, Math.abs(s - a[i * n + j]));
    }
    expect(err).toBeLessThan(1e-12);
  });
});

describe('quantum phase estimation', () => {
  // Eigenvalues on the clock grid: λ = 2π k̃/(M t) with M = 2^c → QPE is exact.
  it.each([[2, 3, [3, -2]], [4, 4, [5, -7, 1, 6]], [4, 3, [-4, 3, 2, -1]]])('N=%d, %d clock bits, grid values %j: eigenvector i gives clock k_i with probability 1', (n, c, ks) => {
    const m = 2 ** c, t = 0.8;
    const lambdas = ks.map((k) => (2 * Math.PI * k) / (m * t));
    const { a, q } = withEigenvalues(lambdas, 5);
    const qpe = makeQpe(a, n, t, c);
    const nd = Math.log2(n);
    for (let i = 0; i < n; i++) {
      const amps = new Float64Array(2 ** (nd + c));
      for (let j = 0; j < n; j++) amps[j] = q[i][j];
      const out = statevector(circuitOfOp(qpe), { initialState: stateFromAmplitudes(amps) });
      const k = ((ks[i] % m) + m) % m;
      let pk = 0;
      for (let j = 0; j < n; j++) pk += out.re[j + n * k] ** 2 + out.im[j + n * k] ** 2;
      expect(pk).toBeGreaterThan(1 - 1e-9);
      expect(clockEigenvalue(k, c, t)).toBeCloseTo(lambdas[i], 12);
    }
  });
});

describe('reciprocal rotation', () => {
  it.each([[3, 0.5, 0.3], [4, 1.0, 0.2], [5, 0.25, 1.5]])('c=%d t=%d C=%d: sin(θ_k/2) = clamp(C/λ_k), θ_0 = 0', (c, t, constantC) => {
    const angles = reciprocalRotationAngles(c, t, constantC);
    expect(angles[0]).toBe(0);
    for (let k = 1; k < 2 ** c; k++) {
      const ratio = Math.max(-1, Math.min(1, constantC / clockEigenvalue(k, c, t)));
      expect(Math.sin(angles[k] / 2)).toBeCloseTo(ratio, 12);
    }
  });
});

describe('HHL core with grid-aligned eigenvalues', () => {
  it.each([[2, 3, [2, -3]], [4, 4, [3, -6, 7, -2]], [8, 5, [3, -4, 5, 7, -9, 11, -13, 15]]])('N=%d, %d clock bits: post-selected state is exactly A⁻¹b/‖A⁻¹b‖', (n, c, ks) => {
    const m = 2 ** c, t = 0.6;
    const lambdas = ks.map((k) => (2 * Math.PI * k) / (m * t));
    const { a } = withEigenvalues(lambdas, 11);
    const minAbs = Math.min(...lambdas.map(Math.abs));
    const op = makeHhlOp(a, n, t, c, minAbs);
    const lay = hhlLayout(n, c);
    const rng = makeRng(n);
    const b = Float64Array.from({ length: n }, () => rng.normal());
    const circ = new CircuitBuilder();
    circ.addQreg('q', lay.numQubits);
    circ.apply(makeStatePrep(b), lay.data).apply(op, Array.from({ length: lay.numQubits }, (_, i) => i));
    const { state, probability } = postselect(statevector(circ.build()), [...lay.clock, lay.ancilla], [...lay.clock.map(() => 0), 1]);
    // Classical x = Σ_k (v_k·b/λ_k) v_k from the same spectrum construction; compare normalized.
    const e = denseSymmetricEigen(a, n);
    const x = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      let proj = 0;
      for (let i = 0; i < n; i++) proj += e.vectors[i * n + k] * b[i];
      for (let i = 0; i < n; i++) x[i] += (proj / e.values[k]) * e.vectors[i * n + k];
    }
    const nx = Math.hypot(...x);
    let re = 0, im = 0;
    for (let i = 0; i < n; i++) { re += (x[i] / nx) * state.re[i]; im += (x[i] / nx) * state.im[i]; }
    expect(re * re + im * im).toBeGreaterThan(1 - 1e-9);
    // Success probability = C²‖A⁻¹b̂‖².
    const nb = Math.hypot(...b);
    expect(probability).toBeCloseTo((minAbs * nx / nb) ** 2, 9);
  });
});
