import { evaluateChebyshev, inversePolynomial } from '../../../src/math/poly';
import {
  computePhases, evaluateQsp, reflectionQspMatrix, reflectionToGslwPhases, reflectionToWxPhases, wxToReflectionPhases,
} from '../../../src/math/qsp';
import { makeRng } from '../../../src/math/rng';
import {
  CMat, cAdjoint, cFromReal, cIdentity, cMul, cZeros, jacobiEigen, matrixChebyshev, maxAbsDiff, projectorPhase,
  symmetricFunction, topLeftBlock,
} from './denseHelpers';

/** Explicit 2×2 product e^{iφ'0 Z} ∏ R(x) e^{iφ'j Z}. */
function explicitReflection(phases: ArrayLike<number>, x: number): CMat {
  const s = Math.sqrt(1 - x * x);
  const r = cFromReal(2, [x, s, s, -x]);
  let u = cMul(cIdentity(2), projectorPhase(2, phases[0]));
  for (let j = 1; j < phases.length; j++) u = cMul(cMul(u, r), projectorPhase(2, phases[j]));
  return u;
}

/**
 * QSVT sequence e^{iφ'0(2Π−I)} V_1 e^{iφ'1(2Π−I)} ⋯ V_d e^{iφ'd(2Π−I)} with V_j = U if d − j is even,
 * else U† (dense matrices, Π = projector on the first half of the basis).
 */
function qsvtCircuit(u: CMat, phases: ArrayLike<number>): CMat {
  const d = phases.length - 1;
  const ud = cAdjoint(u);
  let m = projectorPhase(u.n, phases[0]);
  for (let j = 1; j <= d; j++) m = cMul(cMul(m, (d - j) % 2 === 0 ? u : ud), projectorPhase(u.n, phases[j]));
  return m;
}
/** GSLW d-phase form: e^{iφ1(2Π−I)} V_1 e^{iφ2(2Π−I)} V_2 ⋯ e^{iφd(2Π−I)} V_d. */
function gslwCircuit(u: CMat, phases: ArrayLike<number>): CMat {
  const d = phases.length;
  const ud = cAdjoint(u);
  let m = cIdentity(u.n);
  for (let j = 1; j <= d; j++) m = cMul(cMul(m, projectorPhase(u.n, phases[j - 1])), (d - j) % 2 === 0 ? u : ud);
  return m;
}

/** Random symmetric n×n A with ‖A‖ = 0.95 and its dilation U = [[A, S], [S, −A]], S = √(I − A²). */
function randomDilation(seed: number, n: number): { a: Float64Array; u: CMat } {
  const rng = makeRng(seed);
  const b = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) { const v = rng.normal(); b[i * n + j] = v; b[j * n + i] = v; }
  const { values } = jacobiEigen(b, n);
  const norm = Math.max(...Array.from(values, Math.abs));
  const a = b.map((v) => (0.95 * v) / norm);
  const s = symmetricFunction(a, n, (l) => Math.sqrt(1 - l * l));
  const big = new Float64Array(4 * n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      big[i * 2 * n + j] = a[i * n + j];
      big[i * 2 * n + n + j] = s[i * n + j];
      big[(n + i) * 2 * n + j] = s[i * n + j];
      big[(n + i) * 2 * n + n + j] = -a[i * n + j];
    }
  }
  return { a, u: cFromReal(2 * n, big) };
}

describe('Wx → reflection (QSVT) phase conversion on 1×1 blocks (single qubit)', () => {
  it.each([[0], [1], [2], [3], [6], [11]])('degree %i: ⟨0|U^R_Φ\'|0⟩ equals ⟨0|U^Wx_Φ|0⟩ (random non-symmetric phases)', (d) => {
    const rng = makeRng(40 + d);
    const phases = Float64Array.from({ length: d + 1 }, () => 2 * Math.PI * rng.next() - Math.PI);
    const refl = wxToReflectionPhases(phases);
    for (const x of [-1, -0.7, -0.1, 0, 0.4, 0.83, 1]) {
      const a = evaluateQsp(phases, x);
      const b = reflectionQspMatrix(refl, x);
      const e = explicitReflection(refl, x);
      expect(Math.abs(a.re - b.u00.re) + Math.abs(a.im - b.u00.im)).toBeLessThan(1e-13);
      expect(Math.abs(b.u00.re - e.re[0]) + Math.abs(b.u00.im - e.im[0]) + Math.abs(b.u11.re - e.re[3]) + Math.abs(b.u10.im - e.im[2])).toBeLessThan(1e-13);
    }
    expect(maxAbsDiff(reflectionToWxPhases(refl), phases)).toBeLessThan(1e-15);
  });

  it.each([[1], [2], [3], [4], [5]])('degree %i: the naive shift (+π/4, +π/2, +π/4) gives (−1)^{d−1}·i^{2−d}·(P + iQ) instead', (d) => {
    const rng = makeRng(70 + d);
    const phases = Float64Array.from({ length: d + 1 }, () => rng.normal());
    const naive = Float64Array.from(phases, (p, j) => p + (j === 0 || j === d ? Math.PI / 4 : Math.PI / 2));
    const x = 0.37;
    const a = evaluateQsp(phases, x);
    const b = reflectionQspMatrix(naive, x).u00;
    const arg = (Math.PI / 2) * (2 - d) + Math.PI * (d - 1); // (−1)^{d−1} i^{2−d}
    const cr = Math.cos(arg), ci = Math.sin(arg);
    expect(Math.abs(b.re - (cr * a.re - ci * a.im)) + Math.abs(b.im - (cr * a.im + ci * a.re))).toBeLessThan(1e-13);
  });
});

describe('QSVT dense simulation with converted phases', () => {
  const polys: Array<[string, Float64Array]> = [
    ['inverse κ=4 ε=1e-4 (odd)', inversePolynomial(4, 1e-4).coeffs],
    ['0.3 + 0.5 T4 (even)', new Float64Array([0.3, 0, 0, 0, 0.5])],
    ['0.7 T3 − 0.2 T1 (odd)', new Float64Array([0, -0.2, 0, 0.7])],
  ];

  it.each(polys)('%s on a random symmetric 4×4 A: Re top-left block = P(A), Im = Q(A), and (U_Φ\' + U_−Φ\')/2 → P(A), to 1e-8', (_name, coeffs) => {
    const { phases } = computePhases(coeffs);
    const refl = wxToReflectionPhases(phases);
    const { a, u } = randomDilation(11, 4);
    // Unitarity of the dilation (sanity of the reference).
    const uu = cMul(u, cAdjoint(u));
    expect(maxAbsDiff(uu.re, cIdentity(8).re)).toBeLessThan(1e-12);
    const pA = matrixChebyshev(coeffs, a, 4); // reference P(A), no eigen-decomposition
    const qA = symmetricFunction(a, 4, (l) => evaluateQsp(phases, l).im);
    const block = topLeftBlock(qsvtCircuit(u, refl));
    expect(maxAbsDiff(block.re, pA)).toBeLessThan(1e-8);
    expect(maxAbsDiff(block.im, qA)).toBeLessThan(1e-8);
    const neg = topLeftBlock(qsvtCircuit(u, refl.map((p) => -p)));
    const avgRe = block.re.map((v, i) => (v + neg.re[i]) / 2);
    const avgIm = block.im.map((v, i) => (v + neg.im[i]) / 2);
    expect(maxAbsDiff(avgRe, pA)).toBeLessThan(1e-8);
    expect(Math.max(...Array.from(avgIm, Math.abs))).toBeLessThan(1e-8);
    // GSLW d-phase form gives the same top-left block.
    const gslw = topLeftBlock(gslwCircuit(u, reflectionToGslwPhases(refl)));
    expect(maxAbsDiff(gslw.re, block.re)).toBeLessThan(1e-10);
    expect(maxAbsDiff(gslw.im, block.im)).toBeLessThan(1e-10);
  });

  it('2×2 example: A = [[0.5, 0.2], [0.2, −0.3]] with P = 0.6·T3', () => {
    const coeffs = new Float64Array([0, 0, 0, 0.6]);
    const { phases } = computePhases(coeffs);
    const a = new Float64Array([0.5, 0.2, 0.2, -0.3]);
    const s = symmetricFunction(a, 2, (l) => Math.sqrt(1 - l * l));
    const u = cFromReal(4, [a[0], a[1], s[0], s[1], a[2], a[3], s[2], s[3], s[0], s[1], -a[0], -a[1], s[2], s[3], -a[2], -a[3]]);
    const block = topLeftBlock(qsvtCircuit(u, wxToReflectionPhases(phases)));
    // P(A) = 0.6·(4A³ − 3A), by plain matrix products.
    const a2 = [a[0] * a[0] + a[1] * a[2], a[0] * a[1] + a[1] * a[3], a[2] * a[0] + a[3] * a[2], a[2] * a[1] + a[3] * a[3]];
    const a3 = [a2[0] * a[0] + a2[1] * a[2], a2[0] * a[1] + a2[1] * a[3], a2[2] * a[0] + a2[3] * a[2], a2[2] * a[1] + a2[3] * a[3]];
    const expected = a3.map((v, i) => 0.6 * (4 * v - 3 * a[i]));
    expect(maxAbsDiff(block.re, expected)).toBeLessThan(1e-10);
  });

  it('non-Hermitian block encoding diag(O, I)·U (top-left O·A) with odd P: Re top-left block = O·P(A)', () => {
    const coeffs = new Float64Array([0, -0.2, 0, 0.7]);
    const { phases } = computePhases(coeffs);
    const { a, u } = randomDilation(23, 4);
    // Orthogonal O from the eigenvectors of a random symmetric matrix.
    const rng = makeRng(99);
    const r = new Float64Array(16);
    for (let i = 0; i < 4; i++) for (let j = i; j < 4; j++) { const v = rng.normal(); r[i * 4 + j] = v; r[j * 4 + i] = v; }
    const o = jacobiEigen(r, 4).vectors;
    const left = cZeros(8);
    for (let i = 0; i < 4; i++) { for (let j = 0; j < 4; j++) left.re[i * 8 + j] = o[i * 4 + j]; left.re[(4 + i) * 8 + 4 + i] = 1; }
    const u2 = cMul(left, u);
    const block = topLeftBlock(qsvtCircuit(u2, wxToReflectionPhases(phases)));
    const pA = matrixChebyshev(coeffs, a, 4);
    const expected = new Float64Array(16);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) for (let t = 0; t < 4; t++) expected[i * 4 + j] += o[i * 4 + t] * pA[t * 4 + j];
    expect(maxAbsDiff(block.re, expected)).toBeLessThan(1e-8);
  });

  it('the polynomial used above matches its Chebyshev evaluation at the eigenvalues (reference check)', () => {
    const coeffs = inversePolynomial(4, 1e-4).coeffs;
    const { a } = randomDilation(11, 4);
    const viaEigen = symmetricFunction(a, 4, (l) => evaluateChebyshev(coeffs, l));
    expect(maxAbsDiff(viaEigen, matrixChebyshev(coeffs, a, 4))).toBeLessThan(1e-10);
  });
});
