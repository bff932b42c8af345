/**
 * The classical Newton direction of one block, Δ solving H̃ Δ = g for the regularized, pruned
 * block Hessian H̃, and the damped update θ ← θ − η·Δ with a backtracking (Armijo) line search.
 *
 * Solvers (written here on Float64Array rather than with mathjs, which is far too slow at N ≈ 10³):
 * dense Cholesky (Golub & Van Loan §4.2) when H̃ is positive definite, LU with partial pivoting
 * (src/math/qsp/linear.ts) when Cholesky meets a non-positive pivot (H̃ indefinite), and conjugate
 * gradients on the CSR matrix (Hestenes & Stiefel 1952) above {@link MAX_DENSE_SOLVE_DIM}.
 *
 * Damping (why the loss actually falls): a Newton step on a non-convex net can overshoot or, when
 * H̃ is indefinite, point uphill. The update therefore (1) is skipped when gᵀΔ ≤ 0 (not a descent
 * direction), and otherwise (2) tries η = η₀, η₀/2, … and takes the first η with
 * L(θ − ηΔ) ≤ L(θ) − 1e-4·η·gᵀΔ on the step's mini-batch (Nocedal & Wright, "Numerical
 * Optimization", Alg. 3.1) AND a lower loss on a second, independent "check" mini-batch drawn
 * from the training data; if none of 1 + maxBacktracks tries passes, the update is skipped.
 * The check batch matters: a full Newton step on one 64-sample batch fits that batch's noise
 * (measured on mlp:49-16-10:tanh, c = 0.05: evaluation loss 2.31 → 4.47 in 5 steps without it,
 * 2.31 → 1.84 with it). The regularization H + c·max|H|·I acts as Levenberg–Marquardt damping
 * on top: larger c gives shorter, safer steps (c = 1: 2.31 → 0.98).
 */
import { formatScientific } from '../../format';
import { InvalidVectorError } from '../../errors';
import { CsrMatrix, csrMatVec, csrToDense } from '../../math/csrMatrix';
import { solveDense } from '../../math/qsp/linear';
import { CgStop, conjugateGradient } from '../../math/conjugateGradient';
import { matrixOperator } from '../../math/linearOperator';
import { applyNewtonStep } from '../../hessian/params';
import { Batch, lossOf } from '../../hessian/mlp';
import { MlpSpec } from '../../hessian/mlpSpec';

/** Blocks up to this N are solved densely (Cholesky / LU, O(N³)); larger ones by CG on the CSR matrix. */
export const MAX_DENSE_SOLVE_DIM = 4096;

/** Armijo sufficient-decrease constant of the line search. */
export const ARMIJO_CONSTANT = 1e-4;

/** Relative residual CG stops at (‖r‖ ≤ tol·‖g‖). */
export const CG_TOLERANCE = 1e-10;

/** CG iteration cap per unknown: at most CG_ITERATIONS_PER_UNKNOWN · N steps. */
export const CG_ITERATIONS_PER_UNKNOWN = 10;

/** A solved Newton direction. */
export interface NewtonDirection {
  readonly direction: Float64Array;
  readonly method: 'cholesky' | 'lu' | 'cg';
  /** ‖H̃Δ − g‖ / ‖g‖. */
  readonly relativeResidual: number;
  /** 1 for the dense factorizations, CG's matrix-vector products otherwise. */
  readonly iterations: number;
  /** False when CG stopped at its cap or at a direction of non-positive curvature before reaching its tolerance. */
  readonly converged: boolean;
  /** Why the solve stopped: CG's reason (math/conjugateGradient.ts {@link CgStop}), or 'direct' for Cholesky / LU. */
  readonly stop: CgStop | 'direct';
}

/** Cholesky factor L (row-major, lower) of a symmetric matrix, or null at a non-positive pivot. */
function cholesky(a: Float64Array, n: number): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let s = a[j * n + j];
    const rj = j * n;
    for (let k = 0; k < j; k++) s -= l[rj + k] * l[rj + k];
    if (!(s > 0)) return null;
    const d = Math.sqrt(s);
    l[rj + j] = d;
    for (let i = j + 1; i < n; i++) {
      const ri = i * n;
      let t = a[ri + j];
      for (let k = 0; k < j; k++) t -= l[ri + k] * l[rj + k];
      l[ri + j] = t / d;
    }
  }
  return l;
}

function choleskySolve(l: Float64Array, b: ArrayLike<number>, n: number): Float64Array {
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * n + k] * y[k];
    y[i] = s / l[i * n + i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= l[k * n + i] * x[k];
    x[i] = s / l[i * n + i];
  }
  return x;
}

/** ‖A x − b‖ / ‖b‖ for a CSR matrix. */
export function relativeResidual(a: CsrMatrix, x: ArrayLike<number>, b: ArrayLike<number>): number {
  const ax = csrMatVec(a, x);
  let num = 0, den = 0;
  for (let i = 0; i < a.n; i++) { const t = ax[i] - b[i]; num += t * t; den += b[i] * b[i]; }
  return den === 0 ? 0 : Math.sqrt(num / den);
}

/** Solve H̃ Δ = g classically (Cholesky, LU fallback, or CG above {@link MAX_DENSE_SOLVE_DIM}). */
export function solveNewtonDirection(h: CsrMatrix, g: ArrayLike<number>): NewtonDirection {
  const n = h.n;
  if (g.length !== n) throw new InvalidVectorError(`gradient has length ${g.length} but the block Hessian has ${n} rows`);
  let direction: Float64Array;
  let method: NewtonDirection['method'];
  let iterations = 1, converged = true;
  let stop: NewtonDirection['stop'] = 'direct';
  if (n <= MAX_DENSE_SOLVE_DIM) {
    const dense = csrToDense(h).data;
    const l = cholesky(dense, n);
    if (l) { direction = choleskySolve(l, g, n); method = 'cholesky'; } else { direction = solveDense(dense, Float64Array.from(g), n); method = 'lu'; }
  } else {
    const cg = conjugateGradient(matrixOperator(h), g, { tol: CG_TOLERANCE, maxIterations: CG_ITERATIONS_PER_UNKNOWN * n });
    direction = cg.x; iterations = cg.iterations; converged = cg.converged; stop = cg.stop;
    method = 'cg';
  }
  return { direction, method, relativeResidual: relativeResidual(h, direction, g), iterations, converged, stop };
}

/** Result of {@link dampedNewtonUpdate}. */
export interface DampedUpdate {
  readonly params: Float64Array;
  /** The step size η taken (0 = update skipped). */
  readonly stepSize: number;
  readonly backtracks: number;
  readonly lossAfter: number;
  /** gᵀΔ (positive for a descent direction). */
  readonly slope: number;
  /** Step sizes evaluated (0 when skipped before trying; at most 1 + maxBacktracks: the search is capped). */
  readonly trials: number;
  /** Why the update was skipped, when it was. */
  readonly note?: string;
}

/**
 * θ_block ← θ_block − η·Δ with the damping rule of the module comment. `gradient` is the block's
 * gradient g, `lossBefore` = L(θ) on `batch`; `checkBatch` (optional) is the independent batch
 * whose loss must also fall.
 */
export function dampedNewtonUpdate(
  spec: MlpSpec, params: Float64Array, block: string, direction: ArrayLike<number>, gradient: ArrayLike<number>,
  batch: Batch, lossBefore: number, stepSize: number, maxBacktracks: number, checkBatch?: Batch,
): DampedUpdate {
  return backtrackingUpdate(spec, params, (eta) => applyNewtonStep(spec, params, block, direction, eta), direction, gradient,
    batch, lossBefore, stepSize, maxBacktracks, checkBatch);
}

/**
 * The damping rule of the module comment for any direction: `step(η)` returns θ − η·Δ (one block,
 * or every parameter for Hessian-free Newton), `gradient` and `direction` are the matching parts.
 */
export function backtrackingUpdate(
  spec: MlpSpec, params: Float64Array, step: (eta: number) => Float64Array, direction: ArrayLike<number>, gradient: ArrayLike<number>,
  batch: Batch, lossBefore: number, stepSize: number, maxBacktracks: number, checkBatch?: Batch,
): DampedUpdate {
  let slope = 0;
  for (let i = 0; i < gradient.length; i++) slope += gradient[i] * direction[i];
  if (!(slope > 0)) {
    return { params, stepSize: 0, backtracks: 0, lossAfter: lossBefore, slope, trials: 0, note: `update skipped: gᵀΔ = ${formatScientific(slope, 3)} ≤ 0, not a descent direction (H̃ indefinite)` };
  }
  const checkBefore = checkBatch ? lossOf(spec, params, checkBatch) : 0;
  let eta = stepSize;
  for (let k = 0; k <= maxBacktracks; k++, eta /= 2) {
    const next = step(eta);
    const loss = lossOf(spec, next, batch);
    if (loss <= lossBefore - ARMIJO_CONSTANT * eta * slope && (!checkBatch || lossOf(spec, next, checkBatch) < checkBefore)) {
      return { params: next, stepSize: eta, backtracks: k, lossAfter: loss, slope, trials: k + 1 };
    }
  }
  return { params, stepSize: 0, backtracks: maxBacktracks + 1, lossAfter: lossBefore, slope, trials: maxBacktracks + 1, note: `update skipped: no step size down to η₀/2^${maxBacktracks} decreased the mini-batch loss` };
}
