/**
 * The Q-Newton schedule report: every per-step, per-block decision of a scheduled training run and
 * the projected totals per strategy. This is the contract between the scheduler (which produces it),
 * the HTML/SVG renderer (src/schedule/report) and the CLI/pipeline (which print and write it as JSON).
 * Plain data only (numbers, strings, booleans, arrays, records) so JSON.stringify round-trips it.
 */

/** Which solver a decision picked. */
export type SolveChoice = 'quantum' | 'classical';

/** How the Newton direction that was applied was actually computed in this run. */
export type AppliedSolve = 'classical-solve' | 'simulated-circuit';

/** One scheduling decision: one parameter block at one training step. */
export interface ScheduleDecision {
  /** Training step (0-based). */
  readonly step: number;
  /** Parameter block name, e.g. "W1", "b2". */
  readonly block: string;
  /** Block dimension N. */
  readonly n: number;
  /** κ of the unregularized block Hessian (Infinity/null when singular or indefinite: see kappaNote). */
  readonly kappaBefore: number | null;
  /** κ after regularization H + c·max|H|·I and pruning (what the solver sees). */
  readonly kappaAfter: number;
  /** How kappaBefore was obtained or why it is null (e.g. "indefinite: λmin = -3e-4"). */
  readonly kappaNote?: string;
  /** Exactly-zero rows of the unregularized block Hessian (> 0: singular, κ-before not iterated). */
  readonly zeroRowCount?: number;
  /** Row sparsity d after pruning. */
  readonly sparsity: number;
  readonly nonZeroCount: number;
  /** Block-encoding normalization α. */
  readonly alpha: number;
  /** Projected quantum seconds for this solve (QuantumPrice.totalSeconds). */
  readonly quantumSeconds: number;
  /** Projected classical seconds (ClassicalPrice.seconds). */
  readonly classicalSeconds: number;
  readonly classicalMethod: 'cholesky' | 'cg';
  /** Block-encoding queries of the quantum solve. */
  readonly quantumQueries: number;
  readonly choice: SolveChoice;
  /** How the applied direction was computed; 'simulated-circuit' only for tiny blocks, flagged. */
  readonly applied: AppliedSolve;
  /** State fidelity of the simulated solution against the classical one (only when simulated). */
  readonly simulationFidelity?: number;
  /** Mini-batch loss before / after this block's Newton update. */
  readonly lossBefore: number;
  readonly lossAfter: number;
  /** Step size η of the damped update θ ← θ − η·Δ (0 = update skipped, see updateNote). */
  readonly stepSize?: number;
  /** Halvings of the backtracking line search. */
  readonly backtracks?: number;
  /** Classical solver that computed (or, when simulated, checked) the direction. */
  readonly solveMethod?: 'cholesky' | 'lu' | 'cg' | 'hvp-cg';
  /** Why the update was skipped or how the direction was obtained, when noteworthy. */
  readonly updateNote?: string;
  /** Spectrum remarks of the solver's matrix (e.g. "indefinite: λmin = ..."). */
  readonly kappaAfterNote?: string;
  /** Circuit width of the simulated solve (only when simulated). */
  readonly simulationQubits?: number;
  /** Prices under the optional second (attosecond) pricer, seconds. */
  readonly attosecondQuantumSeconds?: number;
  readonly attosecondClassicalSeconds?: number;
  /** 'matrix-free' when the block Hessian was never formed (Hessian-vector products only); absent = exact. */
  readonly hessianMode?: 'exact' | 'matrix-free';
  /**
   * Decision fields that are ESTIMATES rather than computed from the formed matrix (matrix-free:
   * 'sparsity', 'nonZeroCount', 'alpha', 'zeroRowCount' from sampled rows; 'kappaAfter' of the
   * regularized but unpruned operator). Absent = every field computed exactly.
   */
  readonly estimated?: readonly string[];
  /** How the matrix-free numbers were obtained (only when hessianMode = 'matrix-free'). */
  readonly matrixFree?: MatrixFreeDetails;
}

/** Provenance of a matrix-free decision (see src/schedule/scheduler/matrixFreeSystem.ts). */
export interface MatrixFreeDetails {
  /** Hessian rows sampled (one HVP each) and how many of them were exactly zero. */
  readonly sampledRows: number;
  readonly zeroRowsSampled: number;
  /** Sampled max|H_ij| (≤ the true value) and the regularization shift c·that. */
  readonly maxAbsEstimate: number;
  readonly shift: number;
  /** Lanczos steps and convergence of κ before (0 when rank deficiency was detected) and κ after. */
  readonly kappaBeforeIterations: number;
  readonly kappaAfterIterations: number;
  readonly kappaAfterConverged: boolean;
  /** CG on H̃ = H + shift·I by HVPs: iterations, why it stopped, ‖H̃Δ − g‖/‖g‖. */
  readonly cgIterations: number;
  readonly cgStop: 'converged' | 'iteration-cap' | 'negative-curvature';
  readonly cgRelativeResidual: number;
  /** All Hessian-vector products of this decision (rows + Lanczos + CG). */
  readonly hvpCount: number;
}

/** Projected totals of one strategy. */
export interface StrategyTotal {
  readonly strategy: 'q-newton' | 'classical-newton' | 'sgd';
  /** Training steps the strategy needs to reach `targetLoss` (null when it did not reach it within its cap). */
  readonly steps: number | null;
  /** Projected seconds of the linear solves (Newton strategies) or gradient steps (SGD). */
  readonly projectedSeconds: number;
  /** Cumulative projected seconds after each step (for the chart). */
  readonly cumulativeSeconds: readonly number[];
  readonly note?: string;
}

/** One of the paper's qualitative findings, checked on this run. */
export interface FindingCheck {
  readonly id: 'kappa-falls' | 'high-kappa-classical' | 'attosecond-quantum-wins';
  readonly statement: string;
  /** true = holds on this run, false = does not hold, null = not testable on this run (say why in detail). */
  readonly holds: boolean | null;
  readonly detail: string;
}

/** The whole report. */
export interface ScheduleReport {
  readonly version: 1;
  /** Run configuration (model spec, steps, batch size, c, d, ε, solver, hardware, qec, seed, ...). */
  readonly config: Readonly<Record<string, string | number | boolean>>;
  /** Mini-batch loss at the start of each step and after the last one (length steps + 1). */
  readonly lossHistory: readonly number[];
  /** Every decision in (step, block order) order. */
  readonly decisions: readonly ScheduleDecision[];
  /** The loss all strategies are compared at. */
  readonly targetLoss: number;
  readonly totals: readonly StrategyTotal[];
  readonly findings: readonly FindingCheck[];
  /** Wall-clock seconds this run actually took (measured, not projected). */
  readonly wallSeconds: number;
  /** Loss on the fixed evaluation set at the start of each step and after the last one (length steps + 1). */
  readonly evalLossHistory?: readonly number[];
}
