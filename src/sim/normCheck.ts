import { SimulationNormError } from '../errors';
import { StateVector, normSquared } from './state';

/**
 * Largest accepted relative drift of ‖ψ‖² over one run. Unitary kernels keep the norm to about
 * 1e-15 per gate, so 1e-6 is reached only by a non-unitary or non-finite gate, never by rounding
 * of any circuit the simulator can hold (2^30 amplitudes, 10^8 gates).
 */
export const NORM_RELATIVE_TOLERANCE = 1e-6;

/**
 * Throw {@link SimulationNormError} unless `normSquaredValue` (‖ψ‖² after a run) is finite and
 * within {@link NORM_RELATIVE_TOLERANCE} of `expectedNormSquared` (its value at the start) or
 * of 1 (a measurement renormalizes the state to unit norm).
 */
export function checkNormSquared(normSquaredValue: number, expectedNormSquared: number, what = 'simulated state'): void {
  if (!Number.isFinite(normSquaredValue)) {
    throw new SimulationNormError(
      `the ${what} has non-finite amplitudes (‖ψ‖² = ${normSquaredValue}); a gate has a NaN or infinite parameter, so no result is returned`,
      { normSquared: normSquaredValue, expectedNormSquared });
  }
  const near = (target: number): boolean => Math.abs(normSquaredValue - target) <= NORM_RELATIVE_TOLERANCE * target;
  if (!near(expectedNormSquared) && !near(1)) {
    throw new SimulationNormError(
      `the ${what} lost its norm: ‖ψ‖² = ${normSquaredValue} after the run, ${expectedNormSquared} at the start ` +
      `(tolerance ${NORM_RELATIVE_TOLERANCE} relative); a gate is not unitary`,
      { normSquared: normSquaredValue, expectedNormSquared });
  }
}

/** {@link checkNormSquared} of a state vector. */
export function assertNormPreserved(state: StateVector, expectedNormSquared: number, what?: string): void {
  checkNormSquared(normSquared(state), expectedNormSquared, what);
}
