/**
 * First-order baselines of the schedule report: mini-batch SGD (θ ← θ − η·∇L, the rule of
 * trainSgd in src/hessian/train.ts) and Adam (Kingma & Ba, "Adam: a method for stochastic
 * optimization", ICLR 2015, Alg. 1: β₁ = 0.9, β₂ = 0.999, ε = 1e-8, bias-corrected moments), run
 * from the Newton run's initial parameters on fresh batches until the loss on the fixed
 * evaluation set reaches the Newton run's final evaluation loss and, when asked, the held-out
 * test accuracy reaches a target too; capped at maxSteps. {@link sweepLearningRates} runs a small
 * logged sweep and picks the learning rate with the fewest steps to the target loss (ties: the
 * first listed; none reached: the lowest final evaluation loss). Costs per step: see flopModel.ts.
 */
import { accuracy, Batch, lossAndGradient, lossOf } from '../../hessian/mlp';
import { Dataset } from '../../hessian/mnistData';
import { MlpSpec } from '../../hessian/mlpSpec';
import { sampleBatch } from '../../hessian/train';
import { makeRng } from '../../math/rng';
import { timed } from './timing';

/** Update rule of a first-order baseline. */
export type FirstOrderRule = 'sgd' | 'adam';

/** Adam's constants (Kingma & Ba 2015, Alg. 1 defaults). */
export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const ADAM_EPSILON = 1e-8;

/** Options of {@link firstOrderToTarget}. */
export interface FirstOrderOptions {
  readonly rule?: FirstOrderRule;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly maxSteps: number;
  /** Seed of the batch order (independent of the Newton run's batches). */
  readonly seed: number;
}

/** A test-accuracy target: keep going until accuracy(testSet) ≥ accuracy too. */
export interface AccuracyTarget {
  readonly testSet: Batch;
  readonly accuracy: number;
}

/** Result of {@link firstOrderToTarget}. */
export interface FirstOrderRun {
  /** Steps until evalLoss ≤ target (0 when the initial parameters already meet it), or null when the cap was hit. */
  readonly steps: number | null;
  /** Steps actually run (the larger of the two targets' steps, or maxSteps). */
  readonly stepsRun: number;
  /** Evaluation loss before each step and after the last (length stepsRun + 1). */
  readonly evalLossHistory: readonly number[];
  /** Steps until the test accuracy reached the target (undefined without a target, null when not reached). */
  readonly stepsToTestAccuracy?: number | null;
  /** Test accuracy of the final parameters (only with a target). */
  readonly testAccuracy?: number;
  readonly params: Float64Array;
  /** Wall-clock seconds of the training compute (gradients and updates; evaluation checks excluded). */
  readonly measuredSeconds: number;
}

/** Run SGD or Adam from `initial` until the targets or `maxSteps` (see the module comment). */
export function firstOrderToTarget(
  spec: MlpSpec, data: Dataset, evalSet: Batch, initial: Float64Array, targetLoss: number, o: FirstOrderOptions, target?: AccuracyTarget,
): FirstOrderRun {
  const rule = o.rule ?? 'sgd';
  const rng = makeRng(o.seed);
  let params = Float64Array.from(initial);
  const P = params.length;
  const m = rule === 'adam' ? new Float64Array(P) : null, v = rule === 'adam' ? new Float64Array(P) : null;
  const history = [lossOf(spec, params, evalSet)];
  let steps: number | null = history[0] <= targetLoss ? 0 : null;
  let stepsToAcc: number | null = target && accuracy(spec, params, target.testSet) >= target.accuracy ? 0 : null;
  const done = (): boolean => steps !== null && (!target || stepsToAcc !== null);
  let measured = 0, t = 0;
  while (!done() && t < o.maxSteps) {
    t++;
    const batch = sampleBatch(data, o.batchSize, rng);
    const [next, dt] = timed(() => {
      const { gradient } = lossAndGradient(spec, params, batch);
      const out = new Float64Array(P);
      if (m && v) {
        const c1 = 1 - ADAM_BETA1 ** t, c2 = 1 - ADAM_BETA2 ** t;
        for (let i = 0; i < P; i++) {
          m[i] = ADAM_BETA1 * m[i] + (1 - ADAM_BETA1) * gradient[i];
          v[i] = ADAM_BETA2 * v[i] + (1 - ADAM_BETA2) * gradient[i] * gradient[i];
          out[i] = params[i] - (o.learningRate * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + ADAM_EPSILON);
        }
      } else {
        for (let i = 0; i < P; i++) out[i] = params[i] - o.learningRate * gradient[i];
      }
      return out;
    });
    measured += dt;
    params = next;
    const loss = lossOf(spec, params, evalSet);
    history.push(loss);
    if (steps === null && loss <= targetLoss) steps = t;
    if (target && stepsToAcc === null && accuracy(spec, params, target.testSet) >= target.accuracy) stepsToAcc = t;
  }
  return {
    steps, stepsRun: t, evalLossHistory: history, params, measuredSeconds: measured,
    ...(target ? { stepsToTestAccuracy: stepsToAcc, testAccuracy: accuracy(spec, params, target.testSet) } : {}),
  };
}

/** Plain SGD until the evaluation loss reaches `targetLoss` (the first-order runner without an accuracy target). */
export function sgdToTargetLoss(spec: MlpSpec, data: Dataset, evalSet: Batch, initial: Float64Array, targetLoss: number, o: FirstOrderOptions): FirstOrderRun {
  return firstOrderToTarget(spec, data, evalSet, initial, targetLoss, { ...o, rule: 'sgd' });
}

/** One learning rate of a sweep and its run. */
export interface SweepTrial {
  readonly learningRate: number;
  readonly run: FirstOrderRun;
}

/** Result of {@link sweepLearningRates}. */
export interface LearningRateSweep {
  /** Every rate, run to the target loss only. */
  readonly trials: readonly SweepTrial[];
  /** The picked rate, re-run with the accuracy target when one was given (see {@link sweepLearningRates}). */
  readonly best: SweepTrial;
}

/**
 * Run `rule` at every learning rate (same seed, same batches) to the target loss and pick the best
 * (see the module comment); the picked rate is then re-run with the accuracy target (the same
 * batches, so the same trajectory, continued until the test accuracy is reached too). Checking the
 * test accuracy only on the picked run keeps the sweep cheap.
 */
export function sweepLearningRates(
  spec: MlpSpec, data: Dataset, evalSet: Batch, initial: Float64Array, targetLoss: number,
  o: Omit<FirstOrderOptions, 'learningRate'> & { readonly rule: FirstOrderRule }, learningRates: readonly number[], target?: AccuracyTarget,
): LearningRateSweep {
  const trials = learningRates.map((learningRate) => ({ learningRate, run: firstOrderToTarget(spec, data, evalSet, initial, targetLoss, { ...o, learningRate }) }));
  const finalLoss = (r: FirstOrderRun): number => r.evalLossHistory[r.evalLossHistory.length - 1];
  let best = trials[0];
  for (const tr of trials.slice(1)) {
    const a = tr.run.steps, b = best.run.steps;
    const better = a !== null && (b === null || a < b) || (a === null && b === null && finalLoss(tr.run) < finalLoss(best.run));
    if (better) best = tr;
  }
  if (target) best = { learningRate: best.learningRate, run: firstOrderToTarget(spec, data, evalSet, initial, targetLoss, { ...o, learningRate: best.learningRate }, target) };
  return { trials, best };
}
