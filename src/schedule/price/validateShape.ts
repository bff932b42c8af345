/**
 * Argument checks of the pricing functions, with typed errors whose messages name the quantity to
 * change (src/errors: InvalidArgumentError for values out of range, UnknownNameError for names);
 * the CLI adds its flag names from the error's details.
 */
import { InvalidArgumentError, UnknownNameError, requireOpenUnitInterval } from '../../errors';
import { QLSA_SOLVERS, QlsaSolver } from '../../math/qlsa';
import { ceilLog2 } from '../../ops/arith/qrom';
import type { CostModel, QecChoice, SolveShape } from './types';

/** Every {@link QecChoice}, in help-text order. */
export const QEC_CHOICES: readonly QecChoice[] = ['surface_code', 'none'];

/** Every {@link CostModel}, default first. */
export const COST_MODELS: readonly CostModel[] = ['compiled', 'query'];

/** Largest matrix dimension accepted (2^50 ≈ 1.1e15: counts stay meaningful as doubles). */
export const MAX_DIMENSION = 2 ** 50;

/** Row + slot index bits of the sparse-access oracle tables (src/ops/oracles/sparseAccess.ts): ⌈log₂N⌉ + ⌈log₂d⌉ ≤ 52. */
export const MAX_ORACLE_INDEX_BITS = 52;

/**
 * Check a {@link SolveShape}: N an integer in [2, 2^50]; sparsity an integer in 1..N with
 * ⌈log₂N⌉ + ⌈log₂d⌉ ≤ 52 (the oracle's table index); nonZeroCount
 * (when given) an integer in [1, N·d]; κ finite and ≥ 1; ε in (0, 1); α (when given) finite and
 * ≥ 1 (α = d·max|A_ij| ≥ ‖A‖ = 1 in the normalisation ‖A‖ = 1). Returns the shape with the
 * defaults nonZeroCount = N·d and α = d filled in. Throws {@link InvalidArgumentError}.
 */
export function validateSolveShape(shape: SolveShape): Required<SolveShape> {
  const { n, sparsity, kappa, epsilon } = shape;
  if (!(Number.isInteger(n) && n >= 2 && n <= MAX_DIMENSION)) {
    throw new InvalidArgumentError(`matrix dimension N must be an integer in [2, 2^50], got ${n}`, { n });
  }
  if (!(Number.isInteger(sparsity) && sparsity >= 1 && sparsity <= n)) {
    throw new InvalidArgumentError(`row sparsity d must be an integer in 1..N = ${n}, got ${sparsity}`, { sparsity, n });
  }
  if (ceilLog2(n) + ceilLog2(sparsity) > MAX_ORACLE_INDEX_BITS) {
    throw new InvalidArgumentError(
      `the sparse-access oracle indexes N·d entries with at most ${MAX_ORACLE_INDEX_BITS} bits, but N = ${n} and d = ${sparsity} ` +
      `(rounded up to powers of two) need ${ceilLog2(n) + ceilLog2(sparsity)}; lower N or d`, { n, sparsity });
  }
  if (!(Number.isFinite(kappa) && kappa >= 1)) {
    throw new InvalidArgumentError(`condition number κ must be a finite number ≥ 1, got ${kappa}`, { kappa });
  }
  requireOpenUnitInterval(epsilon, 'target error ε');
  const nonZeroCount = shape.nonZeroCount ?? n * sparsity;
  if (!(Number.isInteger(nonZeroCount) && nonZeroCount >= 1 && nonZeroCount <= n * sparsity)) {
    throw new InvalidArgumentError(`nonZeroCount must be an integer in [1, N·d] = [1, ${n * sparsity}], got ${nonZeroCount}`, { nonZeroCount });
  }
  const alpha = shape.alpha ?? sparsity;
  if (!(Number.isFinite(alpha) && alpha >= 1)) {
    throw new InvalidArgumentError(`block-encoding normalisation α = d·max|A_ij| must be a finite number ≥ 1 (‖A‖ = 1), got ${alpha}`, { alpha });
  }
  return { n, sparsity, nonZeroCount, kappa, epsilon, alpha };
}

/** The solver name as a {@link QlsaSolver}; throws {@link UnknownNameError} listing the solvers. */
export function checkSolverName(solver: string): QlsaSolver {
  if (!(QLSA_SOLVERS as readonly string[]).includes(solver)) throw new UnknownNameError('quantum linear solver', solver, QLSA_SOLVERS);
  return solver as QlsaSolver;
}

/** The QEC name as a {@link QecChoice}; throws {@link UnknownNameError} listing the choices. */
export function checkQecChoice(qec: string): QecChoice {
  if (!(QEC_CHOICES as readonly string[]).includes(qec)) throw new UnknownNameError('error-correction choice', qec, QEC_CHOICES);
  return qec as QecChoice;
}

/** The cost-model name as a {@link CostModel}; throws {@link UnknownNameError} listing the models. */
export function checkCostModel(costModel: string): CostModel {
  if (!(COST_MODELS as readonly string[]).includes(costModel)) throw new UnknownNameError('quantum cost model', costModel, COST_MODELS);
  return costModel as CostModel;
}

/**
 * The 'query' cost model is priced without error correction only; throws {@link InvalidArgumentError}
 * for qec 'surface_code' (see src/schedule/price/queryModel.ts for why).
 */
export function checkCostModelQec(costModel: CostModel, qec: QecChoice): void {
  if (costModel === 'query' && qec !== 'none') {
    throw new InvalidArgumentError(
      "the 'query' cost model (one block-encoding query = one assumed QRAM access) is priced un-encoded only: " +
      'a fault-tolerant QRAM has no agreed surface-code cost; choose error correction none (or the compiled cost model)', { costModel, qec });
  }
}

/** Total error budget of the surface-code estimate in (0, 1). */
export function checkErrorBudget(errorBudget: number): number {
  requireOpenUnitInterval(errorBudget, 'error budget');
  return errorBudget;
}

/** Entry-oracle precision: an integer number of bits in [4, 52]. */
export function checkOracleBits(bits: number): number {
  if (!(Number.isInteger(bits) && bits >= 4 && bits <= 52)) {
    throw new InvalidArgumentError(`oracle precision must be an integer number of bits in [4, 52], got ${bits}`, { oracleBits: bits });
  }
  return bits;
}
