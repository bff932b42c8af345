/** Sparse-access oracles and matrix input helpers (public surface of ops/oracles). */
export * from './matrixInput';
export * from './slotAssignment';
export * from './sparseAccess';
export * from './qroam';
export * from './bucketBrigade';
export * from './lookupConstruction';
export * from './phaseLookup';

import type { OpDef } from '../../ir';
import { COLUMN_ORACLE_DEF, ENTRY_ORACLE_DEF, ENTRY_ROTATION_DEF } from './sparseAccess';
import { QROAM_CLEAN_DEF, QROAM_DIRTY_DEF } from './qroam';
import { BUCKET_BRIGADE_QRAM_DEF } from './bucketBrigade';
import { QRAM_TABLE_READ_DEF, QROAM_CLEAN_LOOKUP_DEF } from './lookupConstruction';
import { PHASE_LOOKUP_DEF } from './phaseLookup';

/** Op families of ops/oracles (for the registry). */
export function oracleDefs(): readonly OpDef[] {
  return [COLUMN_ORACLE_DEF, ENTRY_ORACLE_DEF, ENTRY_ROTATION_DEF, QROAM_CLEAN_DEF, QROAM_DIRTY_DEF, BUCKET_BRIGADE_QRAM_DEF, QROAM_CLEAN_LOOKUP_DEF, QRAM_TABLE_READ_DEF, PHASE_LOOKUP_DEF];
}
