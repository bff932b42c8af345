/**
 * Statistics of a symmetric operator from a seeded sample of its rows, each row i obtained as one
 * product A·e_i (row i = column i by symmetry). For Hessians too large to form, this gives cheap
 * estimates of the numbers a sparse-access block encoding is priced by (Q-Newton, Li et al.,
 * arXiv 2405.00252, §3: row sparsity d and max|A_ij|, hence α = d·max|A_ij|/‖A‖₂) and detects
 * exactly-zero rows (rank deficiency) before any iterative work. Estimates, not bounds: a sampled
 * max|A_ij| never exceeds the true one, and a sample can miss zero rows.
 */
import { InvalidArgumentError } from '../errors';
import { LinearOperator } from './linearOperator';
import { makeRng } from './rng';

/** Sampled-row statistics of a symmetric operator. */
export interface SampledRows {
  /** The sampled row indices, ascending. */
  readonly rows: Int32Array;
  /** max|A_ij| over the sampled rows (≤ the true max|A_ij|). */
  readonly maxAbs: number;
  /** max|A_ij| over the sampled rows' off-diagonal entries. */
  readonly maxAbsOffDiagonal: number;
  /** The sampled diagonal entries A_ii, in `rows` order. */
  readonly diagonal: Float64Array;
  /** Non-zeros of each sampled row, in `rows` order. */
  readonly rowNnz: Int32Array;
  /** Largest count of non-zeros in a sampled row. */
  readonly maxRowNnz: number;
  /** Mean non-zeros per sampled row. */
  readonly meanRowNnz: number;
  /** Sampled rows that are exactly zero. */
  readonly zeroRowCount: number;
  /** Estimated zero rows of the whole operator: round(zeroRowCount · n / sample size). */
  readonly zeroRowEstimate: number;
  /** Operator applications used (= sample size). */
  readonly applications: number;
  /**
   * Per sampled row: Σ of its `largestOffDiagonal` largest off-diagonal |A_ij| (the part of the
   * row a magnitude pruning to sparsity d = largestOffDiagonal + 1 keeps besides the diagonal);
   * empty when not requested.
   */
  readonly largestOffDiagonalAbsSum: Float64Array;
}

/** Options of {@link sampleOperatorRows}. */
export interface SampleRowsOptions {
  /** Also sum the k largest off-diagonal magnitudes of each sampled row (default 0: not computed). */
  readonly largestOffDiagonal?: number;
}

/**
 * Sample min(count, n) distinct rows uniformly without replacement (seeded partial Fisher–Yates)
 * and summarize them (see {@link SampledRows}). Throws InvalidArgumentError unless count ≥ 1.
 */
export function sampleOperatorRows(op: LinearOperator, count: number, seed: number, options: SampleRowsOptions = {}): SampledRows {
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError(`sampled row count must be an integer >= 1, got ${count}`, { count });
  const n = op.n;
  const k = Math.min(count, n);
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  const rng = makeRng(seed);
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    const t = perm[i]; perm[i] = perm[j]; perm[j] = t;
  }
  const rows = perm.slice(0, k).sort();
  const e = new Float64Array(n);
  const row = new Float64Array(n);
  const diagonal = new Float64Array(k);
  const rowNnz = new Int32Array(k);
  const top = Math.max(0, Math.min(options.largestOffDiagonal ?? 0, n - 1));
  const topSum = new Float64Array(top > 0 ? k : 0);
  const mags = new Float64Array(top > 0 ? n - 1 : 0);
  let maxAbs = 0, maxOff = 0, maxNnz = 0, sumNnz = 0, zero = 0;
  for (let t = 0; t < k; t++) {
    const i = rows[t];
    e[i] = 1;
    op.apply(e, row);
    e[i] = 0;
    let nnz = 0;
    for (let j = 0; j < n; j++) {
      const v = row[j];
      if (v === 0) continue;
      nnz++;
      const m = Math.abs(v);
      if (m > maxAbs) maxAbs = m;
      if (j !== i && m > maxOff) maxOff = m;
    }
    diagonal[t] = row[i];
    rowNnz[t] = nnz;
    if (top > 0) {
      let q = 0;
      for (let j = 0; j < n; j++) if (j !== i) mags[q++] = Math.abs(row[j]);
      mags.sort();
      let sum = 0;
      for (let r = 0; r < top; r++) sum += mags[n - 2 - r];
      topSum[t] = sum;
    }
    if (nnz === 0) zero++;
    if (nnz > maxNnz) maxNnz = nnz;
    sumNnz += nnz;
  }
  return {
    rows, maxAbs, maxAbsOffDiagonal: maxOff, diagonal, rowNnz, maxRowNnz: maxNnz, meanRowNnz: sumNnz / k,
    zeroRowCount: zero, zeroRowEstimate: Math.round((zero * n) / k), applications: k, largestOffDiagonalAbsSum: topSum,
  };
}
