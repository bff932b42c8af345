import { formatBytes } from '../../format';
import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { withBatchFlags } from '../batchFlags';
import { CliIo } from '../io';
import { numberArg, requiredNumberArg } from '../args';
import { forceOption, outputOptionsOf, withOutputs } from '../output';
import { makeProgressBar, ProgressBar } from '../progress';
import { QLSA_SOLVERS } from '../../math/qlsa';
import { makeSolvePricer } from '../../schedule/price';
import { PROBLEM_OPTIONS, SOLVER_OPTIONS, resolveDataLoadingOptions, resolveSolverOptions } from '../../schedule/estimate';
import { loadHardwareArg } from './hardwareArg';
import { dataLoadingInputOf, withDataLoadingFlags, withDataLoadingOptions } from './problemArgs';
import { renderScheduleHtml } from '../../schedule/report';
import { replayTrace } from '../../schedule/trace';
import { denseBlockBudgetBytes } from '../../hessian';
import { formatScheduleReport, HESSIAN_MODES, HessianMode, runQNewtonSchedule, SCHEDULE_DEFAULTS as D } from '../../schedule/scheduler';

/**
 * `qnewton train`: Q-Newton scheduled training of an MLP on MNIST. Every step and parameter block:
 * exact block Hessian, regularize, prune, price the quantum and the classical solve, take the
 * cheaper, apply the damped Newton step. Prints the decision table, totals and findings; writes the
 * report as JSON (and optionally HTML).
 */
export const trainCommand: QnCommand = {
  command: 'train',
  describe: 'Q-Newton training: per step and layer, price the quantum vs classical Newton solve, pick the cheaper, apply it; write a schedule report',
  builder: (y: Argv) =>
    withDataLoadingOptions(forceOption(y))
      .option('model', { type: 'string', default: D.model, describe: 'model spec mlp:<in>-<hidden...>-10:<tanh|relu>; in = 784, 196, 49 or 16' })
      .option('steps', { type: 'number', default: D.steps, describe: 'Newton steps' })
      .option('batch', { type: 'number', default: D.batchSize, describe: 'mini-batch size' })
      .option('c', { type: 'number', default: D.c, describe: 'regularization strength c in H + c*max|H_ij|*I (larger c: shorter, safer Newton steps)' })
      .option('sparsity', { alias: 'd', type: 'number', default: D.sparsity, describe: 'row sparsity d of the pruned block Hessians' })
      .option('epsilon', { type: 'number', default: D.epsilon, describe: 'error of each linear solve, in (0, 1)' })
      .option('solver', { type: 'string', default: D.solver, describe: `quantum linear solver priced (${QLSA_SOLVERS.join(' | ')})` })
      .option('hardware', { type: 'string', default: PROBLEM_OPTIONS.hardware.default, describe: 'hardware profile of the quantum price (built-in name or FILE.json)' })
      .option('qec', { type: 'string', describe: 'error correction of the quantum price: surface_code | none (default surface_code; none under --cost-model query)' })
      .option('cost-model', { type: 'string', default: SOLVER_OPTIONS.costModel.default, describe: "quantum price: 'compiled' (the compiled circuit's counts) | 'query' (the paper's query count, QRAM oracle assumed)" })
      .option('attosecond-hardware', { type: 'string', default: 'attosecond', describe: "second profile for the 'attosecond-quantum-wins' finding ('none' to skip)" })
      .option('readout', { type: 'boolean', default: D.readout, describe: 'price state preparation of g and read-out of x (ceil(N/eps^2) shots) in every quantum solve; --no-readout reproduces the paper\'s accounting (solver runs only)' })
      .option('sgd-lr', { type: 'array', describe: 'learning rates the SGD baseline sweeps (default 0.03 0.1 0.3 1)' })
      .option('adam-lr', { type: 'array', describe: 'learning rates the Adam baseline sweeps (default 0.001 0.003 0.01 0.03)' })
      .option('baseline-max-steps', { type: 'number', describe: 'step cap of the SGD and Adam baselines (default 50 × steps)' })
      .option('flop-rate', { type: 'number', default: D.flopRate, describe: 'classical FLOP rate (flops/s) of the classical solve and SGD prices (fixed, so runs are reproducible)' })
      .option('blocks', { type: 'string', describe: 'comma-separated parameter blocks to schedule (default all: W1,b1,W2,b2,...)' })
      .option('simulate-max-n', { type: 'number', default: D.simulateMaxN, describe: 'blocks with N <= this that choose quantum are solved by simulating the circuit (0 = never)' })
      .option('hessian', { type: 'string', default: D.hessian, describe: `block Hessians: ${HESSIAN_MODES.join(' | ')} (matrix-free = Hessian-vector products only: κ by Lanczos, step by CG, d and α estimated from sampled rows; auto = matrix-free when a dense block exceeds the memory budget, a third of the memory limit: ${formatBytes(denseBlockBudgetBytes())} here; exact refuses such a block)` })
      .option('hessian-sample-rows', { type: 'number', default: D.hessianSampleRows, describe: 'matrix-free: Hessian rows sampled (one HVP each) to estimate d, α and zero rows' })
      .option('trace', { type: 'string', describe: 'schedule a training run computed elsewhere: folder with manifest.json, per step and block a Hessian (.npy/.mtx) or pruned matrix plus gradient and loss (docs/trace-format.md); model, steps, batch and data options are then unused' })
      .option('seed', { type: 'number', default: D.seed, describe: 'seed of data order, initialization and batches' })
      .option('train-count', { type: 'number', default: D.trainCount, describe: 'MNIST samples to draw batches from' })
      .option('out', { type: 'string', default: 'qasm-out/train-report.json', describe: 'JSON report file' })
      .option('html', { type: 'string', describe: 'also write the HTML report here (e.g. qasm-out/train-report.html)' }),
  run: (args: Record<string, unknown>, io: CliIo): number => {
    const out = String(args.out);
    const html = args.html === undefined ? undefined : String(args.html);
    return withOutputs({ files: [out, html] }, outputOptionsOf(args), (outputs) => {
      const flopRatePerSecond = requiredNumberArg(args, 'flop-rate');
      const { solver, costModel, qec } = resolveSolverOptions({
        solver: String(args.solver), costModel: String(args['cost-model']), qec: args.qec === undefined ? undefined : String(args.qec),
      });
      const profile = loadHardwareArg(String(args.hardware));
      const hardware = profile.name;
      const readout = args.readout !== false;
      const dataLoading = withDataLoadingFlags(() => resolveDataLoadingOptions(dataLoadingInputOf(args)));
      const pricer = makeSolvePricer({ solver, profile, qec, costModel, flopRatePerSecond, endToEnd: readout, ...dataLoading });
      const attoName = String(args['attosecond-hardware']);
      const attosecondPricer = attoName === 'none' ? undefined : makeSolvePricer({ solver, profile: loadHardwareArg(attoName), qec, costModel, flopRatePerSecond, endToEnd: readout, ...dataLoading });
      const rates = (key: string): number[] | undefined => (args[key] === undefined ? undefined : (args[key] as unknown[]).map(Number));
      const blocks = args.blocks === undefined ? undefined : String(args.blocks).split(',').map((s) => s.trim()).filter((s) => s.length > 0);
      // The bar is drawn only on an interactive stderr (CliIo.isTty), straight to the terminal so it can redraw in place.
      let bar: ProgressBar | undefined;
      const onProgress = (done: number, total: number, label: string): void => {
        if (!io.isTty) return;
        bar ??= makeProgressBar(process.stderr, total, 'train');
        bar.update(done, label);
      };
      const configExtras = { hardware, qec, costModel, attosecondHardware: attoName, oracle: dataLoading.dataLoading };
      const report = withDataLoadingFlags(() => (args.trace !== undefined
        ? replayTrace(String(args.trace), {
          c: requiredNumberArg(args, 'c'), sparsity: requiredNumberArg(args, 'sparsity'), epsilon: requiredNumberArg(args, 'epsilon'), solver, attosecondPricer, readout, configExtras,
        }, pricer, { onProgress })
        : withBatchFlags({ batch: '--batch', trainCount: '--train-count' }, () => runQNewtonSchedule({
          model: String(args.model), steps: requiredNumberArg(args, 'steps'), batchSize: requiredNumberArg(args, 'batch'), c: requiredNumberArg(args, 'c'),
          sparsity: requiredNumberArg(args, 'sparsity'), epsilon: requiredNumberArg(args, 'epsilon'), solver, seed: requiredNumberArg(args, 'seed'),
          trainCount: requiredNumberArg(args, 'train-count'), simulateMaxN: requiredNumberArg(args, 'simulate-max-n'), blocks,
          flopRate: flopRatePerSecond, attosecondPricer, readout,
          sgdLearningRates: rates('sgd-lr'), adamLearningRates: rates('adam-lr'), sgdMaxSteps: numberArg(args, 'baseline-max-steps'),
          hessian: String(args.hessian) as HessianMode, hessianSampleRows: requiredNumberArg(args, 'hessian-sample-rows'),
          configExtras,
        }, pricer, { onProgress, onPhaseProgress: onProgress }))));
      bar?.done();
      for (const line of formatScheduleReport(report)) io.out(line);
      outputs.add(out, JSON.stringify(report, null, 2) + '\n');
      if (html !== undefined) outputs.add(html, renderScheduleHtml(report));
      outputs.commit();
      io.out(`wrote ${out}`);
      if (html !== undefined) io.out(`wrote ${html}`);
      return 0;
    });
  },
};
