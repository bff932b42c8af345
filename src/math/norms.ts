/**
 * Entrywise and induced norms of real matrices (dense and CSR). The spectral norm of a symmetric
 * matrix is max|λ|; see eigenBounds.ts / lanczos.ts for that.
 */
import { CsrMatrix } from './csrMatrix';
import { DenseMatrix } from './denseMatrix';

/** max_ij |A_ij| of a list of entries (0 for an empty list). */
export function maxAbsOf(values: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < values.length; k++) { const v = Math.abs(values[k]); if (v > m) m = v; }
  return m;
}

/** max_ij |A_ij|. */
export function maxAbs(a: DenseMatrix | CsrMatrix): number {
  return 'data' in a ? maxAbsOf(a.data) : maxAbsOf(a.values);
}

/** Frobenius norm ‖A‖_F = √(Σ A_ij²), computed with scaling so it cannot overflow. */
export function frobeniusNorm(a: DenseMatrix | CsrMatrix): number {
  const vals = 'data' in a ? a.data : a.values;
  const scale = maxAbsOf(vals);
  if (scale === 0) return 0;
  let s = 0;
  for (let k = 0; k < vals.length; k++) { const v = vals[k] / scale; s += v * v; }
  return scale * Math.sqrt(s);
}

/** ‖A‖_∞ = max_i Σ_j |A_ij| (= ‖A‖₁ for symmetric A); an upper bound on the spectral norm. */
export function maxRowAbsSum(a: DenseMatrix | CsrMatrix): number {
  let m = 0;
  if ('data' in a) {
    for (let r = 0; r < a.rows; r++) {
      let s = 0;
      for (let c = 0; c < a.cols; c++) s += Math.abs(a.data[r * a.cols + c]);
      m = Math.max(m, s);
    }
  } else {
    for (let i = 0; i < a.n; i++) {
      let s = 0;
      for (let k = a.rowPtr[i]; k < a.rowPtr[i + 1]; k++) s += Math.abs(a.values[k]);
      m = Math.max(m, s);
    }
  }
  return m;
}

/** Euclidean norm of a vector, scaled against overflow. */
export function vectorNorm(x: ArrayLike<number>): number {
  const scale = maxAbsOf(x);
  if (scale === 0) return 0;
  let s = 0;
  for (let k = 0; k < x.length; k++) { const v = x[k] / scale; s += v * v; }
  return scale * Math.sqrt(s);
}

/** Dot product of equal-length vectors. */
export function dot(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < x.length; k++) s += x[k] * y[k];
  return s;
}
