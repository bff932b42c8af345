/**
 * Small dense linear solvers used by the QSP Newton iteration: LU with partial pivoting and
 * restarted GMRES with a matrix-free operator. Written here (not mathjs) because the systems have
 * up to a few thousand unknowns and are solved on Float64Array row-major storage in a hot loop.
 *
 * Reference: Golub & Van Loan, "Matrix Computations", 4th ed., §3.4 (LU);
 * Saad & Schultz, SIAM J. Sci. Stat. Comput. 7 (1986) (GMRES), Saad's book Alg. 6.9.
 */
import { SingularMatrixError } from '../../errors';

/** Solve A x = b (A row-major n×n, not modified) by LU with partial pivoting. */
export function solveDense(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  for (let k = 0; k < n; k++) {
    let p = k, best = Math.abs(m[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(m[i * n + k]);
      if (v > best) { best = v; p = i; }
    }
    if (best === 0 || !Number.isFinite(best)) {
      throw new SingularMatrixError(`solveDense: matrix is singular at column ${k}`, { column: k, n });
    }
    if (p !== k) {
      for (let j = 0; j < n; j++) { const t = m[k * n + j]; m[k * n + j] = m[p * n + j]; m[p * n + j] = t; }
      const t = x[k]; x[k] = x[p]; x[p] = t;
    }
    const pivot = m[k * n + k];
    for (let i = k + 1; i < n; i++) {
      const f = m[i * n + k] / pivot;
      if (f === 0) continue;
      m[i * n + k] = 0;
      const ri = i * n, rk = k * n;
      for (let j = k + 1; j < n; j++) m[ri + j] -= f * m[rk + j];
      x[i] -= f * x[k];
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i];
    for (let j = i + 1; j < n; j++) s -= m[i * n + j] * x[j];
    x[i] = s / m[i * n + i];
  }
  return x;
}

/** Result of {@link gmres}. */
export interface GmresResult {
  readonly x: Float64Array;
  /** Total inner iterations (operator applications). */
  readonly iterations: number;
  /** Final ‖b − A x‖₂ / ‖b‖₂ as tracked by the Givens recurrence. */
  readonly relResidual: number;
  readonly converged: boolean;
}

function norm2(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return Math.sqrt(s);
}

/**
 * Restarted GMRES(restart) for A x = b with x₀ = 0, where `apply(v, out)` writes A·v into out.
 * Stops when the residual norm ≤ relTol·‖b‖₂ or after maxIterations operator applications.
 */
export function gmres(
  apply: (v: Float64Array, out: Float64Array) => void,
  b: Float64Array,
  relTol: number,
  maxIterations: number,
  restart = 60,
): GmresResult {
  const n = b.length;
  const x = new Float64Array(n);
  const bNorm = norm2(b);
  if (bNorm === 0) return { x, iterations: 0, relResidual: 0, converged: true };
  const r = Float64Array.from(b);
  const av = new Float64Array(n);
  let total = 0;
  let relResidual = 1;
  while (total < maxIterations) {
    const beta = norm2(r);
    relResidual = beta / bNorm;
    if (relResidual <= relTol) break;
    const mMax = Math.min(restart, maxIterations - total);
    const basis: Float64Array[] = [];
    const h = new Float64Array((mMax + 1) * mMax); // column-major-ish: h[i*mMax + j] = H(i, j)
    const cs = new Float64Array(mMax), sn = new Float64Array(mMax);
    const g = new Float64Array(mMax + 1);
    g[0] = beta;
    const v0 = new Float64Array(n);
    for (let i = 0; i < n; i++) v0[i] = r[i] / beta;
    basis.push(v0);
    let k = 0;
    for (; k < mMax; k++) {
      apply(basis[k], av);
      total++;
      const w = Float64Array.from(av);
      // Modified Gram-Schmidt, twice for stability.
      for (let pass = 0; pass < 2; pass++) {
        for (let i = 0; i <= k; i++) {
          const vi = basis[i];
          let dot = 0;
          for (let t = 0; t < n; t++) dot += vi[t] * w[t];
          h[i * mMax + k] += dot;
          for (let t = 0; t < n; t++) w[t] -= dot * vi[t];
        }
      }
      const hNext = norm2(w);
      h[(k + 1) * mMax + k] = hNext;
      for (let i = 0; i < k; i++) {
        const a0 = h[i * mMax + k], a1 = h[(i + 1) * mMax + k];
        h[i * mMax + k] = cs[i] * a0 + sn[i] * a1;
        h[(i + 1) * mMax + k] = -sn[i] * a0 + cs[i] * a1;
      }
      const a0 = h[k * mMax + k], a1 = h[(k + 1) * mMax + k];
      const rho = Math.hypot(a0, a1);
      cs[k] = rho === 0 ? 1 : a0 / rho;
      sn[k] = rho === 0 ? 0 : a1 / rho;
      h[k * mMax + k] = rho;
      h[(k + 1) * mMax + k] = 0;
      g[k + 1] = -sn[k] * g[k];
      g[k] = cs[k] * g[k];
      relResidual = Math.abs(g[k + 1]) / bNorm;
      if (hNext > 0) {
        const vNext = new Float64Array(n);
        for (let t = 0; t < n; t++) vNext[t] = w[t] / hNext;
        basis.push(vNext);
      }
      if (relResidual <= relTol || hNext === 0 || total >= maxIterations) { k++; break; }
    }
    // Back-substitute H y = g and update x.
    const y = new Float64Array(k);
    for (let i = k - 1; i >= 0; i--) {
      let s = g[i];
      for (let j = i + 1; j < k; j++) s -= h[i * mMax + j] * y[j];
      y[i] = h[i * mMax + i] === 0 ? 0 : s / h[i * mMax + i];
    }
    for (let i = 0; i < k; i++) {
      const vi = basis[i];
      for (let t = 0; t < n; t++) x[t] += y[i] * vi[t];
    }
    // True residual for the restart.
    apply(x, av);
    for (let t = 0; t < n; t++) r[t] = b[t] - av[t];
    relResidual = norm2(r) / bNorm;
    if (relResidual <= relTol) break;
  }
  return { x, iterations: total, relResidual, converged: relResidual <= relTol };
}
