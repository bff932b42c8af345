/** Classical prices: the cheaper of dense Cholesky and CG, checked against the flop formulas directly. */
import { priceClassicalSolve, priceClassicalSolveDetailed } from '../../../src/schedule/price';

const cholFlops = (n: number) => n ** 3 / 3 + 2 * n * n;
const cgFlops = (n: number, nnz: number, kappa: number, eps: number) => Math.ceil((Math.sqrt(kappa) * Math.log(2 / eps)) / 2) * (2 * nnz + 10 * n);

describe('priceClassicalSolve', () => {
  it.each([
    [1000, 8, 100, 1e-3, 1e9],
    [50, 50, 1e6, 1e-8, 2e10],
    [20000, 16, 1e4, 1e-6, 1e11],
    [1e9, 8, 100, 1e-3, 1e10],
  ])('N = %d, d = %d, κ = %d, ε = %d at %d flop/s: min(Cholesky, CG)', (n, d, kappa, eps, rate) => {
    const p = priceClassicalSolve({ n, sparsity: d, kappa, epsilon: eps }, rate);
    const chol = cholFlops(n), cg = cgFlops(n, n * d, kappa, eps);
    expect(p.method).toBe(cg < chol ? 'cg' : 'cholesky');
    expect(p.flops / Math.min(chol, cg)).toBeCloseTo(1, 12);
    expect(p.seconds * rate / p.flops).toBeCloseTo(1, 12);
  });

  it('dense Cholesky time ∝ N³ and CG time ∝ nnz (ratios)', () => {
    const t = (n: number) => priceClassicalSolveDetailed({ n, sparsity: 8, kappa: 100, epsilon: 1e-3 }, 1e9);
    const a = t(4000), b = t(8000);
    const r = b.cholesky.timeSeconds / a.cholesky.timeSeconds;
    expect(r).toBeCloseTo(cholFlops(8000) / cholFlops(4000), 12);
    expect(Math.abs(r / 8 - 1)).toBeLessThan(0.001); // n³/3 dominates 2n²
    expect(b.conjugateGradient.timeSeconds / a.conjugateGradient.timeSeconds).toBeCloseTo(2, 12);
  });

  it('a dense, ill-conditioned small system picks Cholesky; a sparse large one CG', () => {
    expect(priceClassicalSolve({ n: 64, sparsity: 64, kappa: 1e8, epsilon: 1e-10 }, 1e9).method).toBe('cholesky');
    expect(priceClassicalSolve({ n: 1e6, sparsity: 8, kappa: 100, epsilon: 1e-3 }, 1e9).method).toBe('cg');
  });

  it.each([[0], [-1], [Infinity], [NaN]])('flop rate %d → INVALID_ARGUMENT', (rate) => {
    expect(() => priceClassicalSolve({ n: 100, sparsity: 4, kappa: 10, epsilon: 1e-3 }, rate)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
