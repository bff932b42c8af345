/**
 * Extreme spectrum of a symmetric block Hessian for the scheduler's κ columns: exact dense
 * eigenvalues up to DENSE_LIMIT rows, Lanczos (src/math/kappa.ts) above. Unlike kappaExact this
 * never throws for a singular matrix: it reports κ = null with a note, and it flags indefinite
 * matrices (κ = max|λ|/min|λ| is still the condition number the linear solvers pay for).
 */
import { formatNumber } from '../../format';
import { SingularMatrixError } from '../../errors';
import { CsrMatrix, csrToDense } from '../../math/csrMatrix';
import { DenseMatrix } from '../../math/denseMatrix';
import { DENSE_LIMIT, kappaExact } from '../../math/kappa';
import { symmetricEigenvalues } from '../../math/symmetricEigen';
import { countZeroRows } from '../../math/zeroRows';

/** Lanczos steps per run for κ-before above DENSE_LIMIT (≤ 300 mat-vecs for a definite block; an indefinite block adds a capped run on A², 2 products/step). */
export const KAPPA_LANCZOS_MAX_ITERATIONS = 300;

const EPS = 2.220446049250313e-16;

/** Extreme eigenvalues and κ of a symmetric matrix. */
export interface BlockSpectrum {
  readonly lambdaMin: number;
  readonly lambdaMax: number;
  readonly minAbsLambda: number;
  /** ‖A‖₂ = max|λ|. */
  readonly maxAbsLambda: number;
  /** max|λ|/min|λ|, or null when min|λ| ≤ 10·n·ε·max|λ| (singular to working precision). */
  readonly kappa: number | null;
  readonly isPositiveDefinite: boolean;
  /** 'dense-eigen' or 'lanczos' plus 'singular' / 'indefinite' remarks, e.g. "dense-eigen; indefinite: λmin = -5.4e-2". */
  readonly note: string;
  /** Rows that are exactly zero (counted before any iterative work; > 0 means singular). */
  readonly zeroRowCount: number;
  /** False when the Lanczos estimate hit its iteration cap (the values are then estimates). */
  readonly converged: boolean;
}

function fmt(x: number): string {
  return formatNumber(x, 3);
}

/** Spectrum summary of a symmetric dense or CSR matrix (see the module comment). */
export function blockSpectrum(a: DenseMatrix | CsrMatrix, maxIterations = KAPPA_LANCZOS_MAX_ITERATIONS): BlockSpectrum {
  const n = 'data' in a ? a.rows : a.n;
  const zeroRowCount = countZeroRows(a);
  if (zeroRowCount > 0) {
    return {
      lambdaMin: NaN, lambdaMax: NaN, minAbsLambda: 0, maxAbsLambda: NaN, kappa: null, isPositiveDefinite: false,
      note: `rank-deficient: ${zeroRowCount} of ${n} rows exactly zero; κ = Infinity (singular), not iterated`,
      zeroRowCount, converged: true,
    };
  }
  let converged = true;
  let lambdaMin: number, lambdaMax: number, minAbs: number, maxAbs: number, method: string;
  if (n <= DENSE_LIMIT) {
    const ev = symmetricEigenvalues('data' in a ? a : csrToDense(a));
    minAbs = Infinity; maxAbs = 0;
    for (let i = 0; i < ev.length; i++) { const t = Math.abs(ev[i]); if (t < minAbs) minAbs = t; if (t > maxAbs) maxAbs = t; }
    lambdaMin = ev[0]; lambdaMax = ev[ev.length - 1]; method = 'dense-eigen';
  } else {
    try {
      const k = kappaExact(a, { lanczos: { maxIterations } });
      converged = k.converged;
      lambdaMin = k.lambdaMin; lambdaMax = k.lambdaMax; minAbs = k.minAbsLambda; maxAbs = k.maxAbsLambda;
      method = k.converged ? k.method : `${k.method} (not converged: estimate)`;
    } catch (e) {
      if (!(e instanceof SingularMatrixError)) throw e;
      const d = e.details as { minAbsLambda?: number; maxAbsLambda?: number };
      minAbs = d.minAbsLambda ?? 0; maxAbs = d.maxAbsLambda ?? 0;
      lambdaMin = NaN; lambdaMax = NaN; method = 'lanczos';
      converged = false;
    }
  }
  return summarizeSpectrum(n, lambdaMin, lambdaMax, minAbs, maxAbs, method, zeroRowCount, converged);
}

/**
 * The BlockSpectrum of an n×n symmetric matrix or operator from its extreme eigenvalues (signed
 * λmin, λmax and min|λ|, max|λ|): the singularity rule (min|λ| ≤ 10·n·ε·max|λ| ⇒ κ = null) and the
 * notes, shared by the dense/CSR path above and the matrix-free path (matrixFreeSystem.ts).
 */
export function summarizeSpectrum(
  n: number, lambdaMin: number, lambdaMax: number, minAbs: number, maxAbs: number, method: string, zeroRowCount: number, converged: boolean,
): BlockSpectrum {
  const singular = !(minAbs > 10 * n * EPS * maxAbs);
  const notes = [method];
  if (singular) notes.push(`singular: min|λ| = ${fmt(minAbs)} ≤ 10·N·ε·max|λ| (max|λ| = ${fmt(maxAbs)})`);
  if (lambdaMin < 0 && !singular) notes.push(`indefinite: λmin = ${fmt(lambdaMin)}, λmax = ${fmt(lambdaMax)}`);
  else if (lambdaMin < 0) notes.push(`λmin = ${fmt(lambdaMin)}`);
  return {
    lambdaMin, lambdaMax, minAbsLambda: minAbs, maxAbsLambda: maxAbs,
    kappa: singular ? null : maxAbs / minAbs,
    isPositiveDefinite: !singular && lambdaMin > 0,
    note: notes.join('; '),
    zeroRowCount, converged,
  };
}
