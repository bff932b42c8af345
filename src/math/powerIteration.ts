/**
 * Power iteration for the dominant eigenvalue of a symmetric operator (the one of largest |λ|;
 * for a positive semi-definite matrix, λmax). Cheap: one product per step, O(n) memory. Used by
 * the 1 + λmax/(c·m) condition-number bound of Q-Newton (Li et al., arXiv 2405.00252, §3).
 */
import { InvalidVectorError } from '../errors';
import { LinearOperator } from './linearOperator';
import { makeRng } from './rng';
import { vectorNorm } from './norms';

/** Options of {@link powerIteration}. */
export interface PowerIterationOptions {
  /** Iteration cap (default 2000). */
  readonly maxIterations?: number;
  /** Stop when successive Rayleigh quotients differ by at most tol·|λ| (default 1e-10). */
  readonly tol?: number;
  /** Seed of the random start vector (default 1). */
  readonly seed?: number;
}

/** Result of {@link powerIteration}. */
export interface PowerIterationResult {
  /** Rayleigh-quotient estimate of the dominant eigenvalue (signed). */
  readonly lambda: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/** Dominant eigenvalue of a symmetric operator by power iteration from a seeded random start. */
export function powerIteration(op: LinearOperator, options: PowerIterationOptions = {}): PowerIterationResult {
  const maxIterations = options.maxIterations ?? 2000;
  const tol = options.tol ?? 1e-10;
  const rng = makeRng(options.seed ?? 1);
  const n = op.n;
  let x = new Float64Array(n);
  let y = new Float64Array(n);
  let nrm = 0;
  for (let i = 0; i < n; i++) { x[i] = rng.normal(); nrm += x[i] * x[i]; }
  nrm = Math.sqrt(nrm);
  for (let i = 0; i < n; i++) x[i] /= nrm;
  let lambda = 0;
  for (let it = 1; it <= maxIterations; it++) {
    op.apply(x, y);
    let rq = 0;
    for (let i = 0; i < n; i++) rq += x[i] * y[i];
    // Scaled norm: for entries ~1e-170 a plain Σ y_i² underflows to 0 (and λ would read 0).
    const ny = vectorNorm(y);
    if (!Number.isFinite(ny)) throw new InvalidVectorError('power iteration produced a non-finite vector; the operator has non-finite entries');
    if (ny === 0) return { lambda: 0, iterations: it, converged: true };
    const inv = 1 / ny;
    for (let i = 0; i < n; i++) y[i] *= inv;
    const t = x; x = y; y = t;
    const done = it > 1 && Math.abs(rq - lambda) <= tol * Math.abs(rq);
    lambda = rq;
    if (done) return { lambda, iterations: it, converged: true };
  }
  return { lambda, iterations: maxIterations, converged: false };
}
