/**
 * The whole qnewton job (`qnewton run`, `npm start`): a short MNIST training run under the Q-Newton
 * scheduler (every block's Newton system priced quantum vs classical and solved), then one Hessian
 * block of the final step compiled to a quantum linear-solver circuit, optimized, emitted as
 * OpenQASM 2/3 and validated in simulation, then the cost of the network's full Newton system
 * estimated on the chosen hardware. Pure apart from the clock: returns every artifact as
 * (name, content) so the caller writes them only after all stages succeeded.
 */
import { InvalidArgumentError, UnknownNameError } from '../errors';
import type { CsrMatrix } from '../math/csrMatrix';
import { getHardwareProfile, HardwareProfile } from '../cost';
import { parameterBlocks, parameterCount, parseModelSpec } from '../hessian/mlpSpec';
import type { OptimizationLevel } from '../passes';
import { makeSolvePricer } from '../schedule/price';
import type { CostModel, QecChoice } from '../schedule/price/types';
import { resolveScheduleOptions, runResolvedSchedule, SCHEDULE_DEFAULTS, ScheduleReport } from '../schedule/scheduler';
import { renderScheduleHtml } from '../schedule/report';
import { estimateNetworkSolve, NetworkSolveEstimate, PROBLEM_OPTIONS, resolveDataLoadingOptions, resolveSolverOptions, SOLVER_OPTIONS } from '../schedule/estimate';
import { compileBlock, CompiledBlock } from './compileBlock';
import { pipelineSummary } from './summary';

/** Options of {@link runPipeline} (defaults in {@link PIPELINE_DEFAULTS}). */
export interface PipelineOptions {
  readonly model?: string;
  readonly steps?: number;
  readonly batchSize?: number;
  readonly seed?: number;
  /** Regularization c of H + c·max|H|·I. */
  readonly c?: number;
  /** Row sparsity d after pruning. */
  readonly sparsity?: number;
  /** Price state preparation and read-out of x in every quantum solve (default true; false: the paper's accounting). */
  readonly readout?: boolean;
  /** ε of each scheduled solve. */
  readonly epsilon?: number;
  /** Quantum solver priced by the scheduler and the estimate ('qsvt' | 'hhl' | 'das' | 'costa'). */
  readonly solver?: string;
  /** Hardware profile name or profile. */
  readonly hardware?: string | HardwareProfile;
  /** Error correction of the quantum price (default surface_code; none under the query cost model). */
  readonly qec?: QecChoice;
  /** 'compiled' (default: counts of the compiled solver circuit) or 'query' (the paper's model, QRAM assumed). */
  readonly costModel?: CostModel;
  /** Classical FLOP rate (flops/s); the CLI measures it when not given. */
  readonly flopRatePerSecond: number;
  /** Blocks with N ≤ this that the scheduler sends to the quantum solver are solved by simulating the circuit (default 8). */
  readonly simulateMaxN?: number;
  /** Block compiled to a circuit (default: the smallest block of the model). */
  readonly compileBlock?: string;
  /** ε of the compiled circuit (default 0.1: a short circuit that simulates in seconds). */
  readonly compileEpsilon?: number;
  readonly optimizeLevel?: OptimizationLevel;
  /** Data-loading construction of the oracles (default and choices: DATA_LOADING_OPTIONS in src/schedule/estimate/problemOptions.ts). */
  readonly dataLoading?: string;
  /** Logical-qubit budget of the data-loading choice (default: none). */
  readonly logicalQubitBudget?: number;
  /** Network sizes (parameter counts) to estimate besides the trained model's (default [10^6, 10^9]). */
  readonly estimateParams?: readonly number[];
}

/** Defaults of the bundled run (a couple of minutes on 2 cores). */
export const PIPELINE_DEFAULTS = Object.freeze({
  // The scheduler's and the estimate's own defaults, except a smaller model, more steps and circuit simulation on.
  batchSize: SCHEDULE_DEFAULTS.batchSize, seed: SCHEDULE_DEFAULTS.seed, c: SCHEDULE_DEFAULTS.c, readout: SCHEDULE_DEFAULTS.readout,
  sparsity: SCHEDULE_DEFAULTS.sparsity, epsilon: SCHEDULE_DEFAULTS.epsilon, solver: SCHEDULE_DEFAULTS.solver,
  hardware: PROBLEM_OPTIONS.hardware.default!, costModel: SOLVER_OPTIONS.costModel.default!,
  model: 'mlp:49-8-10:tanh', steps: 8, simulateMaxN: 8,
  compileEpsilon: 0.1, optimizeLevel: 3 as OptimizationLevel, estimateParams: [1e6, 1e9] as readonly number[],
});

/** Progress callbacks. */
export interface PipelineHooks {
  /** A stage starts: 1-based index of `count` stages. */
  onStage?(index: number, count: number, name: string): void;
  /** Scheduler progress (done of total decisions). */
  onProgress?(done: number, total: number, label: string): void;
}

/** Everything the pipeline produced. */
export interface PipelineResult {
  readonly schedule: ScheduleReport;
  readonly compiled: CompiledBlock;
  readonly estimates: readonly NetworkSolveEstimate[];
  /** Lines for the terminal: what happened, in words a newcomer understands. */
  readonly summary: readonly string[];
  /** Files to write under the output folder (name → content). */
  readonly files: ReadonlyArray<{ readonly name: string; readonly content: string }>;
}

/** The stages, in order (for progress display). */
export const PIPELINE_STAGES = ['scheduled training', 'compile + optimize + validate one block', 'estimate network cost'] as const;

/** The captured Newton system of one block at the last step. */
interface CapturedSystem { readonly block: string; readonly step: number; readonly matrix: CsrMatrix; readonly rhs: Float64Array }

/** Run the pipeline (see the file comment). Typed errors for bad options, before any work starts. */
export function runPipeline(options: PipelineOptions, hooks: PipelineHooks = {}): PipelineResult {
  const o = { ...PIPELINE_DEFAULTS, ...stripUndefined(options) };
  const spec = parseModelSpec(o.model);
  const blocks = parameterBlocks(spec);
  const target = o.compileBlock ?? [...blocks].sort((a, b) => a.size - b.size || a.name.localeCompare(b.name))[0].name;
  if (!blocks.some((b) => b.name === target)) throw new UnknownNameError('parameter block', target, blocks.map((b) => b.name));
  for (const p of o.estimateParams) {
    if (!(Number.isInteger(p) && p >= 2)) throw new InvalidArgumentError(`network sizes to estimate must be integers ≥ 2, got ${p}`);
  }
  const profile = typeof o.hardware === 'string' ? getHardwareProfile(o.hardware) : o.hardware;
  const { solver, qec } = resolveSolverOptions({ solver: o.solver, costModel: o.costModel, qec: options.qec });
  const { dataLoading, logicalQubitBudget } = resolveDataLoadingOptions({ dataLoading: o.dataLoading, logicalQubitBudget: o.logicalQubitBudget });
  const priceOptions = { solver, qec, costModel: o.costModel, flopRatePerSecond: o.flopRatePerSecond, dataLoading, logicalQubitBudget };
  const pricer = makeSolvePricer({ ...priceOptions, profile, endToEnd: o.readout });
  const attosecondPricer = makeSolvePricer({ ...priceOptions, profile: getHardwareProfile('attosecond'), endToEnd: o.readout });
  const stages = PIPELINE_STAGES.length;

  // Resolved once: typed errors for bad schedule options before stage 1 starts, and the same object runs the schedule.
  const scheduleOptions = resolveScheduleOptions({
    model: o.model, steps: o.steps, batchSize: o.batchSize, seed: o.seed, c: o.c, sparsity: o.sparsity, epsilon: o.epsilon,
    solver: o.solver, flopRate: o.flopRatePerSecond, attosecondPricer, simulateMaxN: o.simulateMaxN, readout: o.readout,
    configExtras: { hardware: profile.name, qec, costModel: o.costModel, oracle: dataLoading },
  });

  hooks.onStage?.(1, stages, PIPELINE_STAGES[0]);
  let captured: CapturedSystem | null = null;
  const schedule = runResolvedSchedule(scheduleOptions, pricer, {
    onProgress: hooks.onProgress,
    onBlockSystem: (s) => { if (s.block === target && s.step === o.steps - 1) captured = { block: s.block, step: s.step, matrix: s.matrix, rhs: Float64Array.from(s.rhs) }; },
  });
  const sys = captured as CapturedSystem | null;
  if (!sys) throw new InvalidArgumentError(`block ${target} was not scheduled at the last step; pass a block of the model`);

  hooks.onStage?.(2, stages, PIPELINE_STAGES[1]);
  const compiled = compileBlock(sys.matrix, sys.rhs, {
    name: `${target}-step${sys.step}`, solver: 'qsvt', blockEncoding: 'fable', epsilon: o.compileEpsilon, optimizeLevel: o.optimizeLevel,
  });

  hooks.onStage?.(3, stages, PIPELINE_STAGES[2]);
  const last = schedule.decisions.filter((d) => d.step === o.steps - 1);
  // The full network Hessian's κ is unknown (never formed): assume the median block κ of the last step.
  const sortedKappa = last.map((d) => d.kappaAfter).sort((a, b) => a - b);
  const kappa = sortedKappa[Math.floor(sortedKappa.length / 2)];
  const sizes = [parameterCount(spec), ...o.estimateParams];
  const estimates = sizes.map((params) => estimateNetworkSolve({
    params, sparsity: o.sparsity, kappa, epsilon: o.epsilon, solver: o.solver, hardware: profile, qec, costModel: o.costModel,
    flopRatePerSecond: o.flopRatePerSecond, dataLoading, logicalQubitBudget, dataLoadingFront: false,
  }));

  const summary = pipelineSummary({ schedule, compiled, estimates, kappaAssumed: kappa });
  const files = [
    { name: 'schedule.json', content: JSON.stringify(schedule, null, 2) + '\n' },
    { name: 'schedule.html', content: renderScheduleHtml(schedule) },
    ...compiled.files,
    { name: 'estimate.json', content: JSON.stringify(estimates, null, 2) + '\n' },
    { name: 'summary.txt', content: summary.join('\n') + '\n' },
  ];
  return { schedule, compiled, estimates, summary, files };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
