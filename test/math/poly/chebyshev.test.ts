import {
  chebyshevCoefficientsFromValues, chebyshevInterpolate, chebyshevNodes, dct2, evaluateChebyshev,
  fftInPlace, maxAbsOnGrid, parityOf,
} from '../../../src/math/poly';
import { makeRng } from '../../../src/math/rng';
import { QnError } from '../../../src/errors';

/** T_k(x) = cos(k·acos x), summed directly: independent of Clenshaw. */
function directSum(c: Float64Array, x: number): number {
  let s = 0;
  for (let k = 0; k < c.length; k++) s += c[k] * Math.cos(k * Math.acos(x));
  return s;
}

/** Modified Bessel I_k(1) by its power series (e^x = I_0(1) + 2 Σ I_k(1) T_k(x)). */
function besselI(k: number, z: number): number {
  let term = (z / 2) ** k, s = 0;
  for (let fact = 1; fact <= k; fact++) term /= fact;
  for (let m = 0; m < 60; m++) {
    s += term;
    term *= (z * z) / 4 / ((m + 1) * (m + 1 + k));
  }
  return s;
}

describe('Clenshaw evaluation', () => {
  it.each([[1, 3], [2, 17], [3, 200], [4, 1001]])('seed %i, degree %i matches the direct cosine sum to 1e-12', (seed, degree) => {
    const rng = makeRng(seed);
    const c = new Float64Array(degree + 1);
    for (let k = 0; k <= degree; k++) c[k] = rng.normal() / Math.sqrt(degree + 1);
    for (let i = 0; i < 50; i++) {
      const x = 2 * rng.next() - 1;
      expect(Math.abs(evaluateChebyshev(c, x) - directSum(c, x))).toBeLessThan(1e-12);
    }
  });

  it('evaluates T_5 at a point to its closed form 16x^5 - 20x^3 + 5x', () => {
    const c = new Float64Array([0, 0, 0, 0, 0, 1]);
    const x = 0.3;
    expect(evaluateChebyshev(c, x)).toBeCloseTo(16 * x ** 5 - 20 * x ** 3 + 5 * x, 14);
  });
});

describe('FFT and DCT', () => {
  it.each([[8], [64], [1024]])('FFT of length %i equals the naive DFT to 1e-10', (n) => {
    const rng = makeRng(n);
    const re = new Float64Array(n), im = new Float64Array(n);
    for (let i = 0; i < n; i++) { re[i] = rng.normal(); im[i] = rng.normal(); }
    const r2 = Float64Array.from(re), i2 = Float64Array.from(im);
    fftInPlace(r2, i2);
    for (const k of [0, 1, n / 2, n - 1]) {
      let sr = 0, si = 0;
      for (let m = 0; m < n; m++) {
        const a = (-2 * Math.PI * k * m) / n;
        sr += re[m] * Math.cos(a) - im[m] * Math.sin(a);
        si += re[m] * Math.sin(a) + im[m] * Math.cos(a);
      }
      expect(Math.abs(r2[k] - sr)).toBeLessThan(1e-10);
      expect(Math.abs(i2[k] - si)).toBeLessThan(1e-10);
    }
  });

  it('DCT-II of length 16 equals its defining sum', () => {
    const rng = makeRng(9);
    const v = Float64Array.from({ length: 16 }, () => rng.normal());
    const y = dct2(v);
    for (let k = 0; k < 16; k++) {
      let s = 0;
      for (let j = 0; j < 16; j++) s += v[j] * Math.cos((Math.PI * k * (j + 0.5)) / 16);
      expect(Math.abs(y[k] - s)).toBeLessThan(1e-12);
    }
  });

  it('rejects a length that is not a power of two', () => {
    expect(() => fftInPlace(new Float64Array(6), new Float64Array(6))).toThrow(QnError);
  });
});

describe('Chebyshev interpolation', () => {
  it.each([[32], [37]])('recovers the coefficients of a degree-20 polynomial from %i node values (FFT and O(n^2) paths)', (n) => {
    const rng = makeRng(n);
    const c = Float64Array.from({ length: 21 }, () => rng.normal());
    const x = chebyshevNodes(n);
    const values = Float64Array.from(x, (xi) => directSum(c, xi));
    const back = chebyshevCoefficientsFromValues(values);
    for (let k = 0; k < n; k++) expect(Math.abs(back[k] - (k <= 20 ? c[k] : 0))).toBeLessThan(1e-13);
  });

  it('interpolating e^x gives the Bessel coefficients 2·I_k(1) (I_0(1) for k = 0)', () => {
    const c = chebyshevInterpolate(Math.exp, 32);
    expect(Math.abs(c[0] - besselI(0, 1))).toBeLessThan(1e-14);
    for (let k = 1; k < 12; k++) expect(Math.abs(c[k] - 2 * besselI(k, 1))).toBeLessThan(1e-14);
  });
});

describe('parity and grid maxima', () => {
  it.each([
    ['odd', [0, 1, 0, -0.5]],
    ['even', [0.2, 0, 0.3]],
    ['none', [0.1, 0.2]],
  ] as const)('detects %s parity', (expected, coeffs) => {
    expect(parityOf(new Float64Array(coeffs))).toBe(expected);
  });

  it('maxAbsOnGrid of T_3 on [-1,1] is 1 (attained at the endpoints)', () => {
    expect(maxAbsOnGrid(new Float64Array([0, 0, 0, 1]), -1, 1, 101)).toBeCloseTo(1, 14);
  });
});
