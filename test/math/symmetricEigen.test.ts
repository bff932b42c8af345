import { symmetricEigen, symmetricEigenvalues, tridiagonalEigen } from '../../src/math/symmetricEigen';
import { denseFromRows } from '../../src/math/denseMatrix';
import { InvalidMatrixError } from '../../src/errors';
import { makeRng } from '../../src/math/rng';
import { withSpectrum } from './helpers';

describe('dense symmetric eigenvalues', () => {
  it.each([[1, 1], [2, 2], [7, 3], [40, 4], [120, 5]])('recovers a planted spectrum Q diag(l) Q^T (n=%i)', (n, seed) => {
    const rng = makeRng(seed);
    const eigs = Array.from({ length: n }, () => 10 * rng.normal()).sort((a, b) => a - b);
    const ev = symmetricEigenvalues(withSpectrum(eigs, seed + 100));
    for (let i = 0; i < n; i++) expect(Math.abs(ev[i] - eigs[i])).toBeLessThan(1e-10 * Math.max(1, Math.abs(eigs[n - 1])) * n);
  });

  it('handles repeated and zero eigenvalues', () => {
    const eigs = [-2, 0, 0, 0, 3, 3, 5];
    const ev = symmetricEigenvalues(withSpectrum(eigs, 8));
    eigs.forEach((e, i) => expect(ev[i]).toBeCloseTo(e, 11));
  });

  it.each([[5], [50], [200]])('tridiagonal QL matches the 1-D Laplacian spectrum 2-2cos(k*pi/(n+1)) (n=%i)', (n) => {
    const { values, rowComponents } = tridiagonalEigen(new Float64Array(n).fill(2), new Float64Array(n - 1).fill(-1), [0]);
    for (let k = 1; k <= n; k++) expect(values[k - 1]).toBeCloseTo(2 - 2 * Math.cos((k * Math.PI) / (n + 1)), 12);
    // Row 0 of the eigenvector matrix: sqrt(2/(n+1)) sin(k pi/(n+1)) up to sign.
    for (let k = 1; k <= n; k++) expect(Math.abs(rowComponents[0][k - 1])).toBeCloseTo(Math.sqrt(2 / (n + 1)) * Math.sin((k * Math.PI) / (n + 1)), 10);
  });

  it('converges on a low-rank matrix with a large cluster of zero eigenvalues (n=120, rank 3)', () => {
    const eigs = [...new Array(117).fill(0), 1e-3, 1, 50];
    const ev = symmetricEigenvalues(withSpectrum(eigs, 12));
    for (let i = 0; i < 120; i++) expect(Math.abs(ev[i] - eigs[i])).toBeLessThan(1e-12 * 50 * 120);
  });

  it('rejects asymmetric input with InvalidMatrixError', () => {
    expect(() => symmetricEigenvalues(denseFromRows([[1, 2], [3, 4]]))).toThrow(InvalidMatrixError);
  });

  // Full decomposition: residual ‖AV − VΛ‖, orthonormality ‖VᵀV − I‖ and the planted spectrum
  // (an independent construction Q diag(l) Qᵀ), including degenerate and zero eigenvalues.
  it.each([
    ['n=1', [3.5], 21],
    ['n=2', [-1, 2], 22],
    ['n=3 repeated', [1, 1, 4], 23],
    ['n=9 zeros and repeats', [-2, 0, 0, 0, 3, 3, 5, 7, 7], 24],
    ['n=40 random', Array.from({ length: 40 }, (_, i) => Math.sin(3 * i) * 10), 25],
    ['n=100 random', Array.from({ length: 100 }, (_, i) => Math.cos(7 * i + 1) * 4), 26],
  ])('eigenvectors of Q diag(l) Q^T: AV = VΛ and VᵀV = I (%s)', (_name, spectrum, seed) => {
    const n = spectrum.length;
    const eigs = [...spectrum].sort((a, b) => a - b);
    const a = withSpectrum(eigs, seed);
    const { values, vectors } = symmetricEigen(a);
    const scale = Math.max(1, ...eigs.map(Math.abs));
    const tol = 1e-13 * n * scale;
    for (let k = 0; k < n; k++) expect(Math.abs(values[k] - eigs[k])).toBeLessThan(tol);
    let residual = 0, ortho = 0;
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < n; k++) {
        let av = 0, g = 0;
        for (let j = 0; j < n; j++) { av += a.data[i * n + j] * vectors[j * n + k]; g += vectors[j * n + i] * vectors[j * n + k]; }
        residual = Math.max(residual, Math.abs(av - values[k] * vectors[i * n + k]));
        ortho = Math.max(ortho, Math.abs(g - (i === k ? 1 : 0)));
      }
    }
    expect(residual).toBeLessThan(tol);
    expect(ortho).toBeLessThan(1e-13 * n);
  });
});
