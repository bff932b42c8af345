/**
 * The Q-Newton scheduler's training loop (Li, Liu, Wang & Chen, arXiv 2405.00252, Alg. 1 and §4):
 * block-coordinate Newton training of an MLP on MNIST where every (step, block) linear solve is
 * priced on a quantum and a classical machine and given to the cheaper one, with projected totals
 * (every phase, one FLOP model: strategyTotals.ts) for Q-Newton, classical Newton and the
 * baselines a user would pick instead — Hessian-free Newton, SGD and Adam (learning rate from a
 * logged sweep) — from the same initial parameters to the same evaluation loss and the same
 * held-out test accuracy, measured wall-clock beside them, and the paper's findings checked on the run.
 *
 * Per step: draw a mini-batch (gradient, Hessian) and a check batch (line-search guard, see
 * newtonDirection.ts); for each block in order (Gauss–Seidel: each block sees the previous
 * blocks' updates) run {@link scheduleBlock}. Deterministic for a fixed seed
 * (makeRng streams: seed for the data order and initialization, seed+2 for Newton batches,
 * seed+3 for SGD and Adam batches, seed+4 for Hessian-free batches, seed+7 for the evaluation set;
 * the test digits are the ones after the training samples in the same shuffle); only wallSeconds
 * and `measured` vary between runs.
 */
import { accuracy, initParams, lossOf } from '../../hessian/mlp';
import { loadMnist } from '../../hessian/mnistData';
import { formatModelSpec } from '../../hessian/mlpSpec';
import { sampleBatch, trainSgd } from '../../hessian/train';
import type { CsrMatrix } from '../../math/csrMatrix';
import { makeRng } from '../../math/rng';
import type { SolvePricer } from '../price/types';
import { accountingLabel } from './decisionAccount';
import { checkAttosecondQuantumWins, checkHighKappaClassical, checkKappaFalls, checkLessTrainingTime } from './findings';
import { sweepLearningRates } from './firstOrderBaseline';
import { hessianFreeToTarget } from './hessianFreeBaseline';
import { ResolvedScheduleOptions, resolveScheduleOptions, ScheduleOptions } from './options';
import type { MeasuredTimes, ScheduleDecision, ScheduleReport } from './report';
import { DecisionTimes, scheduleBlock } from './scheduleBlock';
import { firstOrderTotal, hessianFreeTotal, measuredNewtonSeconds, newtonTotals } from './strategyTotals';

/** One decision's linear system as it was solved (for compiling it to a circuit downstream). */
export interface BlockSystem {
  readonly step: number;
  readonly block: string;
  /** H̃: the regularized, pruned block Hessian (symmetric CSR, N × N). */
  readonly matrix: CsrMatrix;
  /** g: the block's mini-batch gradient (the right-hand side of H̃ Δ = g). */
  readonly rhs: Float64Array;
  readonly decision: ScheduleDecision;
}

/** Callbacks (the CLI draws a progress bar, the pipeline captures a system to compile). */
export interface ScheduleHooks {
  /** Called after each (step, block) decision: `done` of `total` decisions, label "step 2/5 W1". */
  onProgress?(done: number, total: number, label: string): void;
  /**
   * Called while a block is worked on (Hessian formation, pruning): `done` is fractional
   * (decisions finished + the phase's fraction), label "step 2/5 W1 Hessian 40%". For a progress
   * bar whose ETA moves during blocks that take minutes; onProgress still fires once per decision.
   */
  onPhaseProgress?(done: number, total: number, label: string): void;
  /** Called after each decision with the system it solved (the arrays are the scheduler's own: copy to keep); not for matrix-free decisions, which form no matrix. */
  onBlockSystem?(system: BlockSystem): void;
}

/** Share of a block's progress unit given to each reported phase (formation dominates at large N; the rest is solve and update). */
const PHASE_SPAN: Readonly<Record<string, readonly [number, number]>> = { Hessian: [0, 0.6], prune: [0.6, 0.9] };

/**
 * Run the scheduled training (see the module comment) with `pricer` (e.g. makeSolvePricer from
 * src/schedule/price, or a fake in tests). Typed errors for bad options (see resolveScheduleOptions)
 * and SingularMatrixError when a regularized block is singular (c = 0).
 */
export function runQNewtonSchedule(options: ScheduleOptions, pricer: SolvePricer, hooks: ScheduleHooks = {}): ScheduleReport {
  return runResolvedSchedule(resolveScheduleOptions(options), pricer, hooks);
}

/** {@link runQNewtonSchedule} on options already resolved by {@link resolveScheduleOptions} (a caller that checked them up front). */
export function runResolvedSchedule(o: ResolvedScheduleOptions, pricer: SolvePricer, hooks: ScheduleHooks = {}): ScheduleReport {
  const t0 = Date.now();
  const spec = o.spec;
  const data = loadMnist({ count: o.trainCount, seed: o.seed, inputDim: spec.widths[0] });
  const testSet = loadMnist({ count: o.testCount, offset: o.trainCount, seed: o.seed, inputDim: spec.widths[0] });
  const evalSet = sampleBatch(data, o.evalCount, makeRng(o.seed + 7));
  const initial = o.warmupSgdSteps > 0
    ? trainSgd(spec, data, { steps: o.warmupSgdSteps, batchSize: o.batchSize, seed: o.seed }).params
    : initParams(spec, o.seed);
  let params = initial;
  const rng = makeRng(o.seed + 2);
  const lossHistory: number[] = [];
  const evalLossHistory: number[] = [lossOf(spec, params, evalSet)];
  const decisions: ScheduleDecision[] = [];
  const times: DecisionTimes[] = [];
  const total = o.steps * o.blocks.length;
  let lastBatch = null as ReturnType<typeof sampleBatch> | null;
  for (let step = 0; step < o.steps; step++) {
    const batch = sampleBatch(data, o.batchSize, rng);
    const checkBatch = sampleBatch(data, o.batchSize, rng);
    lastBatch = batch;
    lossHistory.push(lossOf(spec, params, batch));
    for (const block of o.blocks) {
      // Within a block, progress advances by the phase's fraction (Hessian formation, pruning), so the bar's ETA moves during large blocks.
      const label = `step ${step + 1}/${o.steps} ${block}`;
      const onPhase = hooks.onPhaseProgress && ((phase: string, f: number) => {
        const [from, to] = PHASE_SPAN[phase] ?? [0, 0];
        hooks.onPhaseProgress?.(decisions.length + Math.floor(100 * (from + f * (to - from))) / 100, total, `${label} ${phase} ${Math.floor(100 * f)}%`);
      });
      const r = scheduleBlock(o, pricer, o.attosecondPricer, params, batch, step, block, checkBatch, onPhase);
      decisions.push(r.decision);
      times.push(r.times);
      params = r.params;
      if (r.matrix) hooks.onBlockSystem?.({ step, block, matrix: r.matrix, rhs: r.rhs, decision: r.decision });
      hooks.onProgress?.(decisions.length, total, label);
    }
    evalLossHistory.push(lossOf(spec, params, evalSet));
  }
  lossHistory.push(lossOf(spec, params, lastBatch as NonNullable<typeof lastBatch>));
  const targetLoss = evalLossHistory[evalLossHistory.length - 1];
  const testAccuracy = accuracy(spec, params, testSet);
  const target = { testSet, accuracy: testAccuracy };
  const ctx = { spec, batchSize: o.batchSize, flopRate: o.flopRate, targetLoss, maxSteps: o.sgdMaxSteps };
  const firstOrder = { batchSize: o.batchSize, maxSteps: o.sgdMaxSteps, seed: o.seed + 3 };
  const sgd = sweepLearningRates(spec, data, evalSet, initial, targetLoss, { ...firstOrder, rule: 'sgd' }, o.sgdLearningRates, target);
  const adam = sweepLearningRates(spec, data, evalSet, initial, targetLoss, { ...firstOrder, rule: 'adam' }, o.adamLearningRates, target);
  const hf = hessianFreeToTarget(spec, data, evalSet, initial, targetLoss, {
    batchSize: o.batchSize, maxSteps: o.hfMaxSteps, cgIterations: o.hfCgIterations, c: o.c, stepSize: o.stepSize,
    maxBacktracks: o.maxBacktracks, seed: o.seed + 4,
  }, target);
  const newton = newtonTotals(decisions, o.steps, o.readout).map((t) => ({ ...t, stepsToTestAccuracy: o.steps, testAccuracy, finalEvalLoss: targetLoss }));
  const totals = [
    ...newton,
    hessianFreeTotal(hf, { ...ctx, maxSteps: o.hfMaxSteps }, o.hfCgIterations),
    firstOrderTotal('sgd', sgd, ctx),
    firstOrderTotal('adam', adam, ctx),
  ];
  const config: Record<string, string | number | boolean> = {
    model: formatModelSpec(spec), steps: o.steps, batchSize: o.batchSize, seed: o.seed, trainCount: o.trainCount, evalCount: o.evalCount,
    testCount: o.testCount, c: o.c, sparsity: o.sparsity, epsilon: o.epsilon, solver: o.solver, stepSize: o.stepSize, maxBacktracks: o.maxBacktracks,
    warmupSgdSteps: o.warmupSgdSteps, blocks: o.blocks.join(','), simulateMaxN: o.simulateMaxN, flopRate: o.flopRate, readout: o.readout,
    sgdLearningRates: o.sgdLearningRates.join(','), adamLearningRates: o.adamLearningRates.join(','), sgdMaxSteps: o.sgdMaxSteps,
    hfMaxSteps: o.hfMaxSteps, hfCgIterations: o.hfCgIterations, hessian: o.hessian, attosecondPriced: o.attosecondPricer !== undefined,
    ...o.configExtras,
  };
  const newtonMeasured = (withKappa: boolean, quantumToo: boolean): number => measuredNewtonSeconds(times, decisions, withKappa, quantumToo);
  const wallSeconds = (Date.now() - t0) / 1000;
  const measured: MeasuredTimes = {
    wallSeconds,
    decisions: times,
    strategies: {
      'q-newton': newtonMeasured(true, true), 'classical-newton': newtonMeasured(false, false), 'hessian-free-newton': hf.measuredSeconds,
      sgd: sgd.best.run.measuredSeconds, adam: adam.best.run.measuredSeconds,
    },
    sweeps: {
      sgd: sgd.trials.reduce((s, t) => s + t.run.measuredSeconds, 0), adam: adam.trials.reduce((s, t) => s + t.run.measuredSeconds, 0),
    },
  };
  return {
    version: 1,
    config,
    lossHistory,
    decisions,
    targetLoss,
    totals,
    findings: [
      checkKappaFalls(decisions, o.steps), checkHighKappaClassical(decisions), checkLessTrainingTime(totals, o.readout),
      checkAttosecondQuantumWins(decisions),
    ],
    wallSeconds,
    evalLossHistory,
    accounting: { readout: o.readout, label: accountingLabel(o.readout), flopRate: o.flopRate, testCount: o.testCount },
    testAccuracy,
    measured,
  };
}
