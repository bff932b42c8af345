import { Circuit, CircuitBuilder, Op, OpCount, OpDef, callsOfCircuit, makeOp } from '../../ir';
import { makeStdGate } from '../gates/stdGates';
import { unitaryOfCircuit } from '../unitaryOf';

/**
 * A user-defined gate (OpenQASM `gate name(params) qubits { body }`): its name, arity, a content
 * hash, and how to build the body for concrete parameter values. `hash` must change whenever the
 * body changes (parsers hash the body tokens and the hashes of the gates it calls), so same-named
 * gates from different files get different op keys.
 */
export interface GateDefinition {
  readonly name: string;
  readonly paramNames: readonly string[];
  readonly qubitNames: readonly string[];
  /** Content hash of the definition (hex). */
  readonly hash: string;
  /** The body circuit on qubitNames.length qubits for the given angles (radians). */
  instantiate(angles: readonly number[]): Circuit;
}

/** Parameters of a defined-gate instance: the definition and its body with bound angles. */
export interface DefinedGateParams {
  readonly definition: GateDefinition;
  readonly body: Circuit;
}

/**
 * Family of user-defined gate instances: a composite whose decomposition is the definition's
 * body with the parameters bound (OpenQASM 2 spec §3.2, "gate" statement). No gateSpec; its
 * (reference, small-width) unitary is the body's, so wrappers such as the generic inverse work.
 */
export const DEFINED_GATE_DEF: OpDef<DefinedGateParams> = Object.freeze({
  name: 'defined',
  category: 'unitary' as const,
  summary: 'instance of a user-defined (OpenQASM `gate`) gate: decomposes to its body',
  decompose: (op: Op<DefinedGateParams>): Circuit => op.params.body,
  callsFromDecomposition: true,
  calls: (op: Op<DefinedGateParams>): readonly OpCount[] => callsOfCircuit(op.params.body),
  unitary: (op: Op<DefinedGateParams>) => unitaryOfCircuit(op.params.body),
  examples: () => [makeDefinedGate(EXAMPLE_DEFINITION, [0.4, -1.3])],
});

/**
 * An instance of `definition` with `angles` (radians). The body is built once here, so errors
 * in it (e.g. division by zero for these angles) surface when the instance is made.
 */
export function makeDefinedGate(definition: GateDefinition, angles: readonly number[]): Op<DefinedGateParams> {
  if (angles.length !== definition.paramNames.length) {
    throw new Error(`gate '${definition.name}' takes ${definition.paramNames.length} parameter(s), got ${angles.length}`);
  }
  const body = definition.instantiate(angles);
  if (body.numQubits !== definition.qubitNames.length) {
    throw new Error(`gate '${definition.name}': body has ${body.numQubits} qubits, definition names ${definition.qubitNames.length}`);
  }
  return makeOp(DEFINED_GATE_DEF, {
    name: definition.name, angles, params: { definition, body }, numQubits: definition.qubitNames.length, paramsKey: definition.hash,
  });
}

/** Example definition `gate ex(a,b) q0,q1 { h q0; cx q0,q1; rz(a) q1; ry(b/2) q0; }` built in code. */
const EXAMPLE_DEFINITION: GateDefinition = Object.freeze({
  name: 'ex', paramNames: ['a', 'b'], qubitNames: ['q0', 'q1'], hash: 'example-ex-1',
  instantiate: (a: readonly number[]): Circuit => CircuitBuilder.withQubits(2)
    .apply(makeStdGate('h'), [0]).apply(makeStdGate('cx'), [0, 1])
    .apply(makeStdGate('rz', [a[0]]), [1]).apply(makeStdGate('ry', [a[1] / 2]), [0]).build(),
});
