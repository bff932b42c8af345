/**
 * Compressed sparse row (CSR) storage for square real matrices, the form in which pruned
 * Hessians are passed to block encodings and Lanczos. Columns are sorted ascending within each
 * row and unique; explicit zeros are not stored. Hand-written on typed arrays (mathjs sparse
 * matrices box every entry and are far too slow at 10⁵ rows).
 */
import { InvalidMatrixError } from '../errors';
import { DenseMatrix, zerosDense } from './denseMatrix';

/**
 * An n×n sparse real matrix in CSR form. Row i holds entries `rowPtr[i] .. rowPtr[i+1]-1`,
 * with column indices `colIdx[k]` (ascending, unique) and values `values[k]` (finite, non-zero).
 * Both triangles are stored for symmetric matrices. Treat the arrays as immutable.
 */
export interface CsrMatrix {
  readonly n: number;
  readonly rowPtr: Int32Array;
  readonly colIdx: Int32Array;
  readonly values: Float64Array;
}

/** Options of {@link csrFromTriplets}. */
export interface TripletOptions {
  /** Add up repeated (i, j) entries (default true); when false, a repeat throws InvalidMatrixError. */
  readonly sumDuplicates?: boolean;
}

/**
 * Build an n×n CSR matrix from coordinate triplets (0-based). Duplicates are summed (or rejected),
 * zeros dropped, columns sorted. Indices out of range throw InvalidMatrixError.
 */
export function csrFromTriplets(
  n: number,
  rowIdx: ArrayLike<number>,
  colIdx: ArrayLike<number>,
  vals: ArrayLike<number>,
  options: TripletOptions = {},
): CsrMatrix {
  const sumDuplicates = options.sumDuplicates ?? true;
  const count = vals.length;
  if (rowIdx.length !== count || colIdx.length !== count) {
    throw new InvalidMatrixError(`triplet arrays differ in length (${rowIdx.length}, ${colIdx.length}, ${count})`);
  }
  const rowCount = new Int32Array(n + 1);
  for (let k = 0; k < count; k++) {
    const i = rowIdx[k], j = colIdx[k];
    if (!(Number.isInteger(i) && Number.isInteger(j) && i >= 0 && j >= 0 && i < n && j < n)) {
      throw new InvalidMatrixError(`entry ${k} has index (${i}, ${j}) outside a ${n}x${n} matrix`, { entry: k });
    }
    rowCount[i + 1]++;
  }
  for (let i = 0; i < n; i++) rowCount[i + 1] += rowCount[i];
  // Bucket by row, then sort each row by column (insertion sort: rows are short).
  const fill = rowCount.slice(0, n);
  const cols = new Int32Array(count);
  const vs = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const p = fill[rowIdx[k]]++;
    cols[p] = colIdx[k];
    vs[p] = vals[k];
  }
  const rowPtr = new Int32Array(n + 1);
  let out = 0;
  for (let i = 0; i < n; i++) {
    const start = rowCount[i], end = rowCount[i + 1];
    sortRowSegment(cols, vs, start, end);
    let k = start;
    while (k < end) {
      const c = cols[k];
      let v = vs[k];
      k++;
      while (k < end && cols[k] === c) {
        if (!sumDuplicates) throw new InvalidMatrixError(`entry (${i}, ${c}) appears more than once`, { row: i, col: c });
        v += vs[k];
        k++;
      }
      if (v !== 0) {
        cols[out] = c;
        vs[out] = v;
        out++;
      }
    }
    rowPtr[i + 1] = out;
  }
  return { n, rowPtr, colIdx: cols.slice(0, out), values: vs.slice(0, out) };
}

function sortRowSegment(cols: Int32Array, vs: Float64Array, start: number, end: number): void {
  if (end - start > 32) {
    // Long rows: sort an index permutation once instead of insertion sort.
    const idx = Array.from({ length: end - start }, (_, t) => start + t).sort((a, b) => cols[a] - cols[b]);
    const c2 = idx.map((p) => cols[p]);
    const v2 = idx.map((p) => vs[p]);
    for (let t = 0; t < idx.length; t++) { cols[start + t] = c2[t]; vs[start + t] = v2[t]; }
    return;
  }
  for (let a = start + 1; a < end; a++) {
    const c = cols[a], v = vs[a];
    let b = a - 1;
    while (b >= start && cols[b] > c) { cols[b + 1] = cols[b]; vs[b + 1] = vs[b]; b--; }
    cols[b + 1] = c;
    vs[b + 1] = v;
  }
}

/** CSR form of a square dense matrix; entries with |a| ≤ dropTol (default 0) are not stored (NaN is kept, so validation sees it). */
export function csrFromDense(a: DenseMatrix, dropTol = 0): CsrMatrix {
  if (a.rows !== a.cols) {
    throw new InvalidMatrixError(`matrix is ${a.rows}x${a.cols}; a square matrix is required`, { rows: a.rows, cols: a.cols });
  }
  const n = a.rows;
  let nnz = 0;
  for (let k = 0; k < a.data.length; k++) if (!(Math.abs(a.data[k]) <= dropTol)) nnz++;
  const rowPtr = new Int32Array(n + 1);
  const colIdx = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let p = 0;
  for (let i = 0; i < n; i++) {
    const off = i * n;
    for (let j = 0; j < n; j++) {
      const v = a.data[off + j];
      if (!(Math.abs(v) <= dropTol)) { colIdx[p] = j; values[p] = v; p++; }
    }
    rowPtr[i + 1] = p;
  }
  return { n, rowPtr, colIdx, values };
}

/** Dense copy of a CSR matrix (n² doubles; only for small n). */
export function csrToDense(a: CsrMatrix): DenseMatrix {
  const d = zerosDense(a.n, a.n);
  for (let i = 0; i < a.n; i++) {
    for (let k = a.rowPtr[i]; k < a.rowPtr[i + 1]; k++) d.data[i * a.n + a.colIdx[k]] = a.values[k];
  }
  return d;
}

/** y = A·x. Writes into `out` when given (must not alias x). */
export function csrMatVec(a: CsrMatrix, x: ArrayLike<number>, out: Float64Array = new Float64Array(a.n)): Float64Array {
  const { n, rowPtr, colIdx, values } = a;
  for (let i = 0; i < n; i++) {
    let s = 0;
    const end = rowPtr[i + 1];
    for (let k = rowPtr[i]; k < end; k++) s += values[k] * x[colIdx[k]];
    out[i] = s;
  }
  return out;
}

/** Number of stored (non-zero) entries. */
export function csrNnz(a: CsrMatrix): number {
  return a.rowPtr[a.n];
}

/** Row sparsity d: the largest number of non-zeros in any row. */
export function csrMaxRowNnz(a: CsrMatrix): number {
  let d = 0;
  for (let i = 0; i < a.n; i++) d = Math.max(d, a.rowPtr[i + 1] - a.rowPtr[i]);
  return d;
}

/** Entry (i, j), 0 when not stored (binary search in row i). */
export function csrGet(a: CsrMatrix, i: number, j: number): number {
  let lo = a.rowPtr[i], hi = a.rowPtr[i + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = a.colIdx[mid];
    if (c === j) return a.values[mid];
    if (c < j) lo = mid + 1; else hi = mid - 1;
  }
  return 0;
}

/** The diagonal as a length-n array. */
export function csrDiagonal(a: CsrMatrix): Float64Array {
  const diag = new Float64Array(a.n);
  for (let i = 0; i < a.n; i++) diag[i] = csrGet(a, i, i);
  return diag;
}

/** The transpose, in CSR form. */
export function csrTranspose(a: CsrMatrix): CsrMatrix {
  const { n } = a;
  const nnz = csrNnz(a);
  const rowPtr = new Int32Array(n + 1);
  for (let k = 0; k < nnz; k++) rowPtr[a.colIdx[k] + 1]++;
  for (let i = 0; i < n; i++) rowPtr[i + 1] += rowPtr[i];
  const fill = rowPtr.slice(0, n);
  const colIdx = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  // Visiting rows in order makes each transposed row come out column-sorted.
  for (let i = 0; i < n; i++) {
    for (let k = a.rowPtr[i]; k < a.rowPtr[i + 1]; k++) {
      const p = fill[a.colIdx[k]]++;
      colIdx[p] = i;
      values[p] = a.values[k];
    }
  }
  return { n, rowPtr, colIdx, values };
}

/** A + s·B entrywise (same n), in CSR form; zeros produced by cancellation are dropped. */
export function csrAdd(a: CsrMatrix, b: CsrMatrix, s = 1): CsrMatrix {
  if (a.n !== b.n) throw new InvalidMatrixError(`cannot add a ${a.n}x${a.n} and a ${b.n}x${b.n} matrix`);
  const n = a.n;
  const rowPtr = new Int32Array(n + 1);
  const colIdx = new Int32Array(csrNnz(a) + csrNnz(b));
  const values = new Float64Array(colIdx.length);
  let p = 0;
  for (let i = 0; i < n; i++) {
    let ka = a.rowPtr[i], kb = b.rowPtr[i];
    const ea = a.rowPtr[i + 1], eb = b.rowPtr[i + 1];
    while (ka < ea || kb < eb) {
      const ca = ka < ea ? a.colIdx[ka] : n;
      const cb = kb < eb ? b.colIdx[kb] : n;
      let c: number, v: number;
      if (ca === cb) { c = ca; v = a.values[ka++] + s * b.values[kb++]; }
      else if (ca < cb) { c = ca; v = a.values[ka++]; }
      else { c = cb; v = s * b.values[kb++]; }
      if (v !== 0) { colIdx[p] = c; values[p] = v; p++; }
    }
    rowPtr[i + 1] = p;
  }
  return { n, rowPtr, colIdx: colIdx.slice(0, p), values: values.slice(0, p) };
}

/** max_ij |A_ij − A_ji|: zero exactly when A is symmetric. */
export function csrSymmetryError(a: CsrMatrix): number {
  const d = csrAdd(a, csrTranspose(a), -1);
  let m = 0;
  for (let k = 0; k < d.values.length; k++) m = Math.max(m, Math.abs(d.values[k]));
  return m;
}

/** (A + Aᵀ)/2, exactly symmetric. */
export function csrSymmetrize(a: CsrMatrix): CsrMatrix {
  const s = csrAdd(a, csrTranspose(a), 1);
  const values = s.values.map((v) => 0.5 * v);
  return { ...s, values };
}

/** True when A_ij === A_ji bit for bit for all i, j. */
export function isExactlySymmetricCsr(a: CsrMatrix): boolean {
  return csrSymmetryError(a) === 0;
}
