import { embedSolution, makeRhs, synthesizeLinearSolver } from '../../src/synth';
import { makeRng } from '../../src/math/rng';
import { randomOrthogonalRows, symmetricFromSpectrum } from '../math/spectralMatrices';
import { classicalSolve, simulateSolver } from './helpers';

/** Random SPD A = Q diag(λ) Qᵀ with eigenvalues spread over [1, κ]. */
function spd(n: number, kappa: number, seed: number): { rows: number; cols: number; data: Float64Array } {
  const rng = makeRng(seed);
  const q = randomOrthogonalRows(n, rng);
  const lambdas = Array.from({ length: n }, (_, k) => 1 + ((kappa - 1) * k) / (n - 1));
  return { rows: n, cols: n, data: Float64Array.from(symmetricFromSpectrum(q, lambdas)) };
}

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
