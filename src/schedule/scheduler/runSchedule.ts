/**
 * The Q-Newton scheduler's training loop (Li, Liu, Wang & Chen, arXiv 2405.00252, Alg. 1 and §4):
 * block-coordinate Newton training of an MLP on MNIST where every (step, block) linear solve is
 * priced on a quantum and a classical machine and given to the cheaper one, with projected totals
 * for Q-Newton, classical Newton and SGD, and the paper's findings checked on the run.
 *
 * Per step: draw a mini-batch (gradient, Hessian) and a check batch (line-search guard, see
 * newtonDirection.ts); for each block in order (Gauss–Seidel: each block sees the previous
 * blocks' updates) run {@link scheduleBlock}. Deterministic for a fixed seed
 * (makeRng streams: seed for the data order and initialization, seed+2 for Newton batches,
 * seed+3 for SGD batches, seed+7 for the evaluation set); only wallSeconds varies between runs.
 */
import { lossOf } from '../../hessian/mlp';
import { loadMnist } from '../../hessian/mnistData';
import { initParams } from '../../hessian/mlp';
import { formatModelSpec } from '../../hessian/mlpSpec';
import { sampleBatch, trainSgd } from '../../hessian/train';
import type { CsrMatrix } from '../../math/csrMatrix';
import { makeRng } from '../../math/rng';
import type { SolvePricer } from '../price/types';
import { checkAttosecondQuantumWins, checkHighKappaClassical, checkKappaFalls } from './findings';
import { resolveScheduleOptions, ScheduleOptions } from './options';
import type { ScheduleDecision, ScheduleReport, StrategyTotal } from './report';
import { scheduleBlock } from './scheduleBlock';
import { gradientStepFlops, sgdToTargetLoss } from './sgdBaseline';

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

function cumulative(perStep: readonly number[]): number[] {
  const out: number[] = [];
  let s = 0;
  for (const v of perStep) { s += v; out.push(s); }
  return out;
}

/**
 * The Newton strategies' totals from the decisions: Q-Newton pays min(quantum, classical) per
 * decision, classical Newton pays the classical price of the same solves (the same Newton
 * trajectory, every solve classical). Solve time only: gradients and Hessian formation are not priced.
 */
export function newtonTotals(decisions: readonly ScheduleDecision[], steps: number): StrategyTotal[] {
  const q = new Array<number>(steps).fill(0), c = new Array<number>(steps).fill(0);
  for (const d of decisions) {
    q[d.step] += Math.min(d.quantumSeconds, d.classicalSeconds);
    c[d.step] += d.classicalSeconds;
  }
  const qc = cumulative(q), cc = cumulative(c);
  return [
    { strategy: 'q-newton', steps, projectedSeconds: qc[steps - 1], cumulativeSeconds: qc,
      note: 'each block solve on the cheaper of quantum and classical; linear-solve time only (gradient and Hessian formation not priced)' },
    { strategy: 'classical-newton', steps, projectedSeconds: cc[steps - 1], cumulativeSeconds: cc,
      note: 'the same Newton steps as Q-Newton (same trajectory), every solve priced classically; linear-solve time only' },
  ];
}

/**
 * Run the scheduled training (see the module comment) with `pricer` (e.g. makeSolvePricer from
 * src/schedule/price, or a fake in tests). Typed errors for bad options (see resolveScheduleOptions)
 * and SingularMatrixError when a regularized block is singular (c = 0).
 */
export function runQNewtonSchedule(options: ScheduleOptions, pricer: SolvePricer, hooks: ScheduleHooks = {}): ScheduleReport {
  const t0 = Date.now();
  const o = resolveScheduleOptions(options);
  const spec = o.spec;
  const data = loadMnist({ count: o.trainCount, seed: o.seed, inputDim: spec.widths[0] });
  const evalSet = sampleBatch(data, o.evalCount, makeRng(o.seed + 7));
  const initial = o.warmupSgdSteps > 0
    ? trainSgd(spec, data, { steps: o.warmupSgdSteps, batchSize: o.batchSize, seed: o.seed }).params
    : initParams(spec, o.seed);
  let params = initial;
  const rng = makeRng(o.seed + 2);
  const lossHistory: number[] = [];
  const evalLossHistory: number[] = [lossOf(spec, params, evalSet)];
  const decisions: ScheduleDecision[] = [];
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
      const r = scheduleBlock(o, pricer, options.attosecondPricer, params, batch, step, block, checkBatch, onPhase);
      decisions.push(r.decision);
      params = r.params;
      if (r.matrix) hooks.onBlockSystem?.({ step, block, matrix: r.matrix, rhs: r.rhs, decision: r.decision });
      hooks.onProgress?.(decisions.length, total, label);
    }
    evalLossHistory.push(lossOf(spec, params, evalSet));
  }
  lossHistory.push(lossOf(spec, params, lastBatch as NonNullable<typeof lastBatch>));
  const targetLoss = evalLossHistory[evalLossHistory.length - 1];
  const sgd = sgdToTargetLoss(spec, data, evalSet, initial, targetLoss, {
    batchSize: o.batchSize, learningRate: o.sgdLearningRate, maxSteps: o.sgdMaxSteps, seed: o.seed + 3,
  });
  const stepSeconds = gradientStepFlops(spec, o.batchSize) / o.flopRate;
  const sgdCumulative = Array.from({ length: sgd.stepsRun }, (_, i) => (i + 1) * stepSeconds);
  const sgdTotal: StrategyTotal = {
    strategy: 'sgd', steps: sgd.steps, projectedSeconds: sgd.stepsRun * stepSeconds, cumulativeSeconds: sgdCumulative,
    note: sgd.steps === null
      ? `did not reach the target evaluation loss ${targetLoss.toFixed(4)} within ${o.sgdMaxSteps} steps (final ${sgd.evalLossHistory[sgd.evalLossHistory.length - 1].toFixed(4)}); projectedSeconds is the cost of the capped run, a lower bound`
      : `plain SGD (η = ${o.sgdLearningRate}, batch ${o.batchSize}) from the same initial parameters until the evaluation loss ≤ ${targetLoss.toFixed(4)}; 6·P·B = ${gradientStepFlops(spec, o.batchSize).toExponential(3)} flops per step at ${o.flopRate.toExponential(2)} flop/s`,
  };
  const config: Record<string, string | number | boolean> = {
    model: formatModelSpec(spec), steps: o.steps, batchSize: o.batchSize, seed: o.seed, trainCount: o.trainCount, evalCount: o.evalCount,
    c: o.c, sparsity: o.sparsity, epsilon: o.epsilon, solver: o.solver, stepSize: o.stepSize, maxBacktracks: o.maxBacktracks,
    warmupSgdSteps: o.warmupSgdSteps, blocks: o.blocks.join(','), simulateMaxN: o.simulateMaxN, flopRate: o.flopRate,
    sgdLearningRate: o.sgdLearningRate, sgdMaxSteps: o.sgdMaxSteps, hessian: o.hessian, attosecondPriced: options.attosecondPricer !== undefined,
    ...(options.configExtras ?? {}),
  };
  return {
    version: 1,
    config,
    lossHistory,
    decisions,
    targetLoss,
    totals: [...newtonTotals(decisions, o.steps), sgdTotal],
    findings: [checkKappaFalls(decisions, o.steps), checkHighKappaClassical(decisions), checkAttosecondQuantumWins(decisions)],
    wallSeconds: (Date.now() - t0) / 1000,
    evalLossHistory,
  };
}
