import type { Circuit } from '../ir';

/**
 * Properties a circuit can have, which passes require and establish (tket's pass contracts;
 * Qiskit's PropertySet, but as a closed union so a typo is a compile error).
 * - stdGatesOnly: every unitary op is a standard gate (no composites), see ops/gates/stdGates.ts;
 * - namBasis: unitary gates ⊆ {h, x, cx, rz, ccz} (Nam et al. 2018 basis; ccz kept whole);
 * - noCcz: no ccz/ccx left;
 * - ibmBasis / ionBasis / cliffordTBasis: unitary gates ⊆ the target's gate set (lowering/gateSets.ts);
 * - routed: every two-qubit gate acts on a coupled pair of the device.
 */
export const CIRCUIT_PROPERTIES = ['stdGatesOnly', 'namBasis', 'noCcz', 'ibmBasis', 'ionBasis', 'cliffordTBasis', 'routed'] as const;

/** One of {@link CIRCUIT_PROPERTIES}. */
export type CircuitProperty = typeof CIRCUIT_PROPERTIES[number];

/** Result of one pass run: the new circuit and whether anything changed. */
export interface PassResult {
  readonly circuit: Circuit;
  readonly changed: boolean;
}

/**
 * A pure circuit transformation with a declared contract: it may run only on circuits having
 * `requires`; afterwards the circuit has `ensures`, and keeps those properties it had that are
 * listed in `preserves` (others are dropped). Pipelines are checked against these declarations
 * before running ({@link checkPassSequence}).
 */
export interface Pass {
  readonly name: string;
  readonly requires: readonly CircuitProperty[];
  readonly ensures: readonly CircuitProperty[];
  readonly preserves: readonly CircuitProperty[] | 'all';
  run(circuit: Circuit): PassResult;
}

/** Make a pass record (frozen). */
export function makePass(p: Pass): Pass {
  return Object.freeze({ ...p });
}
