/**
 * Seeded, deterministic mini-batch SGD training of an MLP on MNIST, to obtain the realistic
 * parameters at which Q-Newton takes Hessians. Batches are drawn without replacement within a
 * batch from makeRng(seed); equal seeds give bit-identical runs.
 */
import { InvalidArgumentError } from '../errors';
import { makeRng, Rng } from '../math/rng';
import { Batch, initParams, lossAndGradient } from './mlp';
import { Dataset } from './mnistData';
import { MlpSpec } from './mlpSpec';

/** Options of {@link trainSgd}. */
export interface TrainOptions {
  /** Number of SGD steps (≥ 0). */
  readonly steps: number;
  /** Samples per step (1 ≤ batchSize ≤ data.count). */
  readonly batchSize: number;
  /** Step size η (default 0.1). */
  readonly learningRate?: number;
  /** Seed for initialisation and batch sampling (default 0). */
  readonly seed?: number;
}

/** Result of {@link trainSgd}. */
export interface TrainResult {
  readonly params: Float64Array;
  /** Mini-batch loss before each step (length = steps). */
  readonly lossHistory: Float64Array;
  /** The generator state after training, for drawing the next (Hessian) batch. */
  readonly rng: Rng;
}

/** Draw a batch of `batchSize` distinct samples (partial Fisher-Yates with `rng`). */
export function sampleBatch(data: Dataset, batchSize: number, rng: Rng): Batch {
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > data.count) {
    throw new InvalidArgumentError(`batch size ${batchSize} must be an integer between 1 and the data set size ${data.count}`, { batchSize });
  }
  const idx = Int32Array.from({ length: data.count }, (_, i) => i);
  const d = data.inputDim;
  const inputs = new Float64Array(batchSize * d);
  const labels = new Uint8Array(batchSize);
  for (let s = 0; s < batchSize; s++) {
    const j = s + rng.int(data.count - s);
    const t = idx[s]; idx[s] = idx[j]; idx[j] = t;
    const src = idx[s];
    inputs.set(data.inputs.subarray(src * d, (src + 1) * d), s * d);
    labels[s] = data.labels[src];
  }
  return { inputDim: d, count: batchSize, inputs, labels };
}

/**
 * Train with plain SGD from seeded initial parameters (or `initial`). Returns the parameters,
 * the loss history and the generator for further sampling.
 */
export function trainSgd(spec: MlpSpec, data: Dataset, options: TrainOptions, initial?: Float64Array): TrainResult {
  const { steps, batchSize } = options;
  const lr = options.learningRate ?? 0.1;
  if (!Number.isInteger(steps) || steps < 0) throw new InvalidArgumentError(`training steps must be an integer >= 0, got ${steps}`);
  if (!(lr > 0) || !Number.isFinite(lr)) throw new InvalidArgumentError(`learning rate must be a positive number, got ${lr}`);
  const seed = options.seed ?? 0;
  const rng = makeRng(seed + 1);
  let params = initial ? Float64Array.from(initial) : initParams(spec, seed);
  const lossHistory = new Float64Array(steps);
  for (let t = 0; t < steps; t++) {
    const batch = sampleBatch(data, batchSize, rng);
    const { loss, gradient } = lossAndGradient(spec, params, batch);
    lossHistory[t] = loss;
    const next = new Float64Array(params.length);
    for (let i = 0; i < params.length; i++) next[i] = params[i] - lr * gradient[i];
    params = next;
  }
  return { params, lossHistory, rng };
}
