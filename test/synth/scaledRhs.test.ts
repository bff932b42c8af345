import { denseFromRows } from '../../src/math/denseMatrix';
import { classicalSolution, embedSolution, stateFidelity, synthesizeLinearSolver, validateRhs } from '../../src/synth';
import { makeStatePrep } from '../../src/ops/stateprep/statePrep';
import { classicalSolve, simulateSolver } from './helpers';
import { InvalidVectorError } from '../../src/errors';

/**
 * Right-hand sides of extreme magnitude (issue 16): 1e-170 (squares underflow to 0), 1e160
 * (squares overflow) and ~1e308 must give the same circuit as the unit-scale b, with finite
 * fidelity and success probability — the norms are computed scaled by max|b|.
 */
const A = denseFromRows([[2, 0.5], [0.5, 1]]);
const B = [1, 2];

describe('scaled norms of b', () => {
  const ref = synthesizeLinearSolver({ matrix: A, rhs: B }, { solver: 'qsvt', epsilon: 0.01 });
  const refSim = simulateSolver(ref, embedSolution(ref.system, classicalSolve(A, B)));

  it.each([1e-170, 1e-300, 1e160, 1e300, 8e307])('b × %p: same state preparation, finite predicted and simulated results', (scale) => {
    const b = B.map((v) => v * scale);
    expect(() => validateRhs(b, 2)).not.toThrow();
    const sc = synthesizeLinearSolver({ matrix: A, rhs: b }, { solver: 'qsvt', epsilon: 0.01 });
    expect(sc.circuit.instructions.some((ins) => ins.op.name === 'stateprep')).toBe(true);
    expect(Number.isFinite(sc.report.successProbability)).toBe(true);
    expect(sc.report.successProbability).toBeCloseTo(ref.report.successProbability, 12);
    // the simulated state compared with the classical LU solution of the unscaled system (independent)
    const sim = simulateSolver(sc, embedSolution(sc.system, classicalSolve(A, B)));
    expect(sim.fidelity).toBeCloseTo(refSim.fidelity, 12);
    expect(sim.successProbability).toBeCloseTo(refSim.successProbability, 12);
    // the library's own reference solve and fidelity stay finite at this scale
    const x = classicalSolution({ matrix: A, rhs: b });
    expect(x.every(Number.isFinite)).toBe(true);
    const xs = classicalSolve(A, B);
    expect(stateFidelity(x, xs.map((v) => v / Math.hypot(...xs)), [0, 0])).toBeCloseTo(1, 12);
  });

  it('amplitudes of a tiny or huge vector are b/‖b‖ (3-4-5 triangle)', () => {
    for (const b of [[3e-170, 4e-170], [3e160, 4e160], [1.2e308, 1.6e308]]) {
      const amp = (makeStatePrep(b).params as { amplitudes: Float64Array }).amplitudes;
      expect(amp[0]).toBeCloseTo(0.6, 15);
      expect(amp[1]).toBeCloseTo(0.8, 15);
    }
  });

  it('a zero b and a solution that overflows are refused with typed errors', () => {
    expect(() => validateRhs([0, 0], 2)).toThrow(InvalidVectorError);
    expect(() => classicalSolution({ matrix: denseFromRows([[1e-300, 0], [0, 1]]), rhs: [1e300, 1] })).toThrow(/overflows double precision/);
  });
});
