import { csrFromDense, csrFromTriplets } from '../../src/math/csrMatrix';
import { denseFromRows, zerosDense } from '../../src/math/denseMatrix';
import { validateSymmetricCsr, validateSymmetricDense } from '../../src/math/validate';
import { analyzeMatrix } from '../../src/math/matrixAnalysis';
import { formatMatrixAnalysis, matrixAnalysisToJson } from '../../src/math/formatAnalysis';
import { regularize } from '../../src/math/regularize';
import { pruneSymmetric } from '../../src/math/prune';
import { kappaExact } from '../../src/math/kappa';
import { InvalidMatrixError, SingularMatrixError } from '../../src/errors';
import { withSpectrum } from './helpers';

describe('matrix validation', () => {
  it.each([
    ['non-square', denseFromRows([[1, 2, 3], [2, 1, 3]]), /square/],
    ['asymmetric', denseFromRows([[1, 2], [2.1, 1]]), /not symmetric/],
    ['NaN', denseFromRows([[1, NaN], [NaN, 1]]), /non-finite/],
    ['-Infinity', denseFromRows([[-Infinity]]), /non-finite/],
    ['empty', zerosDense(0), /empty/],
  ])('dense %s -> InvalidMatrixError naming the problem', (_name, a, msg) => {
    expect(() => validateSymmetricDense(a)).toThrow(InvalidMatrixError);
    expect(() => validateSymmetricDense(a)).toThrow(msg);
  });

  it('accepts asymmetry within the tolerance and returns the exactly symmetric part', () => {
    const a = denseFromRows([[1, 2], [2 + 1e-12, 1]]);
    const s = validateSymmetricDense(a);
    expect(s.data[1]).toBe(s.data[2]);
    const c = validateSymmetricCsr(csrFromDense(a));
    expect(c.values[1]).toBe(c.values[2]);
    expect(() => validateSymmetricDense(a, 1e-14)).toThrow(InvalidMatrixError);
  });
});

describe('analyzeMatrix', () => {
  const h = withSpectrum([0, 0.1, 0.5, 1, 2, 3, 4, 8], 11);
  const reg = regularize(h, 5e-3);
  const pruned = pruneSymmetric(reg.matrix, 8).matrix;

  it('reports size, sparsity, norms and kappa three ways consistent with the parts', () => {
    const a = analyzeMatrix(pruned, { shift: reg.shift, power: { tol: 1e-14, maxIterations: 20000 } });
    expect(a.n).toBe(8);
    expect(a.d).toBeLessThanOrEqual(8);
    const k = kappaExact(pruned);
    expect(a.kappa.exact.value).toBeCloseTo(k.kappa, 8);
    expect(a.spectralNorm).toBeCloseTo(8 + reg.shift, 10);
    expect(a.kappa.normDetBound.ratioToExact).toBeGreaterThanOrEqual(1 - 1e-12);
    expect(a.kappa.powerBound.ratioToExact).toBeGreaterThanOrEqual(1 - 1e-9);
    expect(a.kappa.powerBound.value).toBeCloseTo(1 + 8 / reg.shift, 4);
    expect(a.alpha).toBeCloseTo((a.d * a.maxAbs) / a.spectralNorm, 12);
    expect(a.isPositiveDefinite).toBe(true);
    expect(formatMatrixAnalysis(a).join('\n')).toContain('norm-det bound');
    expect(JSON.stringify(matrixAnalysisToJson(a))).toContain('"alpha"');
  });

  it('estimates the shift as c*max|A|/(1+c) when it is not given, keeping the power bound an upper bound', () => {
    const a = analyzeMatrix(pruned, { c: 5e-3, power: { tol: 1e-14, maxIterations: 20000 } });
    expect(a.kappa.powerBound.shiftKnown).toBe(false);
    expect(a.kappa.powerBound.shift).toBeLessThanOrEqual(reg.shift * (1 + 1e-12));
    // H has a zero eigenvalue, so the bound is tight; power iteration (tol 1e-10) may undershoot lambda_max slightly.
    expect(a.kappa.powerBound.ratioToExact).toBeGreaterThanOrEqual(1 - 1e-9);
  });

  it.each([[true], [false]])('large sparse matrices use Lanczos and SLQ (positive definite: %p)', (pd) => {
    // 1,500 2x2 blocks with eigenvalues in [2, 3] plus one block with {1 or -1, 10}: n = 3002 > dense limit.
    const I: number[] = [], J: number[] = [], V: number[] = [];
    for (let blk = 0; blk < 1501; blk++) {
      const [l1, l2] = blk === 100 ? [pd ? 1 : -1, 10] : [2 + (blk % 7) / 7, 2 + (blk % 5) / 5];
      const a = (l1 + l2) / 2, b = (l2 - l1) / 2, i = 2 * blk;
      I.push(i, i, i + 1, i + 1); J.push(i, i + 1, i, i + 1); V.push(a, b, b, a);
    }
    const an = analyzeMatrix(csrFromTriplets(3002, I, J, V), { shift: 0.5 });
    expect(an.kappa.exact.method).toBe(pd ? 'lanczos' : 'lanczos-squared');
    expect(an.kappa.exact.value).toBeCloseTo(10, 6);
    expect(an.spectralNorm).toBeCloseTo(10, 8);
    if (pd) {
      expect(an.kappa.normDetBound.method).toBe('norm-det (slq)');
      expect(an.kappa.normDetBound.log10RatioToExact).toBeGreaterThan(0);
    } else {
      expect(an.kappa.normDetBound.method).toMatch(/unavailable/);
      expect(an.kappa.normDetBound.value).toBeNaN();
    }
    expect(formatMatrixAnalysis(an).length).toBeGreaterThan(5);
  });

  it('throws SingularMatrixError for a singular matrix', () => {
    expect(() => analyzeMatrix(csrFromTriplets(2, [0, 0, 1, 1], [0, 1, 0, 1], [1, 1, 1, 1]))).toThrow(SingularMatrixError);
  });
});
