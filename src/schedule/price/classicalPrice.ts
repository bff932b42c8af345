/**
 * Price of one classical solve of H x = g: the cheaper of dense Cholesky (n³/3 + 2n² flops) and
 * conjugate gradient (⌈√κ·ln(2/ε)/2⌉ iterations of 2·nnz + 10n flops), at a given FLOP rate
 * (src/cost/classical; Golub & Van Loan §4.2, Shewchuk §9.2).
 */
import { choleskySolveCost, conjugateGradientCost } from '../../cost';
import type { ClassicalSolveCost } from '../../cost';
import type { ClassicalPrice, SolveShape } from './types';
import { validateSolveShape } from './validateShape';

/** Both classical candidates and the cheaper one. */
export interface ClassicalPriceDetails {
  readonly cholesky: ClassicalSolveCost;
  readonly conjugateGradient: ClassicalSolveCost;
  readonly best: ClassicalPrice;
}

/** Cholesky and CG costs of a shape at `flopRatePerSecond` flops/s, and the cheaper as a {@link ClassicalPrice}. */
export function priceClassicalSolveDetailed(shape: SolveShape, flopRatePerSecond: number): ClassicalPriceDetails {
  const s = validateSolveShape(shape);
  const cholesky = choleskySolveCost(s.n, flopRatePerSecond);
  const conjugateGradient = conjugateGradientCost(s.n, s.nonZeroCount, s.kappa, s.epsilon, flopRatePerSecond);
  const pick = conjugateGradient.timeSeconds < cholesky.timeSeconds ? conjugateGradient : cholesky;
  const best: ClassicalPrice = Object.freeze({
    method: pick === cholesky ? 'cholesky' as const : 'cg' as const, flops: pick.totalFlops, seconds: pick.timeSeconds,
  });
  return Object.freeze({ cholesky, conjugateGradient, best });
}

/** The cheaper of dense Cholesky and CG for this shape at `flopRatePerSecond` flops/s. */
export function priceClassicalSolve(shape: SolveShape, flopRatePerSecond: number): ClassicalPrice {
  return priceClassicalSolveDetailed(shape, flopRatePerSecond).best;
}
