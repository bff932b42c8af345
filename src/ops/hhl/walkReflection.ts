/**
 * Controlled reflection about the block-encoding ancillas' zero state, C(I − 2Π) with
 * Π = |0…0⟩⟨0…0| on a ancillas: the signal-processing reflection of the qubitized walk operator
 * (Low & Chuang, Quantum 3, 163 (2019), "Hamiltonian simulation by qubitization", Lemma 8;
 * GSLW 2019 Def. 15 with φ = π/2 up to phase). It is controlled so that a QPE clock qubit can
 * switch the walk on and off (see walkQpe.ts).
 *
 * Circuit: the flag is turned into |−⟩ (X, H), the ancillas are X-conjugated, one clean-ancilla
 * C^{a+1}X (ops/arith/mcxClean.ts; 2(a+1) − 3 Toffolis on a − 1 work qubits) from control and
 * ancillas onto the flag kicks back −1 exactly when control = 1 and every ancilla is 0, then the
 * flag returns to |0⟩ (H, X). Operands: control 0, ancillas 1..a, flag a+1, then the work qubits
 * (|0⟩ in and out).
 */
import { Circuit, Op, OpCount, OpDef, OpStep, callsOfSteps, circuitOfSteps, indexRange, makeOp } from '../../ir';
import { makeMcxClean, mcxCleanAncillaCount } from '../arith/mcxClean';
import { makeStdGate } from '../gates/stdGates';

/** Parameters of a controlled walk reflection: the number of block-encoding ancillas. */
export interface WalkReflectionParams {
  readonly numAncillas: number;
}

/** Work qubits of the controlled reflection on `numAncillas` ancillas. */
export function walkReflectionWorkCount(numAncillas: number): number {
  return mcxCleanAncillaCount(numAncillas + 1);
}

function steps(op: Op<WalkReflectionParams>): OpStep[] {
  const a = op.params.numAncillas;
  const anc = indexRange(1, a);
  const flag = a + 1;
  const work = indexRange(a + 2, walkReflectionWorkCount(a));
  const x = makeStdGate('x'), h = makeStdGate('h');
  const flipAnc = anc.map((q) => [x, [q]] as OpStep);
  return [
    [x, [flag]], [h, [flag]], ...flipAnc,
    [makeMcxClean(a + 1), [0, ...anc, flag, ...work]],
    ...flipAnc, [h, [flag]], [x, [flag]],
  ];
}

/** Family of controlled reflections C(I − 2Π) (see file comment). */
export const WALK_REFLECTION_DEF: OpDef<WalkReflectionParams> = Object.freeze({
  name: 'walk_reflection',
  category: 'unitary' as const,
  summary: 'controlled reflection I − 2|0⟩⟨0| on block-encoding ancillas, by phase kickback of a clean C^{a+1}X (Low & Chuang 2019)',
  decompose: (op: Op<WalkReflectionParams>): Circuit => circuitOfSteps(op.numQubits, steps(op)),
  callsFromDecomposition: true,
  calls: (op: Op<WalkReflectionParams>): readonly OpCount[] => callsOfSteps(steps(op)),
  inverse: (op: Op<WalkReflectionParams>) => op,
  examples: () => [makeWalkReflection(1), makeWalkReflection(2), makeWalkReflection(3)],
});

/** C(I − 2Π) on `numAncillas` ancillas (operands: control, ancillas, flag, work). */
export function makeWalkReflection(numAncillas: number): Op<WalkReflectionParams> {
  if (!Number.isInteger(numAncillas) || numAncillas < 1) throw new Error(`walk reflection needs ≥ 1 ancilla, got ${numAncillas}`);
  return makeOp(WALK_REFLECTION_DEF, {
    name: 'walk_reflection', params: { numAncillas },
    numQubits: numAncillas + 2 + walkReflectionWorkCount(numAncillas), paramsKey: String(numAncillas),
  });
}
