/**
 * Block encodings of real matrices (public surface of ops/blockEncoding): the shared
 * BlockEncoding record, the sparse-access construction (GSLW 2019 Lemma 48), FABLE (Camps &
 * Van Beeumen 2022) and Pauli LCU, plus matrix input helpers (validation, padding, dilation) and
 * shape-only counting for cost models.
 */
export * from './blockEncoding';
export * from './sparse';
export * from './fable';
export * from './pauli';
export * from './lcu';
export * from './counts';
export type { CsrMatrixLike, DenseMatrixLike, MatrixInput } from '../oracles/matrixInput';
export {
  csrFromDense, denseFromCsr, toCsr, toDense, validateMatrix,
  hermitianDilation, padToPowerOfTwo, canonicalCsr, csrEntry,
} from '../oracles/matrixInput';

import type { OpDef } from '../../ir';
import { SPARSE_BLOCK_ENCODING_DEF } from './sparse';
import { FABLE_DEF } from './fable';
import { LCU_DEF, LCU_SELECT_DEF } from './lcu';

/** Op families of ops/blockEncoding (for the registry). */
export function blockEncodingDefs(): readonly OpDef[] {
  return [SPARSE_BLOCK_ENCODING_DEF, FABLE_DEF, LCU_SELECT_DEF, LCU_DEF];
}
