/**
 * Matrix functions of small real symmetric matrices from their eigendecomposition: f(A) = V f(Λ) Vᵀ
 * for real f, and e^{iAt} as a complex matrix. Used to construct the exact small-matrix ops of HHL
 * (Hamiltonian simulation e^{iAt}) and the dense unitary dilation block encoding (√(I − A²)).
 * The eigendecomposition itself is src/math/symmetricEigen.ts (Householder + implicit QL with
 * eigenvectors, G&VL §8.3); this file adds the HHL-side input checks and the matrix functions.
 */
import { InvalidMatrixError } from '../../errors';
import type { CMatrix } from '../../math/complexMatrix';
import { SymmetricEigenDecomposition, symmetricEigen } from '../../math/symmetricEigen';

/** Eigendecomposition A = V diag(values) Vᵀ of an n×n real symmetric matrix (values ascending). */
export type DenseEigen = SymmetricEigenDecomposition;

/** Largest matrix {@link denseSymmetricEigen} accepts (cost grows as n³). */
export const MAX_DENSE_EIGEN_DIM = 1024;

/**
 * Eigendecomposition of the symmetric matrix `a` (row-major n×n; the upper triangle is mirrored,
 * so tiny asymmetries are ignored — callers validate symmetry). Eigenvalues ascending.
 * Throws InvalidMatrixError for a wrong length, n > MAX_DENSE_EIGEN_DIM or non-finite entries.
 */
export function denseSymmetricEigen(a: ArrayLike<number>, n: number): DenseEigen {
  if (!Number.isInteger(n) || n < 1 || a.length !== n * n) {
    throw new InvalidMatrixError(`eigendecomposition needs an n×n matrix, got ${a.length} entries for n = ${n}`);
  }
  if (n > MAX_DENSE_EIGEN_DIM) {
    throw new InvalidMatrixError(`dense eigendecomposition is limited to n ≤ ${MAX_DENSE_EIGEN_DIM}, got n = ${n}`);
  }
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = i <= j ? a[i * n + j] : a[j * n + i];
      if (!Number.isFinite(v)) throw new InvalidMatrixError(`matrix entry (${i}, ${j}) is not finite`);
      m[i * n + j] = v;
    }
  }
  return symmetricEigen({ rows: n, cols: n, data: m });
}

/** f(A) = V f(Λ) Vᵀ for a real function f of the eigenvalues (row-major n×n result). */
export function realMatrixFunction(eig: DenseEigen, f: (lambda: number) => number): Float64Array {
  const { n, values, vectors } = eig;
  const fv = Float64Array.from(values, f);
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += vectors[i * n + k] * fv[k] * vectors[j * n + k];
      out[i * n + j] = s;
      out[j * n + i] = s;
    }
  }
  return out;
}

/** e^{iAt} = V diag(e^{iλt}) Vᵀ as a complex matrix (t in the units of 1/A). */
export function expIAt(eig: DenseEigen, timeRad: number): CMatrix {
  const { n, values, vectors } = eig;
  const cr = Float64Array.from(values, (l) => Math.cos(l * timeRad));
  const ci = Float64Array.from(values, (l) => Math.sin(l * timeRad));
  const re = new Float64Array(n * n), im = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let sr = 0, si = 0;
      for (let k = 0; k < n; k++) {
        const w = vectors[i * n + k] * vectors[j * n + k];
        sr += w * cr[k];
        si += w * ci[k];
      }
      re[i * n + j] = sr; im[i * n + j] = si;
      re[j * n + i] = sr; im[j * n + i] = si;
    }
  }
  return { dim: n, re, im };
}

/** Spectral norm ‖A‖₂ = max |λ| of a symmetric matrix from its eigendecomposition. */
export function spectralNormOf(eig: DenseEigen): number {
  return Math.max(Math.abs(eig.values[0]), Math.abs(eig.values[eig.n - 1]));
}

/** Smallest |λ| (the smallest singular value of a symmetric matrix). */
export function smallestAbsEigenvalue(eig: DenseEigen): number {
  let m = Infinity;
  for (const l of eig.values) m = Math.min(m, Math.abs(l));
  return m;
}
