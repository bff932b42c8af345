/**
 * Hessian-free Newton baseline (Martens, "Deep learning via Hessian-free optimization", ICML 2010):
 * never forms a Hessian. Each step draws a mini-batch and a check batch, computes the full
 * gradient g, and solves (H + λI) Δ = g by conjugate gradients on exact Hessian-vector products
 * (Pearlmutter's R-operator, src/hessian/hvp.ts), truncated at `cgIterations` steps or at a
 * direction of non-positive curvature; then the same damped update as the Newton scheduler
 * (backtracking Armijo line search on the batch plus a lower loss on the check batch,
 * newtonDirection.ts). Damping: λ = c·|gᵀHg|/‖g‖², the curvature along the gradient scaled by
 * the scheduler's regularization strength c (Levenberg–Marquardt style; Martens adapts λ by a
 * reduction-ratio rule instead — fixed here for a deterministic, comparable baseline).
 * Runs until the evaluation loss reaches the target (and the test accuracy its target), capped.
 */
import { accuracy, Batch, lossAndGradient, lossOf } from '../../hessian/mlp';
import { makeHvpOperator } from '../../hessian/hvp';
import { Dataset } from '../../hessian/mnistData';
import { MlpSpec } from '../../hessian/mlpSpec';
import { sampleBatch } from '../../hessian/train';
import { makeRng } from '../../math/rng';
import type { AccuracyTarget } from './firstOrderBaseline';
import { gradientStepFlops, hvpConjugateGradientFlops, hvpFlops, lineSearchFlops } from './flopModel';
import { backtrackingUpdate } from './newtonDirection';
import { conjugateGradient } from '../../math/conjugateGradient';
import { timed } from './timing';

/** Relative residual at which the Hessian-free CG stops (truncated Newton: a loose solve suffices). */
export const HF_CG_TOLERANCE = 1e-4;

/** Options of {@link hessianFreeToTarget}. */
export interface HessianFreeOptions {
  readonly batchSize: number;
  readonly maxSteps: number;
  /** CG iteration cap per step. */
  readonly cgIterations: number;
  /** Damping scale c of λ = c·|gᵀHg|/‖g‖². */
  readonly c: number;
  readonly stepSize: number;
  readonly maxBacktracks: number;
  readonly seed: number;
}

/** Flops of Hessian-free Newton by phase. */
export interface HessianFreeFlops {
  readonly gradient: number;
  readonly hvp: number;
  readonly lineSearch: number;
}

/** Result of {@link hessianFreeToTarget}. */
export interface HessianFreeRun {
  /** Steps to the target evaluation loss (null: not within maxSteps). */
  readonly steps: number | null;
  readonly stepsRun: number;
  readonly stepsToTestAccuracy?: number | null;
  readonly testAccuracy?: number;
  readonly evalLossHistory: readonly number[];
  /** Flops of each step under the FLOP model (gradient, HVPs of the damping estimate and of CG, line search). */
  readonly stepFlops: readonly number[];
  /** Split of all flops: gradient, HVP products (damping + CG), line search. */
  readonly flops: HessianFreeFlops;
  /** The same split per step. */
  readonly stepPhaseFlops: readonly HessianFreeFlops[];
  /** CG solves that stopped at the cap or at negative curvature, of stepsRun. */
  readonly unconvergedSolves: number;
  /** How many CG solves stopped at the cap and how many at a direction of non-positive curvature. */
  readonly cappedSolves: number;
  readonly negativeCurvatureSolves: number;
  readonly cgIterations: readonly number[];
  readonly params: Float64Array;
  /** Wall-clock seconds of the training compute (evaluation checks excluded). */
  readonly measuredSeconds: number;
}

/** Run Hessian-free Newton from `initial` (see the module comment). */
export function hessianFreeToTarget(
  spec: MlpSpec, data: Dataset, evalSet: Batch, initial: Float64Array, targetLoss: number, o: HessianFreeOptions, target?: AccuracyTarget,
): HessianFreeRun {
  const rng = makeRng(o.seed);
  let params: Float64Array = Float64Array.from(initial);
  const P = params.length;
  const history = [lossOf(spec, params, evalSet)];
  let steps: number | null = history[0] <= targetLoss ? 0 : null;
  let stepsToAcc: number | null = target && accuracy(spec, params, target.testSet) >= target.accuracy ? 0 : null;
  const stepFlops: number[] = [], cgIterations: number[] = [], stepPhaseFlops: HessianFreeFlops[] = [];
  const flops = { gradient: 0, hvp: 0, lineSearch: 0 };
  let unconverged = 0, capped = 0, negative = 0, measured = 0, t = 0;
  while (!(steps !== null && (!target || stepsToAcc !== null)) && t < o.maxSteps) {
    t++;
    const batch = sampleBatch(data, o.batchSize, rng);
    const checkBatch = sampleBatch(data, o.batchSize, rng);
    const [r, dt] = timed(() => {
      const { loss, gradient: g } = lossAndGradient(spec, params, batch);
      const op = makeHvpOperator(spec, params, batch);
      const hg = new Float64Array(P);
      op.apply(g, hg);
      let gg = 0, ghg = 0;
      for (let i = 0; i < P; i++) { gg += g[i] * g[i]; ghg += g[i] * hg[i]; }
      const lambda = gg > 0 ? o.c * Math.abs(ghg) / gg : 0;
      const cg = conjugateGradient({
        n: P,
        apply: (p, out) => {
          op.apply(p, out);
          for (let i = 0; i < P; i++) out[i] += lambda * p[i];
        },
      }, g, { tol: HF_CG_TOLERANCE, maxIterations: o.cgIterations });
      const d = cg.x;
      const upd = backtrackingUpdate(spec, params, (eta) => {
        const next = new Float64Array(P);
        for (let i = 0; i < P; i++) next[i] = params[i] - eta * d[i];
        return next;
      }, d, g, batch, loss, o.stepSize, o.maxBacktracks, checkBatch);
      return { cg, upd };
    });
    measured += dt;
    const fg = gradientStepFlops(spec, o.batchSize);
    const fh = hvpFlops(spec, o.batchSize) + hvpConjugateGradientFlops(spec, o.batchSize, r.cg.iterations);
    const fl = lineSearchFlops(spec, o.batchSize, r.upd.trials, true);
    flops.gradient += fg; flops.hvp += fh; flops.lineSearch += fl;
    stepFlops.push(fg + fh + fl);
    stepPhaseFlops.push({ gradient: fg, hvp: fh, lineSearch: fl });
    cgIterations.push(r.cg.iterations);
    if (!r.cg.converged) unconverged++;
    if (r.cg.stop === 'iteration-cap') capped++;
    if (r.cg.stop === 'negative-curvature') negative++;
    params = r.upd.params;
    const ev = lossOf(spec, params, evalSet);
    history.push(ev);
    if (steps === null && ev <= targetLoss) steps = t;
    if (target && stepsToAcc === null && accuracy(spec, params, target.testSet) >= target.accuracy) stepsToAcc = t;
  }
  return {
    steps, stepsRun: t, evalLossHistory: history, stepFlops, flops, stepPhaseFlops, unconvergedSolves: unconverged, cappedSolves: capped,
    negativeCurvatureSolves: negative, cgIterations, params,
    measuredSeconds: measured,
    ...(target ? { stepsToTestAccuracy: stepsToAcc, testAccuracy: accuracy(spec, params, target.testSet) } : {}),
  };
}
