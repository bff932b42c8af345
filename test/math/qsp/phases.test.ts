import { evaluateChebyshev, inversePolynomial } from '../../../src/math/poly';
import {
  computePhases, evaluateQsp, fullPhasesFromReduced, positiveChebyshevNodes, reducedPhaseCount, symmetricQspValues,
} from '../../../src/math/qsp';
import { makeRng } from '../../../src/math/rng';
import { InvalidArgumentError, NotConvergedError } from '../../../src/errors';

/** max over a fine grid of |Re⟨0|U_Φ(x)|0⟩ − P(x)|, with U_Φ from the direct O(d) product. */
function gridError(phases: Float64Array, coeffs: Float64Array, points: number): number {
  let m = 0;
  for (let i = 0; i <= points; i++) {
    const x = Math.cos((Math.PI * i) / points) * (i % 3 === 1 ? 0.9999 : 1);
    m = Math.max(m, Math.abs(evaluateQsp(phases, x).re - evaluateChebyshev(coeffs, x)));
  }
  return m;
}

function randomBounded(seed: number, degree: number, l1: number): Float64Array {
  const rng = makeRng(seed);
  const c = new Float64Array(degree + 1);
  let s = 0;
  for (let k = degree % 2; k <= degree; k += 2) { c[k] = rng.normal(); s += Math.abs(c[k]); }
  for (let k = 0; k <= degree; k++) c[k] *= l1 / s; // Σ|c_k| = l1 ⇒ |P| ≤ l1 on [-1, 1]
  return c;
}

describe('computePhases (Newton on Chebyshev nodes)', () => {
  const cases: Array<[string, Float64Array]> = [
    ['x/2', new Float64Array([0, 0.5])],
    ['0.3 + 0.4 T2', new Float64Array([0.3, 0, 0.4])],
    ['0.8 T5', new Float64Array([0, 0, 0, 0, 0, 0.8])],
    ['constant 0.6', new Float64Array([0.6])],
    ['random odd deg 31, |c|1 = 0.9', randomBounded(1, 31, 0.9)],
    ['random even deg 40, |c|1 = 0.95', randomBounded(2, 40, 0.95)],
    ['inverse κ=3 ε=1e-3', inversePolynomial(3, 1e-3).coeffs],
    ['inverse κ=10 ε=1e-6', inversePolynomial(10, 1e-6).coeffs],
  ];
  it.each(cases)('%s: residual ≤ 1e-12, symmetric phases, fine-grid error ≤ 1e-12', (_name, coeffs) => {
    const r = computePhases(coeffs);
    expect(r.residual).toBeLessThanOrEqual(1e-12);
    const d = r.phases.length - 1;
    for (let j = 0; j <= d; j++) expect(r.phases[j]).toBe(r.phases[d - j]);
    expect(gridError(r.phases, coeffs, 2000)).toBeLessThan(1e-12);
  });

  it('degree ≥ 1000 (inverse polynomial κ = 70, ε = 1e-6): reproduces P to ≤ 1e-10 on a fine grid', () => {
    const poly = inversePolynomial(70, 1e-6);
    expect(poly.degree).toBeGreaterThanOrEqual(1000);
    const r = computePhases(poly.coeffs);
    expect(r.degree).toBe(poly.degree);
    expect(r.residual).toBeLessThanOrEqual(1e-12);
    expect(gridError(r.phases, poly.coeffs, 3000)).toBeLessThan(1e-10);
  });

  it.each([[9], [10]])('symmetric kernel: values match the direct product and the Jacobian matches central differences (degree %i)', (d) => {
    const n = reducedPhaseCount(d);
    const rng = makeRng(d);
    const reduced = Float64Array.from({ length: n }, () => 0.3 * rng.normal());
    const nodes = positiveChebyshevNodes(n);
    const values = new Float64Array(n), jac = new Float64Array(n * n);
    symmetricQspValues(reduced, d, nodes, values, jac);
    const phases = fullPhasesFromReduced(reduced, d);
    for (let k = 0; k < n; k++) expect(Math.abs(values[k] - evaluateQsp(phases, nodes[k]).re)).toBeLessThan(1e-13);
    const h = 1e-6;
    for (let j = 0; j < n; j++) {
      const plus = Float64Array.from(reduced), minus = Float64Array.from(reduced);
      plus[j] += h; minus[j] -= h;
      for (let k = 0; k < n; k++) {
        const fd = (evaluateQsp(fullPhasesFromReduced(plus, d), nodes[k]).re - evaluateQsp(fullPhasesFromReduced(minus, d), nodes[k]).re) / (2 * h);
        expect(Math.abs(jac[k * n + j] - fd)).toBeLessThan(1e-8);
      }
    }
  });

  it('rejects a polynomial without definite parity', () => {
    expect(() => computePhases(new Float64Array([0.2, 0.3]))).toThrow(InvalidArgumentError);
  });

  it('rejects a polynomial with max |P| > 1', () => {
    expect(() => computePhases(new Float64Array([0, 1.2]))).toThrow(InvalidArgumentError);
  });

  it('reports non-convergence with NotConvergedError, or returns the residual when asked not to throw', () => {
    const coeffs = randomBounded(3, 21, 0.9);
    expect(() => computePhases(coeffs, { maxIter: 1, tol: 1e-15 })).toThrow(NotConvergedError);
    const r = computePhases(coeffs, { maxIter: 1, tol: 1e-15, throwOnFailure: false });
    expect(r.iterations).toBe(1);
    expect(r.residual).toBeGreaterThan(1e-15);
  });
});
