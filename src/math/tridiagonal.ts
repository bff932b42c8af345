/**
 * Cheap O(k) tools for a symmetric tridiagonal matrix T (diagonal `alpha`, off-diagonal `beta`),
 * used on every Lanczos convergence check: extreme eigenvalues by Sturm-sequence bisection and
 * one eigenvector component by inverse iteration with a partially pivoted tridiagonal LU
 * (Golub & Van Loan, "Matrix Computations", 4th ed., §8.4.1 and §7.6.1). Computing all
 * eigenvalues by QL each time would cost O(k²) per check.
 */

const EPS = 2.220446049250313e-16;

/** Number of eigenvalues of T strictly less than x (Sturm count via the LDLᵀ pivots of T − xI). */
export function sturmCount(alpha: ArrayLike<number>, beta: ArrayLike<number>, x: number): number {
  const k = alpha.length;
  let count = 0;
  let q = alpha[0] - x;
  const tiny = EPS * EPS;
  for (let i = 0; ; i++) {
    if (q === 0) q = -tiny;
    if (q < 0) count++;
    if (i + 1 >= k) break;
    const b = beta[i];
    q = alpha[i + 1] - x - (b / q) * b; // not b²/q: b² underflows for b ~ 1e-170
  }
  return count;
}

function gershgorin(alpha: ArrayLike<number>, beta: ArrayLike<number>): { lo: number; hi: number } {
  let lo = Infinity, hi = -Infinity;
  const k = alpha.length;
  for (let i = 0; i < k; i++) {
    const r = (i > 0 ? Math.abs(beta[i - 1]) : 0) + (i < k - 1 ? Math.abs(beta[i]) : 0);
    lo = Math.min(lo, alpha[i] - r);
    hi = Math.max(hi, alpha[i] + r);
  }
  return { lo, hi };
}

/** The j-th smallest eigenvalue (0-based) of T by bisection on the Sturm count, to ~2ε relative. */
export function tridiagonalEigenvalueByIndex(alpha: ArrayLike<number>, beta: ArrayLike<number>, j: number): number {
  let { lo, hi } = gershgorin(alpha, beta);
  const scale = Math.max(Math.abs(lo), Math.abs(hi));
  for (let it = 0; it < 200 && hi - lo > 2 * EPS * scale; it++) {
    const mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    if (sturmCount(alpha, beta, mid) > j) hi = mid; else lo = mid;
  }
  return 0.5 * (lo + hi);
}

/**
 * Unit eigenvector of T for the (accurate) eigenvalue θ, by two steps of inverse iteration with
 * a partially pivoted LU of T − θI (zero pivots nudged by ε·‖T‖).
 */
export function tridiagonalEigenvector(alpha: ArrayLike<number>, beta: ArrayLike<number>, theta: number): Float64Array {
  const k = alpha.length;
  const y = new Float64Array(k).fill(1);
  if (k === 1) return y;
  const { lo, hi } = gershgorin(alpha, beta);
  const nudge = EPS * Math.max(Math.abs(lo), Math.abs(hi), 1e-300);
  const d = new Float64Array(k), du = new Float64Array(k), du2 = new Float64Array(k), dl = new Float64Array(k);
  const swapped = new Uint8Array(k);
  for (let i = 0; i < k; i++) { d[i] = alpha[i] - theta; if (i < k - 1) { du[i] = beta[i]; dl[i] = beta[i]; } }
  for (let i = 0; i < k - 1; i++) {
    if (Math.abs(d[i]) >= Math.abs(dl[i])) {
      if (d[i] === 0) d[i] = nudge;
      const f = dl[i] / d[i];
      dl[i] = f;
      d[i + 1] -= f * du[i];
    } else {
      const f = d[i] / dl[i];
      d[i] = dl[i];
      dl[i] = f;
      const t = du[i];
      du[i] = d[i + 1];
      d[i + 1] = t - f * d[i + 1];
      if (i < k - 2) { du2[i] = du[i + 1]; du[i + 1] = -f * du[i + 1]; }
      swapped[i] = 1;
    }
  }
  if (d[k - 1] === 0) d[k - 1] = nudge;
  for (let rep = 0; rep < 2; rep++) {
    for (let i = 0; i < k - 1; i++) {
      if (swapped[i]) { const t = y[i]; y[i] = y[i + 1]; y[i + 1] = t - dl[i] * y[i]; }
      else y[i + 1] -= dl[i] * y[i];
    }
    y[k - 1] /= d[k - 1];
    y[k - 2] = (y[k - 2] - du[k - 2] * y[k - 1]) / d[k - 2];
    for (let i = k - 3; i >= 0; i--) y[i] = (y[i] - du[i] * y[i + 1] - du2[i] * y[i + 2]) / d[i];
    let nrm = 0;
    for (let i = 0; i < k; i++) nrm = Math.max(nrm, Math.abs(y[i]));
    for (let i = 0; i < k; i++) y[i] /= nrm;
  }
  let s = 0;
  for (let i = 0; i < k; i++) s += y[i] * y[i];
  s = Math.sqrt(s);
  for (let i = 0; i < k; i++) y[i] /= s;
  return y;
}
