/**
 * Everything the solvers and the scheduler need to know about a (regularised, pruned) symmetric
 * matrix, in one report: size N, nnz, row sparsity d, norms, κ three ways with their distance
 * from the exact value, and the block-encoding normalisation α (Q-Newton, arXiv 2405.00252, §3).
 */
import { InvalidMatrixError } from '../errors';
import { CsrMatrix, csrMaxRowNnz, csrNnz } from './csrMatrix';
import { blockEncodingAlpha } from './blockEncodingAlpha';
import { kappaExact, KappaExactOptions, kappaNormDetBound, KappaNormDetOptions, kappaPowerBound } from './kappa';
import { frobeniusNorm, maxAbs, maxRowAbsSum } from './norms';
import { PowerIterationOptions } from './powerIteration';
import { DEFAULT_REGULARIZATION_C } from './regularize';
import { sparsityProfile } from './sparsityProfile';
import { validateSymmetricCsr } from './validate';

/** Options of {@link analyzeMatrix}. */
export interface AnalyzeOptions {
  /**
   * The regularisation shift s that was added to the diagonal (A = H + s·I), for the power bound.
   * When unknown, it is estimated as c·max|A_ij|/(1 + c), a lower bound on the true c·max|H_ij|,
   * which keeps the power bound an upper bound.
   */
  readonly shift?: number;
  /** Regularisation strength c used to estimate the shift (default {@link DEFAULT_REGULARIZATION_C}). */
  readonly c?: number;
  readonly exact?: KappaExactOptions;
  readonly normDet?: KappaNormDetOptions;
  /** Power-iteration options of the cheap bound (default tol 1e-6, 1000 steps). */
  readonly power?: PowerIterationOptions;
  /** Relative asymmetry tolerance of the input check. */
  readonly symmetryTol?: number;
}

/** One κ estimate compared with the exact value. */
export interface KappaEstimate {
  /**
   * The estimate (Infinity when the norm-det bound exceeds the double range, see log10; NaN when
   * unavailable: the norm-det bound of an indefinite matrix above the dense limit).
   */
  readonly value: number;
  readonly log10: number;
  /** estimate / exact (≥ 1 for a valid upper bound). */
  readonly ratioToExact: number;
  /** log₁₀(estimate / exact). */
  readonly log10RatioToExact: number;
  readonly method: string;
}

/** The analysis report of {@link analyzeMatrix}. */
export interface MatrixAnalysis {
  readonly n: number;
  readonly nnz: number;
  /** Row sparsity: max non-zeros in a row. */
  readonly d: number;
  readonly maxAbs: number;
  readonly frobeniusNorm: number;
  /** ‖A‖₂ = max|λ|. */
  readonly spectralNorm: number;
  /** max_i Σ_j |A_ij| (upper bound on ‖A‖₂). */
  readonly maxRowAbsSum: number;
  readonly lambdaMin: number;
  readonly lambdaMax: number;
  readonly isPositiveDefinite: boolean;
  readonly kappa: {
    readonly exact: { readonly value: number; readonly log10: number; readonly method: string; readonly converged: boolean; readonly iterations: number };
    readonly normDetBound: KappaEstimate;
    readonly powerBound: KappaEstimate & { readonly shift: number; readonly shiftKnown: boolean; readonly converged: boolean; readonly iterations: number };
  };
  /** Block-encoding normalisation α = d·max|A_ij|/‖A‖₂. */
  readonly alpha: number;
  /** Entries per row for 50/90/99 % of the row's absolute mass (mean / median / max over rows). */
  readonly sparsity: {
    readonly p50: { mean: number; median: number; max: number };
    readonly p90: { mean: number; median: number; max: number };
    readonly p99: { mean: number; median: number; max: number };
  };
}

function compare(value: number, log10: number, exact: number, method: string): KappaEstimate {
  const log10Ratio = log10 - Math.log10(exact);
  return { value, log10, ratioToExact: value / exact, log10RatioToExact: log10Ratio, method };
}

/**
 * Analyse a symmetric matrix for the quantum linear solvers. Throws InvalidMatrixError for empty,
 * asymmetric or non-finite input and SingularMatrixError when κ is infinite.
 */
export function analyzeMatrix(input: CsrMatrix, options: AnalyzeOptions = {}): MatrixAnalysis {
  const a = validateSymmetricCsr(input, options.symmetryTol);
  const m = maxAbs(a);
  const exact = kappaExact(a, options.exact);
  // Above the dense limit the determinant comes from SLQ, which needs a positive definite matrix.
  let nd: { kappaBound: number; log10KappaBound: number; method: string };
  try {
    nd = kappaNormDetBound(a, options.normDet);
  } catch (e) {
    if (!(e instanceof InvalidMatrixError)) throw e;
    nd = { kappaBound: NaN, log10KappaBound: NaN, method: 'unavailable: matrix is indefinite and too large for an exact determinant' };
  }
  const c = options.c ?? DEFAULT_REGULARIZATION_C;
  const shiftKnown = options.shift !== undefined;
  const shift = options.shift ?? (c * m) / (1 + c);
  const pw = kappaPowerBound(a, shift, options.power);
  const prof = sparsityProfile(a);
  return {
    n: a.n,
    nnz: csrNnz(a),
    d: csrMaxRowNnz(a),
    maxAbs: m,
    frobeniusNorm: frobeniusNorm(a),
    spectralNorm: exact.maxAbsLambda,
    maxRowAbsSum: maxRowAbsSum(a),
    lambdaMin: exact.lambdaMin,
    lambdaMax: exact.lambdaMax,
    isPositiveDefinite: exact.lambdaMin > 0,
    kappa: {
      exact: { value: exact.kappa, log10: Math.log10(exact.kappa), method: exact.method, converged: exact.converged, iterations: exact.iterations },
      normDetBound: compare(nd.kappaBound, nd.log10KappaBound, exact.kappa, nd.method.startsWith('unavailable') ? nd.method : `norm-det (${nd.method})`),
      powerBound: {
        ...compare(pw.kappaBound, Math.log10(pw.kappaBound), exact.kappa, 'power'),
        shift, shiftKnown, converged: pw.converged, iterations: pw.iterations,
      },
    },
    alpha: blockEncodingAlpha(a, exact.maxAbsLambda).alpha,
    sparsity: { p50: prof.p50, p90: prof.p90, p99: prof.p99 },
  };
}
