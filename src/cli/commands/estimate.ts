import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { CliIo } from '../io';
import { forceOption, outputOptionsOf, withOutputs } from '../output';
import { estimateNetworkSolve, formatNetworkSolveEstimate } from '../../schedule/estimate';
import {
  dataLoadingInputOf, problemInputWithMatrixOf, solverInputOf, withDataLoadingOptions, withMatrixOption, withProblemFlags, withProblemOptions, withSolverOptions,
} from './problemArgs';

/**
 * `qnewton estimate (--params P | --n N)`: quantum (logical, surface-code, end-to-end) vs classical
 * (Cholesky, CG) cost of one Newton-system solve; a table, or JSON with --json; --out writes JSON.
 * --cost-model query prices the quantum side by the Q-Newton paper's query model (assumed QRAM).
 */
export const estimateCommand: QnCommand = {
  command: 'estimate',
  describe: 'estimate the quantum vs classical cost of one Newton-system solve of size N (or of a network with P parameters)',
  builder: (y: Argv) =>
    withDataLoadingOptions(withSolverOptions(withMatrixOption(withProblemOptions(forceOption(y)))))
      .option('json', { type: 'boolean', default: false, describe: 'print the report as JSON' })
      .option('out', { type: 'string', describe: 'also write the JSON report to this file' }),
  run: (args: Record<string, unknown>, io: CliIo): number => withOutputs({ files: [args.out === undefined ? undefined : String(args.out)] }, outputOptionsOf(args), (outputs) => {
    const estimate = withProblemFlags(() => estimateNetworkSolve({ ...problemInputWithMatrixOf(args), ...solverInputOf(args), ...dataLoadingInputOf(args) }));
    const json = JSON.stringify(estimate, null, 2);
    if (args.out !== undefined) {
      outputs.add(String(args.out), json + '\n');
      outputs.commit();
    }
    if (args.json) {
      io.out(json);
    } else {
      for (const line of formatNetworkSolveEstimate(estimate)) io.out(line);
      if (args.out !== undefined) io.out(`wrote ${String(args.out)}`);
    }
    return 0;
  }),
};
