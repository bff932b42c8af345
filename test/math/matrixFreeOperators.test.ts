import {
  conjugateGradient, csrFromDense, denseFromRows, DenseMatrix, kappaOfOperator, makeRng, matrixOperator, sampleOperatorRows, shiftedOperator,
  symmetricEigenvalues,
} from '../../src/math';
import { solveDense } from '../../src/math/qsp/linear';

/** A seeded random symmetric n×n matrix Q·diag(ev)·Qᵀ-like: M = B Bᵀ + shift·I (SPD) or with a negative shift (indefinite). */
function randomSymmetric(n: number, seed: number, shift: number): DenseMatrix {
  const rng = makeRng(seed);
  const b = Float64Array.from({ length: n * n }, () => rng.normal());
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let k = 0; k < n; k++) s += b[i * n + k] * b[j * n + k];
    data[i * n + j] = s / n + (i === j ? shift : 0);
  }
  return { rows: n, cols: n, data };
}

describe('conjugateGradient on an operator', () => {
  const a = randomSymmetric(40, 3, 0.5);
  const rng = makeRng(9);
  const b = Float64Array.from({ length: 40 }, () => rng.normal());
  const exact = solveDense(Float64Array.from(a.data), Float64Array.from(b), 40);
  it('converges to the LU solution of an SPD system (max error 1e-8 relative)', () => {
    const r = conjugateGradient(matrixOperator(a), b, { tol: 1e-12, maxIterations: 200 });
    expect(r.converged).toBe(true);
    expect(r.stop).toBe('converged');
    let err = 0, nrm = 0;
    for (let i = 0; i < 40; i++) { err = Math.max(err, Math.abs(r.x[i] - exact[i])); nrm = Math.max(nrm, Math.abs(exact[i])); }
    expect(err / nrm).toBeLessThan(1e-8);
    expect(r.iterations).toBeLessThanOrEqual(200);
  });
  it('reports the iteration cap as not converged', () => {
    const r = conjugateGradient(matrixOperator(a), b, { tol: 1e-12, maxIterations: 3 });
    expect(r).toMatchObject({ converged: false, stop: 'iteration-cap', iterations: 3 });
    expect(r.relativeResidual).toBeGreaterThan(1e-12);
  });
  it('stops on negative curvature of an indefinite operator', () => {
    const r = conjugateGradient(matrixOperator(denseFromRows([[1, 0], [0, -1]])), [0, 1]);
    expect(r).toMatchObject({ converged: false, stop: 'negative-curvature', iterations: 1 });
  });
  it('rejects a right-hand side of the wrong length', () => {
    expect(() => conjugateGradient(matrixOperator(a), [1, 2])).toThrow(expect.objectContaining({ code: 'INVALID_VECTOR' }));
  });
});

describe('kappaOfOperator', () => {
  it.each([['positive definite', 0.5, 'lanczos'], ['indefinite', -0.3, 'lanczos-squared']] as const)('%s: matches dense eigenvalues to 1e-6', (_name, shift, method) => {
    const a = randomSymmetric(60, 4, shift);
    const ev = symmetricEigenvalues(a);
    const abs = Array.from(ev, Math.abs);
    const k = kappaOfOperator(matrixOperator(csrFromDense(a)), { maxIterations: 600, tol: 1e-10 });
    expect(k.method).toBe(method);
    expect(Math.abs(k.kappa / (Math.max(...abs) / Math.min(...abs)) - 1)).toBeLessThan(1e-6);
    expect(k.converged).toBe(true);
  });
  it('shiftedOperator adds s·I', () => {
    const a = randomSymmetric(20, 5, 0.1);
    const k = kappaOfOperator(shiftedOperator(matrixOperator(a), 2), { maxIterations: 200, tol: 1e-10 });
    const ev = symmetricEigenvalues(a);
    expect(k.lambdaMin).toBeCloseTo(ev[0] + 2, 8);
    expect(k.lambdaMax).toBeCloseTo(ev[19] + 2, 8);
  });
});

describe('sampleOperatorRows', () => {
  const a = randomSymmetric(30, 6, 0.2);
  // Make rows/columns 3 and 17 exactly zero and row 5 sparse.
  for (const z of [3, 17]) for (let j = 0; j < 30; j++) { a.data[z * 30 + j] = 0; a.data[j * 30 + z] = 0; }
  it('with every row sampled equals the matrix statistics exactly', () => {
    const s = sampleOperatorRows(matrixOperator(a), 30, 1);
    let maxAbs = 0;
    for (const v of a.data) maxAbs = Math.max(maxAbs, Math.abs(v));
    expect(s.maxAbs).toBe(maxAbs);
    expect(s.zeroRowCount).toBe(2);
    expect(s.zeroRowEstimate).toBe(2);
    expect(s.maxRowNnz).toBe(28);
    expect(Array.from(s.diagonal)).toEqual(Array.from({ length: 30 }, (_, i) => a.data[i * 31]));
  });
  it('a partial sample is seeded, distinct, and never exceeds the true max|A_ij|', () => {
    const s1 = sampleOperatorRows(matrixOperator(a), 10, 7);
    const s2 = sampleOperatorRows(matrixOperator(a), 10, 7);
    expect(Array.from(s1.rows)).toEqual(Array.from(s2.rows));
    expect(new Set(s1.rows).size).toBe(10);
    let maxAbs = 0;
    for (const v of a.data) maxAbs = Math.max(maxAbs, Math.abs(v));
    expect(s1.maxAbs).toBeLessThanOrEqual(maxAbs);
    expect(s1.applications).toBe(10);
  });
});
