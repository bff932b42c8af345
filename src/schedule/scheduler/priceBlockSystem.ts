/**
 * The decision rule on a formed, regularized and pruned block matrix H̃ (Li, Liu, Wang & Chen,
 * arXiv 2405.00252, Alg. 1): κ after and α of H̃ → the solve's shape (N, d, nnz, κ, ε, α) →
 * price the quantum solve (with read-out unless the paper's accounting is asked for) and the
 * classical one → pick the cheaper. One place for the sequence the scheduler (scheduleBlock.ts)
 * and the trace replay (schedule/trace/replayTrace.ts) both run; the matrix-free path
 * (matrixFreeBlock.ts) has no formed H̃ and prices estimated numbers instead.
 */
import { SingularMatrixError } from '../../errors';
import { blockEncodingAlpha } from '../../math/blockEncodingAlpha';
import { CsrMatrix, csrMaxRowNnz, csrNnz } from '../../math/csrMatrix';
import type { ClassicalPrice, QuantumPrice, SolvePricer, SolveShape } from '../price/types';
import { BlockSpectrum, blockSpectrum } from './blockSpectrum';
import { quantumSolveAccount } from './decisionAccount';
import type { QuantumSolveAccount, SolveChoice } from './report';
import { timed } from './timing';

/** What {@link priceBlockSystem} found for one H̃. */
export interface PricedBlockSystem {
  /** Spectrum of H̃ (κ is finite: a singular H̃ throws). */
  readonly after: BlockSpectrum & { readonly kappa: number };
  readonly alpha: number;
  readonly sparsity: number;
  readonly nonZeroCount: number;
  readonly shape: SolveShape;
  readonly quantumPrice: QuantumPrice;
  readonly quantum: QuantumSolveAccount;
  readonly classical: ClassicalPrice;
  readonly choice: SolveChoice;
  /** Quantum (same accounting) and classical seconds under the second pricer, when given. */
  readonly attosecond?: { readonly quantumSeconds: number; readonly classicalSeconds: number };
  /** Measured seconds of κ after + α (the κ phase). */
  readonly kappaSeconds: number;
}

/**
 * Price H̃ `a` (see the module comment). `singular(note)` makes the error thrown when H̃ is
 * singular, so each caller can name its own fix (raise c, or regularize a given matrix).
 */
export function priceBlockSystem(
  a: CsrMatrix, o: { readonly epsilon: number; readonly readout: boolean }, pricer: SolvePricer, attosecondPricer: SolvePricer | undefined,
  singular: (note: string) => SingularMatrixError,
): PricedBlockSystem {
  const [[after, alpha], kappaSeconds] = timed(() => {
    const sp = blockSpectrum(a);
    return [sp, sp.kappa === null ? NaN : blockEncodingAlpha(a, sp.maxAbsLambda).alpha] as const;
  });
  if (after.kappa === null) throw singular(after.note);
  const kappa = after.kappa;
  const sparsity = csrMaxRowNnz(a);
  const nonZeroCount = csrNnz(a);
  const shape: SolveShape = { n: a.n, sparsity, nonZeroCount, kappa, epsilon: o.epsilon, alpha };
  const quantumPrice = pricer.quantum(shape);
  const classical = pricer.classical(shape);
  const quantum = quantumSolveAccount(quantumPrice, o.readout);
  const choice: SolveChoice = quantum.totalSeconds < classical.seconds ? 'quantum' : 'classical';
  const attosecond = attosecondPricer && {
    quantumSeconds: quantumSolveAccount(attosecondPricer.quantum(shape), o.readout).totalSeconds,
    classicalSeconds: attosecondPricer.classical(shape).seconds,
  };
  return {
    after: { ...after, kappa }, alpha, sparsity, nonZeroCount, shape, quantumPrice, quantum, classical, choice,
    ...(attosecond ? { attosecond } : {}), kappaSeconds,
  };
}
