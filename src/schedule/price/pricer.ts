/**
 * The {@link SolvePricer} the Q-Newton scheduler calls: quantum and classical prices of a solve
 * shape, memoized on the exact shape (the scheduler re-prices the same layer shapes every step).
 * Per pricer, op counts are memoized by op key, so a new κ only recomputes the degree, the
 * closed-form count sum and (for the surface code) one physical estimate.
 */
import type { QuantumPrice, ClassicalPrice, QuantumPriceOptions, SolvePricer, SolveShape } from './types';
import { checkFlopRate, measureFlopRate, validateProfile } from '../../cost';
import { priceClassicalSolve } from './classicalPrice';
import { PriceCaches, priceQuantumSolveDetailed } from './quantumPrice';
import { checkCostModel, checkCostModelQec, checkErrorBudget, checkOracleBits, checkQecChoice, checkSolverName } from './validateShape';
import { checkDataLoadingRequest, checkLogicalQubitBudget } from './dataLoading';

/**
 * Options of {@link makeSolvePricer}: the quantum options plus the classical FLOP rate (flops/s;
 * when absent it is measured once, with measureFlopRate, when the pricer is made).
 */
export type SolvePricerOptions = QuantumPriceOptions & { readonly flopRatePerSecond?: number };

/** Memo key: the exact shape plus the cost model (options are fixed per pricer; the model is keyed anyway, for safety). */
function shapeKey(s: SolveShape, costModel: string): string {
  return `${costModel}|${s.n}|${s.sparsity}|${s.nonZeroCount ?? ''}|${s.kappa}|${s.epsilon}|${s.alpha ?? ''}`;
}

/**
 * A memoizing {@link SolvePricer}. Options are validated once here (UnknownNameError for solver,
 * qec or cost-model names, InvalidArgumentError for the profile, budget, oracle bits, FLOP rate and
 * for costModel 'query' with qec 'surface_code'); shapes are
 * validated per call. Errors are not cached. One quantum price costs a few ms once the op counts
 * of the shape's block encoding are cached (bench/estimate.ts).
 */
export function makeSolvePricer(options: SolvePricerOptions): SolvePricer {
  checkSolverName(options.solver);
  const costModel = checkCostModel(options.costModel ?? 'compiled');
  checkCostModelQec(costModel, checkQecChoice(options.qec));
  validateProfile(options.profile);
  if (options.errorBudget !== undefined) checkErrorBudget(options.errorBudget);
  if (options.oracleBits !== undefined) checkOracleBits(options.oracleBits);
  if (options.dataLoading !== undefined) checkDataLoadingRequest(options.dataLoading);
  if (options.logicalQubitBudget !== undefined) checkLogicalQubitBudget(options.logicalQubitBudget);
  const flopRatePerSecond = options.flopRatePerSecond ?? measureFlopRate();
  checkFlopRate(flopRatePerSecond);
  const caches: PriceCaches = { opCounts: new Map() };
  const quantumMemo = new Map<string, QuantumPrice>();
  const classicalMemo = new Map<string, ClassicalPrice>();
  return Object.freeze({
    quantum(shape: SolveShape): QuantumPrice {
      const key = shapeKey(shape, costModel);
      let p = quantumMemo.get(key);
      if (!p) {
        p = priceQuantumSolveDetailed(shape, options, caches).price;
        quantumMemo.set(key, p);
      }
      return p;
    },
    classical(shape: SolveShape): ClassicalPrice {
      const key = shapeKey(shape, costModel);
      let p = classicalMemo.get(key);
      if (!p) {
        p = priceClassicalSolve(shape, flopRatePerSecond);
        classicalMemo.set(key, p);
      }
      return p;
    },
  });
}
