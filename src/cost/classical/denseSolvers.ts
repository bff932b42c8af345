import { InvalidArgumentError } from '../../errors';

/** Cost of a classical linear solve: floating-point operations and wall time at a given FLOP rate. */
export interface ClassicalSolveCost {
  readonly method: 'cholesky' | 'lu' | 'conjugateGradient';
  /** Flops of the factorization (dense) or of all iterations (CG). */
  readonly factorFlops: number;
  /** Flops of the triangular solves (dense: 2n² for one right-hand side; CG: 0). */
  readonly solveFlops: number;
  readonly totalFlops: number;
  /** Iterations (CG only; 1 for dense methods). */
  readonly iterationCount: number;
  /** totalFlops / flopRatePerSecond. */
  readonly timeSeconds: number;
}

/** Throw unless n is an integer ≥ 1. */
export function checkDimension(n: number, what = 'matrix dimension n'): void {
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${what} must be an integer ≥ 1, got ${n}`, { n });
}

/** Throw unless the FLOP rate is a finite number > 0. */
export function checkFlopRate(flopRatePerSecond: number): void {
  if (!(Number.isFinite(flopRatePerSecond) && flopRatePerSecond > 0)) {
    throw new InvalidArgumentError(`flop rate must be a finite number > 0 (flops per second), got ${flopRatePerSecond}`,
      { flopRatePerSecond });
  }
}

/**
 * Dense Cholesky solve of an n×n SPD system: n³/3 flops to factor, plus 2n² flops for the forward
 * and back substitutions (Golub & Van Loan, Matrix Computations, 4th ed., §4.2).
 */
export function choleskySolveCost(n: number, flopRatePerSecond: number): ClassicalSolveCost {
  checkDimension(n);
  checkFlopRate(flopRatePerSecond);
  const factorFlops = (n * n * n) / 3;
  const solveFlops = 2 * n * n;
  const totalFlops = factorFlops + solveFlops;
  return { method: 'cholesky', factorFlops, solveFlops, totalFlops, iterationCount: 1, timeSeconds: totalFlops / flopRatePerSecond };
}

/**
 * Dense LU (partial pivoting) solve of an n×n system: 2n³/3 flops to factor, plus 2n² flops for the
 * two triangular solves (Golub & Van Loan, §3.2). This is the classical baseline of Q-Newton
 * (arXiv:2405.00252, which compares against LU).
 */
export function luSolveCost(n: number, flopRatePerSecond: number): ClassicalSolveCost {
  checkDimension(n);
  checkFlopRate(flopRatePerSecond);
  const factorFlops = (2 * n * n * n) / 3;
  const solveFlops = 2 * n * n;
  const totalFlops = factorFlops + solveFlops;
  return { method: 'lu', factorFlops, solveFlops, totalFlops, iterationCount: 1, timeSeconds: totalFlops / flopRatePerSecond };
}
