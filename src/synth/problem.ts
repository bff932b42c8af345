/**
 * Linear-system input of the solver synthesis: validation, the explicit Hermitian dilation of a
 * non-symmetric matrix, the spectrum (for κ and α), and padding to a power-of-two dimension.
 *
 * Padding: an N×N system becomes 2ⁿ×2ⁿ with A' = diag(A, c·I) and b' = (b, 0), c = σ_max, so the
 * pad block neither changes ‖A‖ nor κ and its part of A'⁻¹b' is exactly 0.
 * Dilation (only when asked): H = [[0, A], [Aᵀ, 0]] is symmetric with eigenvalues ±σ_i(A), and
 * H·(0, x) = (b, 0) exactly when A x = b; the solution is the second half (Harrow, Hassidim,
 * Lloyd 2009, "non-Hermitian A" paragraph).
 */
import { formatScientific } from '../format';
import { BudgetUnmetError, InvalidMatrixError, InvalidVectorError, SingularMatrixError } from '../errors';
import { CsrMatrix, csrFromDense, csrFromTriplets, csrSymmetryError, csrToDense } from '../math/csrMatrix';
import { DenseMatrix } from '../math/denseMatrix';
import { maxAbs, maxAbsOf, vectorNorm } from '../math/norms';
import { kappaExact } from '../math/kappa';
import { symmetricEigenvalues } from '../math/symmetricEigen';
import { DEFAULT_SYMMETRY_TOL } from '../math/validate';

/** A linear system A x = b as given by the user (A square; symmetric unless `dilate` is used). */
export interface LinearSystemInput {
  readonly matrix: DenseMatrix | CsrMatrix;
  readonly rhs: ArrayLike<number>;
}

/** Extremal singular values of the (symmetric) system matrix. */
export interface SpectrumBounds {
  /** Smallest |eigenvalue| (> 0 for a solvable system). */
  readonly sigmaMin: number;
  /** Largest |eigenvalue| = ‖A‖₂. */
  readonly sigmaMax: number;
}

/** The system after dilation and padding, ready for a block encoding. */
export interface PreparedSystem {
  /** Symmetric dim×dim matrix, dim = 2^numDataQubits ≥ 2. */
  readonly matrix: CsrMatrix;
  readonly dim: number;
  readonly numDataQubits: number;
  /** Right-hand side of length dim, scaled to unit norm (every use is scale-invariant; avoids overflow of ‖b‖² for b ~ 1e160). */
  readonly rhs: Float64Array;
  /** Size of the user's system. */
  readonly originalDim: number;
  readonly dilated: boolean;
  /** The user's x is entries solutionOffset .. solutionOffset + originalDim − 1 of the prepared solution. */
  readonly solutionOffset: number;
  readonly spectrum: SpectrumBounds;
}

/** Options of {@link prepareSystem}. */
export interface PrepareOptions {
  /** Solve the Hermitian dilation [[0, A], [Aᵀ, 0]] (required for non-symmetric A; never implicit). */
  readonly dilate?: boolean;
  /** Relative asymmetry tolerated as rounding (default DEFAULT_SYMMETRY_TOL). */
  readonly symmetryTol?: number;
  /** Known spectrum bounds of the (dilated) matrix (else computed: dense up to {@link MAX_EXACT_SPECTRUM_DIM}, Lanczos above). */
  readonly spectrum?: SpectrumBounds;
}

/** Largest dimension for which the spectrum is computed by dense eigenvalues (O(N³)); Lanczos above. */
export const MAX_EXACT_SPECTRUM_DIM = 2048;

/** Relative threshold below which the smallest |eigenvalue| counts as zero (singular matrix). */
export const SINGULAR_REL_TOL = 1e-12;

function isDense(m: DenseMatrix | CsrMatrix): m is DenseMatrix {
  return (m as DenseMatrix).data !== undefined;
}

function toCsr(m: DenseMatrix | CsrMatrix): CsrMatrix {
  if (!isDense(m)) return m;
  if (m.rows !== m.cols) throw new InvalidMatrixError(`matrix is ${m.rows}x${m.cols}; a square matrix is required`, { rows: m.rows, cols: m.cols });
  for (let k = 0; k < m.data.length; k++) {
    if (!Number.isFinite(m.data[k])) throw new InvalidMatrixError(`matrix contains a non-finite entry (${m.data[k]}) at row ${Math.floor(k / m.cols)}, column ${k % m.cols}; remove NaN/Infinity values`);
  }
  return csrFromDense(m);
}

function checkFinite(a: CsrMatrix): void {
  if (a.n < 1) throw new InvalidMatrixError('matrix is empty (0x0); a matrix with at least one row is required');
  for (let k = 0; k < a.values.length; k++) {
    if (!Number.isFinite(a.values[k])) throw new InvalidMatrixError(`matrix contains a non-finite entry (${a.values[k]}); remove NaN/Infinity values`);
  }
}

/** [[0, A], [Aᵀ, 0]] of a square CSR matrix. */
export function hermitianDilation(a: CsrMatrix): CsrMatrix {
  const n = a.n;
  const rows: number[] = [], cols: number[] = [], vals: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let k = a.rowPtr[i]; k < a.rowPtr[i + 1]; k++) {
      const j = a.colIdx[k], v = a.values[k];
      rows.push(i, n + j); cols.push(n + j, i); vals.push(v, v);
    }
  }
  return csrFromTriplets(2 * n, rows, cols, vals);
}

/** b/‖b‖ with the norm computed scaled (entries of 1e-170 or 1e308 keep full precision). */
function unitVector(b: Float64Array): Float64Array {
  const scale = maxAbsOf(b);
  const scaled = b.map((v) => v / scale);
  const norm = vectorNorm(scaled);
  return scaled.map((v) => v / norm);
}

/** Validate b against dimension n: length, finiteness, non-zero norm (InvalidVectorError otherwise). */
export function validateRhs(rhs: ArrayLike<number>, n: number): Float64Array {
  if (rhs.length !== n) {
    throw new InvalidVectorError(`right-hand side has length ${rhs.length} but the matrix has ${n} rows; give a vector of length ${n}`, { length: rhs.length, expected: n });
  }
  for (let i = 0; i < n; i++) {
    const v = rhs[i];
    if (!Number.isFinite(v)) throw new InvalidVectorError(`right-hand side entry ${i} is ${v}; all entries must be finite`, { index: i });
  }
  // Scaled norm: entries of 1e-170 (whose squares underflow) are not "zero", 1e160 does not overflow.
  if (vectorNorm(rhs) === 0) throw new InvalidVectorError('right-hand side has zero norm; A x = 0 has only the trivial solution, give a non-zero b');
  return Float64Array.from(rhs);
}

/**
 * Spectrum bounds of a symmetric CSR matrix: exact dense eigenvalues up to
 * MAX_EXACT_SPECTRUM_DIM, else src/math/kappa.ts (Lanczos). A singular matrix gives σ_min = 0.
 */
export function exactSpectrum(a: CsrMatrix): SpectrumBounds {
  if (a.n <= MAX_EXACT_SPECTRUM_DIM) {
    const ev = symmetricEigenvalues(csrToDense(a), Infinity);
    let lo = Infinity, hi = 0;
    for (const l of ev) { lo = Math.min(lo, Math.abs(l)); hi = Math.max(hi, Math.abs(l)); }
    return { sigmaMin: lo, sigmaMax: hi };
  }
  try {
    const k = kappaExact(a);
    return { sigmaMin: k.minAbsLambda, sigmaMax: k.maxAbsLambda };
  } catch (e) {
    if (e instanceof SingularMatrixError) return { sigmaMin: 0, sigmaMax: maxAbs(a) };
    throw e;
  }
}

/**
 * Validate, (optionally) dilate, compute or take the spectrum, reject singular systems, and pad
 * to a power of two. Throws InvalidMatrixError (non-square, non-finite, asymmetric without
 * `dilate`), InvalidVectorError (b of wrong length, zero or non-finite), BudgetUnmetError (singular).
 */
export function prepareSystem(input: LinearSystemInput, options: PrepareOptions = {}): PreparedSystem {
  let a = toCsr(input.matrix);
  checkFinite(a);
  const originalDim = a.n;
  let rhs = unitVector(validateRhs(input.rhs, originalDim));
  const dilated = options.dilate ?? false;
  if (dilated) {
    a = hermitianDilation(a);
    const r = new Float64Array(2 * originalDim);
    r.set(rhs, 0);
    rhs = r;
  } else {
    const asym = csrSymmetryError(a);
    const tol = (options.symmetryTol ?? DEFAULT_SYMMETRY_TOL) * maxAbs(a);
    if (asym > tol) {
      throw new InvalidMatrixError(
        `matrix is not symmetric (max |A_ij − A_ji| = ${formatScientific(asym, 4)}); the quantum solvers need a symmetric matrix. ` +
        'Pass --dilate (option dilate) to solve the Hermitian dilation [[0, A], [Aᵀ, 0]] with 2N rows instead', { asymmetry: asym });
    }
  }
  const spectrum = options.spectrum ?? exactSpectrum(a);
  if (!(spectrum.sigmaMax > 0)) throw new BudgetUnmetError('matrix is zero; there is nothing to invert', { reason: 'singular' });
  if (!(spectrum.sigmaMin > SINGULAR_REL_TOL * spectrum.sigmaMax)) {
    throw new BudgetUnmetError(
      `matrix is singular (smallest |eigenvalue| ${formatScientific(spectrum.sigmaMin, 4)} ≤ ${SINGULAR_REL_TOL}·‖A‖ = ${formatScientific((SINGULAR_REL_TOL * spectrum.sigmaMax), 4)}); ` +
      'no error budget can be met — regularize it (add λI, as Q-Newton does) first', { reason: 'singular', sigmaMin: spectrum.sigmaMin, sigmaMax: spectrum.sigmaMax });
  }
  const solutionOffset = dilated ? originalDim : 0;
  const n0 = a.n;
  let dim = 2;
  while (dim < n0) dim *= 2;
  if (dim !== n0) {
    const rows: number[] = [], cols: number[] = [], vals: number[] = [];
    for (let i = 0; i < n0; i++) {
      for (let k = a.rowPtr[i]; k < a.rowPtr[i + 1]; k++) { rows.push(i); cols.push(a.colIdx[k]); vals.push(a.values[k]); }
    }
    for (let i = n0; i < dim; i++) { rows.push(i); cols.push(i); vals.push(spectrum.sigmaMax); }
    a = csrFromTriplets(dim, rows, cols, vals);
    const r = new Float64Array(dim);
    r.set(rhs, 0);
    rhs = r;
  }
  return Object.freeze({
    matrix: a, dim, numDataQubits: Math.round(Math.log2(dim)), rhs, originalDim, dilated, solutionOffset, spectrum,
  });
}

/** Embed the user's solution x into the prepared layout (zeros elsewhere), e.g. to compare states. */
export function embedSolution(sys: PreparedSystem, x: ArrayLike<number>): Float64Array {
  const out = new Float64Array(sys.dim);
  for (let i = 0; i < x.length; i++) out[sys.solutionOffset + i] = x[i];
  return out;
}
