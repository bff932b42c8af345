/**
 * Expected block-encoding query count of the randomized / discrete-adiabatic quantum linear solver
 * with eigenstate filtering of Jennings, Lostaglio, Pallister, Sornborger, Subaşı,
 * "Efficient quantum linear solver algorithm with detailed running costs", arXiv:2305.11352
 * (v2 title: "Randomized adiabatic quantum linear solver algorithm with optimal complexity scaling
 * and detailed running costs"), Theorem 1:
 *
 *   Q* = (1741·α·e/500)·√(κ²+1)·[(133/125 + 4/(25·κ^{1/3}))·π·ln(2κ+3) + 1]
 *        + (351/50)·ln²(2κ+3)·[ln(451·ln²(2κ+3)/ε) + 1]
 *        + α·κ·ln(32/ε),
 *
 * the expected number of queries of one run, which succeeds with probability ≥ 0.39 − 0.201·ε, so
 * the expected count until success is Q = Q* / (0.39 − 0.201·ε). Valid for κ ≥ √12 and ε ≤ 0.24.
 * κ bounds the condition number of A (‖A‖ = 1) and α is the block-encoding normalisation, so
 * α·κ is the inverse of the smallest singular value of the encoded A/α.
 *
 * Provenance: the paper text itself could not be retrieved in this environment; the expression was
 * taken from several independent public implementations that cite Theorem 1 and agree on every
 * constant except the success-probability slope (0.201 in most, 0.204 in one). We use 0.201
 * (consistent with the "failure probability 0.61 + 0.201ε" form also found there). Equation numbers
 * inside the paper were not verified.
 *
 * α NOTE: Q counts queries to the block encoding U_A, and α already enters through the first and
 * last terms. A public Q-Newton implementation returns α·Q* / (0.39 − 0.204ε), i.e. multiplies by α a
 * second time (and uses 0.204). That double-counts the normalisation; it is deliberately NOT
 * reproduced here (the tests pin that Q* is affine, not quadratic, in α).
 */
import { InvalidArgumentError } from '../../errors';
import { checkAlpha, checkEpsilon, checkKappa } from './validate';

/** Smallest κ for which Theorem 1 of arXiv:2305.11352 holds: √12. */
export const DAS_MIN_KAPPA = Math.sqrt(12);
/** Largest ε for which Theorem 1 of arXiv:2305.11352 holds. */
export const DAS_MAX_EPSILON = 0.24;

/** Terms and totals of the Jennings et al. (2023) bound. */
export interface DasQueryBound {
  /** First term (adiabatic part, ∝ α·κ). */
  readonly adiabaticTerm: number;
  /** Second term (∝ ln²κ, independent of α). */
  readonly logSquaredTerm: number;
  /** Third term (eigenstate filtering, α·κ·ln(32/ε)). */
  readonly filteringTerm: number;
  /** Q*: expected queries of one run (sum of the three terms). */
  readonly queriesPerRun: number;
  /** Lower bound on the success probability of one run: 0.39 − 0.201·ε. */
  readonly successProbability: number;
  /** Q = Q* / (0.39 − 0.201·ε): expected queries until success. */
  readonly expectedQueries: number;
}

/**
 * Jennings et al. (2023) Theorem 1 query bound, in block-encoding queries (see file comment).
 * Throws InvalidArgumentError for κ < √12, ε ∉ (0, 0.24], α < 1.
 */
export function dasQueryBound(kappa: number, epsilon: number, alpha = 1): DasQueryBound {
  checkKappa(kappa);
  checkEpsilon(epsilon);
  checkAlpha(alpha);
  if (kappa < DAS_MIN_KAPPA) {
    throw new InvalidArgumentError(
      `the discrete-adiabatic (Jennings et al. 2023) bound needs kappa >= sqrt(12) ≈ 3.464, got ${kappa}; use kappa = max(kappa, sqrt(12)) as an upper bound or another solver`,
      { kappa },
    );
  }
  if (epsilon > DAS_MAX_EPSILON) {
    throw new InvalidArgumentError(`the discrete-adiabatic (Jennings et al. 2023) bound needs epsilon <= 0.24, got ${epsilon}`, { epsilon });
  }
  const l = Math.log(2 * kappa + 3);
  const adiabaticTerm =
    ((1741 * alpha * Math.E) / 500) * Math.sqrt(kappa * kappa + 1) * ((133 / 125 + 4 / (25 * Math.cbrt(kappa))) * Math.PI * l + 1);
  const logSquaredTerm = (351 / 50) * l * l * (Math.log((451 * l * l) / epsilon) + 1);
  const filteringTerm = alpha * kappa * Math.log(32 / epsilon);
  const queriesPerRun = adiabaticTerm + logSquaredTerm + filteringTerm;
  const successProbability = 0.39 - 0.201 * epsilon;
  return {
    adiabaticTerm, logSquaredTerm, filteringTerm, queriesPerRun, successProbability,
    expectedQueries: queriesPerRun / successProbability,
  };
}
