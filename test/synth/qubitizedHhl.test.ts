import { embedSolution, makeRhs, synthesizeLinearSolver } from '../../src/synth';
import { classicalSolve, simulateSolver, spdWithSpreadSpectrum as spd } from './helpers';


describe('HHL by qubitization: simulated post-selected state vs classical A⁻¹b', () => {
  it.each([
    // N, κ, ε, block encoding, seed
    [4, 3, 0.02, 'dense-dilation', 11],
    [8, 3, 0.02, 'dense-dilation', 12],
  ])('N=%d κ=%d ε=%d %s (seed %d): fidelity ≥ 0.99, prediction matches', (n, kappa, epsilon, be, seed) => {
    const a = spd(n, kappa, seed);
    const b = makeRhs('random', n, seed + 20);
    const sc = synthesizeLinearSolver({ matrix: a, rhs: b }, { solver: 'hhl', epsilon, blockEncoding: be, hamiltonianSimulation: 'qubitization' });
    const sim = simulateSolver(sc, embedSolution(sc.system, classicalSolve(a, b)));
    console.log(`walk-HHL N=${n} κ=${kappa} ${be}: ${sc.report.numQubits} qubits, clock ${sc.report.clockBits}, queries ${sc.report.blockEncodingQueries}, ` +
      `fidelity ${sim.fidelity.toFixed(6)} (predicted ${Number(sc.report.details.predictedFidelity).toFixed(6)}), success ${sim.successProbability.toExponential(3)}`);
    expect(sim.fidelity).toBeGreaterThanOrEqual(0.99);
    expect(Math.abs(sim.fidelity - Number(sc.report.details.predictedFidelity))).toBeLessThan(1e-6);
    expect(Math.abs(sim.successProbability - sc.report.successProbability)).toBeLessThan(1e-6 + 1e-6 * sc.report.successProbability);
  });
});
