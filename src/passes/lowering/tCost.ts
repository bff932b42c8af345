import { InvalidArgumentError } from '../../errors';

/**
 * Estimated T-count to approximate one z-rotation to operator-norm error `epsilon` with
 * Ross–Selinger gridsynth (Ross & Selinger 2016, "Optimal ancilla-free Clifford+T approximation of
 * z-rotations", QIC 16: T-count 3·log2(1/ε) + O(log log(1/ε))). We use the leading term, rounded
 * up, plus 2 — a leading-order estimate, not the output of a synthesizer.
 */
export function rotationTCount(epsilon: number): number {
  if (!(epsilon > 0 && epsilon < 1)) throw new InvalidArgumentError(`epsilon must be in (0, 1), got ${epsilon}`);
  return Math.ceil(3 * Math.log2(1 / epsilon)) + 2;
}

/** What Clifford+T lowering left for approximate synthesis. */
export interface SynthesisReport {
  /** Rz gates whose angle is not a multiple of π/4. */
  readonly rotationCount: number;
  /** Total error budget shared equally by the rotations. */
  readonly epsilonTotal: number;
  readonly epsilonPerRotation: number;
  readonly tCountPerRotation: number;
  /** Estimated T gates of the synthesized rotations only (the exact T gates are {@link exactTCount}). */
  readonly synthesisTCount: number;
  readonly exactTCount: number;
}

/** Build a {@link SynthesisReport} for `rotationCount` rotations sharing `epsilonTotal` (union bound). */
export function synthesisReport(rotationCount: number, exactTCount: number, epsilonTotal: number): SynthesisReport {
  if (!(epsilonTotal > 0 && epsilonTotal < 1)) throw new InvalidArgumentError(`epsilon must be in (0, 1), got ${epsilonTotal}`);
  const per = rotationCount ? epsilonTotal / rotationCount : epsilonTotal;
  const each = rotationCount ? rotationTCount(per) : 0;
  return { rotationCount, epsilonTotal, epsilonPerRotation: per, tCountPerRotation: each, synthesisTCount: each * rotationCount, exactTCount };
}
