/**
 * Extreme eigenvalues and κ = max|λ|/min|λ| of a symmetric operator known only by its action
 * (a CSR matrix or Hessian-vector products), by Lanczos (Golub & Van Loan §10.1): on A itself
 * when A is definite, otherwise also on A² (whose extreme eigenvalues are the squared extreme
 * |λ|, since min|λ| of an indefinite A is interior to its spectrum). Never throws for a singular
 * operator; callers decide what min|λ| ≈ 0 means (see kappaExact in kappa.ts).
 */
import { LanczosOptions, lanczosExtremeEigenvalues } from './lanczos';
import { LinearOperator, squaredOperator } from './linearOperator';

/** Spectrum summary of a symmetric operator from Lanczos. */
export interface OperatorKappa {
  /** max|λ|/min|λ| (Infinity when min|λ| = 0). */
  readonly kappa: number;
  /** Extreme eigenvalue estimates (signed) of A. */
  readonly lambdaMin: number;
  readonly lambdaMax: number;
  readonly minAbsLambda: number;
  /** ‖A‖₂ = max|λ|. */
  readonly maxAbsLambda: number;
  /** 'lanczos' (definite) or 'lanczos-squared' (indefinite: a second run on A²). */
  readonly method: 'lanczos' | 'lanczos-squared';
  /** Lanczos steps over both runs (each step on A² costs two applications of A). */
  readonly iterations: number;
  /** Operator applications used (iterations, counting A² steps twice). */
  readonly applications: number;
  /** False when a run hit its iteration cap: the values are then estimates. */
  readonly converged: boolean;
}

/** Options of {@link kappaOfOperator}: Lanczos options (maxIterations caps each run) plus an early singularity exit. */
export interface OperatorKappaOptions extends LanczosOptions {
  /**
   * When the first run already shows an eigenvalue with |λ| ≤ singularRtol·max|λ| (an extreme
   * Ritz value θ with |θ| + its residual bound below that), skip the run on A²: min|λ| is then
   * reported as that bound and the operator is singular to this tolerance (default: never skip).
   */
  readonly singularRtol?: number;
}

/**
 * κ of a symmetric operator by Lanczos (see the module comment). Ritz values lie inside the
 * spectrum, so an unconverged run gives a LOWER bound on κ (flagged converged = false). For an
 * indefinite operator min|λ| is the smallest of √θmin(A²) and |θ| + residual of the extreme Ritz
 * values θ of A (each bounds some |λ| from above): the A² run alone cannot resolve |λ| below
 * about √ε·‖A‖, while a converged extreme eigenvalue at 0 (a singular PSD block) shows directly.
 */
export function kappaOfOperator(op: LinearOperator, options: OperatorKappaOptions = {}): OperatorKappa {
  const lz = lanczosExtremeEigenvalues(op, options);
  if (lz.lambdaMin > 0 || lz.lambdaMax < 0) {
    const minAbs = Math.min(Math.abs(lz.lambdaMin), Math.abs(lz.lambdaMax));
    const maxAbs = Math.max(Math.abs(lz.lambdaMin), Math.abs(lz.lambdaMax));
    return {
      kappa: maxAbs / minAbs, lambdaMin: lz.lambdaMin, lambdaMax: lz.lambdaMax, minAbsLambda: minAbs, maxAbsLambda: maxAbs,
      method: 'lanczos', iterations: lz.iterations, applications: lz.iterations, converged: lz.converged,
    };
  }
  const extremeMinAbs = Math.min(Math.abs(lz.lambdaMin) + lz.residualMin, Math.abs(lz.lambdaMax) + lz.residualMax);
  const firstMaxAbs = Math.max(Math.abs(lz.lambdaMin), Math.abs(lz.lambdaMax));
  if (options.singularRtol !== undefined && extremeMinAbs <= options.singularRtol * firstMaxAbs) {
    return {
      kappa: firstMaxAbs / extremeMinAbs, lambdaMin: lz.lambdaMin, lambdaMax: lz.lambdaMax, minAbsLambda: extremeMinAbs, maxAbsLambda: firstMaxAbs,
      method: 'lanczos', iterations: lz.iterations, applications: lz.iterations, converged: true,
    };
  }
  const sq = lanczosExtremeEigenvalues(squaredOperator(op), options);
  const minAbs = Math.min(Math.sqrt(Math.max(sq.lambdaMin, 0)), extremeMinAbs);
  const maxAbs = Math.max(Math.sqrt(sq.lambdaMax), firstMaxAbs);
  return {
    kappa: maxAbs / minAbs, lambdaMin: lz.lambdaMin, lambdaMax: lz.lambdaMax, minAbsLambda: minAbs, maxAbsLambda: maxAbs,
    method: 'lanczos-squared', iterations: lz.iterations + sq.iterations, applications: lz.iterations + 2 * sq.iterations,
    converged: lz.converged && sq.converged,
  };
}
