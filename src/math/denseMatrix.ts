/**
 * Dense real matrices, row-major on one Float64Array. Used for Hessians of up to a few thousand
 * rows (exact eigenvalues, determinants, pruning input). Hand-written instead of mathjs because
 * mathjs boxes every entry; these loops run on typed arrays without per-element allocation.
 */
import { InvalidMatrixError } from '../errors';

/** A rows×cols real matrix; entry (r, c) is `data[r*cols + c]`. Treat as immutable. */
export interface DenseMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** A rows×cols zero matrix. */
export function zerosDense(rows: number, cols: number = rows): DenseMatrix {
  return { rows, cols, data: new Float64Array(rows * cols) };
}

/** The n×n identity. */
export function identityDense(n: number): DenseMatrix {
  const m = zerosDense(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

/** Build a dense matrix from an array of equal-length rows. Throws InvalidMatrixError on ragged rows. */
export function denseFromRows(rowsIn: ReadonlyArray<ArrayLike<number>>): DenseMatrix {
  const rows = rowsIn.length;
  const cols = rows === 0 ? 0 : rowsIn[0].length;
  const m = zerosDense(rows, cols);
  for (let r = 0; r < rows; r++) {
    const row = rowsIn[r];
    if (row.length !== cols) {
      throw new InvalidMatrixError(`row ${r} has ${row.length} entries but row 0 has ${cols}; every row must have the same length`, { row: r });
    }
    for (let c = 0; c < cols; c++) m.data[r * cols + c] = Number(row[c]);
  }
  return m;
}

/** The rows of a dense matrix as plain arrays (for JSON output and tests). */
export function denseToRows(a: DenseMatrix): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < a.rows; r++) out.push(Array.from(a.data.subarray(r * a.cols, (r + 1) * a.cols)));
  return out;
}

/** Entry (r, c). */
export function denseGet(a: DenseMatrix, r: number, c: number): number {
  return a.data[r * a.cols + c];
}

/** y = A·x for a dense matrix (x of length cols). Writes into `out` when given. */
export function denseMatVec(a: DenseMatrix, x: ArrayLike<number>, out: Float64Array = new Float64Array(a.rows)): Float64Array {
  const { rows, cols, data } = a;
  for (let r = 0; r < rows; r++) {
    let s = 0;
    const off = r * cols;
    for (let c = 0; c < cols; c++) s += data[off + c] * x[c];
    out[r] = s;
  }
  return out;
}

/** The transpose. */
export function transposeDense(a: DenseMatrix): DenseMatrix {
  const t = zerosDense(a.cols, a.rows);
  for (let r = 0; r < a.rows; r++) for (let c = 0; c < a.cols; c++) t.data[c * a.rows + r] = a.data[r * a.cols + c];
  return t;
}

/** max_ij |A_ij − B_ij| (matrices of equal shape). */
export function maxAbsDiffDense(a: DenseMatrix, b: DenseMatrix): number {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw new InvalidMatrixError(`shapes differ: ${a.rows}x${a.cols} vs ${b.rows}x${b.cols}`);
  }
  let m = 0;
  for (let i = 0; i < a.data.length; i++) m = Math.max(m, Math.abs(a.data[i] - b.data[i]));
  return m;
}

/** The principal submatrix on rows/columns [start, start+size). */
export function principalBlockDense(a: DenseMatrix, start: number, size: number): DenseMatrix {
  const b = zerosDense(size, size);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) b.data[r * size + c] = a.data[(start + r) * a.cols + start + c];
  }
  return b;
}

/** (A + Aᵀ)/2: the exactly symmetric part of a square matrix. */
export function symmetrizeDense(a: DenseMatrix): DenseMatrix {
  const n = a.rows;
  const s = zerosDense(n, n);
  for (let r = 0; r < n; r++) {
    for (let c = r; c < n; c++) {
      const v = 0.5 * (a.data[r * n + c] + a.data[c * n + r]);
      s.data[r * n + c] = v;
      s.data[c * n + r] = v;
    }
  }
  return s;
}
