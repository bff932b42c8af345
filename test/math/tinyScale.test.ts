import { csrFromDense } from '../../src/math/csrMatrix';
import { analyzeMatrix } from '../../src/math/matrixAnalysis';
import { powerIteration } from '../../src/math/powerIteration';
import { matrixOperator } from '../../src/math/linearOperator';
import { lanczosExtremeEigenvalues } from '../../src/math/lanczos';

/**
 * Matrices scaled by 1e-170 (issue 16): every scale-invariant quantity must equal the one of
 * the unit-scale matrix, and the scale-covariant ones scale exactly (norms are computed scaled).
 */
describe('analysis of a matrix with entries ~1e-170', () => {
  const data = [4, 1, 0, 1, 3, 1, 0, 1, 2];
  const unit = csrFromDense({ rows: 3, cols: 3, data: Float64Array.from(data) });
  const tiny = csrFromDense({ rows: 3, cols: 3, data: Float64Array.from(data, (v) => v * 1e-170) });

  it('power iteration finds λmax·1e-170, not 0', () => {
    const a = powerIteration(matrixOperator(unit)), b = powerIteration(matrixOperator(tiny));
    expect(b.lambda / 1e-170).toBeCloseTo(a.lambda, 10);
  });

  it('κ estimates and α agree with the unit-scale matrix', () => {
    const a = analyzeMatrix(unit), b = analyzeMatrix(tiny);
    expect(b.kappa.exact.value).toBeCloseTo(a.kappa.exact.value, 10);
    expect(b.kappa.powerBound.value).toBeCloseTo(a.kappa.powerBound.value, 8);
    expect(b.alpha).toBeCloseTo(a.alpha, 10);
    expect(b.frobeniusNorm / 1e-170).toBeCloseTo(a.frobeniusNorm, 10);
  });

  it('Lanczos finds the extreme eigenvalues ×1e-170 (unit-scale run as the reference)', () => {
    const a = lanczosExtremeEigenvalues(matrixOperator(unit)), b = lanczosExtremeEigenvalues(matrixOperator(tiny));
    expect(b.lambdaMin / 1e-170).toBeCloseTo(a.lambdaMin, 10);
    expect(b.lambdaMax / 1e-170).toBeCloseTo(a.lambdaMax, 10);
  });
});
