/**
 * Odd polynomial approximating the scaled inverse s/(κx) on [1/κ, 1] (and, by oddness, on
 * [-1, -1/κ]) with |P| ≤ peakBound ≤ 1 on all of [-1, 1]: the input of QSVT matrix inversion.
 *
 * Construction (closed form, minimax in the relative error). With y = x², a = 1/κ² and the affine
 * map z(y) = (1 + a − 2y)/(1 − a) (which sends [a, 1] onto [−1, 1] and y = 0 to z₀ = (1+a)/(1−a)),
 * let r_n(y) = T_n(z(y)) / T_n(z₀). Then r_n(0) = 1, so q(y) = (1 − r_n(y))/y is a polynomial of
 * degree n−1, and
 *
 *     P(x) = s · x · q(x²) / κ = s · (1 − r_n(x²)) / (κ x)        (odd, degree d = 2n − 1).
 *
 * On [1/κ, 1] the relative error is |P(x)·κx/s − 1| = |r_n(x²)| ≤ 1/T_n(z₀) = 1/cosh(n·θ₀),
 * θ₀ = acosh(z₀). Among all polynomials r of degree n with r(0) = 1 this r_n has the smallest
 * maximum on [a, 1] (the classical Chebyshev / conjugate-gradient polynomial: Saad, "Iterative
 * Methods for Sparse Linear Systems", 2nd ed., §6.11.3, Thm. 6.29; Golub & Van Loan, 4th ed.,
 * §11.3.8), so P is the minimax odd approximation of s/(κx) in relative error for its degree.
 * Degree rule: n = ⌈acosh(1/ε)/θ₀⌉, d = 2n − 1 ≈ κ·ln(2/ε) (cf. the O(κ log(1/ε)) lower bound
 * for polynomial inversion; Childs, Kothari & Somma, SIAM J. Comput. 46 (2017) and Gilyén, Su,
 * Low & Wiebe, STOC 2019, Cor. 69, use degree O(κ log(κ/ε))).
 *
 * The scale s is chosen as peakBound / max_{x∈(0,1]} (1 − r_n(x²))/(κx), so |P| ≤ peakBound on
 * [-1, 1]; the maximum is found on a fine grid of (0, 1/κ] refined by golden-section search
 * (on [1/κ, 1] the function is ≤ 1 + 1/T_n(z₀)). Coefficients come from exact interpolation at
 * Chebyshev nodes (FFT), values from numerically stable closed forms (no cancellation near 0).
 */
import { InvalidArgumentError, requireOpenUnitInterval } from '../../errors';
import { chebyshevCoefficientsFromValues, chebyshevNodes, evaluateChebyshev } from './chebyshev';
import { nextPowerOfTwo } from './fft';

/** Options of {@link inversePolynomial}. */
export interface InversePolynomialOptions {
  /** Bound on max |P| over [-1, 1]; default 0.9 (leaves room for QSP phase finding). In (0, 1]. */
  readonly peakBound?: number;
  /** Points of the verification grid on [1/κ, 1]; default min(20000, max(2000, 8n)). */
  readonly gridPoints?: number;
}

/** Result of {@link inversePolynomial}: coefficients plus the measured quality. */
export interface InversePolynomial {
  /** Chebyshev coefficients c_0..c_d (even-index entries are exactly 0: P is odd). */
  readonly coeffs: Float64Array;
  /** Polynomial degree d = 2n − 1 (odd). Also the QSVT query count. */
  readonly degree: number;
  /** Chebyshev order n of the residual polynomial r_n. */
  readonly chebyshevOrder: number;
  /** Condition number κ ≥ 1: the approximation holds on [1/κ, 1]. */
  readonly kappa: number;
  /** Requested relative error ε on [1/κ, 1]. */
  readonly epsilon: number;
  /** Scale s: P(x) ≈ s/(κx) on [1/κ, 1]. */
  readonly scale: number;
  /** Proven relative error bound 1/T_n(z₀) ≤ ε (from the closed form). */
  readonly relErrorBound: number;
  /** max |P| on [-1, 1] by construction (= peakBound up to the grid search). */
  readonly peakAbs: number;
  /** Measured on the verification grid using Clenshaw evaluation of `coeffs`. */
  readonly measured: {
    readonly gridPoints: number;
    /** max |P(x) − s/(κx)| over the grid of [1/κ, 1]. */
    readonly maxAbsError: number;
    /** max |P(x)·κx/s − 1| over the grid of [1/κ, 1]. */
    readonly maxRelError: number;
    /** max |P(x)| over the grid of [0, 1] (both grids). */
    readonly peakAbs: number;
  };
}

function validate(kappa: number, epsilon: number): void {
  if (!Number.isFinite(kappa) || kappa < 1) {
    throw new InvalidArgumentError(`condition number kappa must be a finite number >= 1, got ${kappa}`, { kappa });
  }
  requireOpenUnitInterval(epsilon, 'epsilon');
}

/** θ₀ = acosh((1+a)/(1−a)) with a = 1/κ², computed as 2·asinh(1/√(κ²−1)) (no cancellation). */
function theta0(kappa: number): number {
  return 2 * Math.asinh(1 / Math.sqrt((kappa - 1) * (kappa + 1)));
}

/**
 * Chebyshev order n of the residual polynomial for condition number κ and relative error ε:
 * n = max(1, ⌈acosh(1/ε) / θ₀⌉). The polynomial degree is 2n − 1.
 */
export function inverseChebyshevOrder(kappa: number, epsilon: number): number {
  validate(kappa, epsilon);
  if (kappa === 1) return 1;
  return Math.max(1, Math.ceil(Math.acosh(1 / epsilon) / theta0(kappa) - 1e-12));
}

/**
 * Degree d = 2n − 1 of the odd polynomial approximating s/(κx) to relative error ε on [1/κ, 1]
 * (≈ κ·ln(2/ε) for large κ). This is the QSVT block-encoding query count for inversion.
 */
export function inversePolynomialDegree(kappa: number, epsilon: number): number {
  return 2 * inverseChebyshevOrder(kappa, epsilon) - 1;
}

/**
 * Unscaled value g(x) = (1 − r_n(x²))/(κx) for x in (0, 1] (closed form, stable near 0 and at
 * x = 1/κ). The polynomial is P = s·g; g(0) = 0 and g is odd.
 */
export function inverseUnscaledValue(kappa: number, n: number, x: number): number {
  if (x === 0) return 0;
  if (x < 0) return -inverseUnscaledValue(kappa, n, -x);
  if (kappa === 1) return x; // n = 1, a = 1: P(x) = s·x.
  const a = 1 / (kappa * kappa);
  const oneMinusA = (kappa - 1) * (kappa + 1) / (kappa * kappa);
  const y = x * x;
  const th0 = theta0(kappa);
  const coshN0 = Math.cosh(n * th0);
  let oneMinusR: number;
  if (y <= a) {
    // z ≥ 1: t = acosh(z) = 2 asinh(v), v = √((a−y)/(1−a)); 1 − r = 2 sinh(n(θ₀+t)/2) sinh(n(θ₀−t)/2)/cosh(nθ₀)
    // with (θ₀ − t)/2 = asinh(y / ((u√(1−y) + v)√(1−a))), u = √(a/(1−a)), computed without cancellation.
    const u = Math.sqrt(a / oneMinusA);
    const v = Math.sqrt(Math.max(0, a - y) / oneMinusA);
    const t = 2 * Math.asinh(v);
    const halfDiff = Math.asinh(y / ((u * Math.sqrt(1 - y) + v) * Math.sqrt(oneMinusA)));
    oneMinusR = (2 * Math.sinh((n * (th0 + t)) / 2) * Math.sinh(n * halfDiff)) / coshN0;
  } else {
    // |z| ≤ 1: t = acos(z) = 2 asin(√((y−a)/(1−a))).
    const t = 2 * Math.asin(Math.min(1, Math.sqrt((y - a) / oneMinusA)));
    oneMinusR = 1 - Math.cos(n * t) / coshN0;
  }
  return oneMinusR / (kappa * x);
}

/** Golden-section maximisation of f on [lo, hi] (f unimodal there). */
function goldenMax(f: (x: number) => number, lo: number, hi: number, iterations: number): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let a = lo, b = hi;
  let c = b - g * (b - a), d = a + g * (b - a);
  let fc = f(c), fd = f(d);
  for (let i = 0; i < iterations; i++) {
    if (fc > fd) { b = d; d = c; fd = fc; c = b - g * (b - a); fc = f(c); }
    else { a = c; c = d; fc = fd; d = a + g * (b - a); fd = f(d); }
  }
  return Math.max(fc, fd, f(lo), f(hi));
}

/** max over x ∈ (0, 1] of the unscaled g(x): grid on (0, 1/κ] + golden refinement, and 1 + δ on [1/κ, 1]. */
function unscaledPeak(kappa: number, n: number, relErrorBound: number): number {
  const xMax = 1 / kappa;
  const points = 4096;
  let best = -Infinity, bestIdx = 0;
  for (let i = 1; i <= points; i++) {
    const v = inverseUnscaledValue(kappa, n, (xMax * i) / points);
    if (v > best) { best = v; bestIdx = i; }
  }
  const lo = (xMax * Math.max(1, bestIdx - 1)) / points;
  const hi = (xMax * Math.min(points, bestIdx + 1)) / points;
  const refined = goldenMax((x) => inverseUnscaledValue(kappa, n, x), lo, hi, 60);
  return Math.max(best, refined, 1 + relErrorBound);
}

/**
 * The scale s of {@link inversePolynomial} (P ≈ s/(κx) on [1/κ, 1], max |P| = peakBound) without
 * building the coefficients: O(4096) closed-form evaluations. QSVT's worst-case success amplitude
 * for inversion is s/κ.
 */
export function inversePolynomialScale(kappa: number, epsilon: number, peakBound = 0.9): number {
  validate(kappa, epsilon);
  if (!(peakBound > 0 && peakBound <= 1)) {
    throw new InvalidArgumentError(`peakBound must lie in (0, 1], got ${peakBound}`, { peakBound });
  }
  if (kappa === 1) return peakBound;
  const n = inverseChebyshevOrder(kappa, epsilon);
  return peakBound / unscaledPeak(kappa, n, 1 / Math.cosh(n * theta0(kappa)));
}

/**
 * Build the odd polynomial P ≈ s/(κx) on [1/κ, 1] with relative error ≤ ε and |P| ≤ peakBound on
 * [-1, 1] (see the file comment for the construction, degree rule and references). Works for κ up
 * to ~1e4 (degree ~ κ·ln(2/ε)); the verification grid costs O(gridPoints · degree).
 */
export function inversePolynomial(kappa: number, epsilon: number, options: InversePolynomialOptions = {}): InversePolynomial {
  validate(kappa, epsilon);
  const peakBound = options.peakBound ?? 0.9;
  if (!(peakBound > 0 && peakBound <= 1)) {
    throw new InvalidArgumentError(`peakBound must lie in (0, 1], got ${peakBound}`, { peakBound });
  }
  const n = inverseChebyshevOrder(kappa, epsilon);
  const degree = 2 * n - 1;
  const relErrorBound = kappa === 1 ? 0 : 1 / Math.cosh(n * theta0(kappa));
  const scale = inversePolynomialScale(kappa, epsilon, peakBound);

  // Exact interpolation: N ≥ degree + 1 nodes (power of two for the FFT).
  const nodeCount = nextPowerOfTwo(degree + 1);
  const nodes = chebyshevNodes(nodeCount);
  const values = new Float64Array(nodeCount);
  for (let j = 0; j < nodeCount; j++) values[j] = scale * inverseUnscaledValue(kappa, n, nodes[j]);
  const all = chebyshevCoefficientsFromValues(values);
  const coeffs = new Float64Array(degree + 1);
  for (let k = 1; k <= degree; k += 2) coeffs[k] = all[k]; // even coefficients vanish by oddness

  // Verification grid on [1/κ, 1], uniform in the angle t of z = cos t (resolves the oscillations).
  const gridPoints = Math.max(2, Math.floor(options.gridPoints ?? Math.min(20000, Math.max(2000, 8 * n))));
  const a = 1 / (kappa * kappa);
  let maxAbsError = 0, maxRelError = 0, measuredPeak = 0;
  for (let i = 0; i < gridPoints; i++) {
    const t = (Math.PI * i) / (gridPoints - 1);
    const s2 = Math.sin(t / 2);
    const x = kappa === 1 ? 1 : Math.min(1, Math.sqrt(a + (1 - a) * s2 * s2));
    const p = evaluateChebyshev(coeffs, x);
    const target = scale / (kappa * x);
    maxAbsError = Math.max(maxAbsError, Math.abs(p - target));
    maxRelError = Math.max(maxRelError, Math.abs(p / target - 1));
    measuredPeak = Math.max(measuredPeak, Math.abs(p));
  }
  const innerPoints = Math.min(4000, gridPoints);
  for (let i = 0; i <= innerPoints; i++) {
    measuredPeak = Math.max(measuredPeak, Math.abs(evaluateChebyshev(coeffs, i / (kappa * innerPoints))));
  }
  return {
    coeffs, degree, chebyshevOrder: n, kappa, epsilon, scale, relErrorBound,
    peakAbs: peakBound,
    measured: { gridPoints, maxAbsError, maxRelError, peakAbs: measuredPeak },
  };
}
