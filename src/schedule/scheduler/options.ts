/**
 * Options of the Q-Newton scheduler (Li, Liu, Wang & Chen, arXiv 2405.00252, §3–4) with their
 * defaults and validation. Validation throws typed errors (InvalidArgumentError, UnknownNameError)
 * whose messages say which option is wrong and what range is allowed.
 */
import { InvalidArgumentError, UnknownNameError, requireIntegerAtLeast, requireOpenUnitInterval, requirePositiveFinite } from '../../errors';
import { checkBatchFitsData } from '../../hessian/batchFitsData';
import { denseBlockBudgetBytes, denseBlockFits } from '../../hessian/memoryBudget';
import { MlpSpec, parameterBlocks, parseModelSpec } from '../../hessian/mlpSpec';
import { mnistSize } from '../../hessian/mnistData';
import type { SolvePricer } from '../price/types';
import { DEFAULT_REGULARIZATION_C } from '../../math/regularize';

/** The one default regularization strength c (declared in math/regularize.ts, shared by analyze, hessian, train and run). */
export { DEFAULT_REGULARIZATION_C };

/** Default model: 7×7-pooled MNIST, one tanh hidden layer of 16 (blocks W1 784, b1 16, W2 160, b2 10). */
export const DEFAULT_SCHEDULE_MODEL = 'mlp:49-16-10:tanh';


/** Default learning-rate sweep of the SGD baseline (the best one, fewest steps to the target, is reported). */
export const DEFAULT_SGD_LEARNING_RATES: readonly number[] = [0.03, 0.1, 0.3, 1];

/** Default learning-rate sweep of the Adam baseline (Kingma & Ba 2015; β₁ = 0.9, β₂ = 0.999, ε = 1e-8). */
export const DEFAULT_ADAM_LEARNING_RATES: readonly number[] = [1e-3, 3e-3, 1e-2, 3e-2];

/** Default cap of CG iterations per Hessian-free Newton step (Martens 2010 truncates CG likewise). */
export const DEFAULT_HF_CG_ITERATIONS = 50;

/** Default held-out MNIST test digits (disjoint from the training samples). */
export const DEFAULT_TEST_COUNT = 1000;

/**
 * How block Hessians are obtained: 'exact' forms each dense block (layerHessian.ts); 'matrix-free'
 * never forms it and works on Hessian-vector products (κ by Lanczos, the step by CG: Hessian-free
 * Newton, Martens 2010; d and α estimated from sampled rows, see matrixFreeSystem.ts); 'auto' is
 * matrix-free for a block whose dense N×N float64 copy exceeds the memory budget, exact otherwise.
 */
export const HESSIAN_MODES = ['exact', 'matrix-free', 'auto'] as const;

/** One of {@link HESSIAN_MODES}. */
export type HessianMode = (typeof HESSIAN_MODES)[number];

/**
 * The fixed defaults of {@link resolveScheduleOptions} (the ones that depend on other options,
 * e.g. evalCount = min(512, trainCount), are in the function). `qnewton train` declares its
 * defaults from here.
 */
export const SCHEDULE_DEFAULTS = Object.freeze({
  model: DEFAULT_SCHEDULE_MODEL, steps: 5, batchSize: 64, seed: 0, trainCount: 2000, c: DEFAULT_REGULARIZATION_C, sparsity: 8,
  epsilon: 1e-2, stepSize: 1, maxBacktracks: 8, warmupSgdSteps: 0, simulateMaxN: 0, simulateMaxQubits: 20, solver: 'qsvt',
  flopRate: 1e10, readout: true, hessian: 'auto' as HessianMode, hessianSampleRows: 64, cgMaxIterations: 250,
});

/** Options of {@link runQNewtonSchedule}. Every field but `model` has a default. */
export interface ScheduleOptions {
  /** Model spec, e.g. "mlp:49-16-10:tanh" (see src/hessian/mlpSpec.ts). */
  readonly model?: string;
  /** Newton steps (≥ 1, default 5). */
  readonly steps?: number;
  /** Mini-batch size per step (default 64). */
  readonly batchSize?: number;
  /** Seed of data order, initialization, batches (default 0). */
  readonly seed?: number;
  /** MNIST samples to draw batches from (default 2000). */
  readonly trainCount?: number;
  /** Samples of the fixed evaluation set, drawn from the training samples (default min(512, trainCount)). */
  readonly evalCount?: number;
  /** Regularization strength c ≥ 0 of H + c·max|H_ij|·I (default {@link DEFAULT_REGULARIZATION_C}). */
  readonly c?: number;
  /** Row sparsity d ≥ 1 of the pruned block (clamped to N per block; default 8). */
  readonly sparsity?: number;
  /** Target solution error ε ∈ (0, 1) of each linear solve (default 1e-2). */
  readonly epsilon?: number;
  /**
   * Initial Newton step size η₀ ∈ (0, 1] (default 1). Each block update is damped by
   * backtracking: η = η₀, η₀/2, … until the mini-batch loss decreases (Armijo, constant 1e-4)
   * and the loss on an independent check batch decreases too; see
   * src/schedule/scheduler/newtonDirection.ts.
   */
  readonly stepSize?: number;
  /** Halvings tried by the backtracking line search before the update is skipped (default 8). */
  readonly maxBacktracks?: number;
  /** Plain SGD steps before the first Newton step (default 0: Newton from the initialization). */
  readonly warmupSgdSteps?: number;
  /** Parameter blocks to schedule, in this order (default all: W1, b1, W2, b2, ...). */
  readonly blocks?: readonly string[];
  /**
   * Blocks with N ≤ simulateMaxN that choose quantum are solved by synthesizing the linear-solver
   * circuit and simulating it (default 0 = never). Their decision is flagged applied = 'simulated-circuit'.
   */
  readonly simulateMaxN?: number;
  /** Largest circuit width simulated (default 20 qubits); wider circuits fall back to the classical solve. */
  readonly simulateMaxQubits?: number;
  /** Quantum solver the pricer prices (recorded in the config; 'qsvt'/'hhl' are also simulated, others simulate with qsvt). */
  readonly solver?: string;
  /** Classical FLOP rate (flops/s) of every classical phase in the FLOP model (flopModel.ts); use the pricer's rate (default 1e10). */
  readonly flopRate?: number;
  /**
   * Price every quantum solve with state preparation of g and read-out of x by tomography
   * (⌈N/ε²⌉ shots; default true, since the Newton update needs x as numbers). false reproduces the
   * paper's accounting (solver runs only) and is labelled so in the report. The pricer must have
   * been made with endToEnd: true when this is true.
   */
  readonly readout?: boolean;
  /** Learning rates the SGD baseline sweeps (default {@link DEFAULT_SGD_LEARNING_RATES}). */
  readonly sgdLearningRates?: readonly number[];
  /** Learning rates the Adam baseline sweeps (default {@link DEFAULT_ADAM_LEARNING_RATES}). */
  readonly adamLearningRates?: readonly number[];
  /** Cap on the SGD and Adam baselines' steps (default 50·steps). */
  readonly sgdMaxSteps?: number;
  /** Cap on the Hessian-free Newton baseline's steps (default 10·steps). */
  readonly hfMaxSteps?: number;
  /** Cap on CG iterations per Hessian-free Newton step (default {@link DEFAULT_HF_CG_ITERATIONS}). */
  readonly hfCgIterations?: number;
  /** Held-out MNIST test digits for test accuracy, taken after the training samples (default {@link DEFAULT_TEST_COUNT}, at most what is left). */
  readonly testCount?: number;
  /** Optional second pricer (the attosecond machine) for the 'attosecond-quantum-wins' finding. */
  readonly attosecondPricer?: SolvePricer;
  /** Block Hessians exact, matrix-free, or auto (default 'auto'; see {@link HESSIAN_MODES}). */
  readonly hessian?: HessianMode;
  /**
   * Memory budget of one dense block Hessian, bytes (default `denseBlockBudgetBytes()` of
   * hessian/memoryBudget.ts: a third of the memory limit). 'auto' goes matrix-free above it;
   * 'exact' is refused above it (BLOCK_TOO_LARGE).
   */
  readonly hessianMemoryBytes?: number;
  /** Matrix-free: Hessian rows sampled (one HVP each) to estimate d, max|H_ij|, α and zero rows (default 64). */
  readonly hessianSampleRows?: number;
  /** Matrix-free: cap on the CG iterations (HVPs) of each Newton step (default 250). */
  readonly cgMaxIterations?: number;
  /** Extra provenance copied into report.config (hardware, qec, ...). */
  readonly configExtras?: Readonly<Record<string, string | number | boolean>>;
}

/** Options after defaults and validation ({@link resolveScheduleOptions}: resolve once, pass this on). */
export interface ResolvedScheduleOptions {
  readonly model: string;
  readonly spec: MlpSpec;
  readonly steps: number;
  readonly batchSize: number;
  readonly seed: number;
  readonly trainCount: number;
  readonly evalCount: number;
  readonly c: number;
  readonly sparsity: number;
  readonly epsilon: number;
  readonly stepSize: number;
  readonly maxBacktracks: number;
  readonly warmupSgdSteps: number;
  readonly blocks: readonly string[];
  readonly simulateMaxN: number;
  readonly simulateMaxQubits: number;
  readonly solver: string;
  readonly flopRate: number;
  readonly readout: boolean;
  readonly sgdLearningRates: readonly number[];
  readonly adamLearningRates: readonly number[];
  readonly sgdMaxSteps: number;
  readonly hessian: HessianMode;
  readonly hessianMemoryBytes: number;
  readonly hessianSampleRows: number;
  readonly cgMaxIterations: number;
  readonly hfMaxSteps: number;
  readonly hfCgIterations: number;
  readonly testCount: number;
  readonly attosecondPricer?: SolvePricer;
  readonly configExtras: Readonly<Record<string, string | number | boolean>>;
}

function intAtLeast(name: string, value: number, min: number): number {
  return requireIntegerAtLeast(value, min, name);
}

function positive(name: string, value: number): number {
  return requirePositiveFinite(value, name);
}

function learningRates(name: string, values: readonly number[]): readonly number[] {
  if (values.length === 0) throw new InvalidArgumentError(`${name} must list at least one learning rate`);
  for (const v of values) positive(name, v);
  return [...values];
}

/** Apply defaults and validate (see {@link ScheduleOptions} for ranges). */
export function resolveScheduleOptions(o: ScheduleOptions): ResolvedScheduleOptions {
  const D = SCHEDULE_DEFAULTS;
  const model = o.model ?? D.model;
  const spec = parseModelSpec(model);
  const steps = intAtLeast('steps', o.steps ?? D.steps, 1);
  const trainCount = intAtLeast('trainCount', o.trainCount ?? D.trainCount, 1);
  const batchSize = intAtLeast('batchSize', o.batchSize ?? D.batchSize, 1);
  checkBatchFitsData(batchSize, trainCount);
  const evalCount = intAtLeast('evalCount', o.evalCount ?? Math.min(512, trainCount), 1);
  if (evalCount > trainCount) throw new InvalidArgumentError(`evaluation set ${evalCount} exceeds the ${trainCount} training samples`);
  const seed = intAtLeast('seed', o.seed ?? D.seed, 0);
  const c = o.c ?? D.c;
  if (!(c >= 0) || !Number.isFinite(c)) throw new InvalidArgumentError(`regularization c must be a finite number ≥ 0, got ${c}`, { c });
  const sparsity = intAtLeast('sparsity d', o.sparsity ?? D.sparsity, 1);
  const epsilon = requireOpenUnitInterval(o.epsilon ?? D.epsilon, 'epsilon');
  const stepSize = o.stepSize ?? D.stepSize;
  if (!(stepSize > 0 && stepSize <= 1)) throw new InvalidArgumentError(`Newton step size must lie in (0, 1], got ${stepSize}`);
  const maxBacktracks = intAtLeast('maxBacktracks', o.maxBacktracks ?? D.maxBacktracks, 0);
  const warmupSgdSteps = intAtLeast('warmupSgdSteps', o.warmupSgdSteps ?? D.warmupSgdSteps, 0);
  const known = parameterBlocks(spec).map((b) => b.name);
  const blocks = o.blocks && o.blocks.length > 0 ? [...o.blocks] : known;
  for (const b of blocks) if (!known.includes(b)) throw new UnknownNameError('parameter block', b, known);
  if (new Set(blocks).size !== blocks.length) throw new InvalidArgumentError(`blocks list repeats a block: ${blocks.join(', ')}`);
  const simulateMaxN = intAtLeast('simulateMaxN', o.simulateMaxN ?? D.simulateMaxN, 0);
  const simulateMaxQubits = intAtLeast('simulateMaxQubits', o.simulateMaxQubits ?? D.simulateMaxQubits, 1);
  const solver = o.solver ?? D.solver;
  const flopRate = positive('flopRate', o.flopRate ?? D.flopRate);
  const readout = o.readout ?? D.readout;
  const sgdLearningRates = learningRates('sgdLearningRates', o.sgdLearningRates ?? DEFAULT_SGD_LEARNING_RATES);
  const adamLearningRates = learningRates('adamLearningRates', o.adamLearningRates ?? DEFAULT_ADAM_LEARNING_RATES);
  const sgdMaxSteps = intAtLeast('sgdMaxSteps', o.sgdMaxSteps ?? 50 * steps, 1);
  const hfMaxSteps = intAtLeast('hfMaxSteps', o.hfMaxSteps ?? 10 * steps, 1);
  const hfCgIterations = intAtLeast('hfCgIterations', o.hfCgIterations ?? DEFAULT_HF_CG_ITERATIONS, 1);
  const left = mnistSize() - trainCount;
  if (left < 1) throw new InvalidArgumentError(`trainCount ${trainCount} leaves no held-out MNIST digits for the test accuracy; use at most ${mnistSize() - 1}`);
  const testCount = intAtLeast('testCount', o.testCount ?? Math.min(DEFAULT_TEST_COUNT, left), 1);
  if (testCount > left) throw new InvalidArgumentError(`testCount ${testCount} exceeds the ${left} MNIST digits left after the ${trainCount} training samples`);
  const hessian = o.hessian ?? D.hessian;
  if (!(HESSIAN_MODES as readonly string[]).includes(hessian)) throw new UnknownNameError('Hessian mode', String(hessian), HESSIAN_MODES);
  const hessianMemoryBytes = positive('hessianMemoryBytes', o.hessianMemoryBytes ?? denseBlockBudgetBytes());
  const hessianSampleRows = intAtLeast('hessianSampleRows', o.hessianSampleRows ?? D.hessianSampleRows, 1);
  const cgMaxIterations = intAtLeast('cgMaxIterations', o.cgMaxIterations ?? D.cgMaxIterations, 1);
  return {
    model, spec, steps, batchSize, seed, trainCount, evalCount, c, sparsity, epsilon, stepSize, maxBacktracks, warmupSgdSteps,
    blocks, simulateMaxN, simulateMaxQubits, solver, flopRate, readout, sgdLearningRates, adamLearningRates, sgdMaxSteps,
    hfMaxSteps, hfCgIterations, testCount,
    hessian, hessianMemoryBytes, hessianSampleRows, cgMaxIterations,
    ...(o.attosecondPricer ? { attosecondPricer: o.attosecondPricer } : {}), configExtras: { ...(o.configExtras ?? {}) },
  };
}

/** Whether block `n` is handled matrix-free under the resolved options (see {@link HESSIAN_MODES}). */
export function isMatrixFreeBlock(o: Pick<ResolvedScheduleOptions, 'hessian' | 'hessianMemoryBytes'>, n: number): boolean {
  if (o.hessian === 'matrix-free') return true;
  if (o.hessian === 'exact') return false;
  return !denseBlockFits(n, o.hessianMemoryBytes);
}
