/** Test helper: symmetric matrices with a prescribed spectrum, A = Q diag(λ) Qᵀ. */
import type { Rng } from '../../src/math/rng';

/** Rows of a random orthogonal n×n matrix Q (Gram-Schmidt of N(0,1) vectors drawn from `rng`). */
export function randomOrthogonalRows(n: number, rng: Rng): number[][] {
  const q: number[][] = [];
  while (q.length < n) {
    const v = Array.from({ length: n }, () => rng.normal());
    for (const u of q) { const d = u.reduce((s, x, i) => s + x * v[i], 0); for (let i = 0; i < n; i++) v[i] -= d * u[i]; }
    const nv = Math.hypot(...v);
    q.push(v.map((x) => x / nv));
  }
  return q;
}

/** Row-major Σ_k λ_k q_k q_kᵀ for orthonormal rows q_k, symmetrized exactly (rounding removed). */
export function symmetricFromSpectrum(q: readonly (readonly number[])[], lambdas: readonly number[]): Float64Array {
  const n = lambdas.length;
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let k = 0; k < n; k++) s += q[k][i] * lambdas[k] * q[k][j];
    a[i * n + j] = s;
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) { const m = 0.5 * (a[i * n + j] + a[j * n + i]); a[i * n + j] = m; a[j * n + i] = m; }
  return a;
}
