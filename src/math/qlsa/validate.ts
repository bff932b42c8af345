/**
 * Shared argument checks for the QLSA query-count formulas (typed errors with fix-it messages).
 */
import { InvalidArgumentError, requireOpenUnitInterval } from '../../errors';

/** κ must be finite and ≥ 1 (κ = ‖A‖·‖A⁻¹‖). */
export function checkKappa(kappa: number): void {
  if (!Number.isFinite(kappa) || kappa < 1) {
    throw new InvalidArgumentError(`condition number kappa must be a finite number >= 1, got ${kappa}`, { kappa });
  }
}

/** ε must lie strictly between 0 and 1. */
export function checkEpsilon(epsilon: number): void {
  requireOpenUnitInterval(epsilon, 'target error epsilon');
}

/** Block-encoding normalisation α ≥ 1 (A/α is encoded, with ‖A‖ ≤ 1). */
export function checkAlpha(alpha: number): void {
  if (!Number.isFinite(alpha) || alpha < 1) {
    throw new InvalidArgumentError(`block-encoding normalisation alpha must be a finite number >= 1, got ${alpha}`, { alpha });
  }
}

/** A probability in (0, 1]. */
export function checkProbability(name: string, p: number): void {
  if (!(p > 0 && p <= 1)) throw new InvalidArgumentError(`${name} must lie in (0, 1], got ${p}`, { [name]: p });
}
