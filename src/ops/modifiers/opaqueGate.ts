import { Op, OpDef, makeOp } from '../../ir';
import { CMatrix } from '../../math/complexMatrix';
import { InvalidCircuitError } from '../../errors';
import { gateMatrices } from '../gates';

/** An opaque gate declaration (OpenQASM 2 `opaque name(params) qubits;`). */
export interface OpaqueDefinition {
  readonly name: string;
  readonly numParams: number;
  readonly numQubits: number;
  /** Content hash (declaration + file), so same-named opaque gates of different origins differ. */
  readonly hash: string;
  /** Optional matrix for given angles, when the caller knows it (e.g. tests); else unknown. */
  readonly matrix?: (angles: readonly number[]) => CMatrix;
}

/** Parameters of an opaque gate instance. */
export interface OpaqueGateParams {
  readonly definition: OpaqueDefinition;
}

/**
 * Family of opaque gates: unitary ops with no decomposition (OpenQASM 2 spec §3.3). Their
 * unitary is known only when the definition supplies `matrix`; otherwise simulation and
 * flattening leave them as leaves (unitaryOfOp reports a clear error).
 */
export const OPAQUE_GATE_DEF: OpDef<OpaqueGateParams> = Object.freeze({
  name: 'opaque',
  category: 'unitary' as const,
  summary: 'opaque gate: declared name and arity only, no decomposition',
  unitary: (op: Op<OpaqueGateParams>): CMatrix => {
    const m = op.params.definition.matrix;
    if (!m) throw new InvalidCircuitError(`opaque gate '${op.name}' has no known matrix; simulate or analyse circuits with opaque gates only after replacing them`, { op: op.name });
    return m(op.angles);
  },
  examples: () => [makeOpaqueGate({ name: 'myrz', numParams: 1, numQubits: 1, hash: 'example', matrix: (a) => gateMatrices.rzMatrix(a[0]) }, [0.3])],
});

/** An instance of an opaque gate with `angles` (radians). */
export function makeOpaqueGate(definition: OpaqueDefinition, angles: readonly number[]): Op<OpaqueGateParams> {
  if (angles.length !== definition.numParams) {
    throw new Error(`opaque gate '${definition.name}' takes ${definition.numParams} parameter(s), got ${angles.length}`);
  }
  return makeOp(OPAQUE_GATE_DEF, {
    name: definition.name, angles, params: { definition }, numQubits: definition.numQubits, paramsKey: definition.hash,
  });
}
