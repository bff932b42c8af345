/**
 * HHL with the Hamiltonian simulation replaced by qubitization: phase estimation of the walk
 * W = R·U†·R·U of a block encoding U of A/α (walkQpe.ts), the reciprocal rotation C/λ on one
 * ancilla with λ read from the walk phase, and the inverse phase estimation (Harrow, Hassidim,
 * Lloyd, PRL 103, 150502 (2009) with e^{iAt} → W as in Low & Chuang, Quantum 3, 163 (2019) and
 * Babbush et al., PRX 8, 041015 (2018)). No dense e^{iAt} is synthesized: the op is built from
 * block-encoding queries, 4(2^c − 1) of them for c clock bits, so it compiles and is counted for
 * every block encoding (also shape-only sparse encodings at large N).
 *
 * Eigenvalue map. The walk eigenphases of λ = α·cos θ are ±2θ; clock value k (two's complement
 * k̃ ∈ [−2^{c−1}, 2^{c−1})) stands for 2θ = 2π·k̃/2^c, i.e. λ_k = α·cos(π·|k̃|/2^c) — even in k̃,
 * so both eigenvector branches get the same rotation and the inverse QPE recombines them into
 * |v⟩|0⟩. Valid for symmetric positive semi-definite A (σ = λ); λ_k ≤ 0 gets no rotation.
 * Operands: walk register (data, ancillas, flag, work), clock, then the HHL ancilla.
 */
import { InvalidArgumentError } from '../../errors';
import { Circuit, Op, OpCount, OpDef, OpStep, callsOfSteps, circuitOfSteps, indexRange, makeOp } from '../../ir';
import type { BlockEncoding } from '../blockEncoding/blockEncoding';
import { makeDenseDilationBlockEncoding } from '../blockEncoding/denseDilation';
import { invertOp } from '../inverse';
import { makeUcry } from '../stateprep/ucry';
import { WalkLayout, makeWalkQpe, walkLayout } from './walkQpe';

/** Parameters of a qubitized HHL core. */
export interface QubitizedHhlParams {
  readonly blockEncoding: BlockEncoding;
  readonly clockBits: number;
  /** Rotation constant C (units of A): amplitude C/λ on the ancilla. */
  readonly constantC: number;
}

/** Operand layout of a qubitized HHL core. */
export interface QubitizedHhlLayout extends WalkLayout {
  readonly clock: readonly number[];
  readonly hhlAncilla: number;
  /** All qubits of the op. */
  readonly totalQubits: number;
}

/** Layout of the qubitized HHL core for block encoding `be` and `clockBits` clock qubits. */
export function qubitizedHhlLayout(be: BlockEncoding, clockBits: number): QubitizedHhlLayout {
  const w = walkLayout(be);
  return { ...w, clock: indexRange(w.numQubits, clockBits), hhlAncilla: w.numQubits + clockBits, totalQubits: w.numQubits + clockBits + 1 };
}

/** Eigenvalue λ_k = α·cos(π|k̃|/2^c) that clock value k stands for (see file comment). */
export function walkClockEigenvalue(k: number, clockBits: number, alpha: number): number {
  const m = 2 ** clockBits;
  const signed = k < m / 2 ? k : k - m;
  return alpha * Math.cos((Math.PI * Math.abs(signed)) / m);
}

/** Rotation angles 2·arcsin(min(1, C/λ_k)) per clock value (0 where λ_k ≤ 0 up to rounding). */
export function walkReciprocalAngles(clockBits: number, alpha: number, constantC: number): Float64Array {
  if (!(constantC > 0) || !Number.isFinite(constantC)) throw new InvalidArgumentError(`HHL constant C must be > 0, got ${constantC}`);
  const m = 2 ** clockBits;
  const out = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const lambda = walkClockEigenvalue(k, clockBits, alpha);
    if (lambda <= 1e-12 * alpha) continue;
    out[k] = 2 * Math.asin(Math.min(1, constantC / lambda));
  }
  return out;
}

function steps(op: Op<QubitizedHhlParams>): OpStep[] {
  const { blockEncoding: be, clockBits, constantC } = op.params;
  const lay = qubitizedHhlLayout(be, clockBits);
  const walkAndClock = indexRange(0, lay.numQubits + clockBits);
  const qpe = makeWalkQpe(be, clockBits);
  return [
    [qpe, walkAndClock],
    [makeUcry(walkReciprocalAngles(clockBits, be.alpha, constantC)), [...lay.clock, lay.hhlAncilla]],
    [invertOp(qpe), walkAndClock],
  ];
}

/** Family of qubitized HHL cores (see file comment). */
export const QUBITIZED_HHL_DEF: OpDef<QubitizedHhlParams> = Object.freeze({
  name: 'hhl_walk',
  category: 'unitary' as const,
  summary: 'HHL by qubitization: QPE of the walk R·U†·R·U of a block encoding, reciprocal rotation, inverse QPE',
  decompose: (op: Op<QubitizedHhlParams>): Circuit => circuitOfSteps(op.numQubits, steps(op)),
  callsFromDecomposition: true,
  calls: (op: Op<QubitizedHhlParams>): readonly OpCount[] => callsOfSteps(steps(op)),
  examples: () => [makeQubitizedHhlOp(makeDenseDilationBlockEncoding([0.6, 0.2, 0.2, 0.4], 2, 1), 3, 0.3)],
});

/** The qubitized HHL core on block encoding `be` (of a PSD matrix) with `clockBits` and constant C. */
export function makeQubitizedHhlOp(be: BlockEncoding, clockBits: number, constantC: number): Op<QubitizedHhlParams> {
  if (!Number.isInteger(clockBits) || clockBits < 2) throw new InvalidArgumentError(`HHL needs at least 2 clock bits, got ${clockBits}`);
  const lay = qubitizedHhlLayout(be, clockBits);
  return makeOp(QUBITIZED_HHL_DEF, {
    name: 'hhl_walk', angles: [constantC], params: { blockEncoding: be, clockBits, constantC },
    numQubits: lay.totalQubits, paramsKey: `${be.op.key}|${be.isHermitian ? 'H' : 'U'}|${clockBits}`,
  });
}
