import { InvalidArgumentError } from '../../errors';

/**
 * Leading-order T-count to approximate one z-rotation to operator-norm error `epsilon` with
 * Ross–Selinger gridsynth (Ross & Selinger 2016, "Optimal ancilla-free Clifford+T approximation of
 * z-rotations", QIC 16: T-count 3·log2(1/ε) + O(log log(1/ε))): the leading term, rounded up,
 * plus 2. An estimate for reports that do not synthesize; `lowerTo(…, 'clifford+t')` measures
 * the real count (see {@link SynthesisReport}).
 */
export function rotationTCount(epsilon: number): number {
  if (!(epsilon > 0 && epsilon < 1)) throw new InvalidArgumentError(`epsilon must be in (0, 1), got ${epsilon}`);
  return Math.ceil(3 * Math.log2(1 / epsilon)) + 2;
}

/** What Clifford+T lowering synthesized (measured) next to the leading-order estimate. */
export interface SynthesisReport {
  /** Rz gates whose angle is not a multiple of π/4 (each synthesized by gridsynth). */
  readonly rotationCount: number;
  /** Distinct angles among them (each synthesized once). */
  readonly distinctAngleCount: number;
  /** Total error budget shared equally by the rotations (union bound). */
  readonly epsilonTotal: number;
  readonly epsilonPerRotation: number;
  /** Leading-order estimate {@link rotationTCount}(epsilonPerRotation), for comparison. */
  readonly estimatedTCountPerRotation: number;
  /** Measured T gates per synthesized rotation: mean and max (0 when there are none). */
  readonly tCountPerRotationMean: number;
  readonly tCountPerRotationMax: number;
  /** Measured T gates of all synthesized rotations. */
  readonly synthesizedTCount: number;
  /** Largest operator-norm distance ‖U − Rz(θ)‖ of a synthesized rotation (0 when there are none). */
  readonly maxDistance: number;
  /** T gates from Rz angles that are odd multiples of π/4. */
  readonly exactTCount: number;
}

/** Per-rotation ε of a total budget shared by `rotationCount` rotations (union bound). */
export function epsilonPerRotation(rotationCount: number, epsilonTotal: number): number {
  if (!(epsilonTotal > 0 && epsilonTotal < 1)) throw new InvalidArgumentError(`epsilon must be in (0, 1), got ${epsilonTotal}`);
  return rotationCount ? epsilonTotal / rotationCount : epsilonTotal;
}

/** Build a {@link SynthesisReport} from the measured T-count and distance of each rotation. */
export function synthesisReport(
  measured: readonly { readonly tCount: number; readonly distance: number }[], distinctAngleCount: number,
  exactTCount: number, epsilonTotal: number,
): SynthesisReport {
  const per = epsilonPerRotation(measured.length, epsilonTotal);
  const total = measured.reduce((s, m) => s + m.tCount, 0);
  return {
    rotationCount: measured.length, distinctAngleCount, epsilonTotal, epsilonPerRotation: per,
    estimatedTCountPerRotation: rotationTCount(per),
    tCountPerRotationMean: measured.length ? total / measured.length : 0,
    tCountPerRotationMax: measured.reduce((s, m) => Math.max(s, m.tCount), 0),
    synthesizedTCount: total,
    maxDistance: measured.reduce((s, m) => Math.max(s, m.distance), 0),
    exactTCount,
  };
}
