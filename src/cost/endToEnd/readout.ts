import { InvalidArgumentError, requireOpenUnitInterval } from '../../errors';

/** Cost of reading a whole N-amplitude solution vector out of a quantum state by sampling. */
export interface ReadoutCost {
  readonly amplitudeCount: number;
  readonly epsilon: number;
  /** Repetitions of the full circuit: ⌈N / ε²⌉. */
  readonly shotCount: number;
  readonly perShotRuntimeNs: number;
  /** shotCount × perShotRuntimeNs. */
  readonly totalRuntimeNs: number;
}

/**
 * Vector tomography to ℓ₂ error ε needs on the order of N/ε² repetitions of the circuit that prepares
 * the state (Kerenidis & Prakash, arXiv:1808.09266, Thm 4.3 gives O(N log N / ε²); we drop the log
 * factor). Total readout time = ⌈N/ε²⌉ × per-shot runtime.
 */
export function tomographyReadoutCost(amplitudeCount: number, epsilon: number, perShotRuntimeNs: number): ReadoutCost {
  if (!Number.isSafeInteger(amplitudeCount) || amplitudeCount < 1) {
    throw new InvalidArgumentError(`amplitude count N must be an integer ≥ 1, got ${amplitudeCount}`, { amplitudeCount });
  }
  requireOpenUnitInterval(epsilon, 'readout ε');
  if (!(Number.isFinite(perShotRuntimeNs) && perShotRuntimeNs > 0)) {
    throw new InvalidArgumentError(`per-shot runtime must be a finite time in ns > 0, got ${perShotRuntimeNs}`, { perShotRuntimeNs });
  }
  const shotCount = Math.ceil(amplitudeCount / (epsilon * epsilon));
  return { amplitudeCount, epsilon, shotCount, perShotRuntimeNs, totalRuntimeNs: shotCount * perShotRuntimeNs };
}
