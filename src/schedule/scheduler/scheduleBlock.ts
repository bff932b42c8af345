/**
 * One Q-Newton decision (Li, Liu, Wang & Chen, arXiv 2405.00252, Alg. 1, one layer of one step):
 * exact block Hessian → κ before → regularize (H + c·max|H|·I) → prune to row sparsity d →
 * κ after, α → price the quantum and the classical solve → pick the cheaper → solve H̃ Δ = g
 * (classically, or by simulating the circuit for tiny blocks) → damped update θ ← θ − η·Δ.
 * The quantum price includes state preparation and read-out of x unless readout is off (the
 * paper's accounting); every phase is priced under the FLOP model (decisionAccount.ts) and timed.
 */
import { formatScientific } from '../../format';
import { decisionFlipFactor } from './flipFactor';
import { dataLoadingOfPrice } from './dataLoadingOfPrice';
import { SimulationTooLargeError, SingularMatrixError } from '../../errors';
import type { CsrMatrix } from '../../math/csrMatrix';
import { regularizeAndPruneDense } from '../../math/pruneDense';
import { Batch, lossAndGradient } from '../../hessian/mlp';
import { layerHessianBlocks } from '../../hessian/layerHessian';
import { blockByName } from '../../hessian/mlpSpec';
import type { SolvePricer, SolveShape } from '../price/types';
import { blockSpectrum } from './blockSpectrum';
import { dampedNewtonUpdate, solveNewtonDirection } from './newtonDirection';
import { scheduleBlockMatrixFree } from './matrixFreeBlock';
import { isMatrixFreeBlock, ResolvedScheduleOptions } from './options';
import type { AppliedSolve, MeasuredTimes, ScheduleDecision } from './report';
import { simulatedNewtonDirection } from './simulatedDirection';
import { decisionAccount } from './decisionAccount';
import { priceBlockSystem } from './priceBlockSystem';
import { timed } from './timing';

/** Measured seconds of each phase of one decision (see MeasuredTimes.decisions). */
export type DecisionTimes = MeasuredTimes['decisions'][number];

/** A decision and the parameters after its update. */
export interface BlockStep {
  readonly decision: ScheduleDecision;
  readonly params: Float64Array;
  /** The shape that was priced (for re-pricing). */
  readonly shape: SolveShape;
  /** The system that was solved: H̃ (regularized, pruned block Hessian; absent on the matrix-free path) and the block gradient g. */
  readonly matrix?: CsrMatrix;
  readonly rhs: Float64Array;
  /** Wall-clock seconds of each phase as run here. */
  readonly times: DecisionTimes;
}

/** Schedule and apply one block's Newton update at `params` on `batch` (see the module comment). */
export function scheduleBlock(
  o: ResolvedScheduleOptions, pricer: SolvePricer, attosecondPricer: SolvePricer | undefined,
  params: Float64Array, batch: Batch, step: number, block: string, checkBatch?: Batch,
  onPhase?: (phase: string, fraction: number) => void,
): BlockStep {
  const spec = o.spec;
  const pb = blockByName(spec, block);
  if (isMatrixFreeBlock(o, pb.size)) return scheduleBlockMatrixFree(o, pricer, attosecondPricer, params, batch, step, block, checkBatch);
  const [{ loss: lossBefore, gradient }, tGradient] = timed(() => lossAndGradient(spec, params, batch));
  const g = gradient.slice(pb.offset, pb.offset + pb.size);
  // Formed by the Kronecker kernel (refused before allocating when over the memory budget), then
  // regularized on the fly and pruned by row selection: one dense N×N copy alive, result in CSR.
  const [formed, tHessian] = timed(() => layerHessianBlocks(spec, params, batch, [block], {
    memoryBudgetBytes: o.hessianMemoryBytes, onProgress: onPhase && ((_b, f) => onPhase('Hessian', f)),
  })[0]);
  const h = formed.matrix;
  const [before, tKappaBefore] = timed(() => blockSpectrum(h));
  const n = pb.size;
  const [pruned, tPrune] = timed(() => regularizeAndPruneDense(h, o.c, Math.min(o.sparsity, n), { onProgress: onPhase && ((f) => onPhase('prune', f)) }).pruned);
  const a = pruned.matrix;
  const priced = priceBlockSystem(a, o, pricer, attosecondPricer, (note) => new SingularMatrixError(
    `step ${step}, block ${block}: the regularized, pruned Hessian is singular (${note}); raise the regularization c (now ${o.c}) so that H + c·max|H|·I is invertible`,
    { step, block, c: o.c },
  ));
  const { after, alpha, sparsity, nonZeroCount, shape, quantumPrice: qp, classical: cp, quantum, choice, kappaSeconds: tKappa } = priced;
  const [classical, tSolve] = timed(() => solveNewtonDirection(a, g));
  let direction = classical.direction;
  let applied: AppliedSolve = 'classical-solve';
  let simulationFidelity: number | undefined, simulationQubits: number | undefined;
  const notes: string[] = [];
  const [, tSimulation] = timed(() => {
    if (choice === 'quantum' && n <= o.simulateMaxN) {
      let gNorm = 0;
      for (let i = 0; i < n; i++) gNorm += g[i] * g[i];
      if (gNorm > 0) {
        try {
          const sim = simulatedNewtonDirection(a, g, classical.direction, o.solver, o.epsilon, o.simulateMaxQubits);
          direction = sim.direction; applied = 'simulated-circuit';
          simulationFidelity = sim.fidelity; simulationQubits = sim.numQubits;
          notes.push(`direction from the simulated ${sim.solver} circuit (${sim.numQubits} qubits, success probability ${formatScientific(sim.successProbability, 3)}); norm and global phase from the classical solution`);
        } catch (e) {
          if (!(e instanceof SimulationTooLargeError)) throw e;
          notes.push(`not simulated: ${e.message}; classical direction applied`);
        }
      }
    }
  });
  const [upd, tLineSearch] = timed(() => dampedNewtonUpdate(spec, params, block, direction, g, batch, lossBefore, o.stepSize, o.maxBacktracks, checkBatch));
  if (upd.note) notes.push(upd.note);
  if (classical.method === 'lu') notes.push('H̃ indefinite: Cholesky failed, solved by LU');
  if (!classical.converged) {
    notes.push(classical.stop === 'negative-curvature'
      ? `CG stopped after ${classical.iterations} iterations at a direction of non-positive curvature (H̃ indefinite), before its tolerance`
      : `CG stopped at its cap of ${classical.iterations} iterations without reaching its tolerance`);
  }
  if (!(classical.relativeResidual <= 1e-6)) notes.push(`classical solve inaccurate: relative residual ${formatScientific(classical.relativeResidual, 3)}`);
  const account = decisionAccount({
    spec, batchSize: batch.count, n, nonZeroCount, formationMultiplyAdds: formed.multiplyAddCount, flopRate: o.flopRate, classical: cp, quantum,
    lineSearchTrials: upd.trials, withCheckBatch: checkBatch !== undefined,
  });
  const decision: ScheduleDecision = {
    step, block, n,
    kappaBefore: before.kappa,
    kappaAfter: after.kappa,
    kappaNote: before.note,
    zeroRowCount: before.zeroRowCount,
    sparsity, nonZeroCount, alpha,
    quantumSeconds: quantum.totalSeconds,
    classicalSeconds: cp.seconds,
    classicalMethod: cp.method,
    quantumQueries: qp.blockEncodingQueries, ...dataLoadingOfPrice(qp),
    flipFactor: decisionFlipFactor({ quantumSeconds: quantum.totalSeconds, classicalSeconds: cp.seconds }),
    choice, applied,
    ...(simulationFidelity !== undefined ? { simulationFidelity, simulationQubits } : {}),
    lossBefore, lossAfter: upd.lossAfter,
    stepSize: upd.stepSize, backtracks: upd.backtracks, solveMethod: classical.method,
    ...(notes.length > 0 ? { updateNote: notes.join('; ') } : {}),
    kappaAfterNote: after.note,
    ...(priced.attosecond ? { attosecondQuantumSeconds: priced.attosecond.quantumSeconds, attosecondClassicalSeconds: priced.attosecond.classicalSeconds } : {}),
    solveIterations: classical.iterations, solveConverged: classical.converged,
    account,
  };
  const times: DecisionTimes = {
    gradient: tGradient, hessian: tHessian, kappaBefore: tKappaBefore, prune: tPrune, kappa: tKappa,
    classicalSolve: tSolve, simulation: tSimulation, lineSearch: tLineSearch,
  };
  return { decision, params: upd.params, shape, matrix: a, rhs: g, times };
}
