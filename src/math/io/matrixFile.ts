/**
 * Format dispatch for matrix files: pick the format from a file extension, parse contents,
 * format a matrix. Pure (no file system); see loadMatrixFile.ts for the fs-based loader.
 */
import { FileError } from '../../errors';
import { CsrMatrix } from '../csrMatrix';
import { formatJsonMatrix, parseJsonMatrix } from './jsonMatrix';
import { formatMatrixMarket, parseMatrixMarket } from './matrixMarket';
import { formatNpy, parseNpy } from './npy';
import type { MatrixReadOptions } from './readOptions';
import { MATRIX_FORMATS, MatrixFileContents, MatrixFormat } from './types';

/** The format named by a path's extension (.mtx, .json, .npy); FileError UNSUPPORTED_FORMAT otherwise. */
export function matrixFormatOfPath(filePath: string): MatrixFormat {
  const m = /\.([A-Za-z0-9]+)$/.exec(filePath);
  const ext = m ? m[1].toLowerCase() : '';
  if ((MATRIX_FORMATS as readonly string[]).includes(ext)) return ext as MatrixFormat;
  throw new FileError('UNSUPPORTED_FORMAT', `cannot tell the matrix format of '${filePath}': use a .mtx, .json or .npy extension`, filePath);
}

/**
 * Parse file contents (text for mtx/json, bytes for npy) into a CSR matrix plus metadata; the
 * matrix is exactly symmetric unless `options.requireSymmetric` is false.
 */
export function parseMatrixFile(content: string | Uint8Array, format: MatrixFormat, source?: string, options: MatrixReadOptions = {}): MatrixFileContents {
  const text = (): string => (typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));
  switch (format) {
    case 'mtx': return parseMatrixMarket(text(), source, options);
    case 'json': return parseJsonMatrix(text(), source, options);
    case 'npy': {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'latin1') : content;
      return parseNpy(bytes, source, options);
    }
  }
}

/** File contents of a matrix in the given format (string for mtx/json, bytes for npy; npy drops `meta`). */
export function formatMatrixFile(a: CsrMatrix, format: MatrixFormat, meta: Record<string, unknown> = {}): string | Uint8Array {
  switch (format) {
    case 'mtx': return formatMatrixMarket(a, meta);
    case 'json': return formatJsonMatrix(a, meta);
    case 'npy': return formatNpy(a);
  }
}
