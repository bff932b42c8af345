/**
 * Quantum phase estimation of U = e^{iAt} for a small exact symmetric A (Kitaev 1995; Cleve,
 * Ekert, Macchiavello, Mosca 1998; Nielsen & Chuang §5.2): H on each clock qubit, controlled
 * U^{2^j} from clock qubit j (an exact e^{iA·t·2^j}, see hamiltonianSimulation.ts), inverse QFT on
 * the clock. An eigenvector with eigenvalue λ ends with the clock peaked at
 * k ≈ λ·t·2^c/(2π) mod 2^c (two's complement for λ < 0); exactly k when λt2^c/(2π) is an integer.
 * Operands: data 0..n−1, clock n..n+c−1 (clock qubit j = bit j of k).
 */
import { Circuit, Op, OpCount, OpDef, OpStep, callsOfCircuit, circuitOfSteps, hashNumbers, indexRange, inverseCircuit, makeOp } from '../../ir';
import { invertOp } from '../inverse';
import { makeStdGate } from '../gates/stdGates';
import { makeHamiltonianSimulation } from './hamiltonianSimulation';
import { makeQft } from './qft';

/** Parameters of a QPE op: A (row-major dim×dim), the base time t (radians per unit of A), clock size. */
export interface QpeParams {
  readonly dim: number;
  readonly matrix: Float64Array;
  readonly timeRad: number;
  readonly clockBits: number;
  /** True for the inverse (uncomputation) QPE†. */
  readonly inverse: boolean;
}


function steps(op: Op<QpeParams>): OpStep[] {
  const { dim, matrix, timeRad, clockBits } = op.params;
  const n = Math.round(Math.log2(dim));
  const data = indexRange(0, n);
  const clock = indexRange(n, clockBits);
  const out: OpStep[] = clock.map((q) => [makeStdGate('h'), [q]] as OpStep);
  for (let j = 0; j < clockBits; j++) {
    out.push([makeHamiltonianSimulation(matrix, dim, timeRad * 2 ** j, 1), [clock[j], ...data]]);
  }
  out.push([makeQft(clockBits, true), clock]);
  return out;
}

function decompose(op: Op<QpeParams>): Circuit {
  const c = circuitOfSteps(op.numQubits, steps(op));
  return op.params.inverse ? inverseCircuit(c, invertOp) : c;
}

/** Family of exact-QPE ops on e^{iAt} (see file comment). */
export const QPE_DEF: OpDef<QpeParams> = Object.freeze({
  name: 'qpe',
  category: 'unitary' as const,
  summary: 'quantum phase estimation of e^{iAt}: H^{⊗c}, controlled e^{iAt2^j}, inverse QFT',
  decompose,
  callsFromDecomposition: true,
  calls: (op: Op<QpeParams>): readonly OpCount[] => callsOfCircuit(decompose(op)),
  inverse: (op: Op<QpeParams>) => makeQpe(op.params.matrix, op.params.dim, op.params.timeRad, op.params.clockBits, !op.params.inverse),
  examples: () => [makeQpe(Float64Array.of(1, 0.5, 0.5, -0.3), 2, 0.9, 2), makeQpe(Float64Array.of(1, 0.5, 0.5, -0.3), 2, 0.9, 2, true)],
});

/** QPE (or with `inverse`, QPE†) of e^{iA·timeRad} with `clockBits` clock qubits; A row-major dim×dim symmetric (dim = 2^n ≥ 2). */
export function makeQpe(matrix: ArrayLike<number>, dim: number, timeRad: number, clockBits: number, inverse = false): Op<QpeParams> {
  if (!Number.isInteger(clockBits) || clockBits < 1) throw new Error(`QPE needs ≥ 1 clock bit, got ${clockBits}`);
  const m = Float64Array.from(matrix);
  const n = Math.round(Math.log2(dim));
  return makeOp(QPE_DEF, {
    name: inverse ? 'qpe_dg' : 'qpe', angles: [timeRad], params: { dim, matrix: m, timeRad, clockBits, inverse },
    numQubits: n + clockBits, paramsKey: `${dim},${clockBits},${inverse ? 'inv' : 'fwd'},${hashNumbers(m)}`,
  });
}
