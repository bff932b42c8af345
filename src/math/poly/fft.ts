/**
 * In-place radix-2 FFT and the DCT-II built on it, for Chebyshev interpolation of polynomials of
 * degree up to tens of thousands. Written here rather than taken from mathjs because mathjs has no
 * FFT-based DCT and its element-wise complex objects would allocate per entry in this hot loop.
 *
 * Reference: Cooley & Tukey (1965); DCT-II through a length-2N FFT of the even extension, e.g.
 * Trefethen, "Approximation Theory and Approximation Practice" (SIAM 2013), Chapter 3.
 */
import { InvalidArgumentError } from '../../errors';

/** True when n is a positive power of two. */
export function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;
}

/** Smallest power of two that is ≥ n (n ≥ 1). */
export function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/**
 * Forward DFT X_k = Σ_m x_m e^{-2πi k m / n}, in place on split real/imaginary arrays.
 * n = re.length must be a power of two.
 */
export function fftInPlace(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  if (!isPowerOfTwo(n) || im.length !== n) {
    throw new InvalidArgumentError(`fftInPlace: length ${n} must be a power of two and match the imaginary part (${im.length})`);
  }
  // Bit-reversal permutation.
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      let t = re[i]; re[i] = re[j]; re[j] = t;
      t = im[i]; im[i] = im[j]; im[j] = t;
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const half = len >> 1;
    const angleRad = (-2 * Math.PI) / len;
    // Twiddles computed directly (not by repeated multiplication) to keep rounding at O(eps).
    for (let k = 0; k < half; k++) {
      const wr = Math.cos(angleRad * k), wi = Math.sin(angleRad * k);
      for (let start = 0; start < n; start += len) {
        const a = start + k, b = a + half;
        const xr = re[b] * wr - im[b] * wi;
        const xi = re[b] * wi + im[b] * wr;
        re[b] = re[a] - xr; im[b] = im[a] - xi;
        re[a] += xr; im[a] += xi;
      }
    }
  }
}

/**
 * DCT-II: y_k = Σ_{j<N} f_j cos(π k (j + 1/2) / N), k = 0..N-1, for N a power of two.
 * Cost O(N log N) through one FFT of length 2N.
 */
export function dct2(values: Float64Array): Float64Array {
  const n = values.length;
  if (!isPowerOfTwo(n)) throw new InvalidArgumentError(`dct2: length ${n} must be a power of two`);
  const m = 2 * n;
  const re = new Float64Array(m), im = new Float64Array(m);
  for (let j = 0; j < n; j++) {
    re[j] = values[j];
    re[m - 1 - j] = values[j];
  }
  fftInPlace(re, im);
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const angleRad = (-Math.PI * k) / m;
    // ½ e^{-iπk/(2N)} V_k is real; take the real part.
    out[k] = 0.5 * (re[k] * Math.cos(angleRad) - im[k] * Math.sin(angleRad));
  }
  return out;
}
