import { CsrMatrix } from '../csrMatrix';

/** A matrix read from a file, with any qnewton metadata stored alongside it (e.g. `regularizationShift`). */
export interface MatrixFileContents {
  /**
   * The matrix: exactly symmetric by default (asymmetry within tolerance is averaged away); as
   * stored when read with `requireSymmetric: false`.
   */
  readonly matrix: CsrMatrix;
  /** Metadata from the file ({} when none; .npy files carry none). */
  readonly meta: Readonly<Record<string, unknown>>;
}

/** Supported matrix file formats: Matrix Market, qnewton JSON, NumPy .npy. */
export type MatrixFormat = 'mtx' | 'json' | 'npy';

/** Every supported format, for help texts and errors. */
export const MATRIX_FORMATS: readonly MatrixFormat[] = ['mtx', 'json', 'npy'];
