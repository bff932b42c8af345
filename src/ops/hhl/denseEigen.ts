/**
 * Full eigendecomposition of small real symmetric matrices (cyclic Jacobi) and the matrix
 * functions built on it: f(A) = V f(Λ) Vᵀ for real f, and e^{iAt} as a complex matrix. Used to
 * construct the exact small-matrix ops of HHL (Hamiltonian simulation e^{iAt}) and the dense
 * unitary dilation block encoding (√(I − A²)).
 *
 * Written here instead of using src/math/symmetricEigen.ts because that module returns eigenvalues
 * only; the cyclic Jacobi method gives orthonormal eigenvectors to full precision, which the
 * exact-unitary registry check (1e-9) needs. O(n³) per sweep, meant for n ≤ 256.
 * Reference: Golub & Van Loan, "Matrix Computations", 4th ed., §8.5 (cyclic Jacobi).
 */
import { InvalidMatrixError, NotConvergedError } from '../../errors';
import type { CMatrix } from '../../math/complexMatrix';

/** Eigendecomposition A = V diag(values) Vᵀ of an n×n real symmetric matrix. */
export interface DenseEigen {
  readonly n: number;
  /** Eigenvalues, ascending. */
  readonly values: Float64Array;
  /** Eigenvectors as columns, row-major: component i of eigenvector k at vectors[i*n + k]. */
  readonly vectors: Float64Array;
}

/** Largest matrix the Jacobi routine accepts (cost grows as n³ per sweep). */
export const MAX_DENSE_EIGEN_DIM = 1024;

/**
 * Eigendecomposition of the symmetric matrix `a` (row-major n×n; the upper triangle is mirrored,
 * so tiny asymmetries are ignored — callers validate symmetry). Eigenvalues ascending.
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
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let scale = 0;
  for (let i = 0; i < n * n; i++) scale = Math.max(scale, Math.abs(m[i]));
  const maxSweeps = 100;
  let sweep = 0;
  for (; sweep < maxSweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off = Math.max(off, Math.abs(m[p * n + q]));
    if (off <= 1e-15 * scale || scale === 0) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p * n + q];
        if (apq === 0) continue;
        const app = m[p * n + p], aqq = m[q * n + q];
        const theta = (aqq - app) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        // A ← Jᵀ A J on rows/cols p, q.
        for (let k = 0; k < n; k++) {
          const akp = m[k * n + p], akq = m[k * n + q];
          m[k * n + p] = c * akp - s * akq;
          m[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = m[p * n + k], aqk = m[q * n + k];
          m[p * n + k] = c * apk - s * aqk;
          m[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p], vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  if (sweep === maxSweeps) throw new NotConvergedError(`Jacobi eigendecomposition did not converge in ${maxSweeps} sweeps (n = ${n})`);
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => m[x * n + x] - m[y * n + y] || x - y);
  const values = Float64Array.from(order, (k) => m[k * n + k]);
  const vectors = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) vectors[i * n + k] = v[i * n + order[k]];
  return { n, values, vectors };
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
