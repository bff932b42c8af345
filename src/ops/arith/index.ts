/** Reversible arithmetic helpers: unary iteration, QROM lookup, clean-ancilla AND ladders. */
export * from './unaryIteration';
export * from './qrom';
export * from './mcxClean';
export * from './reversible';
export * from './shapeOnly';

import type { OpDef } from '../../ir';
import { MCX_CLEAN_DEF } from './mcxClean';
import { QROM_DEF } from './qrom';

/** Op families of ops/arith (for the registry). */
export function arithDefs(): readonly OpDef[] {
  return [QROM_DEF, MCX_CLEAN_DEF];
}
