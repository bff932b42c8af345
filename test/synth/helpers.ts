import { CsrMatrix, csrFromTriplets } from '../../src/math/csrMatrix';
import type { DenseMatrix } from '../../src/math/denseMatrix';
import { makeRng } from '../../src/math/rng';
import { randomOrthogonalRows, symmetricFromSpectrum } from '../math/spectralMatrices';
import { solveDense } from '../../src/math/qsp/linear';
import { postselect, statevector } from '../../src/sim';
import { embedSolution, makeRhs, synthesizeLinearSolver } from '../../src/synth';
import type { SolverCircuit } from '../../src/synth';

/**
 * A = Q diag(λ) Qᵀ with Q a random orthogonal matrix (Gram-Schmidt of N(0,1) columns) and
 * eigenvalues spread over ±[1, κ] (both ends included, random signs): cond(A) = κ exactly.
 */
export function symmetricWithCondition(n: number, kappa: number, seed: number): DenseMatrix {
  const rng = makeRng(seed);
  const q = randomOrthogonalRows(n, rng);
  const lambdas = Array.from({ length: n }, (_, k) => {
    const mag = n === 1 ? 1 : 1 + ((kappa - 1) * k) / (n - 1);
    return (rng.next() < 0.5 ? -1 : 1) * mag;
  });
  return { rows: n, cols: n, data: symmetricFromSpectrum(q, lambdas) };
}

/** Classical solution of A x = b by LU (independent of the eigen-based synthesis). */
export function classicalSolve(a: DenseMatrix, b: ArrayLike<number>): Float64Array {
  return solveDense(a.data, Float64Array.from(b), a.rows);
}

/** Simulate the solver circuit, post-select, and compare the data register with the embedded x. */
export function simulateSolver(sc: SolverCircuit, xEmbedded: Float64Array): { fidelity: number; successProbability: number } {
  const state = statevector(sc.circuit);
  const { state: post, probability } = postselect(state, sc.postselectQubits, sc.postselectValues);
  // After post-selection only the data qubits remain (in order), so index = data index.
  let nx = 0;
  for (const v of xEmbedded) nx += v * v;
  let re = 0, im = 0;
  for (let i = 0; i < xEmbedded.length; i++) { re += xEmbedded[i] * post.re[i]; im += xEmbedded[i] * post.im[i]; }
  return { fidelity: (re * re + im * im) / nx, successProbability: probability };
}

/** Random SPD A = Q diag(λ) Qᵀ with eigenvalues spread evenly over [1, κ] (seeded). */
export function spdWithSpreadSpectrum(n: number, kappa: number, seed: number): { rows: number; cols: number; data: Float64Array } {
  const q = randomOrthogonalRows(n, makeRng(seed));
  const lambdas = Array.from({ length: n }, (_, k) => 1 + ((kappa - 1) * k) / (n - 1));
  return { rows: n, cols: n, data: Float64Array.from(symmetricFromSpectrum(q, lambdas)) };
}

/**
 * HHL by qubitization on a seeded SPD system (eigenvalues spread over [1, κ]): the simulated
 * post-selected state has fidelity ≥ 0.99 with the classical A⁻¹b, and the fidelity and success
 * probability equal the solver's own prediction.
 */
export function checkQubitizedHhl(n: number, kappa: number, epsilon: number, blockEncoding: string, seed: number): void {
  const a = spdWithSpreadSpectrum(n, kappa, seed);
  const b = makeRhs('random', n, seed + 20);
  const sc = synthesizeLinearSolver({ matrix: a, rhs: b }, { solver: 'hhl', epsilon, blockEncoding, hamiltonianSimulation: 'qubitization' });
  const sim = simulateSolver(sc, embedSolution(sc.system, classicalSolve(a, b)));
  console.log(`walk-HHL N=${n} κ=${kappa} ${blockEncoding}: ${sc.report.numQubits} qubits, clock ${sc.report.clockBits}, queries ${sc.report.blockEncodingQueries}, ` +
    `fidelity ${sim.fidelity.toFixed(6)} (predicted ${Number(sc.report.details.predictedFidelity).toFixed(6)}), success ${sim.successProbability.toExponential(3)}`);
  expect(sim.fidelity).toBeGreaterThanOrEqual(0.99);
  expect(Math.abs(sim.fidelity - Number(sc.report.details.predictedFidelity))).toBeLessThan(1e-6);
  expect(Math.abs(sim.successProbability - sc.report.successProbability)).toBeLessThan(1e-6 + 1e-6 * sc.report.successProbability);
}

/** Diagonal SPD matrix with entries spread evenly over [1, 2] (κ = 2), as CSR (large N cheaply). */
export function diagonalSpd(n: number): CsrMatrix {
  const idx = Int32Array.from({ length: n }, (_, i) => i);
  return csrFromTriplets(n, idx, idx, Float64Array.from(idx, (i) => 1 + i / (n - 1)));
}
