/**
 * NumPy .npy files (format versions 1.0–3.0; see numpy.lib.format): a magic string, a Python-dict
 * header {'descr': '<f8', 'fortran_order': False, 'shape': (n, n)}, then raw data. Reads 2-D
 * float32/float64 arrays in either byte order and either memory order, so Hessians computed with
 * PyTorch or JAX (np.save(H)) come in; writes little-endian float64, C order, version 1.0.
 */
import { FileError, InvalidMatrixError } from '../../errors';
import { CsrMatrix, csrFromDense, csrToDense } from '../csrMatrix';
import { zerosDense } from '../denseMatrix';
import { assertNonEmpty } from '../validate';
import { MatrixReadOptions, applyMatrixReadOptions, assertMatrixFits } from './readOptions';
import { MatrixFileContents } from './types';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

/**
 * Parse .npy bytes into a CSR matrix (exactly symmetric unless `options.requireSymmetric` is
 * false). Throws InvalidMatrixError for a bad header, a non-2-D, non-square or empty shape,
 * truncated data, non-finite or (when symmetry is required) asymmetric values, and FileError
 * UNSUPPORTED_FORMAT for dtypes other than float32/float64.
 */
export function parseNpy(bytes: Uint8Array, source = '<npy bytes>', options: MatrixReadOptions = {}): MatrixFileContents {
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
  if (!dtype) throw new FileError('UNSUPPORTED_FORMAT', `${source}: .npy dtype '${descr}' is not supported; save the matrix as float32 or float64`, source);
  const littleEndian = dtype[1] !== '>';
  const itemBytes = Number(dtype[2]);
  const shape = shapeText.split(',').map((s) => s.trim()).filter((s) => s !== '').map(Number);
  if (shape.length !== 2 || !shape.every((s) => Number.isInteger(s) && s >= 0)) {
    throw new InvalidMatrixError(`${source}: .npy array has shape (${shapeText.trim()}); a 2-D square matrix is required`, { shape });
  }
  const [rows, cols] = shape;
  if (rows !== cols) throw new InvalidMatrixError(`${source}: matrix is ${rows}x${cols}; a square matrix is required`, { rows, cols });
  assertNonEmpty(rows, source);
  const n = rows;
  assertMatrixFits(n, n * n, source, '.npy header', options, 8 * n * n);
  const dataStart = headerStart + headerLen;
  const need = n * n * itemBytes;
  if (bytes.length - dataStart < need) throw new InvalidMatrixError(`${source}: .npy data is truncated (${bytes.length - dataStart} bytes, need ${need})`);
  const m = zerosDense(n, n);
  const colMajor = fortran === 'True';
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

/** .npy bytes (version 1.0, '<f8', C order) of a matrix, dense n×n. */
export function formatNpy(a: CsrMatrix): Uint8Array {
  const n = a.n;
  let header = `{'descr': '<f8', 'fortran_order': False, 'shape': (${n}, ${n}), }`;
  // Pad with spaces so that magic + version + length + header is a multiple of 64, ending in '\n'.
  const total = Math.ceil((10 + header.length + 1) / 64) * 64;
  header = header.padEnd(total - 10 - 1, ' ') + '\n';
  const out = new Uint8Array(total + n * n * 8);
  out.set(MAGIC, 0);
  out[6] = 1; out[7] = 0;
  const view = new DataView(out.buffer);
  view.setUint16(8, header.length, true);
  for (let i = 0; i < header.length; i++) out[10 + i] = header.charCodeAt(i);
  const dense = csrToDense(a);
  for (let p = 0; p < n * n; p++) view.setFloat64(total + p * 8, dense.data[p], true);
  return out;
}
