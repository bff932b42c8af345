/** The estimator and scheduler price HHL as the qubitized construction (walk QPE over the block encoding), for every N. */
import { estimateLogical, getHardwareProfile } from '../../../src/cost';
import { signalAncillaCount } from '../../../src/ops';
import { planQuantumSolve, priceQuantumSolveDetailed, quantumSolverCircuitShape, solverLogicalCounts } from '../../../src/schedule/price';

const NS_E3 = getHardwareProfile('qubit_gate_ns_e3');

describe('HHL by qubitization in the pricer', () => {
  it.each([
    [16, 2, 5, 0.2],
    [64, 4, 3, 0.3],
  ])('N = %i, d = %i, κ = %d, ε = %d: closed-form counts = call-graph fold of the hhl_walk op tree', (n, sparsity, kappa, epsilon) => {
    const { plan, op } = quantumSolverCircuitShape({ n, sparsity, kappa, epsilon }, 'hhl');
    expect(op!.name).toBe('hhl_walk');
    const folded = estimateLogical(op!), closed = solverLogicalCounts(plan);
    expect(closed.toffoliCount).toBe(folded.toffoliCount);
    expect(closed.logicalQubitCount).toBe(folded.logicalQubitCount);
    // the rotation count differs only by the reciprocal rotation's zero angles (λ_k ≤ 0), which the real op drops
    expect(closed.rotationCount).toBeGreaterThanOrEqual(folded.rotationCount);
  });

  it('N = 4096 (and 12,544, 10^6): finite price from the walk construction — 4(2^c − 1) queries, 2^c ≥ π·κ_eff/ε_alg', () => {
    for (const n of [4096, 12544, 1e6]) {
      const shape = { n, sparsity: 8, kappa: 100, epsilon: 1e-3 };
      const d = priceQuantumSolveDetailed(shape, { solver: 'hhl', profile: NS_E3, qec: 'surface_code' });
      const plan = d.plan;
      expect(plan.isCompiledCircuit).toBe(true);
      expect(plan.notes.join(' ')).toMatch(/HHL by qubitization/);
      const c = Math.ceil(Math.log2((Math.PI * plan.kappaEff) / plan.epsilonAlgorithm));
      expect(plan.clockBits).toBe(c);
      expect(plan.queriesPerRun).toBe(4 * (2 ** c - 1));
      expect(Number.isFinite(d.price.solverSeconds)).toBe(true);
      expect(d.price.solverSeconds).toBeGreaterThan(0);
      // Independent Toffoli sum: per query one U_A (or U_A†, same count) and one controlled reflection on the
      // a signal ancillas (a clean C^{a+1}X: 2(a + 1) − 3 Toffolis); QFTs and the reciprocal rotation have none.
      const be = plan.blockEncoding, a = signalAncillaCount(be);
      const perQuery = estimateLogical(be.op).toffoliCount + (2 * (a + 1) - 3);
      expect(d.price.logical.toffoliCount).toBe(plan.queriesPerRun * perQuery);
    }
  });

  it('success probability ≥ 1/κ_eff² per run, amplified: repetitions ≈ κ_eff runs', () => {
    const plan = planQuantumSolve({ n: 4096, sparsity: 8, kappa: 100, epsilon: 1e-3 }, 'hhl');
    expect(plan.successProbability).toBeCloseTo(1 / plan.kappaEff ** 2, 15);
    expect(plan.repetitions).toBeGreaterThan(plan.kappaEff * 0.5);
    expect(plan.repetitions).toBeLessThan(plan.kappaEff * 2);
  });
});
