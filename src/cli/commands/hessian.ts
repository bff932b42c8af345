import { formatFixed, formatScientific } from '../../format';
import { numberArg, stringArg } from '../args';
import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { withBatchFlags } from '../batchFlags';
import { CliIo } from '../io';
import { forceOption, outputOptionsOf, withOutputs } from '../output';
import { DEFAULT_REGULARIZATION_C, formatMatrixAnalysis, formatMatrixFile, matrixAnalysisToJson, matrixFormatOfPath } from '../../math';
import { buildQNewtonMatrix, CURVATURE_KINDS, CurvatureKind } from '../../hessian';

/**
 * `qnewton hessian`: train an MLP on MNIST, take a Hessian block, regularize, prune, write the
 * matrix under circuits/ and print its analysis.
 */
export const hessianCommand: QnCommand = {
  command: 'hessian',
  describe: 'train an MLP on MNIST, take an exact Hessian (or Fisher) block, regularize and prune it, write it to a matrix file and analyze it',
  builder: (y: Argv) =>
    forceOption(y)
      .option('model', { type: 'string', default: 'mlp:196-16-10:tanh', describe: 'model spec mlp:<in>-<hidden...>-10:<tanh|relu>; in = 784, 196, 49 or 16 (pooled MNIST)' })
      .option('layer', { type: 'string', default: 'b1', describe: "parameter block (W1, b1, W2, ...) or 'full' for all parameters" })
      .option('batch-size', { type: 'number', default: 32, describe: 'mini-batch size for training and for the Hessian' })
      .option('steps', { type: 'number', default: 100, describe: 'SGD steps before taking the Hessian' })
      .option('lr', { type: 'number', default: 0.1, describe: 'SGD learning rate' })
      .option('seed', { type: 'number', default: 0, describe: 'seed for data order, initialization and batches' })
      .option('train-count', { type: 'number', default: 2000, describe: 'MNIST samples used for training' })
      .option('curvature', { type: 'string', choices: CURVATURE_KINDS as string[], default: 'exact', describe: 'exact Hessian or empirical Fisher' })
      .option('reg-c', { type: 'number', default: DEFAULT_REGULARIZATION_C, describe: 'regularization strength c in H + c*max|H_ij|*I' })
      .option('sparsity', { alias: 'd', type: 'number', describe: 'row sparsity d of the pruned matrix (default: no pruning)' })
      .option('out', { type: 'string', describe: 'output matrix file (.mtx, .json, .npy); default circuits/hessian-<model>-<layer>.mtx' })
      .option('json', { type: 'boolean', default: false, describe: 'print the analysis as JSON' }),
  run: (args: Record<string, unknown>, io: CliIo): number => {
    const model = String(args.model);
    const layer = String(args.layer);
    const out = stringArg(args, 'out') ?? `circuits/hessian-${model.replace(/[^A-Za-z0-9]+/g, '_')}-${layer}.mtx`;
    const format = matrixFormatOfPath(out);
    return withOutputs({ files: [out] }, outputOptionsOf(args), (outputs) => {
      const job = withBatchFlags({ batch: '--batch-size', trainCount: '--train-count' }, () => buildQNewtonMatrix({
        model,
        block: layer,
        batchSize: numberArg(args, 'batch-size'),
        trainSteps: numberArg(args, 'steps'),
        learningRate: numberArg(args, 'lr'),
        seed: numberArg(args, 'seed'),
        trainCount: numberArg(args, 'train-count'),
        curvature: args.curvature as CurvatureKind,
        c: numberArg(args, 'reg-c'),
        d: numberArg(args, 'sparsity'),
      }));
      outputs.add(out, formatMatrixFile(job.pruned.matrix, format, { ...job.meta }));
      outputs.commit();
      if (args.json) {
        io.out(JSON.stringify({ file: out, meta: job.meta, profileBeforePruning: { p50: job.profileBeforePruning.p50, p90: job.profileBeforePruning.p90, p99: job.profileBeforePruning.p99 }, pruning: { d: job.pruned.d, nnzBefore: job.pruned.nnzBefore, nnzAfter: job.pruned.nnzAfter, keptAbsMassFraction: job.pruned.keptAbsMassFraction, relativeFrobeniusError: job.pruned.relativeFrobeniusError }, analysis: matrixAnalysisToJson(job.analysis) }, null, 2));
        return 0;
      }
      const losses = job.lossHistory;
      io.out(`model ${job.meta.model}, block ${layer}: ${job.hessian.rows}x${job.hessian.rows} ${job.meta.curvature} curvature after ${losses.length} SGD steps` +
        (losses.length > 0 ? ` (batch loss ${formatFixed(losses[0], 4)} -> ${formatFixed(losses[losses.length - 1], 4)})` : ''));
      io.out(`regularized with c = ${job.regularized.c} (shift ${formatScientific(job.regularized.shift, 5)}); pruned to d = ${job.pruned.d}: nnz ${job.pruned.nnzBefore} -> ${job.pruned.nnzAfter}, kept ${formatFixed((100 * job.pruned.keptAbsMassFraction), 2)}% of |mass|, relative Frobenius error ${formatScientific(job.pruned.relativeFrobeniusError, 4)}`);
      const pre = job.profileBeforePruning;
      io.out(`before pruning, entries per row for 50/90/99% of row mass (mean): ${formatFixed(pre.p50.mean, 2)} / ${formatFixed(pre.p90.mean, 2)} / ${formatFixed(pre.p99.mean, 2)}`);
      for (const line of formatMatrixAnalysis(job.analysis)) io.out(line);
      io.out(`wrote ${out}`);
      return 0;
    });
  },
};
