/**
 * One entry point for the quantum-linear-solver query counts used by the estimator:
 * qlsaQueryCount('qsvt' | 'hhl' | 'das' | 'costa' | 'dalzell', { kappa, epsilon, ... }). All counts are in
 * queries to the block encoding U_A of A/α; see das.ts and models.ts for formulas and references.
 */
import { formatFixed, formatScientific } from '../../format';
import { UnknownNameError } from '../../errors';
import { dasQueryBound } from './das';
import { CostaConstant, costaCost, dalzellCost, hhlCost, qsvtInversionCost } from './models';
import { checkAlpha, checkEpsilon, checkKappa, checkProbability } from './validate';

/** Known solver names. */
/**
 * Known solver names. 'das' (Jennings et al. 2023), 'costa' (Costa et al. 2022) and 'dalzell'
 * (Dalzell 2024) are QUERY MODELS here: published query formulas, not counts of a compiled circuit.
 */
export const QLSA_SOLVERS = ['qsvt', 'hhl', 'das', 'costa', 'dalzell'] as const;
/** A quantum linear-system solver. */
export type QlsaSolver = (typeof QLSA_SOLVERS)[number];

/** Inputs of {@link qlsaQueryCount}. */
export interface QlsaParams {
  /** Condition number bound κ ≥ 1 of A (‖A‖ = 1). */
  readonly kappa: number;
  /** Target error ε ∈ (0, 1) (DAS: ε ≤ 0.24). */
  readonly epsilon: number;
  /** Block-encoding normalisation α ≥ 1 (U_A encodes A/α); default 1. */
  readonly alpha?: number;
  /** Per-circuit success probability when known (e.g. from ‖A⁻¹b‖); qsvt/hhl default to the worst case. */
  readonly successProbability?: number;
  /** Use amplitude amplification for qsvt/hhl (default true); otherwise repeat until success. */
  readonly amplitudeAmplification?: boolean;
  /** HHL clock register size (default ⌈log₂(2ακ/ε)⌉). */
  readonly clockBits?: number;
  /** QSVT: max |P| of the inverse polynomial (default 0.9). */
  readonly peakBound?: number;
  /** Costa walk constant: 'proven' (2305, default) or 'measured' (≈ 1.84, arXiv:2312.07690). */
  readonly costaConstant?: CostaConstant;
}

/** Output of {@link qlsaQueryCount}. */
export interface QlsaQueryCount {
  readonly solver: QlsaSolver;
  /** Expected U_A queries until the normalised solution state is produced once. */
  readonly queries: number;
  /** U_A queries of one circuit / run (before repetition or amplification). */
  readonly queriesPerRun: number;
  /** Success probability of one circuit / run (before amplification). */
  readonly successProbability: number;
  /** What was assumed, with references. */
  readonly notes: readonly string[];
}

/**
 * Expected block-encoding query count of a quantum linear solver. Throws InvalidArgumentError for
 * κ < 1, ε ∉ (0, 1), α < 1, and for 'das' κ < √12 or ε > 0.24; UnknownNameError for other solvers.
 */
export function qlsaQueryCount(solver: QlsaSolver, params: QlsaParams): QlsaQueryCount {
  const { kappa, epsilon } = params;
  const alpha = params.alpha ?? 1;
  checkKappa(kappa);
  checkEpsilon(epsilon);
  checkAlpha(alpha);
  if (params.successProbability !== undefined) checkProbability('successProbability', params.successProbability);
  const kappaEff = alpha * kappa;
  const amplify = params.amplitudeAmplification ?? true;
  switch (solver) {
    case 'das': {
      const b = dasQueryBound(kappa, epsilon, alpha);
      return {
        solver, queries: b.expectedQueries, queriesPerRun: b.queriesPerRun, successProbability: b.successProbability,
        notes: [
          'QUERY MODEL: Jennings, Lostaglio, Pallister, Sornborger, Subasi, arXiv:2305.11352, Theorem 1: Q = Q* / (0.39 - 0.201 eps)',
          'alpha enters Q* once (block-encoding queries); not multiplied by alpha again',
          `valid for kappa >= sqrt(12), eps <= 0.24; terms: ${formatScientific(b.adiabaticTerm, 5)} + ${formatScientific(b.logSquaredTerm, 5)} + ${formatScientific(b.filteringTerm, 5)}`,
        ],
      };
    }
    case 'costa': {
      const c = costaCost(kappaEff, epsilon, { constant: params.costaConstant });
      return {
        solver, queries: c.queries, queriesPerRun: c.queries, successProbability: 1,
        notes: [
          'QUERY MODEL: Costa, An, Sanders, Su, Babbush, Berry, PRX Quantum 3, 040303 (2022), arXiv:2111.08152: O(kappa log(1/eps))',
          c.constant === 'proven'
            ? `adiabatic walk: 2305*kappa_eff = ${c.walkSteps} steps (PROVEN upper-bound constant 2305; ~1.84 measured, arXiv:2312.07690)`
            : `adiabatic walk: 1.84*kappa_eff = ${c.walkSteps} steps (MEASURED constant 1.84 of arXiv:2312.07690 on random matrices, not a bound; proven 2305)`,
          `eigenstate filter (Lin & Tong 2020, Lemma 2): degree ${c.filterDegree}`,
          'success probability of the filter idealised as 1 (constant-error adiabatic stage); kappa_eff = alpha*kappa',
        ],
      };
    }
    case 'qsvt': {
      const q = qsvtInversionCost(kappaEff, epsilon, { successProbability: params.successProbability, amplify, peakBound: params.peakBound });
      return {
        solver, queries: q.expectedQueries, queriesPerRun: q.degree, successProbability: q.successProbability,
        notes: [
          `QSVT inversion (Gilyen-Su-Low-Wiebe 2019): polynomial degree ${q.degree} = queries per circuit, scale s = ${formatFixed(q.scale, 4)}`,
          params.successProbability === undefined ? 'success probability: worst case (s/kappa_eff)^2' : 'success probability: caller-supplied',
          amplify ? `amplitude amplification: ${q.amplified.circuitsPerAttempt} circuits per attempt` : 'no amplitude amplification: repeat until success',
        ],
      };
    }
    case 'hhl': {
      const h = hhlCost(kappaEff, epsilon, { clockBits: params.clockBits, successProbability: params.successProbability, amplify });
      return {
        solver, queries: h.expectedQueries, queriesPerRun: h.queriesPerCircuit, successProbability: h.successProbability,
        notes: [
          `HHL model (Harrow-Hassidim-Lloyd 2009): QPE with ${h.clockBits} clock bits on exp(i pi A/alpha), forward + inverse`,
          'controlled evolutions by QSP Hamiltonian simulation, 2*ceil(e*tau/2 + ln(2/delta)) + 1 queries each (GSLW Cor. 62 model)',
          params.successProbability === undefined ? 'success probability: worst case 1/kappa_eff^2' : 'success probability: caller-supplied',
          amplify ? `amplitude amplification: ${h.amplified.circuitsPerAttempt} circuits per attempt` : 'no amplitude amplification: repeat until success',
        ],
      };
    }
    case 'dalzell': {
      const d = dalzellCost(kappaEff, epsilon);
      return {
        solver, queries: d.queries, queriesPerRun: d.queries, successProbability: 1,
        notes: [
          'QUERY MODEL: Dalzell, "A shortcut to an optimal quantum linear system solver", arXiv:2406.12086 (kernel reflection)',
          `unknown norm: 56*kappa_eff + 1.05*kappa_eff*ln(1/eps) = ${formatScientific(d.queries, 5)} (o(kappa) dropped)`,
          `known norm would need kappa_eff*ln(2*sqrt(2)/eps) = ${formatScientific(d.knownNormQueries, 5)}; kappa_eff = alpha*kappa`,
        ],
      };
    }
    default:
      throw new UnknownNameError('QLSA solver', String(solver), QLSA_SOLVERS);
  }
}
