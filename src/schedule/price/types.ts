/**
 * The pricing contract between the resource estimator (src/schedule/price) and the Q-Newton
 * scheduler (src/schedule/scheduler): what one linear solve H x = g of a given shape costs on a
 * quantum machine (from the compiled solver circuit's logical counts and a hardware profile) and
 * on a classical machine (dense Cholesky or conjugate gradient at a FLOP rate). All times in
 * seconds, suffixed `Seconds`.
 */
import type { LogicalGateCounts, PhysicalEstimate, HardwareProfile } from '../../cost';
import type { QlsaSolver } from '../../math/qlsa';
import type { LookupConstruction } from '../../ops/oracles/lookupConstruction';
import type { DataLoadingPoint, DataLoadingRequest } from './dataLoading';

/** Error-correction choice: 'none' prices the un-encoded critical path; 'surface_code' the Azure-RE-style estimate. */
export type QecChoice = 'none' | 'surface_code';

/**
 * How a quantum solve is priced. 'compiled' (default): from the logical counts of the compiled
 * shape-only solver circuit, whose sparse-access oracles are QROM table lookups costing O(N·d)
 * Toffolis per query (no QRAM). 'query': the Q-Newton paper's model (Li, Liu, Wang, Chen,
 * arXiv:2405.00252), runtime = block-encoding queries × the time of one query, ASSUMING efficient
 * oracle access (QRAM) — see src/schedule/price/queryModel.ts.
 */
export type CostModel = 'compiled' | 'query';

/** Shape of one linear system, enough to price it without the matrix. */
export interface SolveShape {
  /** Matrix dimension N (≥ 2). */
  readonly n: number;
  /** Row sparsity d after pruning (1 ≤ d ≤ N). */
  readonly sparsity: number;
  /** Stored non-zeros (default N·d). */
  readonly nonZeroCount?: number;
  /** Condition number κ of the (regularized, pruned) matrix (≥ 1). */
  readonly kappa: number;
  /** Target solution error ε in (0, 1). */
  readonly epsilon: number;
  /** Block-encoding normalization α = d·max|A_ij| (default: d·1, i.e. entries scaled to ≤ 1). */
  readonly alpha?: number;
}

/** Options of a quantum price. */
export interface QuantumPriceOptions {
  readonly solver: QlsaSolver;
  readonly profile: HardwareProfile;
  readonly qec: QecChoice;
  /** Total error budget for the surface-code estimate (default 1e-3). */
  readonly errorBudget?: number;
  /** Bits of precision of the entry oracle (default: derived — the smallest b ≥ 4 with κ_eff·π/2^b ≤ ε/2, as src/synth does; see price/solverPlan.ts). */
  readonly oracleBits?: number;
  /** Include gradient state preparation and tomography read-out of x (default false). */
  readonly endToEnd?: boolean;
  /**
   * 'compiled' (default, the compiled circuit's counts) or 'query' (queries × one oracle access,
   * the paper's assumption; priced without error correction only: qec must be 'none').
   */
  readonly costModel?: CostModel;
  /**
   * Data-loading construction of the oracles' table lookups: 'qrom' (default), 'qroam', 'qram' or
   * 'auto' (the rule of src/schedule/price/dataLoading.ts). Not used by the 'query' cost model.
   */
  readonly dataLoading?: string;
  /** Logical-qubit budget of the solver circuit that the data-loading choice must fit (default: none). */
  readonly logicalQubitBudget?: number;
  /** Also price every construction and report the qubits-vs-runtime front of all of them (default false). */
  readonly dataLoadingFront?: boolean;
}

/** Which data-loading construction priced a solve, and why. */
export interface DataLoadingReport {
  readonly request: DataLoadingRequest;
  readonly construction: LookupConstruction;
  readonly label: string;
  readonly reason: string;
  /** The budget the choice had to fit (absent: none). */
  readonly logicalQubitBudget?: number;
  /** The candidates of the request, priced (dominated ones marked among them). */
  readonly candidates: readonly DataLoadingPoint[];
  /** Every construction priced, dominated ones marked (only when dataLoadingFront was asked for). */
  readonly front?: readonly DataLoadingPoint[];
}

/** The numbers behind a 'query'-model price (src/schedule/price/queryModel.ts). */
export interface QueryModelDetails {
  /** Two-qubit-gate layers assumed per block-encoding query: ⌈log₂(N·d)⌉. */
  readonly layersPerQuery: number;
  /** Time of one query on the profile: layersPerQuery × two-qubit gate time, ns. */
  readonly queryTimeNs: number;
  /** Expected queries until one success: queries per run × repetitions. */
  readonly expectedQueries: number;
}

/** Price of one quantum linear solve. */
export interface QuantumPrice {
  readonly solver: QlsaSolver;
  /** Block-encoding queries of the solver (polynomial degree for QSVT). */
  readonly blockEncodingQueries: number;
  /**
   * Logical counts of the solver circuit (call-graph fold of the shape-only circuit). Under the
   * 'query' cost model: the full register width, but gates of everything EXCEPT the U_A / U_A†
   * calls (those are the queries, priced as oracle accesses; their gates are not modelled).
   */
  readonly logical: LogicalGateCounts;
  /** Expected repetitions to succeed once (1/success probability, or amplitude-amplification rounds). */
  readonly repetitions: number;
  /** Runtime of the solver for one successful solution (repetitions included), seconds. */
  readonly solverSeconds: number;
  /** Surface-code estimate (only when qec = 'surface_code'). */
  readonly physical?: PhysicalEstimate;
  /** State preparation + read-out seconds (only when endToEnd), shown separately. */
  readonly endToEndSeconds?: number;
  /** One Möttönen preparation of |g⟩, seconds (only when endToEnd). */
  readonly statePreparationSeconds?: number;
  /** Shots of the tomographic read-out of x, ⌈N/ε²⌉ (only when endToEnd). */
  readonly readoutShotCount?: number;
  /** The number the scheduler compares: solverSeconds, plus endToEndSeconds when requested. */
  readonly totalSeconds: number;
  /** Which model priced it (always set by priceQuantumSolve; absent in older/fake prices means 'compiled'). */
  readonly costModel?: CostModel;
  /** Query-model numbers (costModel 'query' only). */
  readonly queryModel?: QueryModelDetails;
  /** The data-loading construction of the oracles and why (costModel 'compiled' only). */
  readonly dataLoading?: DataLoadingReport;
}

/** Price of one classical solve. */
export interface ClassicalPrice {
  readonly method: 'cholesky' | 'cg';
  readonly flops: number;
  readonly seconds: number;
}

/** Prices a solve both ways; the scheduler takes one of these as a parameter (tests may inject a fake). */
export interface SolvePricer {
  quantum(shape: SolveShape): QuantumPrice;
  classical(shape: SolveShape): ClassicalPrice;
}
