import { BudgetUnmetError, InvalidArgumentError, InvalidMatrixError, InvalidVectorError, UnknownNameError } from '../../src/errors';
import { denseFromRows } from '../../src/math/denseMatrix';
import { embedSolution, hermitianDilation, makeRhs, prepareSystem, synthesizeLinearSolver } from '../../src/synth';
import { csrFromDense, csrToDense } from '../../src/math/csrMatrix';
import { classicalSolve, simulateSolver, symmetricWithCondition } from './helpers';

const SPD2 = denseFromRows([[2, 0.5], [0.5, 1]]);

describe('bad input gives typed errors', () => {
  it.each([
    ['non-symmetric matrix without --dilate', () => synthesizeLinearSolver({ matrix: denseFromRows([[1, 2], [0, 1]]), rhs: [1, 1] }, { solver: 'qsvt', epsilon: 0.1 }), InvalidMatrixError, /--dilate/],
    ['non-square matrix', () => synthesizeLinearSolver({ matrix: denseFromRows([[1, 2, 3], [0, 1, 2]]), rhs: [1, 1] }, { solver: 'qsvt', epsilon: 0.1 }), InvalidMatrixError, /square/],
    ['NaN entry', () => synthesizeLinearSolver({ matrix: denseFromRows([[1, NaN], [NaN, 1]]), rhs: [1, 1] }, { solver: 'qsvt', epsilon: 0.1 }), InvalidMatrixError, /non-finite/],
    ['singular matrix', () => synthesizeLinearSolver({ matrix: denseFromRows([[1, 1], [1, 1]]), rhs: [1, 0] }, { solver: 'qsvt', epsilon: 0.1 }), BudgetUnmetError, /singular/],
    ['κ too large for the degree limit', () => synthesizeLinearSolver({ matrix: denseFromRows([[1, 0], [0, 1e-4]]), rhs: [1, 1] }, { solver: 'qsvt', epsilon: 0.01, maxDegree: 1000 }), BudgetUnmetError, /degree/],
    ['qubit budget too small (QSVT)', () => synthesizeLinearSolver({ matrix: SPD2, rhs: [1, 1] }, { solver: 'qsvt', epsilon: 0.1, qubitBudget: 3 }), BudgetUnmetError, /qubits/],
    ['block encoding given to dense HHL (refused, not ignored)', () => synthesizeLinearSolver({ matrix: SPD2, rhs: [1, 1] }, { solver: 'hhl', epsilon: 0.1, blockEncoding: 'fable', hamiltonianSimulation: 'dense' }), InvalidArgumentError, /dense Hamiltonian simulation/],
    ['qubit budget too small (HHL)', () => synthesizeLinearSolver({ matrix: SPD2, rhs: [1, 1] }, { solver: 'hhl', epsilon: 0.1, qubitBudget: 4 }), BudgetUnmetError, /qubits/],
    ['κ too large for the HHL clock', () => synthesizeLinearSolver({ matrix: symmetricWithCondition(8, 200, 1), rhs: makeRhs('ones', 8) }, { solver: 'hhl', epsilon: 1e-3, maxClockBits: 7 }), BudgetUnmetError, /clock bits/],
    ['dense HHL on a large system', () => synthesizeLinearSolver({ matrix: symmetricWithCondition(128, 2, 1), rhs: makeRhs('ones', 128) }, { solver: 'hhl', epsilon: 0.1, hamiltonianSimulation: 'dense' }), BudgetUnmetError, /N ≤ 64/],
    ['HHL by qubitization on an indefinite matrix', () => synthesizeLinearSolver({ matrix: symmetricWithCondition(128, 2, 1), rhs: makeRhs('ones', 128) }, { solver: 'hhl', epsilon: 0.1 }), InvalidArgumentError, /positive definite/],
    ['rhs of the wrong length', () => synthesizeLinearSolver({ matrix: SPD2, rhs: [1, 1, 1] }, { solver: 'qsvt', epsilon: 0.1 }), InvalidVectorError, /length 3/],
    ['zero rhs', () => synthesizeLinearSolver({ matrix: SPD2, rhs: [0, 0] }, { solver: 'qsvt', epsilon: 0.1 }), InvalidVectorError, /zero norm/],
    ['non-finite rhs', () => synthesizeLinearSolver({ matrix: SPD2, rhs: [1, Infinity] }, { solver: 'qsvt', epsilon: 0.1 }), InvalidVectorError, /finite/],
    ['epsilon out of range', () => synthesizeLinearSolver({ matrix: SPD2, rhs: [1, 1] }, { solver: 'qsvt', epsilon: 1.5 }), InvalidArgumentError, /epsilon/],
    ['unknown solver', () => synthesizeLinearSolver({ matrix: SPD2, rhs: [1, 1] }, { solver: 'cg', epsilon: 0.1 }), UnknownNameError, /solver/],
    ['unknown block encoding', () => synthesizeLinearSolver({ matrix: SPD2, rhs: [1, 1] }, { solver: 'qsvt', epsilon: 0.1, blockEncoding: 'magic' }), UnknownNameError, /block encoding/],
  ])('%s', (_name, f, cls, msg) => {
    expect(f).toThrow(cls as new (...args: never[]) => Error);
    expect(f).toThrow(msg as RegExp);
  });
});

describe('system preparation', () => {
  it('pads N=3 to 4 with σ_max on the diagonal; κ and ‖A‖ unchanged', () => {
    const a = symmetricWithCondition(3, 4, 2);
    const sys = prepareSystem({ matrix: a, rhs: [1, 2, 3] });
    expect(sys.dim).toBe(4);
    const d = csrToDense(sys.matrix);
    expect(d.data[15]).toBeCloseTo(sys.spectrum.sigmaMax, 12);
    expect(sys.spectrum.sigmaMax / sys.spectrum.sigmaMin).toBeCloseTo(4, 9);
    // b is kept as b/‖b‖ (every use is scale-invariant; no overflow of ‖b‖² for huge b)
    const expected = [1, 2, 3, 0].map((v) => v / Math.sqrt(14));
    Array.from(sys.rhs).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 15));
  });

  it('Hermitian dilation is [[0, A], [Aᵀ, 0]]', () => {
    const a = denseFromRows([[1, 2], [3, 4]]);
    const h = csrToDense(hermitianDilation(csrFromDense(a)));
    expect(Array.from(h.data)).toEqual([0, 0, 1, 2, 0, 0, 3, 4, 1, 3, 0, 0, 2, 4, 0, 0]);
  });

  it.each([['qsvt'], ['hhl']])('%s with --dilate solves a non-symmetric system (fidelity ≥ 0.99 vs LU)', (solver) => {
    const a = denseFromRows([[2, 1, 0], [0.5, 1.5, -0.3], [0.2, 0, 1]]);
    const b = [1, -1, 0.5];
    const sc = synthesizeLinearSolver({ matrix: a, rhs: b }, { solver, epsilon: 0.05, dilate: true });
    expect(sc.report.dilated).toBe(true);
    expect(sc.report.paddedDim).toBe(8);
    const x = classicalSolve(a, b);
    const sim = simulateSolver(sc, embedSolution(sc.system, x));
    expect(sim.fidelity).toBeGreaterThanOrEqual(0.99);
  });

  it('N=3 (padded) QSVT solution matches LU', () => {
    const a = symmetricWithCondition(3, 6, 7);
    const b = [0.3, -1, 2];
    const sc = synthesizeLinearSolver({ matrix: a, rhs: b }, { solver: 'qsvt', epsilon: 0.01 });
    const sim = simulateSolver(sc, embedSolution(sc.system, classicalSolve(a, b)));
    expect(sim.fidelity).toBeGreaterThanOrEqual(0.99);
  });
});
