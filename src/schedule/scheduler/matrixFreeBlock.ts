/**
 * One Q-Newton decision without forming the block Hessian (the matrix-free path of
 * scheduleBlock.ts, chosen by `hessian: 'matrix-free'`, or by 'auto' when the dense block exceeds
 * the memory budget): block HVP operator → {@link analyzeMatrixFreeSystem} (sampled rows, κ by
 * Lanczos, Newton step by CG: Hessian-free Newton, Martens 2010) → price quantum (with the
 * ESTIMATED d, α, κ) and classical → pick the cheaper → the same damped update as the exact path.
 * The decision is flagged: hessianMode 'matrix-free', `estimated` lists the estimated fields.
 *
 * Its account (decisionAccount.ts, the one FLOP model) counts what this path does, in HVPs
 * (flopModel.ts `blockHvpFlops`): the sampled rows as Hessian formation, the κ-after Lanczos run
 * as κ estimation, CG on HVPs as the classical solve; that same CG cost (its HVP count under the
 * FLOP model) is the classical price the choice compares the quantum price with, so the priced
 * classical cost and the account are one number (not the pricer's price of the estimated sparse
 * matrix, which this path never forms); nothing for pruning (no matrix is pruned). The κ-before Lanczos run is a diagnostic, timed but not
 * charged, as on the exact path. Every phase is timed (BlockStep.times).
 */
import { formatScientific } from '../../format';
import { decisionFlipFactor } from './flipFactor';
import { dataLoadingOfPrice } from './dataLoadingOfPrice';
import { Batch, lossAndGradient } from '../../hessian/mlp';
import { decisionAccount, quantumSolveAccount } from './decisionAccount';
import { blockHvpFlops } from './flopModel';
import { timed } from './timing';
import { makeBlockHvpOperator } from '../../hessian/hvp';
import { blockByName, parameterBlocks } from '../../hessian/mlpSpec';
import type { ClassicalPrice, SolvePricer, SolveShape } from '../price/types';
import { analyzeMatrixFreeSystem, MATRIX_FREE_ESTIMATED_FIELDS } from './matrixFreeSystem';
import { dampedNewtonUpdate } from './newtonDirection';
import type { ResolvedScheduleOptions } from './options';
import type { ScheduleDecision, SolveChoice } from './report';
import type { BlockStep, DecisionTimes } from './scheduleBlock';

/** Seed of the row sample and Lanczos starts of (step, block): distinct per decision, fixed per run seed. */
export function matrixFreeSeed(runSeed: number, step: number, blockIndex: number): number {
  return 1_000_003 * (runSeed + 1) + 1009 * step + 17 * blockIndex;
}

/** Schedule and apply one block's Newton update matrix-free (see the module comment). */
export function scheduleBlockMatrixFree(
  o: ResolvedScheduleOptions, pricer: SolvePricer, attosecondPricer: SolvePricer | undefined,
  params: Float64Array, batch: Batch, step: number, block: string, checkBatch?: Batch,
): BlockStep {
  const spec = o.spec;
  const pb = blockByName(spec, block);
  const blockIndex = parameterBlocks(spec).findIndex((b) => b.name === block);
  const [{ loss: lossBefore, gradient }, tGradient] = timed(() => lossAndGradient(spec, params, batch));
  const g = gradient.slice(pb.offset, pb.offset + pb.size);
  const op = makeBlockHvpOperator(spec, params, batch, block);
  const [sys, tSystem] = timed(() => analyzeMatrixFreeSystem(op, g, {
    c: o.c, sparsity: o.sparsity, sampleRows: o.hessianSampleRows, seed: matrixFreeSeed(o.seed, step, blockIndex), cgMaxIterations: o.cgMaxIterations,
  }));
  const n = pb.size;
  const shape: SolveShape = { n, sparsity: sys.sparsity, nonZeroCount: sys.nonZeroCount, kappa: sys.after.kappa as number, epsilon: o.epsilon, alpha: sys.alpha };
  const { rows, kappaBefore, kappaAfter, cg } = sys.phases;
  const hvpPhase = (hvps: number, vectorFlops: number): { flops: number; seconds: number } => {
    const flops = blockHvpFlops(spec, batch.count, hvps, vectorFlops);
    return { flops, seconds: flops / o.flopRate };
  };
  // The classical alternative on this path is the CG on HVPs that was run: it is both the price
  // the choice compares with and the account's classical solve (one model; docs/accounting.md).
  const cp: ClassicalPrice = { method: 'cg', ...hvpPhase(cg.hvps, 10 * n) };
  const qp = pricer.quantum(shape);
  const quantum = quantumSolveAccount(qp, o.readout);
  const choice: SolveChoice = quantum.totalSeconds < cp.seconds ? 'quantum' : 'classical';
  const notes: string[] = [`matrix-free: d, α, nnz from ${sys.rows.applications} sampled Hessian rows; κ after of the regularized, unpruned operator; ${sys.hvpCount} HVPs`];
  if (choice === 'quantum' && n <= o.simulateMaxN) notes.push('not simulated: the matrix-free path has no formed matrix to encode; CG direction applied');
  if (!sys.cg.converged) notes.push(`CG on HVPs stopped (${sys.cg.stop}) after ${sys.cg.iterations} iterations at relative residual ${formatScientific(sys.cg.relativeResidual, 3)}`);
  const [upd, tLineSearch] = timed(() => dampedNewtonUpdate(spec, params, block, sys.cg.x, g, batch, lossBefore, o.stepSize, o.maxBacktracks, checkBatch));
  const exactLike = decisionAccount({
    spec, batchSize: batch.count, n, nonZeroCount: sys.nonZeroCount, flopRate: o.flopRate, classical: cp, quantum,
    lineSearchTrials: upd.trials, withCheckBatch: checkBatch !== undefined,
  });
  const account = {
    ...exactLike,
    hessian: hvpPhase(rows.hvps, 0),
    prune: { flops: 0, seconds: 0 },
    kappa: hvpPhase(kappaAfter.hvps, 10 * n),
  };
  // The post-processing between the phases (d, α from the sampled rows) is counted with the rows.
  const tRest = tSystem - rows.seconds - kappaBefore.seconds - kappaAfter.seconds - cg.seconds;
  if (upd.note) notes.push(upd.note);
  const decision: ScheduleDecision = {
    step, block, n,
    kappaBefore: sys.before.kappa,
    kappaAfter: sys.after.kappa as number,
    kappaNote: sys.before.note,
    zeroRowCount: sys.before.zeroRowCount,
    sparsity: sys.sparsity, nonZeroCount: sys.nonZeroCount, alpha: sys.alpha,
    quantumSeconds: quantum.totalSeconds,
    classicalSeconds: cp.seconds,
    classicalMethod: cp.method,
    quantumQueries: qp.blockEncodingQueries, ...dataLoadingOfPrice(qp),
    flipFactor: decisionFlipFactor({ quantumSeconds: quantum.totalSeconds, classicalSeconds: cp.seconds }),
    choice, applied: 'classical-solve',
    lossBefore, lossAfter: upd.lossAfter,
    stepSize: upd.stepSize, backtracks: upd.backtracks, solveMethod: 'hvp-cg',
    updateNote: notes.join('; '),
    kappaAfterNote: sys.after.note,
    ...(attosecondPricer ? { attosecondQuantumSeconds: quantumSolveAccount(attosecondPricer.quantum(shape), o.readout).totalSeconds, attosecondClassicalSeconds: cp.seconds } : {}),
    hessianMode: 'matrix-free',
    estimated: MATRIX_FREE_ESTIMATED_FIELDS,
    matrixFree: {
      sampledRows: sys.rows.applications, zeroRowsSampled: sys.rows.zeroRowCount, maxAbsEstimate: sys.rows.maxAbs, shift: sys.shift,
      kappaBeforeIterations: sys.kappaBeforeIterations, kappaAfterIterations: sys.kappaAfterIterations, kappaAfterConverged: sys.after.converged,
      cgIterations: sys.cg.iterations, cgStop: sys.cg.stop, cgRelativeResidual: sys.cg.relativeResidual, hvpCount: sys.hvpCount,
    },
    solveIterations: sys.cg.iterations, solveConverged: sys.cg.converged,
    account,
  };
  const times: DecisionTimes = {
    gradient: tGradient, hessian: rows.seconds + tRest, kappaBefore: kappaBefore.seconds, prune: 0, kappa: kappaAfter.seconds,
    classicalSolve: cg.seconds, simulation: 0, lineSearch: tLineSearch,
  };
  return { decision, params: upd.params, shape, rhs: g, times };
}
