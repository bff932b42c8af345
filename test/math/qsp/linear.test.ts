import { gmres, solveDense } from '../../../src/math/qsp/linear';
import { makeRng } from '../../../src/math/rng';
import { SingularMatrixError } from '../../../src/errors';

function randomSystem(seed: number, n: number, shift: number): { a: Float64Array; x: Float64Array; b: Float64Array } {
  const rng = makeRng(seed);
  const a = new Float64Array(n * n);
  for (let i = 0; i < n * n; i++) a[i] = rng.normal() / Math.sqrt(n);
  for (let i = 0; i < n; i++) a[i * n + i] += shift;
  const x = Float64Array.from({ length: n }, () => rng.normal());
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) b[i] += a[i * n + j] * x[j];
  return { a, x, b };
}

describe('dense solvers used by the QSP Newton step', () => {
  it.each([[1, 5], [2, 40], [3, 120]])('LU (seed %i, n = %i) recovers the known solution to 1e-10', (seed, n) => {
    const { a, x, b } = randomSystem(seed, n, 0);
    const sol = solveDense(a, b, n);
    for (let i = 0; i < n; i++) expect(Math.abs(sol[i] - x[i])).toBeLessThan(1e-10);
  });

  it.each([[4, 60, 10], [5, 200, 100]])('GMRES (seed %i, n = %i, restart %i) recovers the known solution to 1e-9', (seed, n, restart) => {
    const { a, x, b } = randomSystem(seed, n, 2);
    const apply = (v: Float64Array, out: Float64Array): void => {
      for (let i = 0; i < n; i++) { let s = 0; for (let j = 0; j < n; j++) s += a[i * n + j] * v[j]; out[i] = s; }
    };
    const r = gmres(apply, b, 1e-12, 1000, restart);
    expect(r.converged).toBe(true);
    for (let i = 0; i < n; i++) expect(Math.abs(r.x[i] - x[i])).toBeLessThan(1e-9);
  });

  it('LU reports a singular matrix', () => {
    expect(() => solveDense(new Float64Array([1, 2, 2, 4]), new Float64Array([1, 1]), 2)).toThrow(SingularMatrixError);
  });
});
