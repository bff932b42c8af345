/**
 * Magnitude-based, symmetry-preserving pruning of a symmetric matrix to row sparsity d, the form
 * that sparse-access block encodings need (Q-Newton, Li et al., arXiv 2405.00252, §3: "prune the
 * Hessian to a d-sparse matrix").
 *
 * The rule (a greedy b-matching on the magnitude-ordered off-diagonal entries):
 *  1. Every diagonal entry is kept. A row whose diagonal is non-zero has d − 1 free slots for
 *     off-diagonal entries; a row with a zero diagonal has d.
 *  2. The off-diagonal pairs {i, j} (i < j, A_ij ≠ 0) are visited once each, in decreasing |A_ij|;
 *     ties go in row-major order of (i, j). A pair is kept iff rows i and j both still have a
 *     free slot; then A_ij and A_ji are both kept (with the same value) and use one slot each.
 *  3. Every other entry is dropped.
 * Consequences (tested): the result is exactly symmetric, its diagonal equals the input's, and
 * every row has at most d non-zeros. Cost O(nnz log nnz).
 */
import { CsrMatrix, csrFromDense, csrFromTriplets, csrNnz } from './csrMatrix';
import { DenseMatrix } from './denseMatrix';
import { orderByDecreasingKey } from './sortByMagnitude';
import { assertRowSparsity, validateSymmetricCsr } from './validate';

/** A pruned matrix with what was kept. */
export interface PruneResult {
  /** The d-sparse symmetric matrix. */
  readonly matrix: CsrMatrix;
  /** The requested row sparsity. */
  readonly d: number;
  /** Stored entries before and after pruning. */
  readonly nnzBefore: number;
  readonly nnzAfter: number;
  /** Σ|kept entries| / Σ|all entries| (1 when nothing was dropped). */
  readonly keptAbsMassFraction: number;
  /** ‖A − pruned‖_F / ‖A‖_F. */
  readonly relativeFrobeniusError: number;
}

/**
 * Prune a symmetric matrix (CSR or dense; asymmetry beyond `symmetryTol`·max|A| throws
 * InvalidMatrixError) to at most d non-zeros per row by the rule in this file's header.
 * Throws InvalidArgumentError unless 1 ≤ d ≤ n.
 */
export function pruneSymmetric(input: CsrMatrix | DenseMatrix, d: number, symmetryTol?: number): PruneResult {
  const a = validateSymmetricCsr('data' in input ? csrFromDense(input) : input, symmetryTol);
  const n = a.n;
  assertRowSparsity(d, n);
  const { rowPtr, colIdx, values } = a;
  const slots = new Int32Array(n).fill(d);
  let candidates = 0;
  for (let i = 0; i < n; i++) {
    for (let k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
      const j = colIdx[k];
      if (j === i) slots[i]--;
      else if (j > i) candidates++;
    }
  }
  // Upper-triangle candidates in row-major order, so equal magnitudes keep (i, j) order.
  const candRow = new Int32Array(candidates);
  const candPos = new Int32Array(candidates);
  const mags = new Float64Array(candidates);
  let c = 0;
  for (let i = 0; i < n; i++) {
    for (let k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
      if (colIdx[k] > i) { candRow[c] = i; candPos[c] = k; mags[c] = Math.abs(values[k]); c++; }
    }
  }
  const order = orderByDecreasingKey(mags);
  const outI: number[] = [], outJ: number[] = [], outV: number[] = [];
  let totalMass = 0, droppedMass = 0, totalSq = 0, droppedSq = 0;
  for (let k = 0; k < values.length; k++) { totalMass += Math.abs(values[k]); totalSq += values[k] * values[k]; }
  for (let i = 0; i < n; i++) {
    for (let k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
      if (colIdx[k] === i) { outI.push(i); outJ.push(i); outV.push(values[k]); }
    }
  }
  for (let t = 0; t < candidates; t++) {
    const q = order[t];
    const i = candRow[q], k = candPos[q], j = colIdx[k];
    if (slots[i] > 0 && slots[j] > 0) {
      slots[i]--; slots[j]--;
      const v = values[k];
      outI.push(i, j); outJ.push(j, i); outV.push(v, v);
    } else {
      droppedMass += 2 * Math.abs(values[k]);
      droppedSq += 2 * values[k] * values[k];
    }
  }
  const matrix = csrFromTriplets(n, outI, outJ, outV, { sumDuplicates: false });
  return {
    matrix,
    d,
    nnzBefore: csrNnz(a),
    nnzAfter: csrNnz(matrix),
    keptAbsMassFraction: totalMass === 0 ? 1 : 1 - droppedMass / totalMass,
    relativeFrobeniusError: totalSq === 0 ? 0 : Math.sqrt(droppedSq / totalSq),
  };
}
