import type { Argv } from 'yargs';
import { BudgetUnmetError, InvalidArgumentError } from '../../errors';
import { hardwareProfileNames } from '../../cost';
import { QLSA_SOLVERS } from '../../math/qlsa';
import {
  DATA_LOADING_OPTIONS, DataLoadingInput, OptionSpec, PROBLEM_OPTIONS, ProblemInput, ProblemOptionName, SOLVER_OPTIONS, SolverInput, QUERY_MODEL_QEC,
} from '../../schedule/estimate';
import { COST_MODELS, DATA_LOADING_REQUESTS, QEC_CHOICES } from '../../schedule/price';
import { analyzeMatrix, loadMatrixFile } from '../../math';
import { loadHardwareArg } from './hardwareArg';
import { numberArg, stringArg } from '../args';

/** The flag of each problem / solver option (library key → `--flag`). */
export const PROBLEM_FLAGS: Readonly<Record<ProblemOptionName, string>> = Object.freeze({
  params: 'params', n: 'n', sparsity: 'sparsity', kappa: 'kappa', epsilon: 'epsilon', alpha: 'alpha', hardware: 'hardware',
  errorBudget: 'budget', oracleBits: 'oracle-bits', flopRatePerSecond: 'flop-rate', solver: 'solver', costModel: 'cost-model', qec: 'qec',
  dataLoading: 'oracle', logicalQubitBudget: 'qubit-budget',
});

/** Extra help words per option (the choices a name option takes). */
const CHOICES: Partial<Record<ProblemOptionName, string>> = {
  hardware: `${hardwareProfileNames().join(' | ')}, or a FILE.json`,
  solver: QLSA_SOLVERS.join(' | '),
  qec: QEC_CHOICES.join(' | '),
  dataLoading: `${DATA_LOADING_REQUESTS.join(' | ')} — auto = the fastest per run within the logical-qubit budget (compiled cost model only)`,
  costModel: `${COST_MODELS.join(' | ')} — compiled = the compiled circuit's counts (QROM oracles, no QRAM); ` +
    'query = the Q-Newton paper\'s queries × one assumed QRAM access of ⌈log₂(N·d)⌉ two-qubit layers',
};

/** Help text of an option from its schema entry: what it is, its choices, its default. */
export function describeOption(name: ProblemOptionName, spec: Omit<OptionSpec<unknown>, 'check'>, extra?: string): string {
  const choices = CHOICES[name] === undefined ? '' : `: ${CHOICES[name]}`;
  const dflt = spec.default !== undefined ? String(spec.default) : spec.defaultText;
  return `${spec.describe}${choices}${extra ? ` ${extra}` : ''}${dflt === undefined ? '' : ` (default ${dflt})`}`;
}

/**
 * Declare the problem options on a command. No yargs defaults: an absent option stays undefined
 * and the library applies the one default of its schema (the help text shows it).
 */
export function withProblemOptions(y: Argv): Argv {
  let out = y;
  for (const name of Object.keys(PROBLEM_OPTIONS) as (keyof typeof PROBLEM_OPTIONS)[]) {
    const type = name === 'hardware' ? 'string' : 'number';
    out = out.option(PROBLEM_FLAGS[name], { type, describe: describeOption(name, PROBLEM_OPTIONS[name]) });
  }
  return out;
}

/** Declare the solver options of `estimate` (see {@link withProblemOptions}). */
export function withSolverOptions(y: Argv): Argv {
  return y
    .option(PROBLEM_FLAGS.solver, { type: 'string', describe: describeOption('solver', SOLVER_OPTIONS.solver) })
    .option(PROBLEM_FLAGS.costModel, { type: 'string', describe: describeOption('costModel', SOLVER_OPTIONS.costModel) })
    .option(PROBLEM_FLAGS.qec, {
      type: 'string', describe: describeOption('qec', SOLVER_OPTIONS.qec, `(${QUERY_MODEL_QEC} with --cost-model query, its only choice)`),
    });
}

/**
 * Declare the data-loading options (estimate, train, run; see {@link withProblemOptions}). The
 * help text names the budget's flag where the schema says "logical-qubit budget".
 */
export function withDataLoadingOptions(y: Argv): Argv {
  const o = DATA_LOADING_OPTIONS;
  return y
    .option(PROBLEM_FLAGS.dataLoading, { type: 'string', describe: describeOption('dataLoading', o.dataLoading, `(budget: --${PROBLEM_FLAGS.logicalQubitBudget})`) })
    .option(PROBLEM_FLAGS.logicalQubitBudget, { type: 'number', describe: describeOption('logicalQubitBudget', o.logicalQubitBudget, `(for --${PROBLEM_FLAGS.dataLoading})`) });
}

/** The problem options as the library takes them (undefined where not given; --hardware FILE.json loaded). */
export function problemInputOf(args: Readonly<Record<string, unknown>>): ProblemInput {
  const f = PROBLEM_FLAGS;
  const hardware = stringArg(args, f.hardware);
  return {
    params: numberArg(args, f.params), n: numberArg(args, f.n), sparsity: numberArg(args, f.sparsity), kappa: numberArg(args, f.kappa),
    epsilon: numberArg(args, f.epsilon), alpha: numberArg(args, f.alpha), errorBudget: numberArg(args, f.errorBudget),
    oracleBits: numberArg(args, f.oracleBits), flopRatePerSecond: numberArg(args, f.flopRatePerSecond),
    ...(hardware !== undefined ? { hardware: loadHardwareArg(hardware) } : {}),
  };
}

/** The solver options as the library takes them. */
export function solverInputOf(args: Readonly<Record<string, unknown>>): SolverInput {
  return { solver: stringArg(args, PROBLEM_FLAGS.solver), costModel: stringArg(args, PROBLEM_FLAGS.costModel), qec: stringArg(args, PROBLEM_FLAGS.qec) };
}

/** The data-loading options as the library takes them. */
export function dataLoadingInputOf(args: Readonly<Record<string, unknown>>): DataLoadingInput {
  return { dataLoading: stringArg(args, PROBLEM_FLAGS.dataLoading), logicalQubitBudget: numberArg(args, PROBLEM_FLAGS.logicalQubitBudget) };
}

/** The problem options that a --matrix file replaces. */
const MATRIX_REPLACES = ['n', 'params', 'sparsity', 'kappa', 'alpha'] as const;

/** Declare `--matrix FILE` (estimate, breakeven). */
export function withMatrixOption(y: Argv): Argv {
  const replaced = MATRIX_REPLACES.map((k) => `--${PROBLEM_FLAGS[k]}`).join(', ');
  return y.option('matrix', { type: 'string', describe: `matrix file (.mtx, .json, .npy): N, d, κ, α as \`qnewton analyze\` finds them (instead of ${replaced})` });
}

/** The problem options, with N, d, κ, α from --matrix FILE (the `analyze` analysis: exact κ, α = d·max|A_ij|/‖A‖₂) when given. */
export function problemInputWithMatrixOf(args: Readonly<Record<string, unknown>>): ProblemInput {
  const given = problemInputOf(args);
  if (args.matrix === undefined) return given;
  const clash = MATRIX_REPLACES.filter((k) => given[k] !== undefined).map((k) => `--${PROBLEM_FLAGS[k]}`);
  if (clash.length) throw new InvalidArgumentError(`--matrix gives N, d, κ and α; drop ${clash.join(', ')} or drop --matrix`, { flag: '--matrix' });
  const a = analyzeMatrix(loadMatrixFile(String(args.matrix)).matrix);
  return { ...given, n: a.n, sparsity: a.d, kappa: a.kappa.exact.value, alpha: a.alpha };
}

/** The flags a library option name stands for on the command line (N is given by --n or --params). */
function flagsOf(name: ProblemOptionName): string {
  return name === 'n' ? `--${PROBLEM_FLAGS.n} / --${PROBLEM_FLAGS.params}` : `--${PROBLEM_FLAGS[name]}`;
}

/** The data-loading options' names (their errors are mapped by {@link withDataLoadingFlags}). */
const DATA_LOADING_NAMES = Object.keys(DATA_LOADING_OPTIONS) as (keyof typeof DATA_LOADING_OPTIONS)[];

/**
 * Run a library stage and name the data-loading flags in its typed errors: an InvalidArgumentError
 * of a data-loading option (`details.option`) gets its flag, the data-loading BudgetUnmetError
 * (no construction fits the logical-qubit budget) "(--qubit-budget, --oracle)". It maps no other
 * error, so train and run can wrap their whole schedule in it.
 */
export function withDataLoadingFlags<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof BudgetUnmetError || e instanceof InvalidArgumentError) || e.details.flag !== undefined) throw e;
    const option = e.details.option as ProblemOptionName | undefined;
    const ours = e instanceof BudgetUnmetError ? e.details.dataLoading !== undefined : DATA_LOADING_NAMES.some((k) => k === option);
    if (!ours) throw e;
    const flags = (e instanceof BudgetUnmetError ? (['logicalQubitBudget', 'dataLoading'] as const) : [option!]).map(flagsOf).join(', ');
    const details = { ...e.details, flag: flags };
    throw e instanceof BudgetUnmetError ? new BudgetUnmetError(`${e.message} (${flags})`, details) : new InvalidArgumentError(`${e.message} (${flags})`, details);
  }
}

/**
 * Run a library stage and name the flag in its typed errors: an InvalidArgumentError whose
 * `details` name a problem option (`option`, or the option's own key) gets "(flag …)" appended,
 * and so does the data-loading BudgetUnmetError (nothing fits the logical-qubit budget).
 * The library's messages name quantities only; this is where the CLI's spelling is added.
 */
export function withProblemFlags<T>(run: () => T): T {
  try {
    return withDataLoadingFlags(run);
  } catch (e) {
    if (!(e instanceof InvalidArgumentError) || e.details.flag !== undefined) throw e;
    const named = e.details.option !== undefined ? [e.details.option] : Object.keys(e.details);
    const names = named.filter((k): k is ProblemOptionName => typeof k === 'string' && k in PROBLEM_FLAGS);
    if (names.length === 0) throw e;
    const flags = names.map(flagsOf).join(', ');
    throw new InvalidArgumentError(`${e.message} (${flags})`, { ...e.details, flag: flags });
  }
}
