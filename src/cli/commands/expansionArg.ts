import type { Argv } from 'yargs';
import { DEFAULT_MAX_EXPANDED_GATES, ExpansionOptions, MAX_EXPANDED_GATES_FLAG } from '../../ir';
import { numberArg } from '../args';

const OPTION = MAX_EXPANDED_GATES_FLAG.replace(/^--/, '');

/** Add the `--max-expanded-gates` option (the expansion budget, src/ir/expansion.ts) to a command. */
export function withExpansionOption(y: Argv): Argv {
  return y.option(OPTION, {
    type: 'number', default: DEFAULT_MAX_EXPANDED_GATES,
    describe: 'most gates that expanding the input may produce (gate definitions, loops, pow/ctrl, broadcast, registers); checked before expanding',
  });
}

/** The expansion options named by the parsed arguments. */
export function expansionArg(args: Record<string, unknown>): ExpansionOptions {
  return { maxExpandedGates: numberArg(args, OPTION) };
}
