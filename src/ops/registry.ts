import type { OpDef } from '../ir';
import { multiControlledDefs, stdGateDefs } from './gates';
import { BARRIER_DEF, MEASURE_DEF, RESET_DEF } from './nonunitary';
import { INVERSE_DEF } from './inverse';
import { modifierDefs } from './modifiers';
import { arithDefs } from './arith';
import { statePrepDefs } from './stateprep';
import { oracleDefs } from './oracles';
import { blockEncodingDefs } from './blockEncoding';
import { qsvtDefs } from './qsvt';
import { hhlDefs } from './hhl';

/**
 * Every op family of the library. test/ops/registry.test.ts sweeps this list: declared calls
 * must equal the counts of each example's decomposition, and (≤ 6 qubits) the decomposition's
 * unitary must equal the op's unitary. Add each new family here.
 */
export function allOpDefs(): readonly OpDef[] {
  return [
    ...stdGateDefs(),
    ...multiControlledDefs(),
    MEASURE_DEF, RESET_DEF, BARRIER_DEF,
    INVERSE_DEF,
    ...modifierDefs(),
    ...arithDefs(),
    ...statePrepDefs(),
    ...oracleDefs(),
    ...blockEncodingDefs(),
    ...qsvtDefs(),
    ...hhlDefs(),
  ];
}
