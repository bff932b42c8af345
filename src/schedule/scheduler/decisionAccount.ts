/**
 * The per-decision account (issue 10: every phase every strategy needs, under one FLOP model):
 * what one (step, block) Newton update costs in gradient, Hessian formation, regularize + prune,
 * κ estimation, the classical solve, the line search, and — for the quantum solve — state
 * preparation of g, the solver runs with their repetitions, and the read-out of x.
 */
import { InvalidArgumentError } from '../../errors';
import type { MlpSpec } from '../../hessian/mlpSpec';
import type { ClassicalPrice, QuantumPrice } from '../price/types';
import { blockHessianFlops, gradientStepFlops, kappaEstimateFlops, lineSearchFlops, regularizePruneFlops } from './flopModel';
import type { DecisionAccount, PhaseCost, QuantumSolveAccount } from './report';

/** The label of each accounting, used by the text, JSON and HTML reports alike. */
export function accountingLabel(readout: boolean): string {
  return readout
    ? 'read-out on: each quantum solve pays state preparation of g and ⌈N/ε²⌉-shot tomography of x (the Newton update needs x as numbers)'
    : '--no-readout: the paper\'s accounting, quantum solves priced as solver runs only (no state preparation, no read-out of x)';
}

/**
 * Split a quantum price into state preparation, solver runs and read-out (see QuantumSolveAccount).
 * With `readout` the price must carry the end-to-end parts (a pricer made with endToEnd: true);
 * otherwise InvalidArgumentError says how to fix it.
 */
export function quantumSolveAccount(price: QuantumPrice, readout: boolean): QuantumSolveAccount {
  if (!readout) {
    return { readout, statePreparationSeconds: 0, solverSeconds: price.solverSeconds, readoutSeconds: 0, totalSeconds: price.solverSeconds, repetitions: price.repetitions, readoutShotCount: 1 };
  }
  if (price.endToEndSeconds === undefined) {
    throw new InvalidArgumentError('the quantum pricer does not price state preparation and read-out; make it with endToEnd: true, or schedule with readout: false (the paper\'s accounting)');
  }
  const statePreparationSeconds = price.repetitions * (price.statePreparationSeconds ?? 0);
  return {
    readout, statePreparationSeconds, solverSeconds: price.solverSeconds,
    readoutSeconds: price.totalSeconds - statePreparationSeconds - price.solverSeconds,
    totalSeconds: price.totalSeconds, repetitions: price.repetitions, readoutShotCount: price.readoutShotCount ?? 1,
  };
}

function phase(flops: number, flopRate: number): PhaseCost {
  return { flops, seconds: flops / flopRate };
}

/** Inputs of {@link decisionAccount}. */
export interface DecisionAccountInputs {
  readonly spec: MlpSpec;
  readonly batchSize: number;
  readonly n: number;
  readonly nonZeroCount: number;
  /** Multiply-adds the Kronecker kernel counted forming the block (HessianBlock.multiplyAddCount); absent for bias blocks (dense count). */
  readonly formationMultiplyAdds?: number;
  readonly flopRate: number;
  readonly classical: ClassicalPrice;
  readonly quantum: QuantumSolveAccount;
  /** Step sizes the line search evaluated. */
  readonly lineSearchTrials: number;
  readonly withCheckBatch: boolean;
}

/** The account of one decision under the FLOP model of flopModel.ts. */
export function decisionAccount(x: DecisionAccountInputs): DecisionAccount {
  return {
    gradient: phase(gradientStepFlops(x.spec, x.batchSize), x.flopRate),
    hessian: phase(blockHessianFlops(x.spec, x.n, x.batchSize, x.formationMultiplyAdds), x.flopRate),
    prune: phase(regularizePruneFlops(x.n), x.flopRate),
    kappa: phase(kappaEstimateFlops(x.n, x.nonZeroCount), x.flopRate),
    classicalSolve: { flops: x.classical.flops, seconds: x.classical.seconds },
    lineSearch: phase(lineSearchFlops(x.spec, x.batchSize, x.lineSearchTrials, x.withCheckBatch), x.flopRate),
    quantumSolve: x.quantum,
  };
}
