/**
 * The HHL core (Harrow, Hassidim, Lloyd, PRL 103, 150502 (2009)) for a small exact symmetric A:
 * phase estimation of e^{iAt} into a clock register, the reciprocal rotation C/λ on one ancilla,
 * and inverse phase estimation (uncomputation of the clock). With the data register holding |b⟩
 * and the clock and ancilla |0⟩, post-selecting ancilla = 1 and clock = 0 leaves
 * Σ_i β_i·(C·E_k[1/λ_k | λ_i]) |v_i⟩ ∝ A⁻¹|b⟩ when the eigenvalues are resolved by the clock.
 * State preparation of b is not part of this op (see src/synth/hhlSolver.ts).
 * Operands: data 0..n−1, clock n..n+c−1, ancilla n+c.
 */
import { Circuit, Op, OpCount, OpDef, OpStep, callsOfSteps, circuitOfSteps, hashNumbers, indexRange, makeOp } from '../../ir';
import { invertOp } from '../inverse';
import { makeQpe } from './qpe';
import { makeReciprocalRotation } from './reciprocalRotation';

/** Parameters of the HHL core. */
export interface HhlParams {
  readonly dim: number;
  readonly matrix: Float64Array;
  /** Base evolution time t (radians per unit of A). */
  readonly timeRad: number;
  readonly clockBits: number;
  /** Rotation constant C (same units as A): amplitude C/λ on the ancilla. */
  readonly constantC: number;
}

/** Operand layout of an HHL core op. */
export interface HhlLayout {
  readonly data: readonly number[];
  readonly clock: readonly number[];
  readonly ancilla: number;
  readonly numQubits: number;
}

/** Layout for a dim×dim system with `clockBits` clock qubits. */
export function hhlLayout(dim: number, clockBits: number): HhlLayout {
  const n = Math.round(Math.log2(dim));
  return {
    data: indexRange(0, n),
    clock: indexRange(n, clockBits),
    ancilla: n + clockBits,
    numQubits: n + clockBits + 1,
  };
}


function steps(op: Op<HhlParams>): OpStep[] {
  const { dim, matrix, timeRad, clockBits, constantC } = op.params;
  const lay = hhlLayout(dim, clockBits);
  const qpe = makeQpe(matrix, dim, timeRad, clockBits);
  return [
    [qpe, [...lay.data, ...lay.clock]],
    [makeReciprocalRotation(clockBits, timeRad, constantC), [...lay.clock, lay.ancilla]],
    [invertOp(qpe), [...lay.data, ...lay.clock]],
  ];
}

/** Family of HHL cores (see file comment). */
export const HHL_DEF: OpDef<HhlParams> = Object.freeze({
  name: 'hhl',
  category: 'unitary' as const,
  summary: 'HHL: QPE of e^{iAt}, reciprocal rotation C/λ, inverse QPE (Harrow, Hassidim, Lloyd 2009)',
  decompose: (op: Op<HhlParams>): Circuit => circuitOfSteps(op.numQubits, steps(op)),
  callsFromDecomposition: true,
  calls: (op: Op<HhlParams>): readonly OpCount[] => callsOfSteps(steps(op)),
  examples: () => [makeHhlOp(Float64Array.of(1, 0.5, 0.5, 1), 2, Math.PI / 2, 2, 0.5)],
});

/** The HHL core for symmetric A (row-major dim×dim), time t, clock size and rotation constant C. */
export function makeHhlOp(matrix: ArrayLike<number>, dim: number, timeRad: number, clockBits: number, constantC: number): Op<HhlParams> {
  const m = Float64Array.from(matrix);
  const lay = hhlLayout(dim, clockBits);
  return makeOp(HHL_DEF, {
    name: 'hhl', angles: [timeRad, constantC], params: { dim, matrix: m, timeRad, clockBits, constantC },
    numQubits: lay.numQubits, paramsKey: `${dim},${clockBits},${hashNumbers(m)}`,
  });
}
