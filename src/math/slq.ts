/**
 * Stochastic Lanczos quadrature (SLQ) estimate of ln det A = tr ln A for a symmetric positive
 * definite operator too large for a dense factorisation (Ubaru, Chen & Saad, "Fast estimation
 * of tr(f(A)) via stochastic Lanczos quadrature", SIAM J. Matrix Anal. Appl. 38 (2017)):
 * tr f(A) ≈ (n/N_v) Σ_v Σ_k τ_{k,v}² f(θ_{k,v}), with Rademacher probes v and the Ritz values θ and
 * first eigenvector components τ of the Lanczos matrix T_m started at v.
 */
import { formatScientific } from '../format';
import { InvalidMatrixError } from '../errors';
import { lanczosTridiagonal } from './lanczos';
import { LinearOperator } from './linearOperator';
import { makeRng } from './rng';
import { tridiagonalEigen } from './symmetricEigen';

/** Options of {@link logDetSlq}. */
export interface SlqOptions {
  /** Number of Rademacher probe vectors (default 10). */
  readonly probes?: number;
  /** Lanczos steps per probe (default 30). */
  readonly steps?: number;
  /** Seed of the probes (default 1). */
  readonly seed?: number;
}

/** SLQ estimate of ln det A with its standard error over probes. */
export interface SlqLogDet {
  readonly logDet: number;
  readonly standardError: number;
  readonly probes: number;
  readonly steps: number;
}

/** Estimate ln det A of a symmetric positive definite operator. Throws InvalidMatrixError if a Ritz value is ≤ 0. */
export function logDetSlq(op: LinearOperator, options: SlqOptions = {}): SlqLogDet {
  const probes = options.probes ?? 10;
  const steps = Math.min(op.n, options.steps ?? 30);
  const rng = makeRng(options.seed ?? 1);
  const n = op.n;
  const v = new Float64Array(n);
  const estimates: number[] = [];
  for (let p = 0; p < probes; p++) {
    for (let i = 0; i < n; i++) v[i] = rng.next() < 0.5 ? -1 : 1;
    const t = lanczosTridiagonal(op, v, steps);
    const eig = tridiagonalEigen(t.alpha, t.beta, [0]);
    const tau = eig.rowComponents[0];
    let s = 0;
    for (let k = 0; k < eig.values.length; k++) {
      const theta = eig.values[k];
      if (!(theta > 0)) {
        throw new InvalidMatrixError(`matrix is not positive definite (Ritz value ${formatScientific(theta, 4)}); the SLQ log-determinant needs a positive definite matrix`);
      }
      s += tau[k] * tau[k] * Math.log(theta);
    }
    estimates.push(n * s);
  }
  const mean = estimates.reduce((x, y) => x + y, 0) / probes;
  const variance = probes > 1 ? estimates.reduce((x, y) => x + (y - mean) ** 2, 0) / (probes - 1) : 0;
  return { logDet: mean, standardError: Math.sqrt(variance / probes), probes, steps };
}
