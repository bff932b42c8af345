export * from './definedGate';
export * from './opaqueGate';
export * from './gphase';
export * from './controlled';
export * from './negControlled';
export * from './power';
export * from './su2';

import type { OpDef } from '../../ir';
import { DEFINED_GATE_DEF } from './definedGate';
import { OPAQUE_GATE_DEF } from './opaqueGate';
import { GPHASE_DEF } from './gphase';
import { CONTROLLED_COMPOSITE_DEF, CONTROLLED_GATE_DEF } from './controlled';
import { NEG_CONTROLLED_DEF } from './negControlled';
import { FRACTIONAL_POWER_DEF, POWER_DEF } from './power';

/** Op families of the modifiers folder (for the registry). */
export function modifierDefs(): readonly OpDef[] {
  return [DEFINED_GATE_DEF, OPAQUE_GATE_DEF, GPHASE_DEF, CONTROLLED_GATE_DEF, CONTROLLED_COMPOSITE_DEF, NEG_CONTROLLED_DEF, POWER_DEF, FRACTIONAL_POWER_DEF] as readonly OpDef[];
}
