/**
 * Polynomials in the Chebyshev basis: P(x) = Σ_k c_k T_k(x) on [-1, 1], stored as a Float64Array
 * of coefficients c_0..c_d. Evaluation by Clenshaw's recurrence (backward-stable, O(d) per point),
 * interpolation at Chebyshev points of the first kind through an FFT-based DCT-II.
 *
 * Reference: Trefethen, "Approximation Theory and Approximation Practice" (SIAM 2013), Ch. 3-4;
 * Clenshaw, "A note on the summation of Chebyshev series", Math. Comp. 9 (1955).
 */
import { InvalidArgumentError } from '../../errors';
import { dct2, isPowerOfTwo } from './fft';

/** Parity of a polynomial: odd (only T_1, T_3, ...), even (T_0, T_2, ...) or neither. */
export type Parity = 'odd' | 'even' | 'none';

/** Chebyshev points of the first kind, x_j = cos(π (j + 1/2) / n), j = 0..n-1 (descending). */
export function chebyshevNodes(n: number): Float64Array {
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`chebyshevNodes: n must be a positive integer, got ${n}`);
  const x = new Float64Array(n);
  for (let j = 0; j < n; j++) x[j] = Math.cos((Math.PI * (j + 0.5)) / n);
  return x;
}

/** Evaluate Σ_k c_k T_k(x) by Clenshaw's recurrence. x should lie in [-1, 1]. */
export function evaluateChebyshev(coeffs: Float64Array, x: number): number {
  const d = coeffs.length - 1;
  if (d < 0) return 0;
  if (d === 0) return coeffs[0];
  let b1 = 0, b2 = 0;
  const twoX = 2 * x;
  for (let k = d; k >= 1; k--) {
    const b0 = coeffs[k] + twoX * b1 - b2;
    b2 = b1;
    b1 = b0;
  }
  return coeffs[0] + x * b1 - b2;
}

/** Evaluate the series at many points (Clenshaw per point). */
export function evaluateChebyshevMany(coeffs: Float64Array, xs: Float64Array): Float64Array {
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = evaluateChebyshev(coeffs, xs[i]);
  return out;
}

/**
 * Chebyshev coefficients (length n, degree ≤ n-1) of the polynomial interpolating the given values
 * at chebyshevNodes(n): c_k = (2/n) Σ_j f_j T_k(x_j), c_0 halved. Exact (up to rounding) when the
 * values come from a polynomial of degree < n. Uses the FFT when n is a power of two, O(n²) otherwise.
 */
export function chebyshevCoefficientsFromValues(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < 1) throw new InvalidArgumentError('chebyshevCoefficientsFromValues: need at least one value');
  let sums: Float64Array;
  if (isPowerOfTwo(n)) {
    sums = dct2(values);
  } else {
    sums = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += values[j] * Math.cos((Math.PI * k * (j + 0.5)) / n);
      sums[k] = s;
    }
  }
  const c = new Float64Array(n);
  for (let k = 0; k < n; k++) c[k] = (2 / n) * sums[k];
  c[0] *= 0.5;
  return c;
}

/** Interpolate f at n Chebyshev points of the first kind; returns coefficients of degree ≤ n-1. */
export function chebyshevInterpolate(f: (x: number) => number, n: number): Float64Array {
  const x = chebyshevNodes(n);
  const v = new Float64Array(n);
  for (let j = 0; j < n; j++) v[j] = f(x[j]);
  return chebyshevCoefficientsFromValues(v);
}

/**
 * Parity of a coefficient vector: 'odd' if every even-index coefficient is ≤ relTol·max|c|,
 * 'even' likewise for odd indices, otherwise 'none'. The zero polynomial counts as 'even'.
 */
export function parityOf(coeffs: Float64Array, relTol = 1e-13): Parity {
  let maxAll = 0, maxEven = 0, maxOdd = 0;
  for (let k = 0; k < coeffs.length; k++) {
    const a = Math.abs(coeffs[k]);
    if (a > maxAll) maxAll = a;
    if (k % 2 === 0) { if (a > maxEven) maxEven = a; } else if (a > maxOdd) maxOdd = a;
  }
  if (maxOdd <= relTol * maxAll) return 'even';
  if (maxEven <= relTol * maxAll) return 'odd';
  return 'none';
}

/** Degree after dropping trailing coefficients that are exactly zero (−1 for the zero polynomial). */
export function chebyshevDegree(coeffs: Float64Array): number {
  let d = coeffs.length - 1;
  while (d >= 0 && coeffs[d] === 0) d--;
  return d;
}

/** Maximum of |P(x)| over `points` equispaced points of [a, b] (inclusive), by Clenshaw. */
export function maxAbsOnGrid(coeffs: Float64Array, a: number, b: number, points: number): number {
  if (!(points >= 2)) throw new InvalidArgumentError(`maxAbsOnGrid: need at least 2 points, got ${points}`);
  let m = 0;
  for (let i = 0; i < points; i++) {
    const x = a + ((b - a) * i) / (points - 1);
    const v = Math.abs(evaluateChebyshev(coeffs, x));
    if (v > m) m = v;
  }
  return m;
}
