/**
 * NumPy .npy files (format versions 1.0–3.0; see numpy.lib.format): a magic string, a Python-dict
 * header {'descr': '<f8', 'fortran_order': False, 'shape': (n, n)}, then raw data. Reads 2-D
 * float32/float64 arrays in either byte order and either memory order, so Hessians computed with
 * PyTorch or JAX (np.save(H)) come in; writes little-endian float64, C order, version 1.0.
 */
import { FileError, InvalidMatrixError, InvalidVectorError } from '../../errors';
import { CsrMatrix, csrFromDense, csrToDense } from '../csrMatrix';
import { zerosDense } from '../denseMatrix';
import { assertNonEmpty } from '../validate';
import { MatrixReadOptions, applyMatrixReadOptions, assertMatrixFits } from './readOptions';
import { MatrixFileContents } from './types';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

/** The parsed header of a .npy file: dtype, memory order, shape and where the data starts. */
export interface NpyHeader {
  readonly littleEndian: boolean;
  /** 4 (float32) or 8 (float64). */
  readonly itemBytes: number;
  readonly fortranOrder: boolean;
  readonly shape: readonly number[];
  /** Byte offset of the first data element. */
  readonly dataStart: number;
}

/**
 * Parse the header of .npy bytes (magic, version, the Python-dict header). Throws
 * InvalidMatrixError for a bad or truncated header and FileError UNSUPPORTED_FORMAT for a format
 * version other than 1–3 or a dtype other than float32/float64.
 */
export function parseNpyHeader(bytes: Uint8Array, source = '<npy bytes>'): NpyHeader {
  if (bytes.length < 10 || !MAGIC.every((b, i) => bytes[i] === b)) {
    throw new InvalidMatrixError(`${source}: not a NumPy .npy file (missing \\x93NUMPY magic)`);
  }
  const major = bytes[6];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let headerLen: number, headerStart: number;
  if (major === 1) { headerLen = view.getUint16(8, true); headerStart = 10; }
  else if (major === 2 || major === 3) {
    if (bytes.length < 12) throw new InvalidMatrixError(`${source}: truncated .npy header`);
    headerLen = view.getUint32(8, true); headerStart = 12;
  } else throw new FileError('UNSUPPORTED_FORMAT', `${source}: .npy format version ${major} is not supported (1, 2 or 3)`, source);
  if (headerStart + headerLen > bytes.length) throw new InvalidMatrixError(`${source}: truncated .npy header`);
  const header = Buffer.from(bytes.buffer, bytes.byteOffset + headerStart, headerLen).toString(major === 3 ? 'utf8' : 'latin1');
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) {
    throw new InvalidMatrixError(`${source}: .npy header lacks descr, fortran_order or shape: ${header.trim()}`);
  }
  const dtype = /^([<>=|])f([48])$/.exec(descr);
  if (!dtype) throw new FileError('UNSUPPORTED_FORMAT', `${source}: .npy dtype '${descr}' is not supported; save the array as float32 or float64`, source);
  const shape = shapeText.split(',').map((t) => t.trim()).filter((t) => t !== '').map(Number);
  if (!shape.every((t) => Number.isInteger(t) && t >= 0)) throw new InvalidMatrixError(`${source}: .npy shape (${shapeText.trim()}) is malformed`, { shape });
  return { littleEndian: dtype[1] !== '>', itemBytes: Number(dtype[2]), fortranOrder: fortran === 'True', shape, dataStart: headerStart + headerLen };
}

/**
 * Parse .npy bytes into a CSR matrix (exactly symmetric unless `options.requireSymmetric` is
 * false). Throws InvalidMatrixError for a bad header, a non-2-D, non-square or empty shape,
 * truncated data, non-finite or (when symmetry is required) asymmetric values, and FileError
 * UNSUPPORTED_FORMAT for dtypes other than float32/float64.
 */
export function parseNpy(bytes: Uint8Array, source = '<npy bytes>', options: MatrixReadOptions = {}): MatrixFileContents {
  const { littleEndian, itemBytes, fortranOrder, shape, dataStart } = parseNpyHeader(bytes, source);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (shape.length !== 2) {
    throw new InvalidMatrixError(`${source}: .npy array has shape (${shape.join(', ')}); a 2-D square matrix is required`, { shape });
  }
  const [rows, cols] = shape;
  if (rows !== cols) throw new InvalidMatrixError(`${source}: matrix is ${rows}x${cols}; a square matrix is required`, { rows, cols });
  assertNonEmpty(rows, source);
  const n = rows;
  assertMatrixFits(n, n * n, source, '.npy header', options, 8 * n * n);
  const need = n * n * itemBytes;
  if (bytes.length - dataStart < need) throw new InvalidMatrixError(`${source}: .npy data is truncated (${bytes.length - dataStart} bytes, need ${need})`);
  const m = zerosDense(n, n);
  const colMajor = fortranOrder;
  for (let p = 0; p < n * n; p++) {
    const off = dataStart + p * itemBytes;
    const v = itemBytes === 8 ? view.getFloat64(off, littleEndian) : view.getFloat32(off, littleEndian);
    if (!Number.isFinite(v)) {
      const r = colMajor ? p % n : Math.floor(p / n), c = colMajor ? Math.floor(p / n) : p % n;
      throw new InvalidMatrixError(`${source}: entry (${r}, ${c}) is not finite (${v}); remove NaN/Infinity values`, { row: r, col: c });
    }
    if (colMajor) m.data[(p % n) * n + Math.floor(p / n)] = v; else m.data[p] = v;
  }
  return { matrix: applyMatrixReadOptions(csrFromDense(m), options), meta: {} };
}

/** A version-1.0 '<f8' C-order .npy buffer of the given shape with `count` zeroed data elements, and the data offset. */
function npyBuffer(shapeText: string, count: number): { out: Uint8Array; view: DataView; dataStart: number } {
  let header = `{'descr': '<f8', 'fortran_order': False, 'shape': (${shapeText}), }`;
  // Pad with spaces so that magic + version + length + header is a multiple of 64, ending in '\n'.
  const total = Math.ceil((10 + header.length + 1) / 64) * 64;
  header = header.padEnd(total - 10 - 1, ' ') + '\n';
  const out = new Uint8Array(total + count * 8);
  out.set(MAGIC, 0);
  out[6] = 1; out[7] = 0;
  const view = new DataView(out.buffer);
  view.setUint16(8, header.length, true);
  for (let i = 0; i < header.length; i++) out[10 + i] = header.charCodeAt(i);
  return { out, view, dataStart: total };
}

/** .npy bytes (version 1.0, '<f8', C order) of a matrix, dense n×n. */
export function formatNpy(a: CsrMatrix): Uint8Array {
  const n = a.n;
  const { out, view, dataStart } = npyBuffer(`${n}, ${n}`, n * n);
  const dense = csrToDense(a);
  for (let p = 0; p < n * n; p++) view.setFloat64(dataStart + p * 8, dense.data[p], true);
  return out;
}

/** .npy bytes (version 1.0, '<f8') of a 1-D vector, as np.save writes a vector of shape (n,). */
export function formatNpyVector(v: ArrayLike<number>): Uint8Array {
  const { out, view, dataStart } = npyBuffer(`${v.length},`, v.length);
  for (let i = 0; i < v.length; i++) view.setFloat64(dataStart + i * 8, v[i], true);
  return out;
}

/**
 * Parse .npy bytes holding a 1-D float32/float64 vector (shape (n,), or (n, 1) / (1, n)).
 * Throws InvalidVectorError for another shape, an empty or truncated vector or a non-finite
 * entry (naming `source` and the index), and the header errors of {@link parseNpyHeader}.
 */
export function parseNpyVector(bytes: Uint8Array, source = '<npy bytes>'): Float64Array {
  const { littleEndian, itemBytes, shape, dataStart } = parseNpyHeader(bytes, source);
  const isVector = shape.length === 1 || (shape.length === 2 && (shape[0] === 1 || shape[1] === 1));
  if (!isVector) throw new InvalidVectorError(`${source}: .npy array has shape (${shape.join(', ')}); a 1-D vector is required (np.save(path, g.ravel()))`, { shape });
  const n = shape.reduce((a, b) => a * b, 1);
  if (n === 0) throw new InvalidVectorError(`${source}: the vector is empty`);
  if (bytes.length - dataStart < n * itemBytes) throw new InvalidVectorError(`${source}: .npy data is truncated (${bytes.length - dataStart} bytes, need ${n * itemBytes})`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const off = dataStart + i * itemBytes;
    v[i] = itemBytes === 8 ? view.getFloat64(off, littleEndian) : view.getFloat32(off, littleEndian);
    if (!Number.isFinite(v[i])) throw new InvalidVectorError(`${source}: entry ${i} is not finite (${v[i]}); remove NaN/Infinity values`, { index: i });
  }
  return v;
}
