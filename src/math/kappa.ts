/**
 * Condition number κ(A) = max|λ| / min|λ| of a symmetric matrix, three ways (Q-Newton,
 * Li et al., arXiv 2405.00252, §3 uses κ to price the quantum linear solver):
 *  1. exact: dense eigenvalues for small n, Lanczos for large n ({@link kappaExact});
 *  2. the norm-and-determinant upper bound of Merikoski, Urpala, Virtanen, Tam & Uhlig,
 *     "A best upper bound for the 2-norm condition number of a matrix", LAA 254 (1997):
 *     κ ≤ √((1+x)/(1−x)), x = √(1 − (n/‖A‖_F²)ⁿ·det(A)²), evaluated in log space
 *     ({@link kappaNormDetBound});
 *  3. the cheap bound for a regularised PSD matrix A = H + s·I (s = c·max|H_ij|):
 *     κ(A) ≤ λmax(A)/s = 1 + λmax(H)/(c·m), λmax by power iteration ({@link kappaPowerBound}).
 */
import { formatScientific } from '../format';
import { InvalidArgumentError, SingularMatrixError } from '../errors';
import { CsrMatrix, csrToDense } from './csrMatrix';
import { DenseMatrix } from './denseMatrix';
import { LanczosOptions } from './lanczos';
import { kappaOfOperator } from './kappaOperator';
import { matrixOperator } from './linearOperator';
import { logAbsDeterminant } from './logDet';
import { frobeniusNorm } from './norms';
import { powerIteration, PowerIterationOptions } from './powerIteration';
import { symmetricEigenvalues } from './symmetricEigen';
import { logDetSlq, SlqOptions } from './slq';

const EPS = 2.220446049250313e-16;

/** Matrices up to this many rows use the dense O(n³) eigen-solver / LU; larger ones Lanczos / SLQ. */
export const DENSE_LIMIT = 2048;

function sizeOf(a: CsrMatrix | DenseMatrix): number {
  return 'data' in a ? a.rows : a.n;
}

/** Exact (to solver precision) condition number and the extreme eigenvalues behind it. */
export interface KappaExact {
  readonly kappa: number;
  /** Smallest and largest eigenvalue (signed). */
  readonly lambdaMin: number;
  readonly lambdaMax: number;
  /** min|λ| and max|λ|; κ = maxAbsLambda / minAbsLambda, and ‖A‖₂ = maxAbsLambda. */
  readonly minAbsLambda: number;
  readonly maxAbsLambda: number;
  /** 'dense-eigen' (all eigenvalues), 'lanczos' (definite matrix) or 'lanczos-squared' (indefinite: Lanczos on A²). */
  readonly method: 'dense-eigen' | 'lanczos' | 'lanczos-squared';
  /** Lanczos steps used (0 for dense). */
  readonly iterations: number;
  /** False when Lanczos hit its iteration cap: the value is then an estimate. */
  readonly converged: boolean;
}

/** Options of {@link kappaExact}. */
export interface KappaExactOptions {
  /** Use the dense solver up to this n (default {@link DENSE_LIMIT}). */
  readonly denseLimit?: number;
  /** Declare singular when min|λ| ≤ singularRtol·max|λ| (default 10·n·ε). */
  readonly singularRtol?: number;
  readonly lanczos?: LanczosOptions;
}

/**
 * κ(A) = max|λ|/min|λ| of a symmetric matrix. Throws SingularMatrixError when min|λ| is zero to
 * working precision, InvalidMatrixError for empty/asymmetric/non-finite input.
 */
export function kappaExact(a: CsrMatrix | DenseMatrix, options: KappaExactOptions = {}): KappaExact {
  const n = sizeOf(a);
  const denseLimit = options.denseLimit ?? DENSE_LIMIT;
  const singularRtol = options.singularRtol ?? 10 * Math.max(n, 1) * EPS;
  let result: KappaExact;
  if (n <= denseLimit) {
    const ev = symmetricEigenvalues('data' in a ? a : csrToDense(a));
    let minAbs = Infinity, maxAbs = 0;
    for (const v of ev) { const t = Math.abs(v); if (t < minAbs) minAbs = t; if (t > maxAbs) maxAbs = t; }
    result = {
      kappa: maxAbs / minAbs, lambdaMin: ev[0], lambdaMax: ev[ev.length - 1], minAbsLambda: minAbs, maxAbsLambda: maxAbs,
      method: 'dense-eigen', iterations: 0, converged: true,
    };
  } else {
    const k = kappaOfOperator(matrixOperator(a), options.lanczos);
    result = {
      kappa: k.kappa, lambdaMin: k.lambdaMin, lambdaMax: k.lambdaMax, minAbsLambda: k.minAbsLambda, maxAbsLambda: k.maxAbsLambda,
      method: k.method, iterations: k.iterations, converged: k.converged,
    };
  }
  if (!(result.minAbsLambda > singularRtol * result.maxAbsLambda)) {
    throw new SingularMatrixError(
      `matrix is singular to working precision (min|eigenvalue| = ${formatScientific(result.minAbsLambda, 4)}, max|eigenvalue| = ${formatScientific(result.maxAbsLambda, 4)}); regularize it (H + c*max|H|*I) before asking for its condition number`,
      { minAbsLambda: result.minAbsLambda, maxAbsLambda: result.maxAbsLambda },
    );
  }
  return result;
}

/** The norm-and-determinant bound on κ, with its ingredients (all logs natural). */
export interface KappaNormDetBound {
  /** The bound √((1+x)/(1−x)); Infinity when it exceeds the double range (see log10KappaBound). */
  readonly kappaBound: number;
  /** log₁₀ of the bound, always finite for a non-singular matrix. */
  readonly log10KappaBound: number;
  /** ln|det A|. */
  readonly logAbsDet: number;
  /** ln t with t = (n/‖A‖_F²)ⁿ·det(A)² ∈ (0, 1]; x = √(1 − t). */
  readonly logT: number;
  readonly frobeniusNorm: number;
  /** 'lu' (exact determinant) or 'slq' (stochastic Lanczos quadrature estimate, positive definite only). */
  readonly method: 'lu' | 'slq';
}

/** Options of {@link kappaNormDetBound}. */
export interface KappaNormDetOptions {
  /** Exact LU determinant up to this n (default {@link DENSE_LIMIT}); SLQ estimate beyond. */
  readonly denseLimit?: number;
  readonly slq?: SlqOptions;
}

/**
 * Upper bound κ ≤ √((1+x)/(1−x)), x = √(1 − (n/‖A‖_F²)ⁿ·det(A)²) (Merikoski et al. 1997).
 * With t = (n/‖A‖_F²)ⁿ·det², 1 − x = t/(1 + x), so the bound equals (1 + x)/√t; everything is
 * computed from ln t = n·(ln n − 2 ln‖A‖_F) + 2 ln|det A|, because t itself underflows for n of
 * a few hundred. For n above the dense limit, ln det comes from stochastic Lanczos quadrature
 * (positive definite matrices only) and the bound is then an estimate.
 * Throws SingularMatrixError when det A = 0.
 */
export function kappaNormDetBound(a: CsrMatrix | DenseMatrix, options: KappaNormDetOptions = {}): KappaNormDetBound {
  const n = sizeOf(a);
  const denseLimit = options.denseLimit ?? DENSE_LIMIT;
  let logAbsDet: number;
  let method: 'lu' | 'slq';
  if (n <= denseLimit) {
    logAbsDet = logAbsDeterminant('data' in a ? a : csrToDense(a)).logAbsDet;
    method = 'lu';
  } else {
    logAbsDet = logDetSlq(matrixOperator(a), options.slq).logDet;
    method = 'slq';
  }
  const fro = frobeniusNorm(a);
  if (!Number.isFinite(logAbsDet) || fro === 0) {
    throw new SingularMatrixError('matrix is singular (det = 0): the norm-and-determinant bound on its condition number is infinite; regularize it first');
  }
  // AM-GM on the squared singular values gives t ≤ 1; clamp rounding excess.
  const logT = Math.min(0, n * (Math.log(n) - 2 * Math.log(fro)) + 2 * logAbsDet);
  // 1 − t via expm1 keeps full relative precision when t is close to 1.
  const x = Math.sqrt(Math.max(0, -Math.expm1(logT)));
  const logBound = Math.log1p(x) - 0.5 * logT;
  return {
    kappaBound: Math.exp(logBound),
    log10KappaBound: logBound / Math.LN10,
    logAbsDet,
    logT,
    frobeniusNorm: fro,
    method,
  };
}

/** The cheap power-iteration bound on κ of a regularised PSD matrix. */
export interface KappaPowerBound {
  /** λmax(A)/s = 1 + λmax(H)/(c·m). */
  readonly kappaBound: number;
  /** Power-iteration estimate of λmax(A) (the dominant eigenvalue). */
  readonly lambdaMax: number;
  /** The regularisation shift s = c·m that was added to the diagonal. */
  readonly shift: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * Cheap bound κ(A) ≤ λmax(A)/s for A = H + s·I with H positive semi-definite (then
 * λmin(A) ≥ s), i.e. 1 + λmax(H)/(c·m) with s = c·m, m = max|H_ij| (Q-Newton §3). λmax(A)
 * comes from power iteration (relative tolerance 1e-6 by default), so this costs tens to hundreds of
 * sparse products; since a Rayleigh quotient never exceeds λmax, an unconverged run slightly
 * underestimates the bound. Valid only when H is PSD; for an indefinite H it is merely an estimate.
 */
export function kappaPowerBound(a: CsrMatrix | DenseMatrix, shift: number, options: PowerIterationOptions = {}): KappaPowerBound {
  if (!(shift > 0) || !Number.isFinite(shift)) {
    throw new InvalidArgumentError(`regularization shift must be a positive number, got ${shift}`, { shift });
  }
  // The bound needs λmax to a few digits only; a tight tolerance costs thousands of products
  // when the top of the spectrum is clustered (defaults: tol 1e-6, at most 1000 steps).
  const pw = powerIteration(matrixOperator(a), { tol: 1e-6, maxIterations: 1000, ...options });
  return { kappaBound: pw.lambda / shift, lambdaMax: pw.lambda, shift, iterations: pw.iterations, converged: pw.converged };
}
