import { synthesizeLinearSolver, embedSolution, makeRhs } from '../../src/synth';
import { classicalSolve, simulateSolver, symmetricWithCondition } from './helpers';

describe('HHL: simulated post-selected state vs classical A⁻¹b', () => {
  it.each([
    // N, κ, ε, seed
    [2, 2, 0.05, 1],
    [2, 5, 0.05, 2],
    [4, 4, 0.05, 3],
    [4, 8, 0.05, 4],
    [8, 5, 0.05, 5],
    [8, 10, 0.05, 6],
  ])('N=%d κ=%d ε=%d (seed %d): fidelity ≥ 0.99 and the classical prediction matches', (n, kappa, epsilon, seed) => {
    const a = symmetricWithCondition(n, kappa, seed);
    const b = makeRhs('random', n, seed + 20);
    const sc = synthesizeLinearSolver({ matrix: a, rhs: b }, { solver: 'hhl', epsilon });
    const x = classicalSolve(a, b);
    const sim = simulateSolver(sc, embedSolution(sc.system, x));
    console.log(`HHL N=${n} κ=${kappa}: clock ${sc.report.clockBits} bits, t=${Number(sc.report.details.evolutionTimeRad).toFixed(4)}, ` +
      `fidelity ${sim.fidelity.toFixed(6)} (predicted ${Number(sc.report.details.predictedFidelity).toFixed(6)}), success ${sim.successProbability.toExponential(3)} (predicted ${sc.report.successProbability.toExponential(3)})`);
    expect(sim.fidelity).toBeGreaterThanOrEqual(0.99);
    expect(Math.abs(sim.fidelity - Number(sc.report.details.predictedFidelity))).toBeLessThan(1e-6);
    expect(Math.abs(sim.successProbability - sc.report.successProbability)).toBeLessThan(1e-6 + 1e-6 * sc.report.successProbability);
  });
});
