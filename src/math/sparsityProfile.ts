/**
 * Sparsity profile of a matrix: for each row, how many of its largest-magnitude entries carry
 * 50 %, 90 % and 99 % of the row's absolute mass Σ_j |A_ij|. Tells how small a row sparsity d
 * can be before pruning throws away much of the Hessian.
 */
import { CsrMatrix, csrFromDense } from './csrMatrix';
import { DenseMatrix } from './denseMatrix';

/** Mass fractions reported by {@link sparsityProfile}. */
export const SPARSITY_LEVELS = [0.5, 0.9, 0.99] as const;

/** Summary statistics of one per-row count. */
export interface CountSummary {
  readonly mean: number;
  readonly median: number;
  readonly max: number;
}

/** Entries per row needed for 50/90/99 % of each row's absolute mass. */
export interface SparsityProfile {
  /** Per row: entries needed for 50 %, 90 %, 99 % of the row's Σ|A_ij| (0 for an all-zero row). */
  readonly perRow: { readonly p50: Int32Array; readonly p90: Int32Array; readonly p99: Int32Array };
  readonly p50: CountSummary;
  readonly p90: CountSummary;
  readonly p99: CountSummary;
}

/** Sparsity profile of a square matrix (CSR or dense). */
export function sparsityProfile(input: CsrMatrix | DenseMatrix): SparsityProfile {
  const a = 'data' in input ? csrFromDense(input) : input;
  const n = a.n;
  const counts = SPARSITY_LEVELS.map(() => new Int32Array(n));
  for (let i = 0; i < n; i++) {
    const start = a.rowPtr[i], end = a.rowPtr[i + 1];
    const mags = Float64Array.from(a.values.subarray(start, end), Math.abs).sort().reverse();
    let total = 0;
    for (const m of mags) total += m;
    if (total === 0) continue;
    SPARSITY_LEVELS.forEach((level, li) => {
      let acc = 0, cnt = 0;
      // Small relative slack so that rounding in the running sum cannot demand one extra entry.
      while (cnt < mags.length && acc < level * total * (1 - 1e-12)) acc += mags[cnt++];
      counts[li][i] = cnt;
    });
  }
  const summary = (c: Int32Array): CountSummary => {
    if (n === 0) return { mean: 0, median: 0, max: 0 };
    const s = Int32Array.from(c).sort();
    let sum = 0;
    for (const v of c) sum += v;
    const median = n % 2 === 1 ? s[(n - 1) / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    return { mean: sum / n, median, max: s[n - 1] };
  };
  return {
    perRow: { p50: counts[0], p90: counts[1], p99: counts[2] },
    p50: summary(counts[0]),
    p90: summary(counts[1]),
    p99: summary(counts[2]),
  };
}
