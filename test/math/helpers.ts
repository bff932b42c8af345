import { DenseMatrix, zerosDense } from '../../src/math/denseMatrix';
import { makeRng } from '../../src/math/rng';

/** Random symmetric matrix with N(0,1) entries (test helper). */
export function randomSymmetric(n: number, seed: number): DenseMatrix {
  const rng = makeRng(seed);
  const a = zerosDense(n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) { const v = rng.normal(); a.data[i * n + j] = v; a.data[j * n + i] = v; }
  return a;
}

/** Random orthogonal matrix as a product of n Householder reflections (test helper). */
export function randomOrthogonal(n: number, seed: number): DenseMatrix {
  const rng = makeRng(seed);
  let q = zerosDense(n);
  for (let i = 0; i < n; i++) q.data[i * n + i] = 1;
  for (let r = 0; r < n; r++) {
    const v = Float64Array.from({ length: n }, () => rng.normal());
    const vv = v.reduce((s, x) => s + x * x, 0);
    const next = zerosDense(n);
    // next = q (I − 2 v vᵀ / vᵀv)
    for (let i = 0; i < n; i++) {
      let qv = 0;
      for (let k = 0; k < n; k++) qv += q.data[i * n + k] * v[k];
      for (let j = 0; j < n; j++) next.data[i * n + j] = q.data[i * n + j] - (2 * qv * v[j]) / vv;
    }
    q = next;
  }
  return q;
}

/** Q·diag(λ)·Qᵀ with a random orthogonal Q: a symmetric matrix with known eigenvalues. */
export function withSpectrum(eigs: readonly number[], seed: number): DenseMatrix {
  const n = eigs.length;
  const q = randomOrthogonal(n, seed);
  const a = zerosDense(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += q.data[i * n + k] * eigs[k] * q.data[j * n + k];
      a.data[i * n + j] = s;
      a.data[j * n + i] = s;
    }
  }
  return a;
}

/** Tridiagonal 1-D Laplacian tridiag(−1, 2, −1) of size n plus shift·I, in triplet form; eigenvalues 2 − 2cos(kπ/(n+1)) + shift. */
export function laplacian1dTriplets(n: number, shift = 0): { I: number[]; J: number[]; V: number[] } {
  const I: number[] = [], J: number[] = [], V: number[] = [];
  for (let i = 0; i < n; i++) {
    I.push(i); J.push(i); V.push(2 + shift);
    if (i + 1 < n) { I.push(i, i + 1); J.push(i + 1, i); V.push(-1, -1); }
  }
  return { I, J, V };
}
