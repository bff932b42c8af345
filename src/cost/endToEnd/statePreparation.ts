import { InvalidArgumentError, requireOpenUnitInterval } from '../../errors';
import { LogicalCounts, tStatesPerRotation } from '../qec/logicalCounts';

/** Gate counts of preparing an N-amplitude real vector as a quantum state. */
export interface StatePreparationCost {
  readonly amplitudeCount: number;
  /** n = ⌈log₂ N⌉ qubits (the vector is zero-padded to 2ⁿ amplitudes). */
  readonly qubitCount: number;
  /** 2ⁿ − 1 uniformly-controlled-Ry angles = single-qubit Ry rotations. */
  readonly rotationCount: number;
  /** 2ⁿ − 2 CNOTs. */
  readonly cnotCount: number;
  /** T gates per synthesized rotation, ⌈0.53·log₂(R/ε_syn) + 5.3⌉ (Azure RE / arXiv:2203.10064). */
  readonly tPerRotation: number;
  /** Total T count after synthesis: rotationCount · tPerRotation. */
  readonly tCount: number;
  /** The same as logical counts for the physical estimator (rotations all sequential). */
  readonly logicalCounts: LogicalCounts;
}

/**
 * Cost of preparing Σᵢ xᵢ|i⟩/‖x‖ for a real vector of N amplitudes with the Möttönen et al.
 * construction (Quantum Inf. Comput. 5, 467 (2005), "Transformation of quantum states using uniformly
 * controlled rotations"): for real amplitudes only the Ry cascade is needed, n uniformly controlled
 * rotations with 2ᵏ angles and 2ᵏ CNOTs for k = 0..n−1, i.e. 2ⁿ − 1 rotations and 2ⁿ − 2 CNOTs
 * (≈ N of each). `synthesisEpsilon` is the total error allowed for synthesizing all rotations.
 */
export function statePreparationCost(amplitudeCount: number, synthesisEpsilon: number): StatePreparationCost {
  if (!Number.isSafeInteger(amplitudeCount) || amplitudeCount < 2) {
    throw new InvalidArgumentError(`amplitude count N must be an integer ≥ 2, got ${amplitudeCount}`, { amplitudeCount });
  }
  requireOpenUnitInterval(synthesisEpsilon, 'synthesis ε');
  const qubitCount = Math.ceil(Math.log2(amplitudeCount));
  const padded = 2 ** qubitCount;
  const rotationCount = padded - 1;
  const cnotCount = padded - 2;
  const tPerRotation = tStatesPerRotation(rotationCount, synthesisEpsilon) ?? 0;
  return {
    amplitudeCount, qubitCount, rotationCount, cnotCount, tPerRotation, tCount: rotationCount * tPerRotation,
    logicalCounts: {
      logicalQubitCount: qubitCount, tCount: 0, rotationCount, rotationDepth: rotationCount,
      cczCount: 0, ccixCount: 0, measurementCount: 0,
    },
  };
}

/**
 * Logical counts of running `a` then `b` on the same register: gate counts and rotation depths add,
 * the qubit count is the larger of the two.
 */
export function sequenceLogicalCounts(a: LogicalCounts, b: LogicalCounts): LogicalCounts {
  return {
    logicalQubitCount: Math.max(a.logicalQubitCount, b.logicalQubitCount),
    tCount: a.tCount + b.tCount,
    rotationCount: a.rotationCount + b.rotationCount,
    rotationDepth: a.rotationDepth + b.rotationDepth,
    cczCount: a.cczCount + b.cczCount,
    ccixCount: a.ccixCount + b.ccixCount,
    measurementCount: a.measurementCount + b.measurementCount,
  };
}
