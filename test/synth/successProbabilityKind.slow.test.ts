import { makeRhs, synthesizeLinearSolver } from '../../src/synth';
import { diagonalSpd } from './helpers';

// ~30 s: preparing a 2048×2048 system dominates.
describe('HHL by qubitization above the dense-spectrum limit (slow)', () => {
  it("HHL by qubitization at N = 2048: kind 'not-computed', NaN", () => {
    const sc = synthesizeLinearSolver({ matrix: diagonalSpd(2048), rhs: makeRhs('ones', 2048, 1) }, { solver: 'hhl', epsilon: 0.1, blockEncoding: 'sparse', hamiltonianSimulation: 'qubitization' });
    expect(sc.report.successProbabilityKind).toBe('not-computed');
    expect(sc.report.successProbability).toBeNaN();
  });
});
