/** QSVT op families: projector-controlled phases and the QSVT sequence. */
import type { OpDef } from '../../ir';
import { PROJECTOR_PHASE_DEF } from './projectorPhase';
import { QSVT_DEF } from './qsvt';

export * from './projectorPhase';
export * from './qsvt';

/** Op families of this folder (for the registry). */
export function qsvtDefs(): readonly OpDef[] {
  return [PROJECTOR_PHASE_DEF, QSVT_DEF];
}
