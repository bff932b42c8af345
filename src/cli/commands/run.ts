import { formatDuration } from '../../format';
import * as path from 'path';
import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { withBatchFlags } from '../batchFlags';
import { CliIo } from '../io';
import { numberArg, requiredNumberArg, stringArg } from '../args';
import { forceOption, outputOptionsOf, withOutputs } from '../output';
import { dataLoadingInputOf, withDataLoadingFlags, withDataLoadingOptions } from './problemArgs';
import { makeProgressBar, ProgressBar, ProgressStream } from '../progress';
import { hardwareProfileNames, measureFlopRate } from '../../cost';
import { OptimizationLevel, parseOptimizationLevel } from '../../passes';
import { PIPELINE_DEFAULTS, runPipeline } from '../../pipeline';
import { loadHardwareArg } from './hardwareArg';
import { checkCostModel, checkQecChoice } from '../../schedule/price';
import { finiteNumberList } from '../numericOptions';

/** Progress output: a redrawn bar on a terminal, sparse plain lines through `io.err` otherwise. */
export function progressStreamOf(io: CliIo): ProgressStream {
  return io.isTty
    ? { write: (s) => process.stderr.write(s), isTTY: true, columns: process.stderr.columns }
    : { write: (s) => io.err(s.replace(/\n$/, '')), isTTY: false };
}

/**
 * `qnewton run`: the whole pipeline on a bundled default (what `npm start` runs): scheduled
 * training, one block compiled + optimized + emitted + validated in simulation, network-size
 * estimates, and a summary. Every file is written only after all stages succeeded.
 */
export const runCommand: QnCommand = {
  command: 'run',
  describe: 'the whole pipeline: Q-Newton scheduled training on MNIST, one Hessian block compiled/optimized/emitted/simulated, network cost estimates',
  builder: (y: Argv) => withDataLoadingOptions(forceOption(y))
    .option('model', { type: 'string', default: PIPELINE_DEFAULTS.model, describe: 'MLP spec mlp:<in>-<hidden…>-10:<tanh|relu>, input 784, 196, 49 or 16' })
    .option('steps', { type: 'number', default: PIPELINE_DEFAULTS.steps, describe: 'Newton training steps' })
    .option('batch', { type: 'number', default: PIPELINE_DEFAULTS.batchSize, describe: 'mini-batch size' })
    .option('seed', { type: 'number', default: PIPELINE_DEFAULTS.seed })
    .option('c', { type: 'number', default: PIPELINE_DEFAULTS.c, describe: 'regularization strength c of H + c·max|H|·I' })
    .option('sparsity', { type: 'number', default: PIPELINE_DEFAULTS.sparsity, describe: 'row sparsity d after pruning' })
    .option('epsilon', { type: 'number', default: PIPELINE_DEFAULTS.epsilon, describe: 'solution error ε of each scheduled solve, in (0, 1)' })
    .option('solver', { type: 'string', default: PIPELINE_DEFAULTS.solver, describe: 'quantum solver priced: qsvt | hhl | das | costa' })
    .option('hardware', { type: 'string', default: PIPELINE_DEFAULTS.hardware, describe: `hardware profile: ${hardwareProfileNames().join(' | ')} | FILE.json` })
    .option('qec', { type: 'string', describe: 'surface_code | none (default surface_code; none under --cost-model query)' })
    .option('cost-model', { type: 'string', default: PIPELINE_DEFAULTS.costModel, describe: "quantum price: 'compiled' (the compiled circuit's counts) | 'query' (the paper's query count, QRAM oracle assumed)" })
    .option('readout', { type: 'boolean', default: PIPELINE_DEFAULTS.readout, describe: 'price state preparation and read-out of x in every quantum solve; --no-readout reproduces the paper\'s accounting' })
    .option('flop-rate', { type: 'number', describe: 'classical FLOP rate in flop/s (default: measured on this machine)' })
    .option('simulate-max-n', { type: 'number', default: PIPELINE_DEFAULTS.simulateMaxN, describe: 'blocks with N ≤ this that go quantum are solved by simulating the circuit (0 = never)' })
    .option('block', { type: 'string', describe: 'parameter block to compile (default: the smallest)' })
    .option('compile-epsilon', { type: 'number', default: PIPELINE_DEFAULTS.compileEpsilon, describe: 'ε of the compiled circuit' })
    .option('level', { type: 'number', default: PIPELINE_DEFAULTS.optimizeLevel, describe: 'optimization level 0..3' })
    .option('estimate-params', { type: 'array', describe: 'network sizes to estimate besides the model (default 1e6 1e9)' })
    .option('out-dir', { type: 'string', default: 'qasm-out', describe: 'output folder' }),
  run: (args: Record<string, unknown>, io: CliIo): number => {
    const level = parseOptimizationLevel(args.level);
    const outDir = String(args['out-dir']);
    return withOutputs({ dirs: [outDir] }, outputOptionsOf(args), (outputs) => {
      const hardware = loadHardwareArg(String(args.hardware));
      const estimateParams = args['estimate-params'] === undefined ? undefined : finiteNumberList('--estimate-params', args['estimate-params'] as unknown[]);
      const t0 = Date.now();
      const flopRatePerSecond = numberArg(args, 'flop-rate') ?? measureFlopRate();
      let bar: ProgressBar | null = null;
      const stream = progressStreamOf(io);
      const result = withDataLoadingFlags(() => withBatchFlags({ batch: '--batch' }, () => runPipeline({
        model: stringArg(args, 'model'), steps: requiredNumberArg(args, 'steps'), batchSize: requiredNumberArg(args, 'batch'), seed: requiredNumberArg(args, 'seed'),
        c: requiredNumberArg(args, 'c'), sparsity: requiredNumberArg(args, 'sparsity'), epsilon: requiredNumberArg(args, 'epsilon'), solver: stringArg(args, 'solver'),
        hardware, qec: args.qec === undefined ? undefined : checkQecChoice(String(args.qec)),
        costModel: args['cost-model'] === undefined ? undefined : checkCostModel(String(args['cost-model'])), flopRatePerSecond, compileBlock: stringArg(args, 'block'), simulateMaxN: requiredNumberArg(args, 'simulate-max-n'),
        compileEpsilon: requiredNumberArg(args, 'compile-epsilon'), optimizeLevel: level as OptimizationLevel, estimateParams,
        readout: args.readout !== false, ...dataLoadingInputOf(args),
      }, {
        onStage: (i, n, name) => { bar?.done(); bar = null; io.err(`[${i}/${n}] ${name}`); },
        onProgress: (done, total, label) => { if (!bar) bar = makeProgressBar(stream, total, '      training'); bar.update(done, label); },
      })));
      (bar as ProgressBar | null)?.done();
      const written = result.files.map((f) => {
        const p = path.join(outDir, f.name);
        outputs.add(p, f.content);
        return p;
      });
      outputs.commit();
      io.out('');
      for (const line of result.summary) io.out(line);
      io.out('');
      io.out(`Files (${outDir}/): ${written.map((p) => path.basename(p)).join(', ')}`);
      io.out(`Open ${path.join(outDir, 'schedule.html')} in a browser for the charts. Total time ${formatDuration((Date.now() - t0) / 1000)}.`);
      return 0;
    });
  },
};
