/**
 * Projected totals per strategy, every phase each strategy needs, under the one FLOP model
 * (flopModel.ts) plus the pricer's quantum seconds:
 *  - Q-Newton: per decision gradient + block Hessian + regularize/prune + κ estimation (it needs κ
 *    to choose and to size the quantum solver) + the cheaper solve (quantum with state preparation
 *    and read-out unless --no-readout) + line search;
 *  - classical Newton (the same trajectory): the same without κ estimation, every solve classical;
 *  - Hessian-free Newton, SGD, Adam: their own runs to the same evaluation loss (see their files).
 * `solveSeconds` keeps the linear solves alone: the paper's accounting of training time.
 */
import { formatFixed, formatScientific } from '../../format';
import type { MlpSpec } from '../../hessian/mlpSpec';
import type { LearningRateSweep } from './firstOrderBaseline';
import { adamStepFlops, gradientStepFlops } from './flopModel';
import type { HessianFreeRun } from './hessianFreeBaseline';
import type { MeasuredTimes, PhaseName, ScheduleDecision, StrategyName, StrategyPhase, StrategyTotal } from './report';

function cumulative(perStep: readonly number[]): number[] {
  const out: number[] = [];
  let s = 0;
  for (const v of perStep) { s += v; out.push(s); }
  return out;
}

/** Σ over phases, in a fixed order (deterministic sums). */
function phaseList(acc: ReadonlyMap<PhaseName, { flops: number; seconds: number }>): StrategyPhase[] {
  return [...acc.entries()].map(([phase, v]) => ({ phase, flops: v.flops, seconds: v.seconds }));
}

function add(acc: Map<PhaseName, { flops: number; seconds: number }>, phase: PhaseName, flops: number, seconds: number): void {
  const v = acc.get(phase) ?? { flops: 0, seconds: 0 };
  acc.set(phase, { flops: v.flops + flops, seconds: v.seconds + seconds });
}

/**
 * The Newton strategies' totals from the decisions (see the module comment). Decisions without an
 * account (hand-built or older reports) contribute their solve prices only.
 */
export function newtonTotals(decisions: readonly ScheduleDecision[], steps: number, readout = true): StrategyTotal[] {
  const q = new Array<number>(steps).fill(0), c = new Array<number>(steps).fill(0);
  const qPhases = new Map<PhaseName, { flops: number; seconds: number }>(), cPhases = new Map<PhaseName, { flops: number; seconds: number }>();
  let qSolve = 0, cSolve = 0;
  for (const d of decisions) {
    const quantum = d.choice === 'quantum';
    const solve = Math.min(d.quantumSeconds, d.classicalSeconds);
    qSolve += solve; cSolve += d.classicalSeconds;
    const a = d.account;
    if (a) {
      for (const [name, p] of [['gradient', a.gradient], ['hessian', a.hessian], ['prune', a.prune]] as const) {
        add(qPhases, name, p.flops, p.seconds); add(cPhases, name, p.flops, p.seconds);
      }
      add(qPhases, 'kappa', a.kappa.flops, a.kappa.seconds);
      if (quantum) add(qPhases, 'quantumSolve', 0, a.quantumSolve.totalSeconds);
      else add(qPhases, 'classicalSolve', a.classicalSolve.flops, a.classicalSolve.seconds);
      add(cPhases, 'classicalSolve', a.classicalSolve.flops, a.classicalSolve.seconds);
      add(qPhases, 'lineSearch', a.lineSearch.flops, a.lineSearch.seconds);
      add(cPhases, 'lineSearch', a.lineSearch.flops, a.lineSearch.seconds);
      const shared = a.gradient.seconds + a.hessian.seconds + a.prune.seconds + a.lineSearch.seconds;
      q[d.step] += shared + a.kappa.seconds + (quantum ? a.quantumSolve.totalSeconds : a.classicalSolve.seconds);
      c[d.step] += shared + a.classicalSolve.seconds;
    } else {
      add(qPhases, quantum ? 'quantumSolve' : 'classicalSolve', 0, solve);
      add(cPhases, 'classicalSolve', 0, d.classicalSeconds);
      q[d.step] += solve;
      c[d.step] += d.classicalSeconds;
    }
  }
  const qc = cumulative(q), cc = cumulative(c);
  const quantumNote = readout ? 'quantum solves with state preparation and read-out of x' : 'quantum solves without read-out (--no-readout: the paper\'s accounting)';
  return [
    { strategy: 'q-newton', steps, projectedSeconds: qc[steps - 1], cumulativeSeconds: qc, phases: phaseList(qPhases), solveSeconds: qSolve,
      note: `every phase: gradient, block Hessian, regularize + prune, κ estimation, the cheaper solve per block (${quantumNote}), line search` },
    { strategy: 'classical-newton', steps, projectedSeconds: cc[steps - 1], cumulativeSeconds: cc, phases: phaseList(cPhases), solveSeconds: cSolve,
      note: 'the same Newton steps as Q-Newton (same trajectory), every solve classical; gradient, block Hessian, regularize + prune, solve, line search (no κ estimation needed)' },
  ];
}

/**
 * Measured seconds of the Newton strategies from the per-decision times (same order as
 * `decisions`): gradient, Hessian, prune, line search, κ when `withKappa` (Q-Newton needs it),
 * and the classical solve unless the decision chose quantum and `quantumToo` (a quantum solve
 * cannot be measured here, so it is left out).
 */
export function measuredNewtonSeconds(times: MeasuredTimes['decisions'], decisions: readonly ScheduleDecision[], withKappa: boolean, quantumToo: boolean): number {
  return times.reduce((s, t, i) => {
    const solve = decisions[i].choice === 'quantum' && quantumToo ? 0 : t.classicalSolve;
    return s + t.gradient + t.hessian + t.prune + t.lineSearch + (withKappa ? t.kappa : 0) + solve;
  }, 0);
}

/** Inputs shared by the baseline totals. */
export interface BaselineContext {
  readonly spec: MlpSpec;
  readonly batchSize: number;
  readonly flopRate: number;
  readonly targetLoss: number;
  readonly maxSteps: number;
}

function projectedUpTo(cum: readonly number[], steps: number | null, stepsRun: number): number {
  const k = steps ?? stepsRun;
  return k === 0 ? 0 : cum[k - 1];
}

/** The total of a first-order baseline (SGD or Adam) from its learning-rate sweep: the picked run, the sweep logged. */
export function firstOrderTotal(strategy: Extract<StrategyName, 'sgd' | 'adam'>, sweep: LearningRateSweep, x: BaselineContext): StrategyTotal {
  const stepFlops = strategy === 'adam' ? adamStepFlops(x.spec, x.batchSize) : gradientStepFlops(x.spec, x.batchSize);
  const stepSeconds = stepFlops / x.flopRate;
  const run = sweep.best.run;
  const cum = Array.from({ length: run.stepsRun }, (_, i) => (i + 1) * stepSeconds);
  const projectedSeconds = projectedUpTo(cum, run.steps, run.stepsRun);
  const charged = run.steps ?? run.stepsRun;
  const name = strategy === 'adam' ? 'Adam' : 'plain SGD';
  const finalEvalLoss = run.evalLossHistory[run.evalLossHistory.length - 1];
  return {
    strategy, steps: run.steps, projectedSeconds, cumulativeSeconds: cum,
    phases: strategy === 'adam'
      ? [{ phase: 'gradient', flops: charged * gradientStepFlops(x.spec, x.batchSize), seconds: (charged * gradientStepFlops(x.spec, x.batchSize)) / x.flopRate },
        { phase: 'update', flops: charged * (stepFlops - gradientStepFlops(x.spec, x.batchSize)), seconds: (charged * (stepFlops - gradientStepFlops(x.spec, x.batchSize))) / x.flopRate }]
      : [{ phase: 'gradient', flops: charged * stepFlops, seconds: charged * stepSeconds }],
    learningRate: sweep.best.learningRate,
    sweep: sweep.trials.map((t) => ({
      learningRate: t.learningRate, steps: t.run.steps, stepsRun: t.run.stepsRun,
      finalEvalLoss: t.run.evalLossHistory[t.run.evalLossHistory.length - 1],
      projectedSeconds: (t.run.steps ?? t.run.stepsRun) * stepSeconds,
    })),
    ...(run.stepsToTestAccuracy !== undefined ? { stepsToTestAccuracy: run.stepsToTestAccuracy } : {}),
    ...(run.testAccuracy !== undefined ? { testAccuracy: run.testAccuracy } : {}),
    finalEvalLoss,
    note: run.steps === null
      ? `${name} did not reach the target evaluation loss ${formatFixed(x.targetLoss, 4)} within ${x.maxSteps} steps at any swept learning rate (best η = ${sweep.best.learningRate}, final ${formatFixed(finalEvalLoss, 4)}); projectedSeconds is the cost of the capped run, a lower bound`
      : `${name} (η = ${sweep.best.learningRate} picked from the sweep ${sweep.trials.map((t) => t.learningRate).join(', ')}; batch ${x.batchSize}) from the same initial parameters until the evaluation loss ≤ ${formatFixed(x.targetLoss, 4)}; ${formatScientific(stepFlops, 4)} flops per step`,
  };
}

/** The total of the Hessian-free Newton baseline. */
export function hessianFreeTotal(run: HessianFreeRun, x: BaselineContext, cgIterations: number): StrategyTotal {
  const cum = cumulative(run.stepFlops.map((f) => f / x.flopRate));
  const k = run.steps ?? run.stepsRun;
  // Phases of the charged steps only (steps beyond the loss target were run for the accuracy target).
  const charged = run.stepPhaseFlops.slice(0, k);
  const sum = (key: 'gradient' | 'hvp' | 'lineSearch'): number => charged.reduce((a, f) => a + f[key], 0);
  const finalEvalLoss = run.evalLossHistory[run.evalLossHistory.length - 1];
  return {
    strategy: 'hessian-free-newton', steps: run.steps, projectedSeconds: projectedUpTo(cum, run.steps, run.stepsRun), cumulativeSeconds: cum,
    phases: [
      ...(['gradient', 'hvp', 'lineSearch'] as const).map((phase) => ({ phase, flops: sum(phase), seconds: sum(phase) / x.flopRate })),
    ],
    ...(run.stepsToTestAccuracy !== undefined ? { stepsToTestAccuracy: run.stepsToTestAccuracy } : {}),
    ...(run.testAccuracy !== undefined ? { testAccuracy: run.testAccuracy } : {}),
    finalEvalLoss, unconvergedSolves: run.unconvergedSolves, solves: run.stepsRun,
    note: (run.steps === null
      ? `did not reach the target evaluation loss ${formatFixed(x.targetLoss, 4)} within ${x.maxSteps} steps (final ${formatFixed(finalEvalLoss, 4)}); projectedSeconds is the cost of the capped run, a lower bound. `
      : '') +
      `CG on exact Hessian-vector products of the whole network (cap ${cgIterations} per step, tolerance 1e-4; ${run.stepsRun - run.unconvergedSolves} of ${run.stepsRun} solves converged, ${run.cappedSolves} stopped at the cap, ${run.negativeCurvatureSolves} at a direction of non-positive curvature (H indefinite; the truncated direction is used); ` +
      `CG steps per solve ${run.cgIterations.length > 0 ? `${Math.min(...run.cgIterations)}–${Math.max(...run.cgIterations)}` : 'none'}), damped like the scheduler's updates`,
  };
}
