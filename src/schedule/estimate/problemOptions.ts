/**
 * The one declaration of the options of a Newton-system solve shared by the `estimate` and
 * `breakeven` stages (and their CLI commands): what each option means, its default and its range
 * check. The library fills defaults from here ({@link resolveProblemOptions},
 * {@link resolveSolverOptions}); the CLI (src/cli/commands/problemArgs.ts) declares its flags and
 * help text from here and maps the `option` detail of an error to its flag. Messages name the
 * quantity, never a CLI flag.
 */
import { InvalidArgumentError, requireIntegerAtLeast, requireOpenUnitInterval } from '../../errors';
import type { HardwareProfile } from '../../cost';
import { checkFlopRate, getHardwareProfile } from '../../cost';
import { DEFAULT_ERROR_BUDGET } from '../price/quantumPrice';
import type { CostModel, QecChoice, SolveShape } from '../price/types';
import { checkCostModel, checkErrorBudget, checkOracleBits, checkQecChoice, checkSolverName } from '../price/validateShape';
import type { QlsaSolver } from '../../math/qlsa';
import { DEFAULT_DATA_LOADING, DataLoadingRequest, checkDataLoadingRequest, checkLogicalQubitBudget } from '../price/dataLoading';

/** One option: help text, its default (a value, or words when it is derived) and its range check. */
export interface OptionSpec<T> {
  /** What the option is, for help text (no default in it). */
  readonly describe: string;
  /** The default the library uses when the option is absent (undefined: derived, see defaultText). */
  readonly default?: T;
  /** The default in words when it is not a fixed value. */
  readonly defaultText?: string;
  /** Range check: returns the value or throws InvalidArgumentError. */
  readonly check?: (value: T) => T;
}

/** The problem options of one Newton-system solve H x = g (both stages). */
export const PROBLEM_OPTIONS = Object.freeze({
  params: {
    describe: 'network parameters P: price the full Newton system, N = P',
    check: (p: number) => requireIntegerAtLeast(p, 2, 'network parameters P'),
  } as OptionSpec<number>,
  n: { describe: 'matrix dimension N (instead of the network parameters P)' } as OptionSpec<number>,
  sparsity: { describe: 'row sparsity d after pruning', default: 8 } as OptionSpec<number>,
  kappa: { describe: 'condition number κ of the regularized, pruned Hessian', default: 100 } as OptionSpec<number>,
  epsilon: {
    describe: 'target error ε of the normalized solution, in (0, 1)', default: 1e-3,
    check: (e: number) => requireOpenUnitInterval(e, 'target error ε'),
  } as OptionSpec<number>,
  alpha: { describe: 'block-encoding normalisation α = d·max|A_ij| with ‖A‖ = 1', defaultText: 'd' } as OptionSpec<number>,
  hardware: { describe: 'hardware profile', default: 'qubit_gate_ns_e3' } as OptionSpec<string>,
  errorBudget: { describe: 'total error budget of the surface-code estimate, in (0, 1)', default: DEFAULT_ERROR_BUDGET, check: checkErrorBudget } as OptionSpec<number>,
  oracleBits: { describe: 'entry-oracle precision in bits', defaultText: 'derived from ε and κ_eff', check: checkOracleBits } as OptionSpec<number>,
  flopRatePerSecond: {
    describe: 'classical FLOP rate in flops/s', defaultText: 'measured on this machine',
    check: (r: number) => { checkFlopRate(r); return r; },
  } as OptionSpec<number>,
});

/** The solver options of `estimate` (breakeven sweeps every solver and cost model instead). */
export const SOLVER_OPTIONS = Object.freeze({
  solver: { describe: 'quantum linear solver', default: 'qsvt' } as OptionSpec<QlsaSolver>,
  costModel: { describe: 'quantum cost model', default: 'compiled' } as OptionSpec<CostModel>,
  qec: { describe: 'error correction', default: 'surface_code' } as OptionSpec<QecChoice>,
});

/**
 * The data-loading options of the pricing stage (estimate, train, run): which construction the
 * oracles' table lookups use and the logical-qubit budget the choice must fit (the candidates and
 * the rule are in src/schedule/price/dataLoading.ts).
 */
export const DATA_LOADING_OPTIONS = Object.freeze({
  dataLoading: {
    describe: "data-loading construction of the oracles' table lookups",
    default: DEFAULT_DATA_LOADING, check: checkDataLoadingRequest,
  } as OptionSpec<string>,
  logicalQubitBudget: {
    describe: 'logical-qubit budget of the solver circuit for the data-loading choice, a positive integer', defaultText: 'none',
    check: checkLogicalQubitBudget,
  } as OptionSpec<number>,
});

/** qec when none is given and the cost model is 'query' (the query model is priced un-encoded only). */
export const QUERY_MODEL_QEC: QecChoice = 'none';

/** Name of a problem or solver option (the key of its library input and of its schema entry). */
export type ProblemOptionName = keyof typeof PROBLEM_OPTIONS | keyof typeof SOLVER_OPTIONS | keyof typeof DATA_LOADING_OPTIONS;

/** The problem options as given (every field optional; exactly one of params and n). */
export interface ProblemInput {
  /** Parameters P of the network: the full Newton system has N = P. */
  readonly params?: number;
  /** Matrix dimension N. */
  readonly n?: number;
  /** Row sparsity d after pruning. */
  readonly sparsity?: number;
  /** Condition number κ. */
  readonly kappa?: number;
  /** Target solution error ε. */
  readonly epsilon?: number;
  /** α = d·max|A_ij|. */
  readonly alpha?: number;
  /** Built-in profile name or a profile. */
  readonly hardware?: string | HardwareProfile;
  /** Total error budget of the surface-code estimate. */
  readonly errorBudget?: number;
  /** Entry-oracle precision, bits. */
  readonly oracleBits?: number;
  /** Classical FLOP rate, flops/s. */
  readonly flopRatePerSecond?: number;
}

/** The problem after defaults and range checks. */
export interface ResolvedProblem {
  readonly source: 'params' | 'n';
  /** The solve's shape (N, d, κ, ε; α when given). */
  readonly shape: SolveShape;
  readonly profile: HardwareProfile;
  readonly errorBudget: number;
  readonly oracleBits?: number;
  /** undefined: measure the rate on this machine. */
  readonly flopRatePerSecond?: number;
}

/** Run `spec.check` on `value`, tagging a typed error with the option's name (`details.option`) for the CLI. */
function checked<T>(name: ProblemOptionName, spec: OptionSpec<T>, value: T): T {
  if (!spec.check) return value;
  try {
    return spec.check(value);
  } catch (e) {
    if (e instanceof InvalidArgumentError && e.details.option === undefined) throw new InvalidArgumentError(e.message, { ...e.details, option: name });
    throw e;
  }
}

function valueOf<T>(name: ProblemOptionName, spec: OptionSpec<T>, given: T | undefined): T | undefined {
  const v = given ?? spec.default;
  return v === undefined ? undefined : checked(name, spec, v);
}

/** N from exactly one of `params` (N = P) and `n`; InvalidArgumentError (details.option 'n') otherwise. */
export function resolveDimension(input: Pick<ProblemInput, 'params' | 'n'>): { source: 'params' | 'n'; n: number } {
  const hasParams = input.params !== undefined, hasN = input.n !== undefined;
  if (hasParams === hasN) {
    throw new InvalidArgumentError(hasParams
      ? 'give either the network parameters P (the full Newton system, N = P) or the matrix dimension N, not both'
      : 'give the problem size: the network parameters P (N = P) or the matrix dimension N', { option: 'n' });
  }
  if (hasParams) return { source: 'params', n: checked('params', PROBLEM_OPTIONS.params, input.params!) };
  return { source: 'n', n: input.n! };
}

/** Defaults and range checks of the problem options (see {@link PROBLEM_OPTIONS}). */
export function resolveProblemOptions(input: ProblemInput): ResolvedProblem {
  const { source, n } = resolveDimension(input);
  const o = PROBLEM_OPTIONS;
  const hardware = input.hardware ?? o.hardware.default!;
  const oracleBits = valueOf('oracleBits', o.oracleBits, input.oracleBits);
  const flopRatePerSecond = valueOf('flopRatePerSecond', o.flopRatePerSecond, input.flopRatePerSecond);
  return {
    source,
    shape: {
      n, sparsity: valueOf('sparsity', o.sparsity, input.sparsity)!, kappa: valueOf('kappa', o.kappa, input.kappa)!,
      epsilon: valueOf('epsilon', o.epsilon, input.epsilon)!, ...(input.alpha !== undefined ? { alpha: input.alpha } : {}),
    },
    profile: typeof hardware === 'string' ? getHardwareProfile(hardware) : hardware,
    errorBudget: valueOf('errorBudget', o.errorBudget, input.errorBudget)!,
    ...(oracleBits !== undefined ? { oracleBits } : {}),
    ...(flopRatePerSecond !== undefined ? { flopRatePerSecond } : {}),
  };
}

/** The solver options as given. */
export interface SolverInput {
  /** 'qsvt' | 'hhl' | 'das' | 'costa'. */
  readonly solver?: string;
  /** 'compiled' | 'query'; see {@link CostModel}. */
  readonly costModel?: string;
  /** 'surface_code' | 'none' ({@link QUERY_MODEL_QEC} by default under the 'query' cost model). */
  readonly qec?: string;
}

/** Defaults and name checks of the solver options (see {@link SOLVER_OPTIONS}). */
export function resolveSolverOptions(input: SolverInput): { solver: QlsaSolver; costModel: CostModel; qec: QecChoice } {
  const o = SOLVER_OPTIONS;
  const solver = checkSolverName(input.solver ?? o.solver.default!);
  const costModel = checkCostModel(input.costModel ?? o.costModel.default!);
  const qec = checkQecChoice(input.qec ?? (costModel === 'query' ? QUERY_MODEL_QEC : o.qec.default!));
  return { solver, costModel, qec };
}

/** The data-loading options as given. */
export interface DataLoadingInput {
  /** 'qrom' | 'qroam' | 'qram' | 'auto' (see {@link DATA_LOADING_OPTIONS}). */
  readonly dataLoading?: string;
  /** Logical-qubit budget the data-loading choice must fit (default: none). */
  readonly logicalQubitBudget?: number;
}

/** Defaults and checks of the data-loading options (see {@link DATA_LOADING_OPTIONS}). */
export function resolveDataLoadingOptions(input: DataLoadingInput): { dataLoading: DataLoadingRequest; logicalQubitBudget?: number } {
  const o = DATA_LOADING_OPTIONS;
  const dataLoading = valueOf('dataLoading', o.dataLoading, input.dataLoading)! as DataLoadingRequest;
  const logicalQubitBudget = valueOf('logicalQubitBudget', o.logicalQubitBudget, input.logicalQubitBudget);
  return { dataLoading, ...(logicalQubitBudget !== undefined ? { logicalQubitBudget } : {}) };
}
