/**
 * Cheap rank-deficiency test: rows of a symmetric matrix that are exactly zero (e.g. from input
 * pixels that are zero in every sample of the batch). Each such row makes the matrix singular, so
 * the caller can skip iterative eigenvalue work. O(nnz) for CSR, O(n²) scan for dense.
 */
import { CsrMatrix } from './csrMatrix';
import { DenseMatrix } from './denseMatrix';

/** Number of rows whose entries are all exactly 0 (rows with only stored zeros count as zero). */
export function countZeroRows(a: DenseMatrix | CsrMatrix): number {
  let count = 0;
  if ('data' in a) {
    for (let i = 0; i < a.rows; i++) {
      let zero = true;
      const base = i * a.cols;
      for (let j = 0; j < a.cols; j++) if (a.data[base + j] !== 0) { zero = false; break; }
      if (zero) count++;
    }
    return count;
  }
  for (let i = 0; i < a.n; i++) {
    let zero = true;
    for (let p = a.rowPtr[i]; p < a.rowPtr[i + 1]; p++) if (a.values[p] !== 0) { zero = false; break; }
    if (zero) count++;
  }
  return count;
}
