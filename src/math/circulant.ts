/**
 * Benchmark and test matrices with a closed-form spectrum: symmetric circulants with 8 stored entries per row
 * (offsets 0, ±1, ±2, ±3, N/2); the diagonal c₀ is chosen so that κ = λ_max/λ_min exactly, since
 * every eigenvalue λ_k = c₀ + 2Σ_j c_j cos(2πjk/N) + c_{N/2}(−1)^k is known.
 */
import { CsrMatrix, csrFromTriplets } from './csrMatrix';

/** A circulant test matrix with its exact extremal eigenvalues. */
export interface Circulant {
  readonly matrix: CsrMatrix;
  readonly sigmaMin: number;
  readonly sigmaMax: number;
  readonly maxAbsEntry: number;
}

/** The circulant of dimension n (a power of two ≥ 8) with condition number kappa > 1. */
export function circulantWithKappa(n: number, kappa: number): Circulant {
  const off: Array<[number, number]> = [[1, -0.1], [2, -0.05], [3, -0.02]];
  const half = 0.03;
  const mu = (k: number): number => {
    let s = half * (k % 2 === 0 ? 1 : -1);
    for (const [j, c] of off) s += 2 * c * Math.cos((2 * Math.PI * j * k) / n);
    return s;
  };
  let lo = Infinity, hi = -Infinity;
  for (let k = 0; k < n; k++) { const m = mu(k); lo = Math.min(lo, m); hi = Math.max(hi, m); }
  const c0 = (hi - kappa * lo) / (kappa - 1);
  const rows: number[] = [], cols: number[] = [], vals: number[] = [];
  for (let i = 0; i < n; i++) {
    rows.push(i); cols.push(i); vals.push(c0);
    for (const [j, c] of off) { rows.push(i, i); cols.push((i + j) % n, (i - j + n) % n); vals.push(c, c); }
    rows.push(i); cols.push((i + n / 2) % n); vals.push(half);
  }
  const matrix = csrFromTriplets(n, rows, cols, vals);
  let maxAbsEntry = 0;
  for (const v of matrix.values) maxAbsEntry = Math.max(maxAbsEntry, Math.abs(v));
  return { matrix, sigmaMin: c0 + lo, sigmaMax: c0 + hi, maxAbsEntry };
}
