/**
 * The end-to-end Q-Newton preprocessing job behind `qnewton hessian`: train an MLP on MNIST for a
 * few SGD steps, take the exact Hessian (or empirical Fisher) of one parameter block or of all
 * parameters on a fresh mini-batch, regularise (H + c·max|H|·I), prune to row sparsity d and
 * analyse the result (N, nnz, d, norms, κ three ways, α). Li et al., arXiv 2405.00252, §3.
 */
import { checkBatchFitsData } from './batchFitsData';
import { InvalidArgumentError, UnknownNameError } from '../errors';
import { csrFromDense } from '../math/csrMatrix';
import { DenseMatrix } from '../math/denseMatrix';
import { analyzeMatrix, MatrixAnalysis } from '../math/matrixAnalysis';
import { pruneSymmetric, PruneResult } from '../math/prune';
import { DEFAULT_REGULARIZATION_C, regularize, Regularized } from '../math/regularize';
import { sparsityProfile, SparsityProfile } from '../math/sparsityProfile';
import { empiricalFisher } from './fisher';
import { fullHessian } from './fullHessian';
import { layerHessianBlocks } from './layerHessian';
import { loadMnist } from './mnistData';
import { formatModelSpec, MlpSpec, parameterBlocks, parseModelSpec } from './mlpSpec';
import { sampleBatch, trainSgd } from './train';

/** How the curvature matrix is computed. */
export type CurvatureKind = 'exact' | 'fisher';

/** Known curvature kinds. */
export const CURVATURE_KINDS: readonly CurvatureKind[] = ['exact', 'fisher'];

/** Options of {@link buildQNewtonMatrix}. */
export interface QNewtonMatrixOptions {
  /** Model spec, e.g. "mlp:196-16-10:tanh". */
  readonly model: string;
  /** Parameter block ("W1", "b1", ...) or "full" for all parameters. */
  readonly block: string;
  /** Mini-batch size for training steps and for the Hessian (default 32). */
  readonly batchSize?: number;
  /** SGD steps before taking the Hessian (default 100). */
  readonly trainSteps?: number;
  readonly learningRate?: number;
  readonly seed?: number;
  /** MNIST samples used for training (default 2000). */
  readonly trainCount?: number;
  readonly curvature?: CurvatureKind;
  /** Regularisation strength c (default {@link DEFAULT_REGULARIZATION_C}). */
  readonly c?: number;
  /** Row sparsity d of the pruned matrix (default: N, i.e. no pruning). */
  readonly d?: number;
}

/** Everything the job produced. */
export interface QNewtonMatrix {
  readonly spec: MlpSpec;
  readonly block: string;
  readonly params: Float64Array;
  readonly lossHistory: Float64Array;
  /** The curvature matrix before regularisation. */
  readonly hessian: DenseMatrix;
  readonly regularized: Regularized<DenseMatrix>;
  /** Sparsity profile of the regularised matrix before pruning. */
  readonly profileBeforePruning: SparsityProfile;
  readonly pruned: PruneResult;
  readonly analysis: MatrixAnalysis;
  /** Metadata to store with the matrix file (provenance and the regularisation shift). */
  readonly meta: Readonly<Record<string, unknown>>;
}

/** Run the preprocessing job. Typed errors for unknown models/blocks and out-of-range d, c, sizes. */
export function buildQNewtonMatrix(options: QNewtonMatrixOptions): QNewtonMatrix {
  const spec = parseModelSpec(options.model);
  const batchSize = options.batchSize ?? 32;
  const trainSteps = options.trainSteps ?? 100;
  const seed = options.seed ?? 0;
  const curvature = options.curvature ?? 'exact';
  if (!CURVATURE_KINDS.includes(curvature)) throw new UnknownNameError('curvature kind', curvature, CURVATURE_KINDS);
  const c = options.c ?? DEFAULT_REGULARIZATION_C;
  const blockNames = parameterBlocks(spec).map((b) => b.name);
  if (options.block !== 'full' && !blockNames.includes(options.block)) {
    throw new UnknownNameError('parameter block', options.block, ['full', ...blockNames]);
  }
  const trainCount = options.trainCount ?? 2000;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new InvalidArgumentError(`batch size must be an integer >= 1, got ${batchSize}`, { batchSize });
  checkBatchFitsData(batchSize, trainCount);
  const data = loadMnist({ count: trainCount, seed, inputDim: spec.widths[0] });
  const trained = trainSgd(spec, data, { steps: trainSteps, batchSize, learningRate: options.learningRate, seed });
  const batch = sampleBatch(data, batchSize, trained.rng);
  let hessian: DenseMatrix;
  if (curvature === 'fisher') hessian = empiricalFisher(spec, trained.params, batch, options.block === 'full' ? undefined : options.block);
  else if (options.block === 'full') hessian = fullHessian(spec, trained.params, batch);
  else hessian = layerHessianBlocks(spec, trained.params, batch, [options.block])[0].matrix;
  const regularized = regularize(hessian, c);
  const profileBeforePruning = sparsityProfile(regularized.matrix);
  const d = options.d ?? hessian.rows;
  const pruned = pruneSymmetric(csrFromDense(regularized.matrix), d);
  const analysis = analyzeMatrix(pruned.matrix, { shift: regularized.shift > 0 ? regularized.shift : undefined, c });
  const meta = {
    generator: 'qnewton hessian',
    model: formatModelSpec(spec),
    block: options.block,
    curvature,
    batchSize,
    trainSteps,
    seed,
    finalTrainLoss: trainSteps > 0 ? trained.lossHistory[trainSteps - 1] : null,
    regularizationC: c,
    regularizationShift: regularized.shift,
    maxAbsHessian: regularized.maxAbs,
    rowSparsity: d,
  };
  return { spec, block: options.block, params: trained.params, lossHistory: trained.lossHistory, hessian, regularized, profileBeforePruning, pruned, analysis, meta };
}
