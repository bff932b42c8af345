import { csrFromDense, csrFromTriplets } from '../../src/math/csrMatrix';
import { denseFromRows, zerosDense } from '../../src/math/denseMatrix';
import { kappaExact, kappaNormDetBound, kappaPowerBound } from '../../src/math/kappa';
import { regularize } from '../../src/math/regularize';
import { frobeniusNorm } from '../../src/math/norms';
import { symmetricEigenvalues } from '../../src/math/symmetricEigen';
import { InvalidArgumentError, InvalidMatrixError, SingularMatrixError } from '../../src/errors';
import { makeRng } from '../../src/math/rng';
import { randomSymmetric, withSpectrum } from './helpers';

describe('exact condition number', () => {
  it.each([
    [[1, 2, 4, 8], 8],
    [[-3, 1, 6], 6],
    [[0.01, 1, 1, 1], 100],
  ])('spectrum %p has kappa %f (dense)', (eigs, want) => {
    const k = kappaExact(withSpectrum(eigs, 2));
    expect(k.method).toBe('dense-eigen');
    expect(k.kappa).toBeCloseTo(want, 8);
  });

  it('Lanczos agrees with dense on a PD matrix and Lanczos-on-A^2 on an indefinite one', () => {
    const rng = makeRng(1);
    const pd = withSpectrum(Array.from({ length: 120 }, () => 1 + 9 * rng.next()).concat([1, 10]), 3);
    const dense = kappaExact(pd);
    const lz = kappaExact(csrFromDense(pd), { denseLimit: 0, lanczos: { tol: 1e-10 } });
    expect(lz.method).toBe('lanczos');
    expect(lz.kappa).toBeCloseTo(dense.kappa, 6);
    const indef = withSpectrum([-5, -2, -1, 0.5, 1, 3, 4, 2, -3, 1.5], 4);
    const sq = kappaExact(csrFromDense(indef), { denseLimit: 0, lanczos: { tol: 1e-12 } });
    expect(sq.method).toBe('lanczos-squared');
    expect(sq.kappa).toBeCloseTo(10, 6);
  });

  it('Lanczos kappa of a large block-diagonal matrix with a planted spectrum is exact', () => {
    // 25,000 2x2 blocks [[a, b], [b, a]] with eigenvalues a +- b in [2, 3], plus one block with {1, 10}.
    const n = 50000;
    const rng = makeRng(4);
    const I: number[] = [], J: number[] = [], V: number[] = [];
    for (let blk = 0; blk < n / 2; blk++) {
      const [l1, l2] = blk === 777 ? [1, 10] : [2 + rng.next(), 2 + rng.next()];
      const a = (l1 + l2) / 2, b = (l2 - l1) / 2, i = 2 * blk;
      I.push(i, i, i + 1, i + 1); J.push(i, i + 1, i, i + 1); V.push(a, b, b, a);
    }
    const k = kappaExact(csrFromTriplets(n, I, J, V), { lanczos: { tol: 1e-10 } });
    expect(k.method).toBe('lanczos');
    expect(k.converged).toBe(true);
    expect(k.kappa).toBeCloseTo(10, 8);
  });

  it.each([
    ['zero eigenvalue', withSpectrum([0, 1, 2], 1)],
    ['zero matrix', zerosDense(3)],
  ])('throws SingularMatrixError for a singular matrix (%s)', (_name, a) => {
    expect(() => kappaExact(a)).toThrow(SingularMatrixError);
  });

  it('throws InvalidMatrixError for asymmetric input', () => {
    expect(() => kappaExact(denseFromRows([[1, 0], [1, 1]]))).toThrow(InvalidMatrixError);
  });
});

describe('norm-and-determinant bound', () => {
  it.each([[3, 1], [10, 2], [16, 3]])('equals the direct formula and bounds the exact kappa (n=%i)', (n, seed) => {
    const a = randomSymmetric(n, seed);
    const b = kappaNormDetBound(a);
    // Independent evaluation from the eigenvalues: t = (n/F^2)^n det^2 = prod_i n*l_i^2/F^2.
    const f2 = frobeniusNorm(a) ** 2;
    const t = Array.from(symmetricEigenvalues(a)).reduce((p, l) => (p * n * l * l) / f2, 1);
    const x = Math.sqrt(1 - t);
    const direct = Math.sqrt((1 + x) / (1 - x));
    expect(Math.abs(b.kappaBound - direct) / direct).toBeLessThan(1e-6);
    expect(b.kappaBound).toBeGreaterThanOrEqual(kappaExact(a).kappa * (1 - 1e-12));
  });

  it('is exact (= 1) for a multiple of the identity', () => {
    // x = sqrt(1 - t) turns a rounding error of ~1e-16 in ln t into ~1e-8 in x: the tolerance is sqrt(eps).
    const a = denseFromRows([[3, 0, 0], [0, 3, 0], [0, 0, 3]]);
    expect(Math.abs(kappaNormDetBound(a).kappaBound - 1)).toBeLessThan(3e-8);
  });

  it('stays finite in log space where the direct formula under/overflows (n=600)', () => {
    const rng = makeRng(9);
    const a = withSpectrum(Array.from({ length: 600 }, () => 5 + 10 * rng.next()), 10);
    const b = kappaNormDetBound(a);
    const f2 = frobeniusNorm(a) ** 2;
    // The direct formula fails: (n/F^2)^n underflows to 0 and det^2 overflows to Infinity.
    expect((600 / f2) ** 600).toBe(0);
    expect(Math.exp(2 * b.logAbsDet)).toBe(Infinity);
    expect(Number.isFinite(b.log10KappaBound)).toBe(true);
    expect(b.log10KappaBound).toBeGreaterThanOrEqual(Math.log10(kappaExact(a).kappa));
  });

  it('throws SingularMatrixError when det = 0', () => {
    expect(() => kappaNormDetBound(denseFromRows([[1, 1], [1, 1]]))).toThrow(SingularMatrixError);
  });
});

describe('power-iteration bound 1 + lambda_max/(c m)', () => {
  it.each([[1e-3], [5e-3], [0.1]])('bounds kappa of a regularized PSD matrix (c=%f) and equals 1 + lambda_max(H)/(c m)', (c) => {
    // H = G G^T is PSD with a known lambda_max.
    const eigs = [0, 0, 0.3, 1, 2, 7];
    const h = withSpectrum(eigs, 5);
    const reg = regularize(h, c);
    const pb = kappaPowerBound(reg.matrix, reg.shift, { tol: 1e-14, maxIterations: 10000 });
    expect(pb.kappaBound).toBeCloseTo(1 + 7 / reg.shift, 5);
    expect(pb.kappaBound).toBeGreaterThanOrEqual(kappaExact(reg.matrix).kappa * (1 - 1e-9));
  });

  it('rejects a non-positive shift', () => {
    expect(() => kappaPowerBound(withSpectrum([1, 2], 1), 0)).toThrow(InvalidArgumentError);
  });
});
