/**
 * Conjugate gradients on a symmetric linear operator (Hestenes & Stiefel 1952; Golub & Van Loan,
 * "Matrix Computations", 4th ed., §11.3), with an iteration cap and a report of why it stopped.
 * Used matrix-free on Hessian-vector products for the Hessian-free Newton step (J. Martens,
 * "Deep learning via Hessian-free optimization", ICML 2010, §4): only x ↦ A·x is needed, memory O(n).
 */
import { InvalidVectorError } from '../errors';
import { LinearOperator } from './linearOperator';

/** Why {@link conjugateGradient} stopped. */
export type CgStop = 'converged' | 'iteration-cap' | 'negative-curvature';

/** Options of {@link conjugateGradient}. */
export interface CgOptions {
  /** Stop when ‖b − A·x‖ ≤ tol·‖b‖ (default 1e-8). */
  readonly tol?: number;
  /** Iteration cap = operator applications (default min(n, 500)). */
  readonly maxIterations?: number;
}

/** Result of {@link conjugateGradient}. */
export interface CgResult {
  /** The last iterate (the exact solution when stop = 'converged', to tol). */
  readonly x: Float64Array;
  /** Operator applications used. */
  readonly iterations: number;
  /** ‖b − A·x‖ / ‖b‖ of the returned x, from the recursively updated residual (0 for b = 0). */
  readonly relativeResidual: number;
  readonly converged: boolean;
  /**
   * 'converged'; 'iteration-cap'; or 'negative-curvature': a search direction p with pᵀAp ≤ 0 was met
   * (A not positive definite along p), so CG stopped with the iterate before it (Martens 2010 §4
   * truncates the same way; the iterate is still a descent direction when x ≠ 0).
   */
  readonly stop: CgStop;
}

/** Solve A·x = b by CG from x = 0 (see the module comment). Throws InvalidVectorError on a length mismatch or non-finite b. */
export function conjugateGradient(op: LinearOperator, b: ArrayLike<number>, options: CgOptions = {}): CgResult {
  const n = op.n;
  if (b.length !== n) throw new InvalidVectorError(`right-hand side has length ${b.length} but the operator has ${n} rows`, { length: b.length, n });
  const tol = options.tol ?? 1e-8;
  const maxIterations = Math.max(1, options.maxIterations ?? Math.min(n, 500));
  const x = new Float64Array(n);
  const r = Float64Array.from(b);
  const p = Float64Array.from(b);
  const ap = new Float64Array(n);
  let bb = 0;
  for (let i = 0; i < n; i++) bb += r[i] * r[i];
  if (!Number.isFinite(bb)) throw new InvalidVectorError('right-hand side has non-finite entries');
  if (bb === 0) return { x, iterations: 0, relativeResidual: 0, converged: true, stop: 'converged' };
  const stopAt = tol * tol * bb;
  let rr = bb;
  let it = 0;
  let stop: CgStop = 'iteration-cap';
  while (it < maxIterations) {
    if (rr <= stopAt) { stop = 'converged'; break; }
    op.apply(p, ap);
    it++;
    let pap = 0;
    for (let i = 0; i < n; i++) pap += p[i] * ap[i];
    if (!(pap > 0)) { stop = 'negative-curvature'; break; }
    const alpha = rr / pap;
    let rrNew = 0;
    for (let i = 0; i < n; i++) { x[i] += alpha * p[i]; r[i] -= alpha * ap[i]; rrNew += r[i] * r[i]; }
    const beta = rrNew / rr;
    for (let i = 0; i < n; i++) p[i] = r[i] + beta * p[i];
    rr = rrNew;
  }
  if (stop === 'iteration-cap' && rr <= stopAt) stop = 'converged';
  return { x, iterations: it, relativeResidual: Math.sqrt(rr / bb), converged: stop === 'converged', stop };
}
