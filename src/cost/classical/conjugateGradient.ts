import { InvalidArgumentError, requireOpenUnitInterval } from '../../errors';
import { ClassicalSolveCost, checkDimension, checkFlopRate } from './denseSolvers';

/**
 * Iterations of conjugate gradient to reduce the A-norm error by a factor ε on an SPD system with
 * condition number κ: ⌈√κ · ln(2/ε) / 2⌉, from the bound ‖e_k‖_A ≤ 2((√κ−1)/(√κ+1))^k ‖e_0‖_A
 * (Shewchuk, "An Introduction to the Conjugate Gradient Method Without the Agonizing Pain", §9.2).
 */
export function conjugateGradientIterations(conditionNumber: number, epsilon: number): number {
  if (!(Number.isFinite(conditionNumber) && conditionNumber >= 1)) {
    throw new InvalidArgumentError(`condition number κ must be a finite number ≥ 1, got ${conditionNumber}`, { conditionNumber });
  }
  requireOpenUnitInterval(epsilon, 'ε');
  return Math.max(1, Math.ceil((Math.sqrt(conditionNumber) * Math.log(2 / epsilon)) / 2));
}

/**
 * Conjugate gradient on a sparse SPD n×n matrix with `nonZeroCount` stored entries: each iteration
 * costs one sparse mat-vec (2·nnz flops) plus two dot products and three axpys (≈ 10·n flops).
 */
export function conjugateGradientCost(n: number, nonZeroCount: number, conditionNumber: number, epsilon: number,
  flopRatePerSecond: number): ClassicalSolveCost {
  checkDimension(n);
  checkFlopRate(flopRatePerSecond);
  if (!(Number.isInteger(nonZeroCount) && nonZeroCount >= 1 && nonZeroCount <= n * n)) {
    throw new InvalidArgumentError(`nonZeroCount must be an integer in [1, n²], got ${nonZeroCount}`, { nonZeroCount, n });
  }
  const iterationCount = conjugateGradientIterations(conditionNumber, epsilon);
  const factorFlops = iterationCount * (2 * nonZeroCount + 10 * n);
  return { method: 'conjugateGradient', factorFlops, solveFlops: 0, totalFlops: factorFlops, iterationCount,
    timeSeconds: factorFlops / flopRatePerSecond };
}
