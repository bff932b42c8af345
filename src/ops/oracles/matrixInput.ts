import { InvalidMatrixError } from '../../errors';
import { csrGet } from '../../math/csrMatrix';

/**
 * A square sparse real matrix in compressed sparse row form (structurally compatible with the
 * CSR type of src/math): row i holds colIdx/values[rowPtr[i] .. rowPtr[i+1]).
 */
export interface CsrMatrixLike {
  readonly n: number;
  readonly rowPtr: Int32Array;
  readonly colIdx: Int32Array;
  readonly values: Float64Array;
}

/** A square dense real matrix, row-major: entry (i, j) at data[i·n + j]. */
export interface DenseMatrixLike {
  readonly n: number;
  readonly data: Float64Array;
}

/** Either input form accepted by the block-encoding constructors. */
export type MatrixInput = CsrMatrixLike | DenseMatrixLike;

/** True when `m` is in CSR form. */
export function isCsr(m: MatrixInput): m is CsrMatrixLike {
  return (m as CsrMatrixLike).rowPtr !== undefined;
}

/** CSR of a dense matrix, keeping entries with |a| > dropBelow (default: all non-zeros). */
export function csrFromDense(a: DenseMatrixLike, dropBelow = 0): CsrMatrixLike {
  checkDenseShape(a);
  const n = a.n;
  const rowPtr = new Int32Array(n + 1);
  let nnz = 0;
  for (let i = 0; i < n * n; i++) if (Math.abs(a.data[i]) > dropBelow || Number.isNaN(a.data[i])) nnz++;
  const colIdx = new Int32Array(nnz), values = new Float64Array(nnz);
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = a.data[i * n + j];
      if (Math.abs(v) > dropBelow || Number.isNaN(v)) { colIdx[k] = j; values[k] = v; k++; }
    }
    rowPtr[i + 1] = k;
  }
  return { n, rowPtr, colIdx, values };
}

/** Dense row-major form of a CSR matrix (duplicates are summed). */
export function denseFromCsr(a: CsrMatrixLike): DenseMatrixLike {
  checkCsrStructure(a);
  const n = a.n;
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let k = a.rowPtr[i]; k < a.rowPtr[i + 1]; k++) data[i * n + a.colIdx[k]] += a.values[k];
  return { n, data };
}

/** The input as CSR (dense input converted, exact zeros dropped). */
export function toCsr(m: MatrixInput): CsrMatrixLike {
  return isCsr(m) ? m : csrFromDense(m);
}

/** The input as dense. */
export function toDense(m: MatrixInput): DenseMatrixLike {
  return isCsr(m) ? denseFromCsr(m) : (checkDenseShape(m), m);
}

/** Options of {@link validateMatrix}. */
export interface ValidateMatrixOptions {
  /** Require A = Aᵀ within symmetryRelTol · max|A| (default true). */
  readonly requireSymmetric?: boolean;
  readonly symmetryRelTol?: number;
  /** Require n to be a power of two (default true). */
  readonly requirePowerOfTwo?: boolean;
  /** Name of the construction, for messages. */
  readonly usedBy?: string;
}

/**
 * Check a matrix for use by a block encoding: non-empty, finite, square structure, optionally
 * symmetric and of power-of-two size. Throws InvalidMatrixError saying what to do: pad with
 * {@link padToPowerOfTwo}, or dilate a non-symmetric matrix explicitly with
 * {@link hermitianDilation} (never done silently). Works on CSR in O(nnz log d). Returns
 * max |A_ij| (> 0).
 */
export function validateMatrix(m: MatrixInput, opts: ValidateMatrixOptions = {}): number {
  const who = opts.usedBy ?? 'block encoding';
  const a = canonicalCsr(toCsr(m));
  const n = a.n;
  if (n < 1) throw new InvalidMatrixError(`${who}: the matrix is empty (n = 0)`);
  let maxAbs = 0;
  for (let i = 0; i < n; i++) {
    for (let k = a.rowPtr[i]; k < a.rowPtr[i + 1]; k++) {
      const v = a.values[k];
      if (!Number.isFinite(v)) {
        throw new InvalidMatrixError(`${who}: entry (${i}, ${a.colIdx[k]}) is ${v}; all entries must be finite`, { row: i, col: a.colIdx[k] });
      }
      maxAbs = Math.max(maxAbs, Math.abs(v));
    }
  }
  if (maxAbs === 0) throw new InvalidMatrixError(`${who}: the matrix is all zeros; there is nothing to encode`);
  if ((opts.requirePowerOfTwo ?? true) && (n < 2 || (n & (n - 1)) !== 0)) {
    throw new InvalidMatrixError(`${who}: size N = ${n} is not a power of two ≥ 2; pad it with padToPowerOfTwo(A), which adds ones on the new diagonal entries`, { n });
  }
  if (opts.requireSymmetric ?? true) {
    const tol = (opts.symmetryRelTol ?? 1e-12) * maxAbs;
    for (let i = 0; i < n; i++) {
      for (let k = a.rowPtr[i]; k < a.rowPtr[i + 1]; k++) {
        const j = a.colIdx[k];
        const vt = csrEntry(a, j, i);
        if (Math.abs(a.values[k] - vt) > tol) {
          throw new InvalidMatrixError(
            `${who}: the matrix is not symmetric (A[${i}][${j}] = ${a.values[k]} but A[${j}][${i}] = ${vt}); ` +
            'this construction assumes A = Aᵀ — encode hermitianDilation(A) = [[0, A], [Aᵀ, 0]] instead', { row: i, col: j });
        }
      }
    }
  }
  return maxAbs;
}

/**
 * Canonical CSR: each row sorted by column, duplicates summed, exact zeros dropped (NaN kept so
 * validation can report it). Returns the input itself when it is already canonical.
 */
export function canonicalCsr(a: CsrMatrixLike): CsrMatrixLike {
  checkCsrStructure(a);
  let ok = true;
  for (let i = 0; i < a.n && ok; i++) {
    for (let k = a.rowPtr[i]; k < a.rowPtr[i + 1]; k++) {
      if (a.values[k] === 0 || (k > a.rowPtr[i] && a.colIdx[k] <= a.colIdx[k - 1])) { ok = false; break; }
    }
  }
  if (ok) return a;
  const rows: { col: number; v: number }[][] = [];
  for (let i = 0; i < a.n; i++) {
    const m = new Map<number, number>();
    for (let k = a.rowPtr[i]; k < a.rowPtr[i + 1]; k++) m.set(a.colIdx[k], (m.get(a.colIdx[k]) ?? 0) + a.values[k]);
    rows.push([...m.entries()].filter(([, v]) => v !== 0).map(([col, v]) => ({ col, v })));
  }
  return fromRowLists(a.n, rows);
}

/** Entry (i, j) of a canonical CSR matrix (binary search in row i); 0 when absent. */
export function csrEntry(a: CsrMatrixLike, i: number, j: number): number {
  return csrGet(a, i, j);
}

/**
 * The Hermitian dilation [[0, A], [Aᵀ, 0]] (size 2n) of a real square matrix: symmetric, with
 * eigenvalues ±σ_i(A). Its top-right block is A, so a solver for the dilation solves A x = b via
 * [[0, A], [Aᵀ, 0]] [0; x] = [b; 0]. (Harrow, Hassidim, Lloyd 2009, Sec. "non-Hermitian A".)
 */
export function hermitianDilation(m: MatrixInput): CsrMatrixLike {
  const a = toCsr(m);
  checkCsrStructure(a);
  const n = a.n;
  const rows: { col: number; v: number }[][] = Array.from({ length: 2 * n }, () => []);
  for (let i = 0; i < n; i++) {
    for (let k = a.rowPtr[i]; k < a.rowPtr[i + 1]; k++) {
      const j = a.colIdx[k], v = a.values[k];
      rows[i].push({ col: n + j, v });       // top-right: A
      rows[n + j].push({ col: i, v });       // bottom-left: Aᵀ
    }
  }
  return fromRowLists(2 * n, rows);
}

/**
 * Pad A (n×n) to the next power of two N ≥ 2 with A ⊕ I_{N−n}: ones on the new diagonal
 * entries, zeros elsewhere. The padded system [[A, 0], [0, I]] [x; 0] = [b; 0] has the same
 * solution on the first n coordinates; the extra eigenvalues are 1 (choose another fill value
 * with `diagonalValue` if 1 would change the condition number, e.g. the mean diagonal of A).
 */
export function padToPowerOfTwo(m: MatrixInput, diagonalValue = 1): CsrMatrixLike {
  const a = toCsr(m);
  checkCsrStructure(a);
  let N = 2;
  while (N < a.n) N *= 2;
  if (N === a.n) return a;
  const rows: { col: number; v: number }[][] = Array.from({ length: N }, () => []);
  for (let i = 0; i < a.n; i++) for (let k = a.rowPtr[i]; k < a.rowPtr[i + 1]; k++) rows[i].push({ col: a.colIdx[k], v: a.values[k] });
  for (let i = a.n; i < N; i++) rows[i].push({ col: i, v: diagonalValue });
  return fromRowLists(N, rows);
}

/** Structural sanity of a CSR matrix (sizes, monotone rowPtr, column indices in range). */
export function checkCsrStructure(a: CsrMatrixLike): void {
  const n = a.n;
  if (!Number.isInteger(n) || n < 0) throw new InvalidMatrixError(`CSR matrix has invalid size ${n}`);
  if (a.rowPtr.length !== n + 1 || a.rowPtr[0] !== 0) throw new InvalidMatrixError(`CSR rowPtr must have n + 1 = ${n + 1} entries starting at 0, got ${a.rowPtr.length}`);
  for (let i = 0; i < n; i++) if (a.rowPtr[i + 1] < a.rowPtr[i]) throw new InvalidMatrixError(`CSR rowPtr decreases at row ${i}`);
  const nnz = a.rowPtr[n];
  if (a.colIdx.length < nnz || a.values.length < nnz) throw new InvalidMatrixError(`CSR arrays shorter than rowPtr[n] = ${nnz}`);
  for (let k = 0; k < nnz; k++) {
    const j = a.colIdx[k];
    if (!Number.isInteger(j) || j < 0 || j >= n) throw new InvalidMatrixError(`CSR column index ${j} out of range 0..${n - 1}`);
  }
}

function checkDenseShape(a: DenseMatrixLike): void {
  if (!Number.isInteger(a.n) || a.n < 0 || a.data.length !== a.n * a.n) {
    throw new InvalidMatrixError(`dense matrix of size ${a.n} must have ${a.n * a.n} entries, got ${a.data.length}`);
  }
}

function fromRowLists(n: number, rows: { col: number; v: number }[][]): CsrMatrixLike {
  const rowPtr = new Int32Array(n + 1);
  let nnz = 0;
  for (let i = 0; i < n; i++) { nnz += rows[i].length; rowPtr[i + 1] = nnz; }
  const colIdx = new Int32Array(nnz), values = new Float64Array(nnz);
  let k = 0;
  for (const r of rows) {
    r.sort((x, y) => x.col - y.col);
    for (const e of r) { colIdx[k] = e.col; values[k] = e.v; k++; }
  }
  return { n, rowPtr, colIdx, values };
}
