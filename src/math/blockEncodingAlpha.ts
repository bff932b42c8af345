/**
 * Block-encoding normalisation of a d-sparse matrix. A sparse-access block encoding of A with
 * |A_ij| ≤ 1 has subnormalisation α = d·max|A_ij| (Gilyén, Su, Low & Wiebe, "Quantum singular
 * value transformation", STOC 2019, Lemma 48). Q-Newton first scales A so that ‖A‖₂ ≤ 1
 * (Li et al., arXiv 2405.00252, §3), which gives α = d·max|A_ij| / ‖A‖₂ ≥ 1.
 */
import { InvalidMatrixError } from '../errors';
import { CsrMatrix, csrMaxRowNnz, csrToDense } from './csrMatrix';
import { DENSE_LIMIT } from './kappa';
import { lanczosExtremeEigenvalues } from './lanczos';
import { matrixOperator } from './linearOperator';
import { maxAbs } from './norms';
import { symmetricEigenvalues } from './symmetricEigen';

/** α and its ingredients. */
export interface BlockEncodingAlpha {
  /** α = d·max|A_ij|/‖A‖₂: the block encoding holds A/(‖A‖₂·α) in its top-left block. */
  readonly alpha: number;
  /** Row sparsity d (max non-zeros per row). */
  readonly d: number;
  /** max|A_ij| before scaling. */
  readonly maxAbs: number;
  /** ‖A‖₂ = max|λ| (spectral norm). */
  readonly spectralNorm: number;
  /** The scale 1/‖A‖₂ applied so that ‖A‖ ≤ 1. */
  readonly scale: number;
}

/** ‖A‖₂ = max|λ| of a symmetric matrix: dense eigenvalues up to DENSE_LIMIT rows, Lanczos beyond. */
export function spectralNormSymmetric(a: CsrMatrix): number {
  if (a.n <= DENSE_LIMIT) {
    const ev = symmetricEigenvalues(csrToDense(a));
    return Math.max(Math.abs(ev[0]), Math.abs(ev[ev.length - 1]));
  }
  const lz = lanczosExtremeEigenvalues(matrixOperator(a));
  return Math.max(Math.abs(lz.lambdaMin), Math.abs(lz.lambdaMax));
}

/**
 * α = d·max|A_ij|/‖A‖₂ for a symmetric CSR matrix. Pass `spectralNorm` when already known (e.g.
 * from a κ computation) to skip the eigen-solve. Throws InvalidMatrixError for a zero matrix.
 */
export function blockEncodingAlpha(a: CsrMatrix, spectralNorm?: number): BlockEncodingAlpha {
  const norm = spectralNorm ?? spectralNormSymmetric(a);
  if (!(norm > 0)) throw new InvalidMatrixError('block encoding of the zero matrix is undefined (its spectral norm is 0)');
  const d = csrMaxRowNnz(a);
  const m = maxAbs(a);
  return { alpha: (d * m) / norm, d, maxAbs: m, spectralNorm: norm, scale: 1 / norm };
}
