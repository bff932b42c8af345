/**
 * JSON matrix files. Written as qnewton's CSR object
 *   {"format": "qnewton-csr", "n": N, "rowPtr": [...], "colIdx": [...], "values": [...], "meta": {...}};
 * read from that, from a triplet object {"n": N, "entries": [[i, j, v], ...]} (0-based), or from a
 * dense array of rows [[...], ...] (also under a "dense" or "data" key).
 */
import { InvalidMatrixError } from '../../errors';
import { CsrMatrix, csrFromDense, csrFromTriplets } from '../csrMatrix';
import { denseFromRows } from '../denseMatrix';
import { assertNonEmpty } from '../validate';
import { MatrixReadOptions, applyMatrixReadOptions, assertMatrixFits } from './readOptions';
import { MatrixFileContents } from './types';

function numberArray(x: unknown, key: string, source: string): number[] {
  if (!Array.isArray(x)) throw new InvalidMatrixError(`${source}: "${key}" must be an array of numbers`);
  x.forEach((v, k) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new InvalidMatrixError(`${source}: "${key}"[${k}] is ${JSON.stringify(v)}, not a finite number (JSON null usually means NaN or Infinity)`, { key, index: k });
    }
  });
  return x as number[];
}

function fromDenseRows(rows: unknown, source: string, options: MatrixReadOptions): CsrMatrix {
  if (!Array.isArray(rows)) throw new InvalidMatrixError(`${source}: dense matrix must be an array of rows`);
  assertNonEmpty(rows.length, source);
  assertMatrixFits(rows.length, rows.length * rows.length, source, 'dense rows', options, 8 * rows.length * rows.length);
  const checked = rows.map((r, i) => numberArray(r, `row ${i}`, source));
  const m = denseFromRows(checked);
  if (m.rows !== m.cols) throw new InvalidMatrixError(`${source}: matrix is ${m.rows}x${m.cols}; a square matrix is required`, { rows: m.rows, cols: m.cols });
  return csrFromDense(m);
}

/**
 * Parse JSON text into a CSR matrix (exactly symmetric unless `options.requireSymmetric` is false).
 * Throws InvalidMatrixError for malformed JSON or structure, non-square, empty, non-finite or
 * (when symmetry is required) asymmetric matrices.
 */
export function parseJsonMatrix(text: string, source = '<json text>', options: MatrixReadOptions = {}): MatrixFileContents {
  let doc: unknown;
  try { doc = JSON.parse(text); } catch (e) {
    throw new InvalidMatrixError(`${source}: not valid JSON (${(e as Error).message})`);
  }
  let matrix: CsrMatrix;
  let meta: Record<string, unknown> = {};
  if (Array.isArray(doc)) {
    matrix = fromDenseRows(doc, source, options);
  } else if (doc !== null && typeof doc === 'object') {
    const o = doc as Record<string, unknown>;
    if (o.meta !== undefined && typeof o.meta === 'object' && o.meta !== null) meta = o.meta as Record<string, unknown>;
    if (o.dense !== undefined || o.data !== undefined) {
      matrix = fromDenseRows(o.dense ?? o.data, source, options);
    } else {
      const n = o.n;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new InvalidMatrixError(`${source}: "n" must be a non-negative integer`);
      assertNonEmpty(n, source);
      const stored = Array.isArray(o.values) ? o.values.length : Array.isArray(o.entries) ? o.entries.length : 0;
      assertMatrixFits(n, stored, source, '"n"', options);
      if (o.rowPtr !== undefined) {
        const rowPtr = numberArray(o.rowPtr, 'rowPtr', source);
        const colIdx = numberArray(o.colIdx, 'colIdx', source);
        const values = numberArray(o.values, 'values', source);
        if (rowPtr.length !== n + 1 || rowPtr[0] !== 0 || rowPtr[n] !== values.length || colIdx.length !== values.length) {
          throw new InvalidMatrixError(`${source}: inconsistent CSR arrays (rowPtr must have n+1 entries from 0 to values.length)`);
        }
        // Check every pointer before expanding any row (rowPtr [0, 1e308, ...] must not loop).
        for (let i = 0; i < n; i++) {
          if (!Number.isInteger(rowPtr[i + 1]) || rowPtr[i + 1] < rowPtr[i] || rowPtr[i + 1] > values.length) {
            throw new InvalidMatrixError(`${source}: "rowPtr"[${i + 1}] = ${rowPtr[i + 1]}: rowPtr must be non-decreasing integers from 0 to values.length (row ${i})`, { key: 'rowPtr', index: i + 1 });
          }
        }
        const rows: number[] = [];
        for (let i = 0; i < n; i++) for (let k = rowPtr[i]; k < rowPtr[i + 1]; k++) rows.push(i);
        matrix = csrFromTriplets(n, rows, colIdx, values, { sumDuplicates: false });
      } else if (o.entries !== undefined) {
        if (!Array.isArray(o.entries)) throw new InvalidMatrixError(`${source}: "entries" must be an array of [row, col, value]`);
        const I: number[] = [], J: number[] = [], V: number[] = [];
        o.entries.forEach((e, k) => {
          const t = numberArray(e, `entries[${k}]`, source);
          if (t.length !== 3) throw new InvalidMatrixError(`${source}: entries[${k}] must be [row, col, value]`);
          I.push(t[0]); J.push(t[1]); V.push(t[2]);
        });
        matrix = csrFromTriplets(n, I, J, V, { sumDuplicates: false });
      } else {
        throw new InvalidMatrixError(`${source}: expected a dense array of rows, or an object with "rowPtr"/"colIdx"/"values", "entries" or "dense"`);
      }
    }
  } else {
    throw new InvalidMatrixError(`${source}: expected a JSON array or object describing a matrix`);
  }
  return { matrix: applyMatrixReadOptions(matrix, options), meta };
}

/** JSON text of a CSR matrix (exact round trip: JSON numbers use the shortest round-trip form). */
export function formatJsonMatrix(a: CsrMatrix, meta: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'qnewton-csr',
    n: a.n,
    rowPtr: Array.from(a.rowPtr),
    colIdx: Array.from(a.colIdx),
    values: Array.from(a.values),
    meta,
  }) + '\n';
}
