/**
 * What the matrix-file parsers check about symmetry. The quantum solvers need a symmetric matrix,
 * so the default is to require one; the explicit Hermitian dilation [[0, A], [Aᵀ, 0]] (e.g.
 * `qnewton compile --dilate`) reads any square matrix.
 */
import { formatBytes } from '../../format';
import { InvalidArgumentError, InvalidMatrixError } from '../../errors';
import { CsrMatrix } from '../csrMatrix';
import { assertFiniteValues, assertNonEmpty, validateSymmetricCsr } from '../validate';
import { memoryLimitBytes } from '../memoryLimit';

/**
 * Default size budget of a matrix read from a file, in bytes (2 GiB): the estimate of
 * {@link matrixBytesEstimate} must fit before anything of that size is allocated.
 */
export const DEFAULT_MATRIX_BUDGET_BYTES = 2 * 1024 ** 3;

/**
 * The default budget actually used: {@link DEFAULT_MATRIX_BUDGET_BYTES}, or a quarter of the real
 * memory limit of the process (RAM, cgroup, ulimit -v; src/math/memoryLimit.ts) when that is smaller.
 */
export function defaultMatrixBudgetBytes(): number {
  return Math.min(DEFAULT_MATRIX_BUDGET_BYTES, Math.floor(memoryLimitBytes() / 4));
}

/**
 * n-vectors (Float64) the analyses of a loaded matrix keep alongside it (Lanczos / CG work
 * vectors, right-hand side, solution): part of the size estimate, so a 76-byte file declaring
 * n = 10^8 is refused instead of allocating gigabytes later.
 */
const WORKING_VECTORS = 16;

/** Largest dimension the CSR arrays can index (Int32 row pointers and column indices). */
const MAX_CSR_DIM = 2 ** 31 - 2;

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
  /** Size budget in bytes (default {@link defaultMatrixBudgetBytes}); see {@link assertMatrixFits}. */
  readonly maxMatrixBytes?: number;
}

/**
 * Bytes needed to hold an n×n matrix with `nnz` stored entries as CSR (Int32 row pointers and
 * columns, Float64 values), the reader's triplet arrays (3 × 8 B per entry) and the analyses'
 * working vectors; plus `denseBytes` for a format read densely first (.npy, JSON rows).
 */
export function matrixBytesEstimate(n: number, nnz: number, denseBytes = 0): number {
  return 4 * (n + 1) + (12 + 24) * nnz + 8 * WORKING_VECTORS * n + denseBytes;
}

/**
 * Refuse (InvalidMatrixError, before any allocation) a declared size that does not fit the
 * budget of `options` or the Int32 indices of CSR storage. `where` names the file position of
 * the declaration (e.g. "line 2").
 */
export function assertMatrixFits(n: number, nnz: number, source: string, where: string, options: MatrixReadOptions = {}, denseBytes = 0): void {
  const budget = options.maxMatrixBytes ?? defaultMatrixBudgetBytes();
  const bytes = matrixBytesEstimate(n, nnz, denseBytes);
  if (n > MAX_CSR_DIM || nnz > MAX_CSR_DIM || !(bytes <= budget)) {
    throw new InvalidMatrixError(
      `${source}: ${where}: a ${n}x${n} matrix with ${nnz} stored entries needs about ${formatBytes(bytes)}, ` +
      `more than the matrix size budget of ${formatBytes(budget)}; use a smaller matrix (check the declared size)`,
      { n, nnz, neededBytes: bytes, budgetBytes: budget });
  }
}


/** The parsed square matrix after the checks `options` ask for (see {@link MatrixReadOptions}). */
export function applyMatrixReadOptions(a: CsrMatrix, options: MatrixReadOptions = {}): CsrMatrix {
  const tol = options.symmetryTol;
  if (tol !== undefined && !(Number.isFinite(tol) && tol >= 0)) {
    throw new InvalidArgumentError(`symmetry tolerance must be a finite number >= 0, got ${tol}`, { symmetryTol: tol });
  }
  if (options.requireSymmetric ?? true) return validateSymmetricCsr(a, tol);
  assertNonEmpty(a.n);
  assertFiniteValues(a.values);
  return a;
}
