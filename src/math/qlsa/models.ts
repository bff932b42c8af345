/**
 * Query-count models for QSVT inversion, HHL and the Costa et al. (2022) discrete-adiabatic
 * solver, all in queries to the block encoding U_A of A/α (κ_eff = α·κ bounds the inverse of the
 * smallest singular value of A/α). The Jennings et al. (2023) bound lives in das.ts.
 */
import { inversePolynomialDegree, inversePolynomialScale } from '../poly/inverse';
import { checkProbability } from './validate';

/** Expected repetitions/amplification outcome for a per-attempt success probability p. */
export interface AmplifiedCost {
  /** Circuit applications per amplified attempt (2k+1 with k Grover rounds; 1 without amplification). */
  readonly circuitsPerAttempt: number;
  /** Success probability of one amplified attempt. */
  readonly amplifiedSuccessProbability: number;
  /** Expected circuit applications until success: circuitsPerAttempt / amplifiedSuccessProbability. */
  readonly expectedCircuits: number;
}

/**
 * Fixed-point-free amplitude amplification with k = max(0, ⌈π/(4θ) − 1/2⌉) rounds, θ = asin(√p):
 * success sin²((2k+1)θ) per attempt, repeated until success (Brassard, Høyer, Mosca, Tapp,
 * "Quantum amplitude amplification and estimation", Contemp. Math. 305 (2002), Thm. 2).
 * Without amplification: 1 circuit per attempt, expected 1/p.
 */
export function amplifiedCost(p: number, amplify: boolean): AmplifiedCost {
  checkProbability('successProbability', p);
  if (!amplify || p >= 0.5) return { circuitsPerAttempt: 1, amplifiedSuccessProbability: p, expectedCircuits: 1 / p };
  const theta = Math.asin(Math.sqrt(p));
  const k = Math.max(0, Math.ceil(Math.PI / (4 * theta) - 0.5));
  const circuits = 2 * k + 1;
  const ps = Math.sin(circuits * theta) ** 2;
  return { circuitsPerAttempt: circuits, amplifiedSuccessProbability: ps, expectedCircuits: circuits / ps };
}

/** QSVT inversion cost: degree d of the inverse polynomial per circuit, worst-case amplitude s/κ_eff. */
export interface QsvtInversionCost {
  readonly degree: number;
  readonly scale: number;
  /** Worst-case per-circuit success probability (s/κ_eff)² unless overridden. */
  readonly successProbability: number;
  readonly amplified: AmplifiedCost;
  /** Expected U_A queries until the solution state is produced: d · expectedCircuits. */
  readonly expectedQueries: number;
}

/**
 * QSVT matrix inversion (Gilyén, Su, Low, Wiebe, STOC 2019, Thm. 41 / Cor. 69; polynomial from
 * src/math/poly/inverse.ts): one circuit = d queries (d = polynomial degree); the Φ/−Φ real-part
 * combination (GSLW Cor. 18) is a controlled choice of phases and adds no queries.
 */
export function qsvtInversionCost(kappaEff: number, epsilon: number, options: { successProbability?: number; amplify?: boolean; peakBound?: number } = {}): QsvtInversionCost {
  const degree = inversePolynomialDegree(kappaEff, epsilon);
  const scale = inversePolynomialScale(kappaEff, epsilon, options.peakBound ?? 0.9);
  const p = options.successProbability ?? Math.min(1, (scale / kappaEff) ** 2);
  const amplified = amplifiedCost(p, options.amplify ?? true);
  return { degree, scale, successProbability: p, amplified, expectedQueries: degree * amplified.expectedCircuits };
}

/** Default HHL clock register size: t = ⌈log₂(2κ_eff/ε)⌉ bits (resolves λ ≥ 1/κ_eff to relative error ε). */
export function hhlDefaultClockBits(kappaEff: number, epsilon: number): number {
  return Math.max(1, Math.ceil(Math.log2((2 * kappaEff) / epsilon)));
}

/**
 * Queries for e^{iτ(A/α)} to error δ by QSP/qubitization Hamiltonian simulation: 2r + 1 with
 * r = ⌈e·|τ|/2 + ln(2/δ)⌉ the Jacobi–Anger truncation order (GSLW, STOC 2019, Lemma 57 and
 * Cor. 62; Low & Chuang, Quantum 3, 163 (2019)). A model, not a tight count.
 */
export function hamiltonianSimulationQueries(timeTau: number, delta: number): number {
  const r = Math.ceil((Math.E * Math.abs(timeTau)) / 2 + Math.log(2 / delta));
  return 2 * r + 1;
}

/** HHL cost model (see {@link hhlCost}). */
export interface HhlCost {
  readonly clockBits: number;
  /** Queries of one QPE (controlled e^{iπ(A/α)2^k}, k < t). */
  readonly qpeQueries: number;
  /** Queries per circuit: QPE + inverse QPE. */
  readonly queriesPerCircuit: number;
  readonly successProbability: number;
  readonly amplified: AmplifiedCost;
  readonly expectedQueries: number;
}

/**
 * HHL (Harrow, Hassidim, Lloyd, PRL 103, 150502 (2009)) as a query model: phase estimation with t
 * clock bits on e^{iπA/α} (eigenphases λ/2 ∈ [−1/2, 1/2]); the controlled powers 2^k, k < t, are each
 * simulated with {@link hamiltonianSimulationQueries} at error δ = ε/(4t); QPE is run forward and
 * backward (uncompute). The conditional rotation C/λ with C = 1/κ_eff succeeds with worst-case
 * probability 1/κ_eff² (overridable), followed by amplitude amplification.
 */
export function hhlCost(kappaEff: number, epsilon: number, options: { clockBits?: number; successProbability?: number; amplify?: boolean } = {}): HhlCost {
  const clockBits = options.clockBits ?? hhlDefaultClockBits(kappaEff, epsilon);
  const delta = epsilon / (4 * clockBits);
  let qpeQueries = 0;
  for (let k = 0; k < clockBits; k++) qpeQueries += hamiltonianSimulationQueries(Math.PI * 2 ** k, delta);
  const queriesPerCircuit = 2 * qpeQueries;
  const p = options.successProbability ?? Math.min(1, 1 / (kappaEff * kappaEff));
  const amplified = amplifiedCost(p, options.amplify ?? true);
  return { clockBits, qpeQueries, queriesPerCircuit, successProbability: p, amplified, expectedQueries: queriesPerCircuit * amplified.expectedCircuits };
}

/**
 * Proven (numerically derived upper-bound) constant of the discrete adiabatic walk: the adiabatic
 * error is ≤ α·κ/T with α = 2305 (Costa, An, Sanders, Su, Babbush, Berry, PRX Quantum 3, 040303
 * (2022); restated as α = 2305 in Costa, An, Babbush, Berry, arXiv:2312.07690).
 */
export const COSTA_WALK_CONSTANT = 2305;

/**
 * Measured constant of the discrete adiabatic walk: α ≈ 1.84 in the same error form α·κ/T, found by
 * numerical tests on random matrices (Costa, An, Babbush, Berry, "The discrete adiabatic quantum
 * linear system solver has lower constant factors than the randomized adiabatic solver",
 * arXiv:2312.07690, about 1,200× below the proven 2305). An observation, not a bound.
 */
export const COSTA_MEASURED_WALK_CONSTANT = 1.84;

/** Which Costa walk constant to use: the proven bound (2305) or the measured value (≈ 1.84). */
export type CostaConstant = 'proven' | 'measured';
/** Known {@link CostaConstant} names. */
export const COSTA_CONSTANTS: readonly CostaConstant[] = ['proven', 'measured'];

/** The walk constant α of a {@link CostaConstant}. */
export function costaWalkConstant(constant: CostaConstant): number {
  return constant === 'measured' ? COSTA_MEASURED_WALK_CONSTANT : COSTA_WALK_CONSTANT;
}

/** Costa et al. (2022) cost split. */
export interface CostaCost {
  /** Walk constant α used (2305 proven or 1.84 measured). */
  readonly walkConstant: number;
  readonly constant: CostaConstant;
  readonly walkSteps: number;
  readonly filterDegree: number;
  readonly queries: number;
}

/**
 * Costa, An, Sanders, Su, Babbush, Berry, "Optimal scaling quantum linear-systems solver via
 * discrete adiabatic theorem", PRX Quantum 3, 040303 (2022), arXiv:2111.08152: O(κ log(1/ε)).
 * Adiabatic part: T = ⌈α·κ/ε_ad⌉ walk steps for adiabatic error ε_ad (default ε_ad = 1, i.e. T = α·κ,
 * the constant-error stage that the filter then cleans up), α = 2305 (proven) or ≈ 1.84 (measured,
 * arXiv:2312.07690); one U_A query per walk step. Filtering part: Lin & Tong, Quantum 4, 361 (2020),
 * Lemma 2 eigenstate filter R_ℓ of degree 2ℓ with |R_ℓ| ≤ 2e^{−√2·ℓ·Δ}, gap Δ = 1/κ, so
 * ℓ = ⌈κ·ln(2/ε)/√2⌉. The filter's success probability (≈ 1 for constant adiabatic error) is not
 * modelled; the total is the sum of both parts.
 */
export function costaCost(kappaEff: number, epsilon: number, options: { constant?: CostaConstant; adiabaticError?: number } = {}): CostaCost {
  const constant = options.constant ?? 'proven';
  const walkConstant = costaWalkConstant(constant);
  const adiabaticError = options.adiabaticError ?? 1;
  checkProbability('adiabaticError', adiabaticError);
  const walkSteps = Math.ceil((walkConstant * kappaEff) / adiabaticError);
  const ell = eigenstateFilterHalfDegree(kappaEff, epsilon);
  const filterDegree = 2 * ell;
  return { walkConstant, constant, walkSteps, filterDegree, queries: walkSteps + filterDegree };
}

/**
 * Half-degree ℓ of the Lin–Tong eigenstate filter R_ℓ(x; Δ) (Lin & Tong, Quantum 4, 361 (2020),
 * Lemma 2: |R_ℓ(x)| ≤ 2e^{−√2·ℓ·Δ} for Δ ≤ |x| ≤ 1) reaching ε at gap Δ = 1/κ: ℓ = ⌈κ·ln(2/ε)/√2⌉.
 */
export function eigenstateFilterHalfDegree(kappa: number, epsilon: number): number {
  return Math.max(1, Math.ceil((kappa * Math.log(2 / epsilon)) / Math.SQRT2));
}

/** Dalzell (2024) query model (see {@link dalzellCost}). */
export interface DalzellCost {
  /** Leading-order queries when ‖x‖ is known exactly: κ·ln(2√2/ε) (the (1+O(ε)) factor dropped). */
  readonly knownNormQueries: number;
  /** Explicit upper bound with unknown norm: 56κ + 1.05·κ·ln(1/ε) (the o(κ) term dropped). */
  readonly queries: number;
}

/**
 * QUERY MODEL of Dalzell, "A shortcut to an optimal quantum linear system solver", arXiv:2406.12086
 * (kernel reflection, an extension of eigenstate filtering; no adiabatic path): with ‖x‖ known
 * exactly, (1+O(ε))·κ·ln(2√2/ε) queries; with ‖x‖ estimated, the explicit upper bound
 * 56κ + 1.05·κ·ln(1/ε) + o(κ) queries to U_A. Lower-order terms are dropped here (a model, not a
 * count of a compiled circuit). The constants are those of the paper's abstract-level statement.
 */
export function dalzellCost(kappaEff: number, epsilon: number): DalzellCost {
  return {
    knownNormQueries: kappaEff * Math.log((2 * Math.SQRT2) / epsilon),
    queries: 56 * kappaEff + 1.05 * kappaEff * Math.log(1 / epsilon),
  };
}
