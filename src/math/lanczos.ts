/**
 * Lanczos iteration for the extreme eigenvalues of a large sparse symmetric operator (Golub &
 * Van Loan, "Matrix Computations", 4th ed., §10.1). Plain three-term recurrence without
 * reorthogonalisation: O(n) memory, one product per step. Loss of orthogonality only creates
 * duplicate ("ghost") copies of converged Ritz values; the extreme ones stay correct. Convergence
 * is judged by the residual bound |λ − θ| ≤ β_k·|s_k| (last eigenvector component of T_k).
 */
import { NotConvergedError } from '../errors';
import { LinearOperator } from './linearOperator';
import { makeRng } from './rng';
import { vectorNorm } from './norms';
import { tridiagonalEigenvalueByIndex, tridiagonalEigenvector } from './tridiagonal';

/** Options of {@link lanczosExtremeEigenvalues}. */
export interface LanczosOptions {
  /**
   * Iteration cap (default min(n, 3000)). An explicit cap may exceed n: in floating point the
   * plain recurrence loses orthogonality and may need more than n steps to resolve the extreme
   * Ritz values (the extra steps only add ghost copies of converged ones).
   */
  readonly maxIterations?: number;
  /** Converged when both extreme residual bounds are ≤ tol·|θ| (default 1e-8). */
  readonly tol?: number;
  /** Seed of the random start vector (default 1). */
  readonly seed?: number;
  /** Check convergence every this many steps (default 10). */
  readonly checkEvery?: number;
}

/** Extreme eigenvalue estimates of a symmetric operator. */
export interface LanczosResult {
  readonly lambdaMin: number;
  readonly lambdaMax: number;
  /** Residual bounds: some eigenvalue lies within this distance of lambdaMin / lambdaMax. */
  readonly residualMin: number;
  readonly residualMax: number;
  readonly iterations: number;
  /** True when both residual bounds met the tolerance (or an invariant subspace was found). */
  readonly converged: boolean;
}

/** The tridiagonal Lanczos matrix T_k: diagonal `alpha` (k) and off-diagonal `beta` (k−1), plus β_k. */
export interface LanczosTridiagonal {
  readonly alpha: Float64Array;
  readonly beta: Float64Array;
  /** The next off-diagonal β_k (0 when an invariant subspace was found). */
  readonly betaNext: number;
}

/**
 * Run up to `steps` Lanczos steps from the start vector `start` (need not be normalised) and
 * return T_k. `onStep(k, alpha, beta, betaNext, invariant)` may return true to stop early;
 * the iteration also stops when β_k ≤ 1e-13·‖T‖ (an invariant subspace: the Ritz values are exact).
 */
export function lanczosTridiagonal(
  op: LinearOperator,
  start: Float64Array,
  steps: number,
  onStep?: (k: number, alpha: Float64Array, beta: Float64Array, betaNext: number, invariant: boolean) => boolean,
): LanczosTridiagonal {
  const n = op.n;
  const alpha = new Float64Array(steps);
  const beta = new Float64Array(steps);
  let v = new Float64Array(n);
  let vPrev = new Float64Array(n);
  let w = new Float64Array(n);
  const nrm = vectorNorm(start);
  if (!(nrm > 0) || !Number.isFinite(nrm)) throw new NotConvergedError('Lanczos start vector is zero or non-finite');
  for (let i = 0; i < n; i++) v[i] = start[i] / nrm;
  let betaPrev = 0;
  let k = 0;
  let betaNext = 0;
  let normEst = 0;
  while (k < steps) {
    op.apply(v, w);
    let a = 0;
    for (let i = 0; i < n; i++) { w[i] -= betaPrev * vPrev[i]; a += w[i] * v[i]; }
    let a2 = 0;
    for (let i = 0; i < n; i++) { w[i] -= a * v[i]; }
    // One local re-orthogonalisation against v keeps alpha accurate at negligible cost.
    for (let i = 0; i < n; i++) a2 += w[i] * v[i];
    for (let i = 0; i < n; i++) w[i] -= a2 * v[i];
    // Scaled norm: for an operator with entries ~1e-170 a plain Σ w_i² underflows to 0.
    const b = vectorNorm(w);
    if (!Number.isFinite(b)) throw new NotConvergedError('Lanczos produced a non-finite vector; the operator has non-finite entries');
    alpha[k] = a + a2;
    betaNext = b;
    normEst = Math.max(normEst, Math.abs(alpha[k]) + b + betaPrev);
    k++;
    if (k < steps) beta[k - 1] = b;
    const invariant = b <= 1e-13 * normEst;
    const stop = onStep ? onStep(k, alpha.subarray(0, k), beta.subarray(0, k - 1), b, invariant) : false;
    if (stop || invariant) break;
    const t = vPrev; vPrev = v; v = w; w = t;
    const inv = 1 / b;
    for (let i = 0; i < n; i++) v[i] *= inv;
    betaPrev = b;
  }
  return { alpha: alpha.slice(0, k), beta: beta.slice(0, Math.max(0, k - 1)), betaNext };
}

/**
 * Smallest and largest eigenvalue of a symmetric operator by Lanczos from a seeded random start.
 * Returns `converged: false` (with the best estimates) when the iteration cap is reached.
 */
export function lanczosExtremeEigenvalues(op: LinearOperator, options: LanczosOptions = {}): LanczosResult {
  const n = op.n;
  const maxIterations = Math.max(1, options.maxIterations ?? Math.min(n, 3000));
  const tol = options.tol ?? 1e-8;
  const checkEvery = options.checkEvery ?? 10;
  const rng = makeRng(options.seed ?? 1);
  const start = new Float64Array(n);
  for (let i = 0; i < n; i++) start[i] = rng.normal();
  let result: LanczosResult | null = null;
  const evaluate = (k: number, alpha: Float64Array, beta: Float64Array, betaNext: number, invariant: boolean): LanczosResult => {
    // Extreme Ritz values by bisection and their last eigenvector components by inverse
    // iteration: O(k) per check instead of a full O(k²) tridiagonal eigen-solve.
    const lambdaMin = tridiagonalEigenvalueByIndex(alpha, beta, 0);
    const lambdaMax = tridiagonalEigenvalueByIndex(alpha, beta, k - 1);
    const residualMin = betaNext * Math.abs(tridiagonalEigenvector(alpha, beta, lambdaMin)[k - 1]);
    const residualMax = betaNext * Math.abs(tridiagonalEigenvector(alpha, beta, lambdaMax)[k - 1]);
    const converged = invariant ||
      (residualMin <= tol * Math.abs(lambdaMin) && residualMax <= tol * Math.abs(lambdaMax));
    return { lambdaMin, lambdaMax, residualMin, residualMax, iterations: k, converged };
  };
  lanczosTridiagonal(op, start, maxIterations, (k, alpha, beta, betaNext, invariant) => {
    if (k % checkEvery === 0 || k === maxIterations || invariant) {
      result = evaluate(k, alpha, beta, betaNext, invariant);
      return result.converged;
    }
    return false;
  });
  return result as unknown as LanczosResult;
}
