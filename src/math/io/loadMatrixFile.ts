/**
 * Load a matrix file from disk (.mtx, .json, .npy by extension). The only file-system access in
 * src/math; the formats themselves are pure functions in this folder.
 */
import * as fs from 'fs';
import { FileError } from '../../errors';
import { matrixFormatOfPath, parseMatrixFile } from './matrixFile';
import { MatrixFileContents, MatrixFormat } from './types';

/** A loaded matrix file. */
export interface LoadedMatrixFile extends MatrixFileContents {
  readonly format: MatrixFormat;
  readonly path: string;
}

/**
 * Read and parse a matrix file. Throws FileError (FILE_NOT_FOUND, FILE_UNREADABLE,
 * UNSUPPORTED_FORMAT) for file problems and InvalidMatrixError for bad contents.
 */
export function loadMatrixFile(filePath: string, options: { format?: MatrixFormat; symmetryTol?: number } = {}): LoadedMatrixFile {
  const format = options.format ?? matrixFormatOfPath(filePath);
  if (!fs.existsSync(filePath)) throw new FileError('FILE_NOT_FOUND', `file not found: ${filePath} (check the path)`, filePath);
  let bytes: Buffer;
  try {
    if (fs.statSync(filePath).isDirectory()) throw new FileError('FILE_UNREADABLE', `${filePath} is a directory, expected a matrix file`, filePath);
    bytes = fs.readFileSync(filePath);
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError('FILE_UNREADABLE', `cannot read ${filePath}: ${(e as Error).message}`, filePath);
  }
  const contents = parseMatrixFile(format === 'npy' ? bytes : bytes.toString('utf8'), format, filePath, options.symmetryTol);
  return { ...contents, format, path: filePath };
}
