/**
 * Eigenvalues of real symmetric matrices: Householder reduction to tridiagonal form followed by
 * the implicit QL algorithm with Wilkinson shifts (Golub & Van Loan, "Matrix Computations",
 * 4th ed., §8.3). Written here on typed arrays because mathjs's eigs is orders of magnitude
 * slower at n in the hundreds and allocates per entry.
 */
import { NotConvergedError } from '../errors';
import { DenseMatrix } from './denseMatrix';
import { validateSymmetricDense } from './validate';

const EPS = 2.220446049250313e-16;

/** Eigen-decomposition results of a symmetric tridiagonal matrix. */
export interface TridiagonalEigen {
  /** Eigenvalues, ascending. */
  readonly values: Float64Array;
  /**
   * For each requested row r (in request order), component r of every (unit) eigenvector, in
   * the same order as `values`. Row 0 gives the Gauss-quadrature weights used by stochastic
   * Lanczos quadrature; the last row gives Lanczos residual estimates.
   */
  readonly rowComponents: readonly Float64Array[];
}

/**
 * All eigenvalues of the symmetric tridiagonal matrix with diagonal `diag` (length n) and
 * off-diagonal `off` (length n−1), by implicit QL. Optionally returns selected rows of the
 * eigenvector matrix (cheap: only those rows are rotated). Inputs are not modified.
 */
export function tridiagonalEigen(diag: ArrayLike<number>, off: ArrayLike<number>, trackRows: readonly number[] = []): TridiagonalEigen {
  const n = diag.length;
  const d = Float64Array.from(diag);
  const e = new Float64Array(n);
  for (let i = 0; i < n - 1; i++) e[i] = off[i];
  const z = trackRows.map((r) => { const row = new Float64Array(n); row[r] = 1; return row; });
  // Deflate when e[m] is negligible relative to its neighbours or to ‖T‖ (the absolute test is
  // needed for clusters of (near-)zero eigenvalues, e.g. low-rank Fisher matrices).
  let anorm = 0;
  for (let i = 0; i < n; i++) anorm = Math.max(anorm, Math.abs(d[i]) + Math.abs(e[i]) + (i > 0 ? Math.abs(e[i - 1]) : 0));
  const absTol = EPS * anorm;
  for (let l = 0; l < n; l++) {
    let iter = 0;
    for (;;) {
      let m = l;
      for (; m < n - 1; m++) {
        const dd = Math.abs(d[m]) + Math.abs(d[m + 1]);
        if (Math.abs(e[m]) <= EPS * dd || Math.abs(e[m]) <= absTol) break;
      }
      if (m === l) break;
      if (iter++ >= 100) {
        throw new NotConvergedError(`tridiagonal QL did not converge for eigenvalue ${l} of ${n} after 100 sweeps`, { n, index: l });
      }
      let g = (d[l + 1] - d[l]) / (2 * e[l]);
      let r = Math.hypot(g, 1);
      g = d[m] - d[l] + e[l] / (g + (g >= 0 ? r : -r));
      let s = 1, c = 1, p = 0;
      let deflated = false;
      for (let i = m - 1; i >= l; i--) {
        const f = s * e[i];
        const b = c * e[i];
        r = Math.hypot(f, g);
        e[i + 1] = r;
        if (r === 0) {
          d[i + 1] -= p;
          e[m] = 0;
          deflated = true;
          break;
        }
        s = f / r;
        c = g / r;
        g = d[i + 1] - p;
        r = (d[i] - g) * s + 2 * c * b;
        p = s * r;
        d[i + 1] = g + p;
        g = c * r - b;
        for (const zr of z) {
          const t = zr[i + 1];
          zr[i + 1] = s * zr[i] + c * t;
          zr[i] = c * zr[i] - s * t;
        }
      }
      if (deflated) continue;
      d[l] -= p;
      e[l] = g;
      e[m] = 0;
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => d[a] - d[b] || a - b);
  return {
    values: Float64Array.from(order, (i) => d[i]),
    rowComponents: z.map((zr) => Float64Array.from(order, (i) => zr[i])),
  };
}

/** Householder tridiagonalization with the reflectors kept (see {@link tridiagonalize}). */
interface Tridiagonalization {
  readonly diag: Float64Array;
  readonly off: Float64Array;
  /** Row k (k < n−2) holds the Householder vector v of step k (entries k+1..n−1); empty unless requested. */
  readonly reflectors: Float64Array;
  /** β_k = 2/(vᵀv) of step k (0 for a skipped step, i.e. H_k = I). */
  readonly betas: Float64Array;
}

function householderTridiagonalize(a: DenseMatrix, keepReflectors: boolean): Tridiagonalization {
  const n = a.rows;
  const w = Float64Array.from(a.data);
  const diag = new Float64Array(n);
  const off = new Float64Array(Math.max(0, n - 1));
  const reflectors = new Float64Array(keepReflectors ? n * n : 0);
  const betas = new Float64Array(n);
  const v = new Float64Array(n);
  const p = new Float64Array(n);
  for (let k = 0; k < n - 2; k++) {
    // x = column k below the diagonal, stored in the lower triangle: w[i*n + k], i > k.
    let scale = 0;
    for (let i = k + 1; i < n; i++) scale = Math.max(scale, Math.abs(w[i * n + k]));
    if (scale === 0) { off[k] = 0; continue; }
    let sig = 0;
    for (let i = k + 1; i < n; i++) { const t = w[i * n + k] / scale; sig += t * t; }
    const sigma = scale * Math.sqrt(sig);
    const x0 = w[(k + 1) * n + k];
    const alpha = x0 >= 0 ? -sigma : sigma;
    let vtv = 0;
    for (let i = k + 1; i < n; i++) { v[i] = w[i * n + k]; }
    v[k + 1] -= alpha;
    for (let i = k + 1; i < n; i++) vtv += v[i] * v[i];
    off[k] = alpha;
    if (vtv === 0) continue;
    const beta = 2 / vtv;
    betas[k] = beta;
    if (keepReflectors) for (let i = k + 1; i < n; i++) reflectors[k * n + i] = v[i];
    // p = beta * A22 v, with A22 symmetric and only its lower triangle read.
    for (let i = k + 1; i < n; i++) p[i] = 0;
    for (let i = k + 1; i < n; i++) {
      const row = i * n;
      const vi = v[i];
      let acc = 0;
      for (let j = k + 1; j < i; j++) {
        const aij = w[row + j];
        acc += aij * v[j];
        p[j] += aij * vi;
      }
      p[i] += acc + w[row + i] * vi;
    }
    let pv = 0;
    for (let i = k + 1; i < n; i++) { p[i] *= beta; pv += p[i] * v[i]; }
    const kk = 0.5 * beta * pv;
    for (let i = k + 1; i < n; i++) p[i] -= kk * v[i]; // p is now w = p − K v
    // A22 -= v wᵀ + w vᵀ on the lower triangle.
    for (let i = k + 1; i < n; i++) {
      const row = i * n;
      const vi = v[i], wi = p[i];
      for (let j = k + 1; j <= i; j++) w[row + j] -= vi * p[j] + wi * v[j];
    }
  }
  for (let k = 0; k < n; k++) diag[k] = w[k * n + k];
  if (n >= 2) off[n - 2] = w[(n - 1) * n + (n - 2)];
  return { diag, off, reflectors, betas };
}

/**
 * Reduce a symmetric matrix to tridiagonal form by Householder reflections (G&VL Alg. 8.3.1),
 * working on the lower triangle only. Returns the diagonal and off-diagonal. O(4n³/3) flops.
 */
export function tridiagonalize(a: DenseMatrix): { diag: Float64Array; off: Float64Array } {
  const { diag, off } = householderTridiagonalize(a, false);
  return { diag, off };
}

/**
 * All eigenvalues (ascending) of a dense symmetric matrix. Checks symmetry (InvalidMatrixError
 * beyond `symmetryTol` relative to max|A|). O(n³): fine up to n ≈ 2000.
 */
export function symmetricEigenvalues(a: DenseMatrix, symmetryTol?: number): Float64Array {
  const s = validateSymmetricDense(a, symmetryTol);
  if (s.rows === 1) return Float64Array.of(s.data[0]);
  const { diag, off } = tridiagonalize(s);
  return tridiagonalEigen(diag, off).values;
}

/** Full eigendecomposition A = V diag(values) Vᵀ of an n×n real symmetric matrix. */
export interface SymmetricEigenDecomposition {
  readonly n: number;
  /** Eigenvalues, ascending. */
  readonly values: Float64Array;
  /** Orthonormal eigenvectors as columns, row-major: component i of eigenvector k at vectors[i*n + k]. */
  readonly vectors: Float64Array;
}

/**
 * All eigenvalues (ascending) and orthonormal eigenvectors of a dense symmetric matrix: Householder
 * tridiagonalization A = Q T Qᵀ (reflectors kept), implicit QL on T with every row of its
 * eigenvector matrix Z tracked, then V = Q Z by applying the reflectors (G&VL §8.3). Reads the
 * lower triangle only (callers validate symmetry). Residuals ‖AV − VΛ‖ and ‖VᵀV − I‖ are
 * O(n·ε·‖A‖) and O(n·ε). O(n³) time, n² extra storage.
 */
export function symmetricEigen(a: DenseMatrix): SymmetricEigenDecomposition {
  const n = a.rows;
  const { diag, off, reflectors, betas } = householderTridiagonalize(a, true);
  const rows = Array.from({ length: n }, (_, i) => i);
  const { values, rowComponents } = tridiagonalEigen(diag, off, rows);
  const vectors = new Float64Array(n * n);
  for (let i = 0; i < n; i++) vectors.set(rowComponents[i], i * n);
  // V = H_0 H_1 … H_{n−3} Z: apply the reflectors last-to-first, H = I − β v vᵀ.
  const dots = new Float64Array(n);
  for (let k = n - 3; k >= 0; k--) {
    const beta = betas[k];
    if (beta === 0) continue;
    const vo = k * n;
    dots.fill(0);
    for (let i = k + 1; i < n; i++) {
      const vi = reflectors[vo + i], row = i * n;
      for (let c = 0; c < n; c++) dots[c] += vi * vectors[row + c];
    }
    for (let i = k + 1; i < n; i++) {
      const f = beta * reflectors[vo + i], row = i * n;
      for (let c = 0; c < n; c++) vectors[row + c] -= f * dots[c];
    }
  }
  return { n, values, vectors };
}
