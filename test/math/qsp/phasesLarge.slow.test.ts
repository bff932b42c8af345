import { evaluateChebyshev, inversePolynomial } from '../../../src/math/poly';
import { computePhases, evaluateQsp } from '../../../src/math/qsp';

/** Degree ~5000 and ~7600 phase factors (a few seconds each; run with `npm run test:slow`). */
describe('computePhases at benchmark degrees', () => {
  it.each([[345, 1e-6], [1000, 1e-3]])('inverse polynomial κ = %f, ε = %f: fine-grid error ≤ 1e-10', (kappa, epsilon) => {
    const poly = inversePolynomial(kappa, epsilon);
    expect(poly.degree).toBeGreaterThanOrEqual(5000);
    const r = computePhases(poly.coeffs);
    expect(r.residual).toBeLessThanOrEqual(1e-12);
    let err = 0;
    for (let i = 0; i <= 4000; i++) {
      const x = Math.cos((Math.PI * i) / 4000) * (i % 3 === 1 ? 0.99993 : 1);
      err = Math.max(err, Math.abs(evaluateQsp(r.phases, x).re - evaluateChebyshev(poly.coeffs, x)));
    }
    expect(err).toBeLessThan(1e-10);
  });
});
