import {
  choleskySolveCost, conjugateGradientCost, conjugateGradientIterations, luSolveCost, measureFlopRate,
} from '../../src/cost';
import { InvalidArgumentError } from '../../src/errors';
import { makeRng } from '../../src/math/rng';

/** Count the multiply and add flops of a textbook Cholesky factorization (instrumented, no arithmetic). */
function countCholeskyFlops(n: number): number {
  let flops = 0;
  for (let j = 0; j < n; j++) {
    flops += 2 * j + 1; // a_jj − Σ l_jk² (j mults, j subs) and one sqrt
    for (let i = j + 1; i < n; i++) flops += 2 * j + 1; // a_ij − Σ l_ik l_jk, then divide
  }
  return flops;
}

/** Count the flops of Doolittle LU without pivoting. */
function countLuFlops(n: number): number {
  let flops = 0;
  for (let k = 0; k < n; k++) {
    flops += n - k - 1; // multipliers
    flops += 2 * (n - k - 1) * (n - k - 1); // rank-1 update
  }
  return flops;
}

describe('dense classical solvers', () => {
  it.each([100, 400, 1000])('Cholesky n=%d: n³/3 leading term matches an instrumented count to 1.5 %%', (n) => {
    const cost = choleskySolveCost(n, 1e9);
    expect(Math.abs(cost.factorFlops - countCholeskyFlops(n)) / countCholeskyFlops(n)).toBeLessThan(0.015);
    expect(cost.totalFlops).toBe(cost.factorFlops + 2 * n * n);
    expect(cost.timeSeconds).toBeCloseTo(cost.totalFlops / 1e9, 12);
  });

  it.each([100, 400, 1000])('LU n=%d: 2n³/3 matches an instrumented count to 1 %%', (n) => {
    const cost = luSolveCost(n, 2e9);
    expect(Math.abs(cost.factorFlops - countLuFlops(n)) / countLuFlops(n)).toBeLessThan(0.01);
  });

  it.each([[0, 1e9], [2.5, 1e9], [10, 0], [10, -1], [10, Number.POSITIVE_INFINITY]])('rejects n=%p rate=%p', (n, rate) => {
    expect(() => luSolveCost(n, rate)).toThrow(InvalidArgumentError);
  });

  it('measures a plausible FLOP rate', () => {
    const rate = measureFlopRate(96, 2);
    expect(rate).toBeGreaterThan(1e7);
    expect(rate).toBeLessThan(1e12);
  });
});

describe('conjugate gradient', () => {
  it.each([[4, 1e-2, 6], [100, 1e-6, Math.ceil((10 * Math.log(2e6)) / 2)], [1e4, 1e-3, Math.ceil((100 * Math.log(2000)) / 2)]])(
    'κ=%p ε=%p → %p iterations', (kappa, eps, iters) => {
      expect(conjugateGradientIterations(kappa, eps)).toBe(iters);
    });

  // Independent check: run CG on a diagonal SPD matrix with eigenvalues spread in [1, κ] and verify that
  // the A-norm error reaches ε within the predicted number of iterations (the bound is an upper bound).
  it.each([[50, 1e-6], [1000, 1e-4], [1e4, 1e-3]])('actual CG on κ=%p converges within the bound for ε=%p', (kappa, eps) => {
    const n = 400;
    const rng = makeRng(42);
    const lambda = new Float64Array(n);
    for (let i = 0; i < n; i++) lambda[i] = i === 0 ? 1 : i === n - 1 ? kappa : 1 + (kappa - 1) * rng.next();
    const xStar = new Float64Array(n).map(() => rng.normal());
    const b = xStar.map((v, i) => v * lambda[i]);
    const aNorm = (e: Float64Array) => Math.sqrt(e.reduce((s, v, i) => s + lambda[i] * v * v, 0));
    const x = new Float64Array(n);
    const r = Float64Array.from(b);
    const p = Float64Array.from(r);
    let rr = r.reduce((s, v) => s + v * v, 0);
    const e0 = aNorm(xStar);
    const bound = conjugateGradientIterations(kappa, eps);
    let k = 0;
    for (; k < 10 * bound; k++) {
      if (aNorm(x.map((v, i) => v - xStar[i])) <= eps * e0) break;
      const ap = p.map((v, i) => v * lambda[i]);
      const alpha = rr / p.reduce((s, v, i) => s + v * ap[i], 0);
      for (let i = 0; i < n; i++) { x[i] += alpha * p[i]; r[i] -= alpha * ap[i]; }
      const rrNew = r.reduce((s, v) => s + v * v, 0);
      for (let i = 0; i < n; i++) p[i] = r[i] + (rrNew / rr) * p[i];
      rr = rrNew;
    }
    expect(k).toBeLessThanOrEqual(bound);
  });

  it('cost per iteration is 2·nnz + 10·n', () => {
    const c = conjugateGradientCost(1000, 5000, 100, 1e-6, 1e9);
    expect(c.totalFlops).toBe(c.iterationCount * (2 * 5000 + 10 * 1000));
  });

  it.each([[0.5, 1e-3], [10, 0], [10, 1], [Number.NaN, 0.1]])('rejects κ=%p ε=%p', (kappa, eps) => {
    expect(() => conjugateGradientIterations(kappa, eps)).toThrow(InvalidArgumentError);
  });
});
