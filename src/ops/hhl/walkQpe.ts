/**
 * Phase estimation of the qubitized walk of a block encoding (Low & Chuang, Quantum 3, 163 (2019),
 * Lemma 8 and Thm. 2; Babbush et al., PRX 8, 041015 (2018), §II: QPE on the walk instead of on
 * e^{iAt}; GSLW 2019 Thm. 17 for the alternating U/U† form used here).
 *
 * Walk step. For a block encoding U of A/α (Π U Π = A/α, Π = |0⟩⟨0| on the ancillas) the
 * product W = R·U†·R·U with R = I − 2Π acts on each Jordan pair {|v⟩|0⟩, |v^⊥⟩} of a singular
 * value σ = cos θ (θ ∈ [0, π/2]) as the rotation by 2θ: W|v,0⟩ = cos 2θ|v,0⟩ − sin 2θ|v^⊥⟩
 * (T₂(σ) = 2σ² − 1 is its Π-block). Its eigenvalues are e^{±2iθ} with eigenvectors
 * (|v,0⟩ ± i|v^⊥⟩)/√2, so |v,0⟩ has weight ½ on each. For symmetric positive semi-definite A the
 * singular values are the eigenvalues: λ = α·cos θ. The alternating form works for any (also
 * non-Hermitian) U, and only the two reflections need a control (the uncontrolled branch is
 * U†U = I): no controlled block encoding and no synthesized e^{iAt}.
 *
 * QPE: H on each clock qubit, W^{2^j} controlled by clock qubit j (2^j walk steps), inverse QFT.
 * The clock ends peaked at k ≈ ±2θ·2^c/(2π) (two's complement). 2 block-encoding queries per step,
 * 2(2^c − 1) per QPE. Operands: data 0..n−1, ancillas n..n+a−1, flag n+a, work (a − 1 for a ≥ 2),
 * clock (c qubits, qubit j = bit j of k).
 */
import { Circuit, Op, OpCount, OpDef, OpStep, accumulateCalls, circuitOfSteps, indexRange, inverseCircuit, makeOp } from '../../ir';
import { BlockEncoding, signalAncillaCount } from '../blockEncoding/blockEncoding';
import { makeDenseDilationBlockEncoding } from '../blockEncoding/denseDilation';
import { makeStdGate } from '../gates/stdGates';
import { invertOp } from '../inverse';
import { makeQft } from './qft';
import { makeWalkReflection, walkReflectionWorkCount } from './walkReflection';

/** Parameters of a controlled walk step W = R·U†·R·U (or its adjoint). */
export interface ControlledWalkParams {
  readonly blockEncoding: BlockEncoding;
  readonly adjoint: boolean;
}

/** Operand layout of the walk register: data, block-encoding ancillas, flag, work. */
export interface WalkLayout {
  readonly data: readonly number[];
  readonly ancillas: readonly number[];
  readonly flag: number;
  readonly work: readonly number[];
  /** Qubits of the walk register (data + ancillas + flag + work). */
  readonly numQubits: number;
}

/** Walk-register layout of block encoding `be`, starting at operand `offset`. */
export function walkLayout(be: BlockEncoding, offset = 0): WalkLayout {
  const n = be.numDataQubits, a = be.numAncillas;
  const w = walkReflectionWorkCount(signalAncillaCount(be));
  return {
    data: indexRange(offset, n), ancillas: indexRange(offset + n, a), flag: offset + n + a,
    work: indexRange(offset + n + a + 1, w), numQubits: n + a + 1 + w,
  };
}

function walkSteps(op: Op<ControlledWalkParams>): OpStep[] {
  const be = op.params.blockEncoding;
  const lay = walkLayout(be, 1);
  const uOps = [...lay.data, ...lay.ancillas];
  const refl: OpStep = [makeWalkReflection(signalAncillaCount(be)), [0, ...lay.ancillas.slice(0, signalAncillaCount(be)), lay.flag, ...lay.work]];
  const u: OpStep = [be.op, uOps];
  const uDag: OpStep = [be.isHermitian ? be.op : invertOp(be.op), uOps];
  // W = R·U†·R·U: U first in time. W† = U†·R·U·R: R first.
  return op.params.adjoint ? [refl, u, refl, uDag] : [u, refl, uDag, refl];
}

/** Family of controlled walk steps (see file comment). */
export const CONTROLLED_WALK_DEF: OpDef<ControlledWalkParams> = Object.freeze({
  name: 'c_walk',
  category: 'unitary' as const,
  summary: 'controlled qubitized walk step R·U†·R·U of a block encoding (only the reflections controlled; Low & Chuang 2019)',
  decompose: (op: Op<ControlledWalkParams>): Circuit => circuitOfSteps(op.numQubits, walkSteps(op)),
  callsFromDecomposition: true,
  calls: (op: Op<ControlledWalkParams>): readonly OpCount[] => accumulateCalls(walkSteps(op).map(([o]) => ({ op: o, count: 1 }))),
  inverse: (op: Op<ControlledWalkParams>) => makeControlledWalk(op.params.blockEncoding, !op.params.adjoint),
  examples: () => [makeControlledWalk(exampleEncoding()), makeControlledWalk(exampleEncoding(), true)],
});

function exampleEncoding(): BlockEncoding {
  return makeDenseDilationBlockEncoding([0.6, 0.2, 0.2, 0.4], 2, 1);
}

/** Controlled W = R·U†·R·U (adjoint: W†); operands: control, then the walk register of `be`. */
export function makeControlledWalk(be: BlockEncoding, adjoint = false): Op<ControlledWalkParams> {
  return makeOp(CONTROLLED_WALK_DEF, {
    name: adjoint ? 'c_walk_dg' : 'c_walk', params: { blockEncoding: be, adjoint },
    numQubits: 1 + walkLayout(be).numQubits, paramsKey: `${be.op.key}|${be.isHermitian ? 'H' : 'U'}|${adjoint ? 1 : 0}`,
  });
}

/** Parameters of a walk QPE op. */
export interface WalkQpeParams {
  readonly blockEncoding: BlockEncoding;
  readonly clockBits: number;
  readonly inverse: boolean;
}

function qpeSteps(op: Op<WalkQpeParams>): OpStep[] {
  const { blockEncoding: be, clockBits } = op.params;
  const lay = walkLayout(be);
  const walkOps = indexRange(0, lay.numQubits);
  const clock = indexRange(lay.numQubits, clockBits);
  const out: OpStep[] = clock.map((q) => [makeStdGate('h'), [q]] as OpStep);
  const w = makeControlledWalk(be);
  for (let j = 0; j < clockBits; j++) {
    for (let r = 0; r < 2 ** j; r++) out.push([w, [clock[j], ...walkOps]]);
  }
  out.push([makeQft(clockBits, true), clock]);
  return out;
}

function qpeCalls(op: Op<WalkQpeParams>): readonly OpCount[] {
  const { blockEncoding: be, clockBits, inverse } = op.params;
  const h = makeStdGate('h');
  const w = makeControlledWalk(be, inverse);
  const qft = makeQft(clockBits, !inverse);
  return accumulateCalls([{ op: h, count: clockBits }, { op: w, count: 2 ** clockBits - 1 }, { op: qft, count: 1 }]);
}

/** Family of walk-QPE ops (see file comment). */
export const WALK_QPE_DEF: OpDef<WalkQpeParams> = Object.freeze({
  name: 'walk_qpe',
  category: 'unitary' as const,
  summary: 'phase estimation of the qubitized walk R·U†·R·U of a block encoding (Low & Chuang 2019; Babbush et al. 2018)',
  decompose: (op: Op<WalkQpeParams>): Circuit => {
    const c = circuitOfSteps(op.numQubits, qpeSteps(op));
    return op.params.inverse ? inverseCircuit(c, invertOp) : c;
  },
  calls: qpeCalls,
  inverse: (op: Op<WalkQpeParams>) => makeWalkQpe(op.params.blockEncoding, op.params.clockBits, !op.params.inverse),
  examples: () => [makeWalkQpe(exampleEncoding(), 2), makeWalkQpe(exampleEncoding(), 2, true)],
});

/** QPE (or QPE†) of the walk of `be` with `clockBits` clock qubits (operands: walk register, clock). */
export function makeWalkQpe(be: BlockEncoding, clockBits: number, inverse = false): Op<WalkQpeParams> {
  if (!Number.isInteger(clockBits) || clockBits < 1) throw new Error(`walk QPE needs ≥ 1 clock bit, got ${clockBits}`);
  return makeOp(WALK_QPE_DEF, {
    name: inverse ? 'walk_qpe_dg' : 'walk_qpe', params: { blockEncoding: be, clockBits, inverse },
    numQubits: walkLayout(be).numQubits + clockBits, paramsKey: `${be.op.key}|${be.isHermitian ? 'H' : 'U'}|${clockBits}|${inverse ? 1 : 0}`,
  });
}
