import { synthesizeLinearSolver, embedSolution, makeRhs } from '../../src/synth';
import { classicalSolve, simulateSolver, symmetricWithCondition } from './helpers';

// 29+-qubit simulations (sparse-access ancillas + projector work qubits): minutes, so in the slow suite.
describe('QSVT inversion with the sparse block encoding, N = 4 (slow)', () => {
  it.each([[2, 3, 0.05, 52], [4, 4, 0.05, 41]])('N=%d κ=%d ε=%d (seed %d): fidelity ≥ 0.99', (n, kappa, epsilon, seed) => {
    const a = symmetricWithCondition(n, kappa, seed);
    const b = makeRhs('random', n, seed);
    const sc = synthesizeLinearSolver({ matrix: a, rhs: b }, { solver: 'qsvt', epsilon, blockEncoding: 'sparse' });
    const sim = simulateSolver(sc, embedSolution(sc.system, classicalSolve(a, b)));
    expect(sim.fidelity).toBeGreaterThanOrEqual(0.99);
    expect(Math.abs(sim.successProbability - sc.report.successProbability)).toBeLessThan(0.02);
  });
});
