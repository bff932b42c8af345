import { makeSparseBlockEncoding } from '../../src/ops/blockEncoding/sparse';
import { csrToDense } from '../../src/math/csrMatrix';
import { postselectedRun } from '../../src/sim';
import { makeRhs, prepareSystem, synthesizeLinearSolver } from '../../src/synth';
import type { SolverCircuit } from '../../src/synth';
import { matrixForPrediction } from '../../src/synth/matrixForPrediction';
import { diagonalSpd, spdWithSpreadSpectrum, symmetricWithCondition } from './helpers';

/** Simulated success probability of the post-selection (sparse backend: the ancillas stay in basis states). */
function simulatedSuccess(sc: SolverCircuit): number {
  return postselectedRun(sc.circuit, sc.postselectQubits, sc.postselectValues, { backend: 'sparse', maxExpandedGates: 5e7 }).probability;
}

// The report's success probability against the simulated circuit, for every block encoding. Relative
// agreement 1e-9 (observed ≤ 1e-12): "exact" must mean exact, including for the rounded sparse
// encoding (before its encoded matrix was used, the sparse values were off by 0.3–0.7%).
describe("successProbabilityKind 'exact' equals the simulated success probability", () => {
  it.each([
    // solver, block encoding, N
    ['qsvt', 'dense-dilation', 2], ['qsvt', 'dense-dilation', 4],
    ['qsvt', 'fable', 2], ['qsvt', 'fable', 4],
    ['qsvt', 'lcu', 2], ['qsvt', 'lcu', 4],
    ['qsvt', 'sparse', 2], ['qsvt', 'sparse', 4], ['qsvt', 'sparse', 8],
    ['hhl', 'dense-dilation', 2], ['hhl', 'dense-dilation', 4],
    ['hhl', 'fable', 2],
    ['hhl', 'lcu', 2], ['hhl', 'lcu', 4],
    ['hhl', 'sparse', 2],
  ])('%s / %s, N=%d', (solver, blockEncoding, n) => {
    const a = solver === 'hhl' ? spdWithSpreadSpectrum(n, 3, 11 + n) : symmetricWithCondition(n, 4, 40 + n);
    const b = makeRhs('random', n, 7 + n);
    const sc = solver === 'hhl'
      ? synthesizeLinearSolver({ matrix: a, rhs: b }, { solver: 'hhl', epsilon: 0.05, blockEncoding, hamiltonianSimulation: 'qubitization' })
      : synthesizeLinearSolver({ matrix: a, rhs: b }, { solver: 'qsvt', epsilon: 0.05, blockEncoding });
    const sim = simulatedSuccess(sc);
    expect(sc.report.successProbabilityKind).toBe('exact');
    expect(Math.abs(sc.report.successProbability - sim)).toBeLessThanOrEqual(1e-9 * sim);
    if (solver === 'qsvt') expect(sim).toBeGreaterThanOrEqual(Number(sc.report.details.successProbabilityLowerBound));
  });
});

describe('matrixForPrediction', () => {
  const a = symmetricWithCondition(4, 4, 44);
  const sys = prepareSystem({ matrix: a, rhs: makeRhs('random', 4, 1) });
  const be = makeSparseBlockEncoding(sys.matrix, { bits: 6 });

  it('uses the rounded sparse matrix, within α·errorBound of A (spectral norm ≤ row-sum bound)', () => {
    const p = matrixForPrediction(sys, be);
    expect(p.kind).toBe('exact');
    const m = csrToDense(p.matrix).data, ad = csrToDense(sys.matrix).data;
    let maxRowSum = 0, differs = false;
    for (let i = 0; i < 4; i++) {
      let s = 0;
      for (let j = 0; j < 4; j++) { s += Math.abs(m[i * 4 + j] - ad[i * 4 + j]); if (m[i * 4 + j] !== ad[i * 4 + j]) differs = true; }
      maxRowSum = Math.max(maxRowSum, s);
    }
    expect(differs).toBe(true);
    expect(maxRowSum).toBeLessThanOrEqual(be.alpha * be.errorBound * (1 + 1e-12));
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) expect(m[i * 4 + j]).toBe(m[j * 4 + i]);
  });

  it("an inexact encoding without its matrix is labelled 'ideal-encoding' and predicted from A", () => {
    const p = matrixForPrediction(sys, { ...be, encodedMatrix: undefined });
    expect(p.kind).toBe('ideal-encoding');
    expect(p.matrix).toBe(sys.matrix);
  });

  it("an error-free encoding predicts from A ('exact')", () => {
    const p = matrixForPrediction(sys, { ...be, errorBound: 0 });
    expect(p).toEqual({ matrix: sys.matrix, kind: 'exact' });
  });
});

describe('no spectrum: lower bound (QSVT; HHL by qubitization: successProbabilityKind.slow.test.ts)', () => {
  it("QSVT at N = 512: kind 'lower-bound', value = the reported analytic bound", () => {
    const sc = synthesizeLinearSolver({ matrix: diagonalSpd(512), rhs: makeRhs('ones', 512, 1) }, { solver: 'qsvt', epsilon: 0.1, blockEncoding: 'sparse' });
    expect(sc.report.successProbabilityKind).toBe('lower-bound');
    expect(sc.report.successProbability).toBe(Number(sc.report.details.successProbabilityLowerBound));
  });
});
