import type { Argv } from 'yargs';
import { BudgetUnmetError } from '../../errors';
import { DATA_LOADING_REQUESTS, DEFAULT_DATA_LOADING } from '../../schedule/price';

/**
 * Run `f` and map a data-loading BudgetUnmetError of the pricing stage (details.dataLoading set)
 * to the CLI's flags: the library says "raise the logical-qubit budget", the CLI names
 * --qubit-budget and --oracle.
 */
export function withDataLoadingFlags<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof BudgetUnmetError && e.details.dataLoading !== undefined) {
      throw new BudgetUnmetError(`${e.message} (flags: --qubit-budget, --oracle)`, { ...e.details });
    }
    throw e;
  }
}

/** `--oracle` and `--qubit-budget`, declared once for estimate, train and run (default and allowed values from the pricing stage). */
export function dataLoadingOptions<T>(y: Argv<T>): Argv<T> {
  return y
    .option('oracle', {
      type: 'string', default: DEFAULT_DATA_LOADING,
      describe: `data-loading construction of the oracles' table lookups: ${DATA_LOADING_REQUESTS.join(' | ')} — auto = the fastest per run ` +
        'that fits --qubit-budget (compiled cost model only)',
    })
    .option('qubit-budget', { type: 'number', describe: 'logical-qubit budget of the solver circuit for the --oracle choice (default: none)' });
}

/** The pricing options of `--oracle` / `--qubit-budget`. */
export function dataLoadingArgs(args: Record<string, unknown>): { dataLoading: string; logicalQubitBudget?: number } {
  return {
    dataLoading: String(args.oracle ?? DEFAULT_DATA_LOADING),
    ...(args['qubit-budget'] !== undefined ? { logicalQubitBudget: args['qubit-budget'] as number } : {}),
  };
}
