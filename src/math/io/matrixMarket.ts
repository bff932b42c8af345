/**
 * Matrix Market exchange format (NIST, Boisvert, Pozo & Remington, "The Matrix Market Exchange
 * Formats: Initial Design", 1996): `coordinate` and `array` layouts, `real`/`integer`/`double`
 * fields, `general`/`symmetric` symmetry. Pure text ↔ matrix functions; qnewton's metadata
 * (e.g. the regularisation shift) rides in a `% qnewton-meta: {json}` comment line.
 */
import { FileError, InvalidMatrixError } from '../../errors';
import { CsrMatrix, csrFromTriplets } from '../csrMatrix';
import { assertNonEmpty } from '../validate';
import { MatrixReadOptions, applyMatrixReadOptions, assertMatrixFits } from './readOptions';
import { MatrixFileContents } from './types';

const META_PREFIX = '% qnewton-meta:';

/**
 * Parse Matrix Market text into a CSR matrix (exactly symmetric unless `options.requireSymmetric`
 * is false). Throws InvalidMatrixError for malformed text, non-square, empty, non-finite or (when
 * symmetry is required) asymmetric (beyond `symmetryTol`·max|A|) matrices, and FileError
 * UNSUPPORTED_FORMAT for complex/pattern/skew-symmetric files.
 */
export function parseMatrixMarket(text: string, source = '<matrix market text>', options: MatrixReadOptions = {}): MatrixFileContents {
  const lines = text.split(/\r?\n/);
  const banner = (lines[0] ?? '').trim().split(/\s+/);
  if (banner[0]?.toLowerCase() !== '%%matrixmarket' || banner.length < 5) {
    throw new InvalidMatrixError(`${source}: line 1 must be a Matrix Market banner like '%%MatrixMarket matrix coordinate real symmetric'`, { line: 1 });
  }
  const [, object, layout, field, symmetry] = banner.map((s) => s.toLowerCase());
  if (object !== 'matrix') throw new FileError('UNSUPPORTED_FORMAT', `${source}: Matrix Market object '${object}' is not supported; only 'matrix'`, source);
  if (layout !== 'coordinate' && layout !== 'array') throw new FileError('UNSUPPORTED_FORMAT', `${source}: Matrix Market layout '${layout}' is not supported; use coordinate or array`, source);
  if (!['real', 'integer', 'double'].includes(field)) throw new FileError('UNSUPPORTED_FORMAT', `${source}: Matrix Market field '${field}' is not supported; use real or integer`, source);
  if (symmetry !== 'general' && symmetry !== 'symmetric') throw new FileError('UNSUPPORTED_FORMAT', `${source}: Matrix Market symmetry '${symmetry}' is not supported; use general or symmetric`, source);
  let meta: Record<string, unknown> = {};
  let ln = 1;
  for (; ln < lines.length; ln++) {
    const t = lines[ln].trim();
    if (t.startsWith(META_PREFIX)) {
      try { meta = JSON.parse(t.slice(META_PREFIX.length)); } catch { throw new InvalidMatrixError(`${source}: line ${ln + 1}: qnewton-meta comment is not valid JSON`, { line: ln + 1 }); }
    }
    if (t !== '' && !t.startsWith('%')) break;
  }
  const sizeTokens = (lines[ln] ?? '').trim().split(/\s+/).map(Number);
  const expectSize = layout === 'coordinate' ? 3 : 2;
  if (sizeTokens.length !== expectSize || !sizeTokens.every((v) => Number.isInteger(v) && v >= 0)) {
    throw new InvalidMatrixError(`${source}: line ${ln + 1}: expected the size line '${layout === 'coordinate' ? 'rows cols entries' : 'rows cols'}'`, { line: ln + 1 });
  }
  const [rows, cols] = sizeTokens;
  if (rows !== cols) throw new InvalidMatrixError(`${source}: matrix is ${rows}x${cols}; a square matrix is required`, { rows, cols });
  assertNonEmpty(rows, source);
  const n = rows;
  const declared = layout === 'coordinate' ? sizeTokens[2] : symmetry === 'symmetric' ? (n * (n + 1)) / 2 : n * n;
  assertMatrixFits(n, symmetry === 'symmetric' ? 2 * declared : declared, source, `line ${ln + 1}`, options);
  const I: number[] = [], J: number[] = [], V: number[] = [];
  const push = (i: number, j: number, v: number, line: number): void => {
    if (!Number.isFinite(v)) throw new InvalidMatrixError(`${source}: line ${line}: entry (${i + 1}, ${j + 1}) is not finite (${v}); remove NaN/Infinity values`, { line });
    I.push(i); J.push(j); V.push(v);
    if (symmetry === 'symmetric' && i !== j) { I.push(j); J.push(i); V.push(v); }
  };
  const dataLines: { tokens: string[]; line: number }[] = [];
  for (let k = ln + 1; k < lines.length; k++) {
    const t = lines[k].trim();
    if (t === '' || t.startsWith('%')) continue;
    dataLines.push({ tokens: t.split(/\s+/), line: k + 1 });
  }
  if (layout === 'coordinate') {
    const nnz = sizeTokens[2];
    if (dataLines.length !== nnz) throw new InvalidMatrixError(`${source}: size line announces ${nnz} entries but the file has ${dataLines.length}`, { expected: nnz, found: dataLines.length });
    for (const { tokens, line } of dataLines) {
      if (tokens.length !== 3) throw new InvalidMatrixError(`${source}: line ${line}: expected 'row col value'`, { line });
      const i = Number(tokens[0]) - 1, j = Number(tokens[1]) - 1, v = Number(tokens[2]);
      if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || j < 0 || i >= n || j >= n) {
        throw new InvalidMatrixError(`${source}: line ${line}: index (${tokens[0]}, ${tokens[1]}) is outside 1..${n}`, { line });
      }
      if (symmetry === 'symmetric' && j > i) throw new InvalidMatrixError(`${source}: line ${line}: a symmetric file stores the lower triangle only (row >= col)`, { line });
      push(i, j, v, line);
    }
  } else {
    const expected = symmetry === 'symmetric' ? (n * (n + 1)) / 2 : n * n;
    if (dataLines.length !== expected) throw new InvalidMatrixError(`${source}: array layout needs ${expected} values, found ${dataLines.length}`, { expected, found: dataLines.length });
    let p = 0;
    // Column-major; a symmetric array lists the lower triangle column by column.
    for (let j = 0; j < n; j++) {
      for (let i = symmetry === 'symmetric' ? j : 0; i < n; i++) {
        const { tokens, line } = dataLines[p++];
        if (tokens.length !== 1) throw new InvalidMatrixError(`${source}: line ${line}: expected one value`, { line });
        const v = Number(tokens[0]);
        if (v !== 0 || !Number.isFinite(v)) push(i, j, v, line);
      }
    }
  }
  const matrix = applyMatrixReadOptions(csrFromTriplets(n, I, J, V, { sumDuplicates: false }), options);
  return { matrix, meta };
}

/**
 * Matrix Market text of a symmetric CSR matrix: `coordinate real symmetric`, lower triangle,
 * 1-based, values in shortest round-trip form (exact round trip). `meta` is written as a
 * `% qnewton-meta:` comment.
 */
export function formatMatrixMarket(a: CsrMatrix, meta: Record<string, unknown> = {}, comment?: string): string {
  const out: string[] = ['%%MatrixMarket matrix coordinate real symmetric'];
  if (comment) for (const c of comment.split('\n')) out.push(`% ${c}`);
  if (Object.keys(meta).length > 0) out.push(`${META_PREFIX} ${JSON.stringify(meta)}`);
  let lower = 0;
  const body: string[] = [];
  for (let i = 0; i < a.n; i++) {
    for (let k = a.rowPtr[i]; k < a.rowPtr[i + 1]; k++) {
      const j = a.colIdx[k];
      if (j <= i) { body.push(`${i + 1} ${j + 1} ${String(a.values[k])}`); lower++; }
    }
  }
  out.push(`${a.n} ${a.n} ${lower}`);
  return out.concat(body).join('\n') + '\n';
}
