/** State preparation and uniformly controlled rotations (public surface of ops/stateprep). */
export * from './walsh';
export * from './ucry';
export * from './statePrep';

import type { OpDef } from '../../ir';
import { STATE_PREP_DEF } from './statePrep';
import { UCRY_DEF } from './ucry';

/** Op families of ops/stateprep (for the registry). */
export function statePrepDefs(): readonly OpDef[] {
  return [UCRY_DEF, STATE_PREP_DEF];
}
