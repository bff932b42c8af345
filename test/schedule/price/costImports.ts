/** Independent references for the pricing tests: the cost stage and the QLSA formulas, called directly. */
import { qlsaQueryCount, QlsaQueryCount } from '../../../src/math/qlsa';
import type { QuantumSolvePlan } from '../../../src/schedule/price';
export { criticalPathRuntimeNs, estimateLogical, estimatePhysical, getHardwareProfile } from '../../../src/cost';

/** The QLSA query count the plan should have used (same κ, ε_alg, α). */
export function qlsaQueryCountFor(plan: QuantumSolvePlan): QlsaQueryCount {
  return qlsaQueryCount(plan.solver, { kappa: plan.shape.kappa, epsilon: plan.epsilonAlgorithm, alpha: plan.alpha });
}
