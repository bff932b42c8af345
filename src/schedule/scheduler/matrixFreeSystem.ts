/**
 * The matrix-free Q-Newton system of one block (or of the whole network): everything the scheduler
 * needs from a Hessian that is never formed, using only Hessian-vector products v ↦ H·v
 * (Pearlmutter 1994, src/hessian/hvp.ts):
 *  1. a seeded sample of rows H·e_i (src/math/sampledRows.ts): exactly-zero rows (rank deficiency,
 *     reported, not iterated on), max|H_ij|, row sparsity;
 *  2. κ before by Lanczos on H (capped), κ after by Lanczos on H̃ = H + c·m̂·I with m̂ the sampled
 *     max|H_ij| (Q-Newton, Li et al., arXiv 2405.00252, §3);
 *  3. the quantum price's d and α = d·max|P_ij|/‖P‖₂ of the pruned matrix P, ESTIMATED from the
 *     sampled rows: d = min(requested d, largest sampled row count); max|P_ij| = the sampled
 *     max|H̃_ij| (pruning keeps the diagonal and, for d ≥ 2, the largest off-diagonal pair);
 *     ‖P‖₂ = min(‖H̃‖₂ from the κ-after Lanczos run, the largest sampled pruned-row sum
 *     |H̃_ii| + Σ of its d − 1 largest off-diagonal |H̃_ij|), the second being the Gershgorin
 *     bound on P for the sampled rows (pruning can only shrink ‖·‖₂ this way; it keeps α ≥ 1 as
 *     for a formed d-sparse matrix). κ after is that of the regularized, UNPRUNED operator
 *     (pruning needs the formed matrix); all of this is flagged 'estimated';
 *  4. the Newton step by conjugate gradients on H̃ (Hessian-free Newton, J. Martens, ICML 2010),
 *     capped, reporting whether it converged.
 */
import { SingularMatrixError } from '../../errors';
import { conjugateGradient, CgResult } from '../../math/conjugateGradient';
import { kappaOfOperator } from '../../math/kappaOperator';
import { LinearOperator, shiftedOperator } from '../../math/linearOperator';
import { sampleOperatorRows, SampledRows } from '../../math/sampledRows';
import { BlockSpectrum, KAPPA_LANCZOS_MAX_ITERATIONS, summarizeSpectrum } from './blockSpectrum';
import { timed } from './timing';

const EPS = 2.220446049250313e-16;

/**
 * Lanczos residual tolerance of the matrix-free κ runs: converged when |λ − θ| ≤ tol·|θ| is
 * certified for both extreme Ritz values. 1e-6 rather than lanczos.ts's 1e-8: a price needs κ to
 * a few digits, and every step is a Hessian-vector product.
 */
export const MATRIX_FREE_LANCZOS_TOL = 1e-6;

/** CG stops when ‖H̃Δ − g‖ ≤ MATRIX_FREE_CG_TOL·‖g‖ (or at its cap). */
export const MATRIX_FREE_CG_TOL = 1e-8;

/** Decision fields a matrix-free decision reports as estimates (ScheduleDecision.estimated). */
export const MATRIX_FREE_ESTIMATED_FIELDS: readonly string[] = ['sparsity', 'nonZeroCount', 'alpha', 'zeroRowCount', 'kappaAfter'];

/** Parameters of {@link analyzeMatrixFreeSystem}. */
export interface MatrixFreeParams {
  /** Regularization strength c of H + c·max|H_ij|·I. */
  readonly c: number;
  /** Requested row sparsity d of the pruned matrix the quantum solver would encode. */
  readonly sparsity: number;
  /** Rows to sample (one HVP each). */
  readonly sampleRows: number;
  /** Seed of the row sample and the Lanczos start vectors. */
  readonly seed: number;
  /** Cap on CG iterations. */
  readonly cgMaxIterations: number;
  /** Cap on each Lanczos run (default KAPPA_LANCZOS_MAX_ITERATIONS). */
  readonly kappaMaxIterations?: number;
}

/** Result of {@link analyzeMatrixFreeSystem}. */
export interface MatrixFreeSystem {
  readonly n: number;
  readonly rows: SampledRows;
  /** Spectrum of H (κ = null with a 'rank-deficient (sampled)' note when a sampled row is zero). */
  readonly before: BlockSpectrum;
  /** Spectrum of H̃ = H + shift·I. */
  readonly after: BlockSpectrum;
  /** c·(sampled max|H_ij|). */
  readonly shift: number;
  /** Estimated row sparsity d of the pruned H̃, its non-zeros (≤ N·d) and max|H̃_ij|. */
  readonly sparsity: number;
  readonly nonZeroCount: number;
  readonly maxAbsRegularized: number;
  /** Estimated ‖P‖₂ of the pruned matrix: min(‖H̃‖₂, largest sampled pruned-row Σ|P_ij|). */
  readonly prunedNormEstimate: number;
  /** Estimated α = d·max|P_ij|/‖P‖₂. */
  readonly alpha: number;
  /** Lanczos steps of κ before / after. */
  readonly kappaBeforeIterations: number;
  readonly kappaAfterIterations: number;
  /** The Newton step Δ ≈ H̃⁻¹g by CG. */
  readonly cg: CgResult;
  /** All operator applications (rows + Lanczos + CG). */
  readonly hvpCount: number;
  /** Operator applications and wall-clock seconds of each phase (rows sampled, κ-before Lanczos, κ-after Lanczos, CG). */
  readonly phases: Readonly<Record<MatrixFreePhase, { readonly hvps: number; readonly seconds: number }>>;
}

/** Phases of {@link analyzeMatrixFreeSystem}, in order. */
export type MatrixFreePhase = 'rows' | 'kappaBefore' | 'kappaAfter' | 'cg';

/** Counts applications of an operator. */
function counted(op: LinearOperator): { op: LinearOperator; count: () => number } {
  let k = 0;
  return { op: { n: op.n, apply: (x, y) => { k++; op.apply(x, y); } }, count: () => k };
}

/**
 * Analyze H (a symmetric operator, e.g. makeBlockHvpOperator or makeHvpOperator) and solve
 * H̃Δ = g matrix-free (see the module comment). Throws SingularMatrixError when H̃ is singular
 * (raise c) and InvalidVectorError when g has the wrong length.
 */
export function analyzeMatrixFreeSystem(h: LinearOperator, g: ArrayLike<number>, p: MatrixFreeParams): MatrixFreeSystem {
  const n = h.n;
  const { op, count } = counted(h);
  const cap = p.kappaMaxIterations ?? KAPPA_LANCZOS_MAX_ITERATIONS;
  const dWanted = Math.max(1, Math.min(p.sparsity, n));
  const phases = {} as Record<MatrixFreePhase, { hvps: number; seconds: number }>;
  const phase = <T>(name: MatrixFreePhase, f: () => T): T => {
    const k0 = count();
    const [r, seconds] = timed(f);
    phases[name] = { hvps: count() - k0, seconds };
    return r;
  };
  const rows = phase('rows', () => sampleOperatorRows(op, p.sampleRows, p.seed, { largestOffDiagonal: dWanted - 1 }));
  let before: BlockSpectrum;
  let kappaBeforeIterations = 0;
  phases.kappaBefore = { hvps: 0, seconds: 0 };
  if (rows.zeroRowCount > 0) {
    before = {
      lambdaMin: NaN, lambdaMax: NaN, minAbsLambda: 0, maxAbsLambda: NaN, kappa: null, isPositiveDefinite: false,
      note: `rank-deficient: ${rows.zeroRowCount} of ${rows.applications} sampled rows exactly zero (≈ ${rows.zeroRowEstimate} of ${n}); κ = Infinity (singular), not iterated`,
      zeroRowCount: rows.zeroRowEstimate, converged: true,
    };
  } else {
    const k = phase('kappaBefore', () => kappaOfOperator(op, { maxIterations: cap, tol: MATRIX_FREE_LANCZOS_TOL, seed: p.seed + 1, singularRtol: 10 * n * EPS }));
    kappaBeforeIterations = k.iterations;
    before = summarizeSpectrum(n, k.lambdaMin, k.lambdaMax, k.minAbsLambda, k.maxAbsLambda,
      `matrix-free ${k.method}${k.converged ? '' : ' (not converged: estimate, a lower bound on κ)'}`, 0, k.converged);
  }
  const shift = p.c * rows.maxAbs;
  const reg = shiftedOperator(op, shift);
  const ka = phase('kappaAfter', () => kappaOfOperator(reg, { maxIterations: cap, tol: MATRIX_FREE_LANCZOS_TOL, seed: p.seed + 2 }));
  const after = summarizeSpectrum(n, ka.lambdaMin, ka.lambdaMax, ka.minAbsLambda, ka.maxAbsLambda,
    `matrix-free ${ka.method} of the regularized, unpruned operator${ka.converged ? '' : ' (not converged: estimate, a lower bound on κ)'}`, 0, ka.converged);
  if (after.kappa === null) {
    throw new SingularMatrixError(
      `the regularized Hessian H + c·max|H|·I is singular (${after.note}); raise the regularization c (now ${p.c})`,
      { c: p.c, n },
    );
  }
  // Sampled rows of H̃: the shift moves only the diagonal (a zero diagonal entry becomes non-zero).
  let maxDiag = 0, rowNnz = 0, prunedRowSum = 0;
  for (let t = 0; t < rows.diagonal.length; t++) {
    const dNew = rows.diagonal[t] + shift;
    maxDiag = Math.max(maxDiag, Math.abs(dNew));
    prunedRowSum = Math.max(prunedRowSum, Math.abs(dNew) + (dWanted > 1 ? rows.largestOffDiagonalAbsSum[t] : 0));
    const gained = rows.diagonal[t] === 0 && dNew !== 0 ? 1 : rows.diagonal[t] !== 0 && dNew === 0 ? -1 : 0;
    rowNnz = Math.max(rowNnz, rows.rowNnz[t] + gained);
  }
  const maxAbsRegularized = Math.max(maxDiag, rows.maxAbsOffDiagonal);
  const sparsity = Math.max(1, Math.min(p.sparsity, n, rowNnz));
  const prunedNorm = Math.min(after.maxAbsLambda, prunedRowSum);
  const alpha = (sparsity * maxAbsRegularized) / prunedNorm;
  const cg = phase('cg', () => conjugateGradient(reg, g, { tol: MATRIX_FREE_CG_TOL, maxIterations: p.cgMaxIterations }));
  return {
    n, rows, before, after, shift, sparsity, nonZeroCount: n * sparsity, maxAbsRegularized, prunedNormEstimate: prunedNorm, alpha,
    kappaBeforeIterations, kappaAfterIterations: ka.iterations, cg, hvpCount: count(), phases,
  };
}
