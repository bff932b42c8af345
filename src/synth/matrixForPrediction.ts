/**
 * Which matrix predicts a solver circuit's output. The post-selected block of a block encoding is
 * M/α with M = A for an exact encoding; an encoding with a nonzero error bound may expose the
 * M it actually encodes (BlockEncoding.encodedMatrix, e.g. the b-bit rounded entries of the
 * sparse encoding). Predictions from M's spectrum are then exact up to floating point; without it
 * they are made from A and are only those of the ideal encoding (off by O(κ_eff·errorBound)).
 */
import type { CsrMatrix } from '../math/csrMatrix';
import type { BlockEncoding } from '../ops/blockEncoding/blockEncoding';
import type { PreparedSystem } from './problem';

/** The matrix to predict from and whether the prediction is exact ('exact') or only of the ideal encoding. */
export interface PredictionMatrix {
  readonly matrix: CsrMatrix;
  readonly kind: 'exact' | 'ideal-encoding';
}

/** M for block encoding `be` of the prepared system (see the file comment). */
export function matrixForPrediction(sys: PreparedSystem, be: BlockEncoding): PredictionMatrix {
  if (be.errorBound === 0) return { matrix: sys.matrix, kind: 'exact' };
  if (be.encodedMatrix) return { matrix: be.encodedMatrix(), kind: 'exact' };
  return { matrix: sys.matrix, kind: 'ideal-encoding' };
}
