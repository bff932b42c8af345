import {
  evaluateChebyshev, inverseChebyshevOrder, inversePolynomial, inversePolynomialDegree,
  inversePolynomialScale, inverseUnscaledValue,
} from '../../../src/math/poly';
import { makeRng } from '../../../src/math/rng';
import { InvalidArgumentError } from '../../../src/errors';

describe('inverse polynomial P(x) ≈ s/(κx) on [1/κ, 1]', () => {
  it.each([
    [2, 1e-3],
    [10, 1e-6],
    [50, 1e-8],
    [300, 1e-4],
  ])('κ = %f, ε = %f: relative error ≤ ε against 1/(κx) at random points, |P| ≤ 0.9, odd', (kappa, epsilon) => {
    const p = inversePolynomial(kappa, epsilon);
    expect(p.degree % 2).toBe(1);
    expect(p.degree).toBe(inversePolynomialDegree(kappa, epsilon));
    expect(p.relErrorBound).toBeLessThanOrEqual(epsilon);
    expect(p.measured.maxRelError).toBeLessThanOrEqual(epsilon * (1 + 1e-6));
    // The minimax error is attained at x = 1/κ: the measured value equals the bound.
    expect(Math.abs(p.measured.maxRelError - p.relErrorBound)).toBeLessThan(1e-6 * p.relErrorBound + 1e-13);
    const rng = makeRng(Math.round(kappa));
    for (let i = 0; i < 200; i++) {
      const x = 1 / kappa + (1 - 1 / kappa) * rng.next();
      const target = p.scale / (kappa * x); // the target, computed directly
      const v = evaluateChebyshev(p.coeffs, x);
      expect(Math.abs(v / target - 1)).toBeLessThanOrEqual(epsilon * (1 + 1e-6));
      expect(Math.abs(evaluateChebyshev(p.coeffs, -x) + v)).toBeLessThan(1e-13);
    }
    // Bounded by the peak on a fine grid of [-1, 1] (denser near 0 where the peak lies).
    let peak = 0;
    for (let i = 0; i <= 4000; i++) {
      peak = Math.max(peak, Math.abs(evaluateChebyshev(p.coeffs, -1 + (2 * i) / 4000)));
      peak = Math.max(peak, Math.abs(evaluateChebyshev(p.coeffs, (1.5 * i) / (4000 * kappa))));
    }
    expect(peak).toBeLessThanOrEqual(0.9 + 1e-9);
    expect(peak).toBeGreaterThan(0.899);
    for (let k = 0; k <= p.degree; k += 2) expect(p.coeffs[k]).toBe(0);
  });

  it('Chebyshev coefficients reproduce the closed form at random points of [-1, 1]', () => {
    const kappa = 20, epsilon = 1e-7;
    const p = inversePolynomial(kappa, epsilon);
    const rng = makeRng(5);
    for (let i = 0; i < 300; i++) {
      const x = 2 * rng.next() - 1;
      expect(Math.abs(evaluateChebyshev(p.coeffs, x) - p.scale * inverseUnscaledValue(kappa, p.chebyshevOrder, x))).toBeLessThan(1e-13);
    }
  });

  it.each([[10, 1e-3], [100, 1e-6], [1000, 1e-10]])('degree rule for κ = %f, ε = %f is minimal and ≈ κ·ln(2/ε)', (kappa, epsilon) => {
    const n = inverseChebyshevOrder(kappa, epsilon);
    const theta0 = Math.acosh((1 + 1 / kappa ** 2) / (1 - 1 / kappa ** 2));
    expect(1 / Math.cosh(n * theta0)).toBeLessThanOrEqual(epsilon * (1 + 1e-9));
    if (n > 1) expect(1 / Math.cosh((n - 1) * theta0)).toBeGreaterThan(epsilon);
    const d = inversePolynomialDegree(kappa, epsilon);
    const asymptotic = kappa * Math.log(2 / epsilon);
    expect(d).toBeGreaterThan(0.9 * asymptotic);
    expect(d).toBeLessThan(1.1 * asymptotic + 3);
  });

  it('handles κ up to 1e3 (degree several thousand) with the measured error within ε', () => {
    const p = inversePolynomial(1000, 1e-2, { gridPoints: 4000 });
    expect(p.degree).toBeGreaterThan(4000);
    expect(p.measured.maxRelError).toBeLessThanOrEqual(1e-2 * (1 + 1e-6));
    expect(p.measured.peakAbs).toBeLessThanOrEqual(0.9 + 1e-9);
  });

  it('scale helper agrees with the built polynomial and honours peakBound', () => {
    const p = inversePolynomial(15, 1e-5, { peakBound: 0.5 });
    expect(inversePolynomialScale(15, 1e-5, 0.5)).toBe(p.scale);
    expect(p.measured.peakAbs).toBeLessThanOrEqual(0.5 + 1e-9);
  });

  it('κ = 1 gives the degree-1 polynomial s·x', () => {
    const p = inversePolynomial(1, 1e-3);
    expect(p.degree).toBe(1);
    expect(evaluateChebyshev(p.coeffs, 1)).toBeCloseTo(p.scale, 14);
  });

  it.each([
    [0.5, 1e-3], [Number.NaN, 1e-3], [Infinity, 1e-3], [10, 0], [10, 1], [10, -0.1], [10, Number.NaN],
  ])('rejects κ = %f, ε = %f with InvalidArgumentError', (kappa, epsilon) => {
    expect(() => inversePolynomial(kappa, epsilon)).toThrow(InvalidArgumentError);
    expect(() => inversePolynomialDegree(kappa, epsilon)).toThrow(InvalidArgumentError);
  });

  it('rejects a peakBound outside (0, 1]', () => {
    expect(() => inversePolynomial(10, 1e-3, { peakBound: 1.5 })).toThrow(InvalidArgumentError);
  });
});
