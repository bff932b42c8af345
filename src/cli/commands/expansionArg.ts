import type { Argv } from 'yargs';
import { DEFAULT_MAX_EXPANDED_GATES, ExpansionOptions } from '../../ir';
import { QnError } from '../../errors';
import { numberArg } from '../args';

/** The option that sets the expansion budget (src/ir/expansion.ts); named only here. */
const OPTION = 'max-expanded-gates';

/** What the CLI appends to an expansion-budget error (the library names the budget, not the flag). */
export function expansionBudgetHint(e: QnError): string {
  return e.code === 'EXPANSION_BUDGET' ? ` (--${OPTION} N)` : '';
}

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
