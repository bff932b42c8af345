/**
 * Load a matrix file from disk (.mtx, .json, .npy by extension). The only file-system access in
 * src/math; the formats themselves are pure functions in this folder.
 */
import * as fs from 'fs';
import { FileError } from '../../errors';
import { matrixFormatOfPath, parseMatrixFile } from './matrixFile';
import { MatrixReadOptions, defaultMatrixBudgetBytes } from './readOptions';
import { MatrixFileContents, MatrixFormat } from './types';

/** A loaded matrix file. */
export interface LoadedMatrixFile extends MatrixFileContents {
  readonly format: MatrixFormat;
  readonly path: string;
}

/** Options of {@link loadMatrixFile}: the format (default: from the extension) and the symmetry checks. */
export interface LoadMatrixFileOptions extends MatrixReadOptions {
  readonly format?: MatrixFormat;
}

/**
 * Read and parse a matrix file. By default the matrix must be symmetric within `symmetryTol` and
 * is returned exactly symmetric; `requireSymmetric: false` loads any square matrix as stored (for
 * the Hermitian dilation). Throws FileError (FILE_NOT_FOUND, FILE_UNREADABLE, UNSUPPORTED_FORMAT)
 * for file problems and InvalidMatrixError for bad contents.
 */
export function loadMatrixFile(filePath: string, options: LoadMatrixFileOptions = {}): LoadedMatrixFile {
  const format = options.format ?? matrixFormatOfPath(filePath);
  if (!fs.existsSync(filePath)) throw new FileError('FILE_NOT_FOUND', `file not found: ${filePath} (check the path)`, filePath);
  let bytes: Buffer;
  try {
    const st = fs.statSync(filePath);
    if (st.isDirectory()) throw new FileError('FILE_UNREADABLE', `${filePath} is a directory, expected a matrix file`, filePath);
    const budget = options.maxMatrixBytes ?? defaultMatrixBudgetBytes();
    if (st.size > budget) {
      throw new FileError('FILE_UNREADABLE', `${filePath} is ${st.size} bytes, more than the matrix size budget of ${budget} bytes; use a smaller matrix file`, filePath);
    }
    bytes = fs.readFileSync(filePath);
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError('FILE_UNREADABLE', `cannot read ${filePath}: ${(e as Error).message}`, filePath);
  }
  const contents = parseMatrixFile(format === 'npy' ? bytes : bytes.toString('utf8'), format, filePath, { symmetryTol: options.symmetryTol, requireSymmetric: options.requireSymmetric, maxMatrixBytes: options.maxMatrixBytes });
  return { ...contents, format, path: filePath };
}
