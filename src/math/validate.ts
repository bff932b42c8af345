/**
 * Input checks for matrices that enter the Q-Newton pipeline: non-empty, square, finite and
 * symmetric within a tolerance. Each failure throws InvalidMatrixError naming the problem.
 */
import { formatScientific } from '../format';
import { InvalidArgumentError, InvalidMatrixError } from '../errors';
import { CsrMatrix, csrSymmetrize, csrSymmetryError } from './csrMatrix';
import { DenseMatrix, symmetrizeDense } from './denseMatrix';
import { maxAbs } from './norms';

/** Default relative asymmetry tolerance: |A_ij − A_ji| ≤ tol · max|A| is accepted and averaged away. */
export const DEFAULT_SYMMETRY_TOL = 1e-8;

/** Throws InvalidMatrixError if any value is NaN or ±Infinity. */
export function assertFiniteValues(values: ArrayLike<number>, what = 'matrix'): void {
  for (let k = 0; k < values.length; k++) {
    if (!Number.isFinite(values[k])) {
      throw new InvalidMatrixError(`${what} contains a non-finite entry (${values[k]}) at storage position ${k}; remove NaN/Infinity values`, { position: k });
    }
  }
}

/** Throws InvalidMatrixError for a 0×0 matrix. */
export function assertNonEmpty(n: number, what = 'matrix'): void {
  if (n < 1) throw new InvalidMatrixError(`${what} is empty (0x0); a matrix with at least one row is required`);
}

/**
 * Check that a dense matrix is non-empty, square, finite and symmetric within `symmetryTol`
 * (relative to max|A|), and return its exactly symmetric part (A + Aᵀ)/2.
 */
export function validateSymmetricDense(a: DenseMatrix, symmetryTol = DEFAULT_SYMMETRY_TOL): DenseMatrix {
  if (a.rows !== a.cols) {
    throw new InvalidMatrixError(`matrix is ${a.rows}x${a.cols}; a square matrix is required`, { rows: a.rows, cols: a.cols });
  }
  assertNonEmpty(a.rows);
  assertFiniteValues(a.data);
  const n = a.rows;
  const scale = maxAbs(a);
  let worst = 0, wi = 0, wj = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = Math.abs(a.data[i * n + j] - a.data[j * n + i]);
      if (d > worst) { worst = d; wi = i; wj = j; }
    }
  }
  if (worst > symmetryTol * scale) {
    throw new InvalidMatrixError(
      `matrix is not symmetric: |A[${wi}][${wj}] - A[${wj}][${wi}]| = ${formatScientific(worst, 4)} exceeds ${symmetryTol} * max|A| = ${formatScientific((symmetryTol * scale), 4)}`,
      { row: wi, col: wj, asymmetry: worst },
    );
  }
  return symmetrizeDense(a);
}

/**
 * Check that a CSR matrix is non-empty, finite and symmetric within `symmetryTol` (relative to
 * max|A|), and return its exactly symmetric part.
 */
export function validateSymmetricCsr(a: CsrMatrix, symmetryTol = DEFAULT_SYMMETRY_TOL): CsrMatrix {
  assertNonEmpty(a.n);
  assertFiniteValues(a.values);
  const asym = csrSymmetryError(a);
  if (asym === 0) return a;
  const scale = maxAbs(a);
  if (asym > symmetryTol * scale) {
    throw new InvalidMatrixError(
      `matrix is not symmetric: max |A_ij - A_ji| = ${formatScientific(asym, 4)} exceeds ${symmetryTol} * max|A| = ${formatScientific((symmetryTol * scale), 4)}`,
      { asymmetry: asym },
    );
  }
  return csrSymmetrize(a);
}

/** Throws InvalidArgumentError unless 1 ≤ d ≤ n (d an integer): a valid row sparsity. */
export function assertRowSparsity(d: number, n: number): void {
  if (!Number.isInteger(d) || d < 1 || d > n) {
    throw new InvalidArgumentError(`row sparsity d = ${d} is invalid for a ${n}x${n} matrix; choose an integer with 1 <= d <= ${n}`, { d, n });
  }
}
