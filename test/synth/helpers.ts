import { denseFromRows, DenseMatrix } from '../../src/math/denseMatrix';
import { makeRng } from '../../src/math/rng';
import { solveDense } from '../../src/math/qsp/linear';
import { postselect, statevector } from '../../src/sim';
import type { SolverCircuit } from '../../src/synth';

/**
 * A = Q diag(λ) Qᵀ with Q a random orthogonal matrix (Gram-Schmidt of N(0,1) columns) and
 * eigenvalues spread over ±[1, κ] (both ends included, random signs): cond(A) = κ exactly.
 */
export function symmetricWithCondition(n: number, kappa: number, seed: number): DenseMatrix {
  const rng = makeRng(seed);
  const q: number[][] = [];
  while (q.length < n) {
    const v = Array.from({ length: n }, () => rng.normal());
    for (const u of q) { const d = u.reduce((s, x, i) => s + x * v[i], 0); for (let i = 0; i < n; i++) v[i] -= d * u[i]; }
    const nv = Math.hypot(...v);
    q.push(v.map((x) => x / nv));
  }
  const lambdas = Array.from({ length: n }, (_, k) => {
    const mag = n === 1 ? 1 : 1 + ((kappa - 1) * k) / (n - 1);
    return (rng.next() < 0.5 ? -1 : 1) * mag;
  });
  const rows = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => {
    let s = 0;
    for (let k = 0; k < n; k++) s += q[k][i] * lambdas[k] * q[k][j];
    return s;
  }));
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) { const m = 0.5 * (rows[i][j] + rows[j][i]); rows[i][j] = m; rows[j][i] = m; }
  return denseFromRows(rows);
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
