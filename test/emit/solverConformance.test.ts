import { makeRhs, synthesizeLinearSolver } from '../../src/synth';
import { checkSolverFiles } from './conformance/solverFiles';

// The files `compile` writes for the linear solvers (nested QSVT / HHL / block-encoding gate
// definitions), not only the corpus of conformance.test.ts. Other block encodings (≈ 20–60 s
// each): solverConformance.slow.test.ts.
const SPD4 = { rows: 4, cols: 4, data: Float64Array.from([4, 1, 0, 0.5, 1, 3, 0.2, 0, 0, 0.2, 2, 0.3, 0.5, 0, 0.3, 1.5]) };

describe('solver circuits as OpenQASM 3 and 2: conforming, read back with the same post-selected state', () => {
  it('QSVT, dense-dilation block encoding, N = 4', () => {
    checkSolverFiles(synthesizeLinearSolver({ matrix: SPD4, rhs: makeRhs('random', 4, 3) }, { solver: 'qsvt', epsilon: 0.05, blockEncoding: 'dense-dilation' }));
  });
  it('HHL, dense Hamiltonian simulation, N = 4', () => {
    checkSolverFiles(synthesizeLinearSolver({ matrix: SPD4, rhs: makeRhs('random', 4, 4) }, { solver: 'hhl', epsilon: 0.05, hamiltonianSimulation: 'dense' }));
  });
});
