/**
 * log|det A| of a dense square matrix by LU factorisation with partial pivoting (Golub & Van
 * Loan §3.4). The determinant itself over- or underflows for Hessians of a few hundred rows, so
 * only its logarithm and sign are returned.
 */
import { InvalidMatrixError } from '../errors';
import { DenseMatrix } from './denseMatrix';

/** log|det A| (natural log; −Infinity for an exactly singular matrix) and sign(det A) ∈ {−1, 0, 1}. */
export interface LogDet {
  readonly logAbsDet: number;
  readonly sign: number;
}

/** log|det A| and its sign for a square dense matrix. O(2n³/3) flops. */
export function logAbsDeterminant(a: DenseMatrix): LogDet {
  if (a.rows !== a.cols) throw new InvalidMatrixError(`determinant needs a square matrix, got ${a.rows}x${a.cols}`);
  const n = a.rows;
  const lu = Float64Array.from(a.data);
  let logAbsDet = 0;
  let sign = 1;
  for (let k = 0; k < n; k++) {
    let piv = k;
    let best = Math.abs(lu[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(lu[i * n + k]);
      if (v > best) { best = v; piv = i; }
    }
    if (best === 0) return { logAbsDet: -Infinity, sign: 0 };
    if (piv !== k) {
      sign = -sign;
      for (let j = 0; j < n; j++) {
        const t = lu[k * n + j]; lu[k * n + j] = lu[piv * n + j]; lu[piv * n + j] = t;
      }
    }
    const pivot = lu[k * n + k];
    if (pivot < 0) sign = -sign;
    logAbsDet += Math.log(Math.abs(pivot));
    const rowK = k * n;
    for (let i = k + 1; i < n; i++) {
      const rowI = i * n;
      const f = lu[rowI + k] / pivot;
      if (f === 0) continue;
      for (let j = k + 1; j < n; j++) lu[rowI + j] -= f * lu[rowK + j];
    }
  }
  return { logAbsDet, sign };
}
