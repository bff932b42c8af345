import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { CliIo } from '../io';
import { forceOption, outputOptionsOf, withOutputs } from '../output';
import { hardwareProfileNames } from '../../cost';
import { loadHardwareArg } from './hardwareArg';
import { QLSA_SOLVERS } from '../../math/qlsa';
import { ESTIMATE_DEFAULTS, estimateNetworkSolve, formatNetworkSolveEstimate } from '../../schedule/estimate';
import { COST_MODELS, QEC_CHOICES } from '../../schedule/price';
import { dataLoadingArgs, dataLoadingOptions, withDataLoadingFlags } from './dataLoadingArg';
import { problemOfMatrixArg } from './matrixArg';


/**
 * `qnewton estimate (--params P | --n N)`: quantum (logical, surface-code, end-to-end) vs classical
 * (Cholesky, CG) cost of one Newton-system solve; a table, or JSON with --json; --out writes JSON.
 * --cost-model query prices the quantum side by the Q-Newton paper's query model (assumed QRAM).
 */
export const estimateCommand: QnCommand = {
  command: 'estimate',
  describe: 'estimate the quantum vs classical cost of one Newton-system solve of size N (or of a network with P parameters)',
  builder: (y: Argv) =>
    dataLoadingOptions(forceOption(y))
      .option('params', { type: 'number', describe: 'network parameters P: price the full Newton system, N = P' })
      .option('n', { type: 'number', describe: 'matrix dimension N (instead of --params)' })
      .option('matrix', { type: 'string', describe: 'matrix file (.mtx, .json, .npy): N, d, κ, α as `qnewton analyze` finds them (instead of --n/--params, --sparsity, --kappa, --alpha)' })
      .option('sparsity', { type: 'number', describe: `row sparsity d after pruning (default ${ESTIMATE_DEFAULTS.sparsity})` })
      .option('kappa', { type: 'number', describe: `condition number κ of the regularized, pruned Hessian (default ${ESTIMATE_DEFAULTS.kappa})` })
      .option('epsilon', { type: 'number', default: ESTIMATE_DEFAULTS.epsilon, describe: 'target error ε of the normalized solution, in (0, 1)' })
      .option('solver', { type: 'string', default: ESTIMATE_DEFAULTS.solver, describe: `quantum linear solver: ${QLSA_SOLVERS.join(' | ')}` })
      .option('hardware', { type: 'string', default: ESTIMATE_DEFAULTS.hardware, describe: `hardware profile: ${hardwareProfileNames().join(' | ')}, or a FILE.json` })
      .option('qec', {
        type: 'string',
        describe: `error correction: ${QEC_CHOICES.join(' | ')} (default ${ESTIMATE_DEFAULTS.qec}; ${ESTIMATE_DEFAULTS.queryQec} with --cost-model query, its only choice)`,
      })
      .option('cost-model', {
        type: 'string', default: ESTIMATE_DEFAULTS.costModel,
        describe: `quantum cost model: ${COST_MODELS.join(' | ')} — compiled = the compiled circuit's counts (QROM oracles, no QRAM); ` +
          'query = the Q-Newton paper\'s queries × one assumed QRAM access of ⌈log₂(N·d)⌉ two-qubit layers',
      })
      .option('budget', { type: 'number', default: ESTIMATE_DEFAULTS.errorBudget, describe: 'total error budget of the surface-code estimate, in (0, 1)' })
      .option('oracle-bits', { type: 'number', describe: 'entry-oracle precision in bits (default: derived from ε and κ_eff)' })
      .option('alpha', { type: 'number', describe: 'block-encoding normalisation α = d·max|A_ij| with ‖A‖ = 1 (default d)' })
      .option('flop-rate', { type: 'number', describe: 'classical FLOP rate in flops/s (default: measured on this machine)' })
      .option('json', { type: 'boolean', default: false, describe: 'print the report as JSON' })
      .option('out', { type: 'string', describe: 'also write the JSON report to this file' }),
  run: (args: Record<string, unknown>, io: CliIo): number => withOutputs({ files: [args.out === undefined ? undefined : String(args.out)] }, outputOptionsOf(args), (outputs) => {
    const estimate = withDataLoadingFlags(() => estimateNetworkSolve({
      ...problemOfMatrixArg(args), epsilon: args.epsilon as number,
      solver: String(args.solver), hardware: loadHardwareArg(String(args.hardware)),
      qec: args.qec === undefined ? undefined : String(args.qec), costModel: String(args['cost-model']),
      errorBudget: args.budget as number, oracleBits: args['oracle-bits'] as number | undefined,
      flopRatePerSecond: args['flop-rate'] as number | undefined,
      ...dataLoadingArgs(args),
    }));
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
