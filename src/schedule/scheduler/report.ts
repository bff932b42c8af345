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
  /** Data-loading construction of the oracles in the quantum price and why (compiled cost model; src/schedule/price/dataLoading.ts). */
  readonly dataLoading?: { readonly label: string; readonly reason: string };
  /**
   * Factor by which every quantum gate/measurement time (the quantum cost) must be multiplied for
   * this decision to flip: classicalSeconds / quantumSeconds (flipFactor.ts); null when not finite.
   */
  readonly flipFactor?: number | null;
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
  /** Iterations of the classical solve (1 for Cholesky / LU, CG steps otherwise). */
  readonly solveIterations?: number;
  /** False when the classical solve stopped at its cap (CG: 10·N steps) or at negative curvature above tolerance. */
  readonly solveConverged?: boolean;
  /** The projected cost of every phase of this decision under the one FLOP model (see flopModel.ts). */
  readonly account?: DecisionAccount;
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

/** Projected cost of one classical phase: flops of the FLOP model and flops / flopRate. */
export interface PhaseCost {
  readonly flops: number;
  readonly seconds: number;
}

/**
 * The quantum solve of one decision, split into its parts (seconds): one preparation of |g⟩ per
 * solver run, the solver runs themselves (× expected repetitions), and the extra shots of the
 * tomographic read-out of x (⌈N/ε²⌉ shots in all, each re-preparing |g⟩ and re-running the
 * solver; src/cost/endToEnd/readout.ts). With read-out off (the paper's accounting) only the
 * solver runs are priced and the other two parts are 0.
 */
export interface QuantumSolveAccount {
  readonly readout: boolean;
  readonly statePreparationSeconds: number;
  readonly solverSeconds: number;
  readonly readoutSeconds: number;
  /** statePreparation + solver + readout: the number the decision compared with the classical solve. */
  readonly totalSeconds: number;
  /** Expected repetitions of one solver run until success. */
  readonly repetitions: number;
  /** Shots of the read-out (1 when read-out is off). */
  readonly readoutShotCount: number;
}

/** Every phase of one (step, block) decision, projected under the one FLOP model. */
export interface DecisionAccount {
  /** The mini-batch gradient this block's update uses (a full forward + backward pass). */
  readonly gradient: PhaseCost;
  /** Forming the block Hessian. */
  readonly hessian: PhaseCost;
  /** Regularization and pruning. */
  readonly prune: PhaseCost;
  /** κ and α of the pruned matrix: needed by Q-Newton only (to decide and to size the quantum solver). */
  readonly kappa: PhaseCost;
  /** The classical solve (Cholesky or CG, the pricer's choice). */
  readonly classicalSolve: PhaseCost;
  /** The backtracking line search (forward passes on the batch and the check batch). */
  readonly lineSearch: PhaseCost;
  readonly quantumSolve: QuantumSolveAccount;
}

/** Phases a strategy's total is made of. */
export type PhaseName = 'gradient' | 'hessian' | 'hvp' | 'prune' | 'kappa' | 'classicalSolve' | 'quantumSolve' | 'lineSearch' | 'update';

/** One phase of a strategy total: projected seconds under the FLOP model (quantum: the pricer's seconds). */
export interface StrategyPhase {
  readonly phase: PhaseName;
  readonly flops: number;
  readonly seconds: number;
}

/** Strategy names of the report. */
export type StrategyName = 'q-newton' | 'classical-newton' | 'hessian-free-newton' | 'sgd' | 'adam';

/** One learning rate of a first-order baseline's sweep. */
export interface LearningRateTrial {
  readonly learningRate: number;
  /** Steps to the target evaluation loss (null: not reached within the cap). */
  readonly steps: number | null;
  readonly stepsRun: number;
  readonly finalEvalLoss: number;
  readonly projectedSeconds: number;
}

/** Projected totals of one strategy: every phase it needs, under the one FLOP model (plus quantum seconds). */
export interface StrategyTotal {
  readonly strategy: StrategyName;
  /** Training steps the strategy needs to reach `targetLoss` (null when it did not reach it within its cap). */
  readonly steps: number | null;
  /** Projected seconds of every phase of every step it ran (see `phases`). */
  readonly projectedSeconds: number;
  /** Cumulative projected seconds after each step (for the chart). */
  readonly cumulativeSeconds: readonly number[];
  readonly note?: string;
  /** The total split by phase (sums to projectedSeconds). */
  readonly phases?: readonly StrategyPhase[];
  /** Projected seconds of the linear solves alone (Newton strategies: the paper's accounting of training time). */
  readonly solveSeconds?: number;
  /** Steps until the test accuracy reached the Q-Newton run's final test accuracy (null: not within the cap). */
  readonly stepsToTestAccuracy?: number | null;
  /** Held-out test accuracy of the strategy's parameters when it stopped. */
  readonly testAccuracy?: number;
  /** Evaluation loss when it stopped. */
  readonly finalEvalLoss?: number;
  /** First-order baselines: the learning rate picked by the sweep, and the sweep. */
  readonly learningRate?: number;
  readonly sweep?: readonly LearningRateTrial[];
  /** Hessian-free Newton: CG solves that hit their iteration cap, of all solves. */
  readonly unconvergedSolves?: number;
  readonly solves?: number;
}

/** Wall-clock seconds measured on this machine (varies run to run: everything else in the report is deterministic). */
export interface MeasuredTimes {
  /** The whole run (= ScheduleReport.wallSeconds). */
  readonly wallSeconds: number;
  /** Per decision (same order as `decisions`): the phases as run here. κ-before is a diagnostic no strategy needs. */
  readonly decisions: ReadonlyArray<Readonly<Record<'gradient' | 'hessian' | 'kappaBefore' | 'prune' | 'kappa' | 'classicalSolve' | 'simulation' | 'lineSearch', number>>>;
  /**
   * Per strategy, the training compute as run here (evaluation-set and test-set checks excluded).
   * Q-Newton: its classical phases plus the classical solves it chose; its quantum solves cannot be
   * measured here and are left out (say so where shown). Baselines with a sweep: the picked run.
   */
  readonly strategies: Readonly<Partial<Record<StrategyName, number>>>;
  /** First-order baselines: the whole learning-rate sweep. */
  readonly sweeps: Readonly<Partial<Record<StrategyName, number>>>;
}

/** One of the paper's qualitative findings, checked on this run. */
export interface FindingCheck {
  readonly id: 'kappa-falls' | 'high-kappa-classical' | 'less-training-time' | 'attosecond-quantum-wins';
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
  /** How quantum solves were priced: with read-out of x (default) or the paper's accounting (no read-out). */
  readonly accounting?: ReportAccounting;
  /** Held-out MNIST test accuracy of the Newton run's final parameters (the target the baselines are measured against). */
  readonly testAccuracy?: number;
  /** Measured wall-clock times (the only non-deterministic part besides wallSeconds). */
  readonly measured?: MeasuredTimes;
}

/** The accounting assumptions, stated once in the report. */
export interface ReportAccounting {
  /** true: every quantum solve pays state preparation and ⌈N/ε²⌉-shot read-out of x (the Newton update needs x). */
  readonly readout: boolean;
  /** Human label, e.g. "read-out on: ..." or "--no-readout: the paper's accounting ...". */
  readonly label: string;
  /** Classical FLOP rate of every projected classical phase, flops/s. */
  readonly flopRate: number;
  /** Held-out test digits the accuracies are measured on. */
  readonly testCount: number;
}
