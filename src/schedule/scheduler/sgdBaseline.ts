/**
 * The SGD baseline of the schedule report: plain mini-batch SGD (the same rule as trainSgd in
 * src/hessian/train.ts: θ ← θ − η·∇L on a fresh batch per step) from the same initial parameters,
 * run until the loss on the fixed evaluation set reaches the Newton run's final evaluation loss,
 * with a step cap. The projected cost of one SGD step is one forward + backward pass,
 * ≈ 6·P·B flops (2 for the forward multiply-adds, 4 for the backward; Kaplan et al.,
 * "Scaling laws for neural language models", 2020, §2.1), at the given FLOP rate.
 */
import { Batch, lossAndGradient, lossOf } from '../../hessian/mlp';
import { Dataset } from '../../hessian/mnistData';
import { MlpSpec, parameterCount } from '../../hessian/mlpSpec';
import { sampleBatch } from '../../hessian/train';
import { makeRng } from '../../math/rng';

/** Flops of one SGD step (forward + backward) of a P-parameter model on a batch of B: 6·P·B. */
export function gradientStepFlops(spec: MlpSpec, batchSize: number): number {
  return 6 * parameterCount(spec) * batchSize;
}

/** Options of {@link sgdToTargetLoss}. */
export interface SgdBaselineOptions {
  readonly batchSize: number;
  readonly learningRate: number;
  readonly maxSteps: number;
  /** Seed of the batch order (independent of the Newton run's batches). */
  readonly seed: number;
}

/** Result of {@link sgdToTargetLoss}. */
export interface SgdBaseline {
  /** Steps until evalLoss ≤ target (0 when the initial parameters already meet it), or null when the cap was hit. */
  readonly steps: number | null;
  /** Steps actually run (= steps, or maxSteps when not reached). */
  readonly stepsRun: number;
  /** Evaluation loss before each step and after the last (length stepsRun + 1). */
  readonly evalLossHistory: readonly number[];
}

/** Run SGD from `initial` until lossOf(evalSet) ≤ targetLoss or `maxSteps` (see the module comment). */
export function sgdToTargetLoss(spec: MlpSpec, data: Dataset, evalSet: Batch, initial: Float64Array, targetLoss: number, o: SgdBaselineOptions): SgdBaseline {
  const rng = makeRng(o.seed);
  let params = Float64Array.from(initial);
  const history = [lossOf(spec, params, evalSet)];
  if (history[0] <= targetLoss) return { steps: 0, stepsRun: 0, evalLossHistory: history };
  for (let t = 1; t <= o.maxSteps; t++) {
    const batch = sampleBatch(data, o.batchSize, rng);
    const { gradient } = lossAndGradient(spec, params, batch);
    const next = new Float64Array(params.length);
    for (let i = 0; i < params.length; i++) next[i] = params[i] - o.learningRate * gradient[i];
    params = next;
    const loss = lossOf(spec, params, evalSet);
    history.push(loss);
    if (loss <= targetLoss) return { steps: t, stepsRun: t, evalLossHistory: history };
  }
  return { steps: null, stepsRun: o.maxSteps, evalLossHistory: history };
}
