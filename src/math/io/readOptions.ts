/**
 * What the matrix-file parsers check about symmetry. The quantum solvers need a symmetric matrix,
 * so the default is to require one; the explicit Hermitian dilation [[0, A], [Aᵀ, 0]] (e.g.
 * `qnewton compile --dilate`) reads any square matrix.
 */
import { CsrMatrix } from '../csrMatrix';
import { assertFiniteValues, assertNonEmpty, validateSymmetricCsr } from '../validate';

/** Options of the matrix-file parsers and {@link loadMatrixFile}. */
export interface MatrixReadOptions {
  /** Accepted relative asymmetry max|A_ij − A_ji| / max|A| (default 1e-8); used when requireSymmetric. */
  readonly symmetryTol?: number;
  /**
   * true (default): reject a matrix that is asymmetric beyond `symmetryTol` (InvalidMatrixError with
   * `details.asymmetry`) and return its exactly symmetric part. false: return the square matrix as
   * stored (still non-empty and finite).
   */
  readonly requireSymmetric?: boolean;
}

/** The parsed square matrix after the checks `options` ask for (see {@link MatrixReadOptions}). */
export function applyMatrixReadOptions(a: CsrMatrix, options: MatrixReadOptions = {}): CsrMatrix {
  if (options.requireSymmetric ?? true) return validateSymmetricCsr(a, options.symmetryTol);
  assertNonEmpty(a.n);
  assertFiniteValues(a.values);
  return a;
}
