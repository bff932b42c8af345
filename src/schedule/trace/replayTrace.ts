/**
 * Schedule a training run computed elsewhere (`qnewton train --trace DIR`): for every step and
 * block of the trace, the same Q-Newton decision the scheduler makes for its own MLP (the shared
 * rule is scheduler/priceBlockSystem.ts) (Li, Liu,
 * Wang & Chen, arXiv 2405.00252, Alg. 1): κ before → regularize H + c·max|H|·I → prune to row
 * sparsity d → κ after, α → price quantum and classical → pick the cheaper; the Newton direction
 * is solved classically to report its residual but NOT applied: the trajectory (losses, next
 * Hessians) is the trace's own. A block marked `pruned` is taken as the solver's matrix H̃ as is
 * (κ before is then not available). The report has the scheduler's shape (ScheduleReport) with
 * config.source = 'trace'; there is no SGD baseline (it would need the model and data).
 */
import { formatScientific } from '../../format';
import { SingularMatrixError } from '../../errors';
import { dataLoadingOfPrice } from '../scheduler/dataLoadingOfPrice';
import type { CsrMatrix } from '../../math/csrMatrix';
import { pruneSymmetric } from '../../math/prune';
import { regularize } from '../../math/regularize';
import type { SolvePricer } from '../price/types';
import { BlockSpectrum, blockSpectrum } from '../scheduler/blockSpectrum';
import { checkAttosecondQuantumWins, checkHighKappaClassical, checkKappaFalls } from '../scheduler/findings';
import { solveNewtonDirection } from '../scheduler/newtonDirection';
import { priceBlockSystem } from '../scheduler/priceBlockSystem';
import { resolveScheduleOptions } from '../scheduler/options';
import type { ScheduleDecision, ScheduleReport } from '../scheduler/report';
import { newtonTotals } from '../scheduler/strategyTotals';
import { loadTraceBlock, openTrace } from './loadTrace';

/** Options of {@link replayTrace} (ranges and defaults as in ScheduleOptions). */
export interface TraceReplayOptions {
  readonly c?: number;
  readonly sparsity?: number;
  readonly epsilon?: number;
  readonly solver?: string;
  readonly attosecondPricer?: SolvePricer;
  /** Price read-out of x in each quantum solve (default true, as ScheduleOptions.readout; the pricer must be endToEnd then). */
  readonly readout?: boolean;
  readonly configExtras?: Readonly<Record<string, string | number | boolean>>;
}

/** Progress callback: `done` of `total` decisions, label "step 2/3 W1". */
export interface TraceReplayHooks {
  onProgress?(done: number, total: number, label: string): void;
}

/** One block's decision from its matrix and gradient (see the module comment). */
function replayDecision(
  h: CsrMatrix, pruned: boolean, g: Float64Array, o: { c: number; sparsity: number; epsilon: number; readout: boolean }, pricer: SolvePricer,
  attosecondPricer: SolvePricer | undefined, step: number, block: string, lossBefore: number, lossAfter: number, file: string,
): ScheduleDecision {
  const n = h.n;
  let before: BlockSpectrum | null = null;
  let a = h;
  if (!pruned) {
    before = blockSpectrum(h);
    a = pruneSymmetric(regularize(h, o.c).matrix, Math.min(o.sparsity, n)).matrix;
  }
  const { after, alpha, sparsity, nonZeroCount, quantumPrice: qp, classical: cp, quantum, choice, attosecond } = priceBlockSystem(a, o, pricer, attosecondPricer, (note) => new SingularMatrixError(
    `${file} (step ${step}, block ${block}): the ${pruned ? 'given pruned' : 'regularized, pruned'} matrix is singular (${note}); ${pruned ? 'regularize it before saving' : `raise the regularization c (now ${o.c})`}`,
    { step, block, file },
  ));
  const solve = solveNewtonDirection(a, g);
  return {
    step, block, n,
    kappaBefore: before ? before.kappa : null,
    kappaAfter: after.kappa,
    kappaNote: before ? before.note : 'not in the trace: the block was given already regularized and pruned',
    ...(before ? { zeroRowCount: before.zeroRowCount } : {}),
    sparsity, nonZeroCount, alpha,
    quantumSeconds: quantum.totalSeconds, classicalSeconds: cp.seconds, classicalMethod: cp.method, quantumQueries: qp.blockEncodingQueries, ...dataLoadingOfPrice(qp),
    choice, applied: 'classical-solve',
    lossBefore, lossAfter,
    solveMethod: solve.method,
    updateNote: `trace replay: direction solved (relative residual ${formatScientific(solve.relativeResidual, 3)}) but not applied; losses are the trace's per step`,
    kappaAfterNote: after.note,
    ...(attosecond ? { attosecondQuantumSeconds: attosecond.quantumSeconds, attosecondClassicalSeconds: attosecond.classicalSeconds } : {}),
  };
}

/**
 * Replay the trace in folder `dir` with `pricer` (see the module comment). The whole manifest and
 * the existence of every file are checked before any work; a bad file throws InvalidTraceError
 * naming it (nothing is returned, so the CLI writes no report). Deterministic apart from wallSeconds.
 */
export function replayTrace(dir: string, options: TraceReplayOptions, pricer: SolvePricer, hooks: TraceReplayHooks = {}): ScheduleReport {
  const t0 = Date.now();
  const o = resolveScheduleOptions({ c: options.c, sparsity: options.sparsity, epsilon: options.epsilon, solver: options.solver, readout: options.readout });
  const trace = openTrace(dir);
  const m = trace.manifest;
  const total = m.steps.reduce((s, st) => s + st.blocks.length, 0);
  const decisions: ScheduleDecision[] = [];
  m.steps.forEach((st, si) => {
    const lossAfter = si + 1 < m.steps.length ? m.steps[si + 1].loss : m.finalLoss;
    for (const b of st.blocks) {
      const data = loadTraceBlock(trace, si, b);
      decisions.push(replayDecision(data.matrix, b.pruned, data.gradient, o, pricer, options.attosecondPricer, si, b.name, st.loss, lossAfter, b.hessian));
      hooks.onProgress?.(decisions.length, total, `step ${si + 1}/${m.steps.length} ${b.name}`);
    }
  });
  const steps = m.steps.length;
  const blockNames = [...new Set(m.steps.flatMap((s) => s.blocks.map((b) => b.name)))];
  return {
    version: 1,
    config: {
      source: 'trace', trace: dir, model: m.model, traceSource: m.source, steps, blocks: blockNames.join(','),
      c: o.c, sparsity: o.sparsity, epsilon: o.epsilon, solver: o.solver, readout: o.readout, attosecondPriced: options.attosecondPricer !== undefined,
      ...(options.configExtras ?? {}),
    },
    lossHistory: [...m.steps.map((s) => s.loss), m.finalLoss],
    decisions,
    targetLoss: m.finalLoss,
    // The trace's gradients and Hessians were computed elsewhere: the totals price the linear solves only.
    totals: newtonTotals(decisions, steps, o.readout).map((t) => ({
      ...t, note: `${t.strategy === 'q-newton' ? 'the cheaper solve per block' : 'every solve classical'}; trace replay: linear solves only (gradients and Hessians were computed elsewhere and are not priced)`,
    })),
    findings: [checkKappaFalls(decisions, steps), checkHighKappaClassical(decisions), checkAttosecondQuantumWins(decisions)],
    wallSeconds: (Date.now() - t0) / 1000,
  };
}
