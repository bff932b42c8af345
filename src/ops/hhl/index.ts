/** HHL op families (QFT, exact Hamiltonian simulation, QPE, HHL core) and their helpers. */
import type { OpDef } from '../../ir';
import { DENSE_DILATION_DEF } from '../blockEncoding/denseDilation';
import { HAMILTONIAN_SIMULATION_DEF } from './hamiltonianSimulation';
import { HHL_DEF } from './hhl';
import { QFT_DEF } from './qft';
import { QPE_DEF } from './qpe';
import { QUBITIZED_HHL_DEF } from './qubitizedHhl';
import { CONTROLLED_WALK_DEF, WALK_QPE_DEF } from './walkQpe';
import { WALK_REFLECTION_DEF } from './walkReflection';

export * from './denseEigen';
export * from './unitarySynthesis';
export * from './qft';
export * from './hamiltonianSimulation';
export * from './qpe';
export * from './reciprocalRotation';
export * from './hhl';
export * from './walkReflection';
export * from './walkQpe';
export * from './qubitizedHhl';

/** Op families of this folder, plus the dense dilation block encoding built on its synthesis (for the registry). */
export function hhlDefs(): readonly OpDef[] {
  return [QFT_DEF, HAMILTONIAN_SIMULATION_DEF, QPE_DEF, HHL_DEF, DENSE_DILATION_DEF, WALK_REFLECTION_DEF, CONTROLLED_WALK_DEF, WALK_QPE_DEF, QUBITIZED_HHL_DEF];
}
