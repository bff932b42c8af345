import { csrFromDense, csrFromTriplets } from '../../src/math/csrMatrix';
import { lanczosExtremeEigenvalues } from '../../src/math/lanczos';
import { matrixOperator, squaredOperator } from '../../src/math/linearOperator';
import { powerIteration } from '../../src/math/powerIteration';
import { logDetSlq } from '../../src/math/slq';
import { logAbsDeterminant } from '../../src/math/logDet';
import { symmetricEigenvalues } from '../../src/math/symmetricEigen';
import { denseFromRows } from '../../src/math/denseMatrix';
import { InvalidMatrixError } from '../../src/errors';
import { makeRng } from '../../src/math/rng';
import { laplacian1dTriplets, randomSymmetric, withSpectrum } from './helpers';

describe('Lanczos extreme eigenvalues', () => {
  it.each([[100, 1], [300, 2]])('match the dense solver on a random symmetric matrix (n=%i)', (n, seed) => {
    const a = randomSymmetric(n, seed);
    const ev = symmetricEigenvalues(a);
    const lz = lanczosExtremeEigenvalues(matrixOperator(csrFromDense(a)), { tol: 1e-10 });
    expect(lz.converged).toBe(true);
    expect(lz.lambdaMin).toBeCloseTo(ev[0], 8);
    expect(lz.lambdaMax).toBeCloseTo(ev[n - 1], 8);
    expect(lz.residualMin).toBeLessThan(1e-6);
  });

  it.each([[2000, 0.01], [20000, 0.5]])('obey interlacing and the residual bound on the 1-D Laplacian (n=%i, shift %f)', (n, shift) => {
    // Clustered extremes (gap ~ 3 pi^2 / n^2) converge slowly; check what Lanczos guarantees:
    // Ritz values lie inside the spectrum and within the residual bound of an eigenvalue.
    const { I, J, V } = laplacian1dTriplets(n, shift);
    const a = csrFromTriplets(n, I, J, V);
    const lz = lanczosExtremeEigenvalues(matrixOperator(a), { tol: 1e-9, maxIterations: 600 });
    const eig = (k: number): number => 2 - 2 * Math.cos((k * Math.PI) / (n + 1)) + shift;
    const nearest = (theta: number): number => {
      // eigenvalues are monotone in k; find k from theta and check neighbours
      const k = Math.round((Math.acos(Math.min(1, Math.max(-1, (2 + shift - theta) / 2))) * (n + 1)) / Math.PI);
      let best = Infinity;
      for (let q = Math.max(1, k - 2); q <= Math.min(n, k + 2); q++) best = Math.min(best, Math.abs(eig(q) - theta));
      return best;
    };
    expect(lz.lambdaMin).toBeGreaterThanOrEqual(eig(1) - 1e-12);
    expect(lz.lambdaMax).toBeLessThanOrEqual(eig(n) + 1e-12);
    expect(nearest(lz.lambdaMin)).toBeLessThanOrEqual(lz.residualMin + 1e-12);
    expect(nearest(lz.lambdaMax)).toBeLessThanOrEqual(lz.residualMax + 1e-12);
    expect(Math.abs(lz.lambdaMin - eig(1)) / eig(1)).toBeLessThan(0.01);
  });

  it('finds exact Ritz values when the Krylov space is invariant (small n)', () => {
    const a = withSpectrum([1, 2, 3, 4, 5], 3);
    const lz = lanczosExtremeEigenvalues(matrixOperator(a));
    expect(lz.converged).toBe(true);
    expect(lz.lambdaMin).toBeCloseTo(1, 10);
    expect(lz.lambdaMax).toBeCloseTo(5, 10);
  });

  it('on A^2 gives the squared extreme singular values of an indefinite matrix', () => {
    const a = withSpectrum([-4, -1, 0.5, 2, 3], 4);
    const lz = lanczosExtremeEigenvalues(squaredOperator(matrixOperator(a)));
    expect(lz.lambdaMin).toBeCloseTo(0.25, 10);
    expect(lz.lambdaMax).toBeCloseTo(16, 10);
  });
});

describe('power iteration', () => {
  it.each([[[1, 2, 3, 10], 10], [[-7, 1, 2], -7], [[0.5, 0.5, 0.9], 0.9]])('finds the dominant eigenvalue of spectrum %p', (eigs, dom) => {
    const pw = powerIteration(matrixOperator(withSpectrum(eigs, 7)), { tol: 1e-14, maxIterations: 5000 });
    expect(pw.converged).toBe(true);
    expect(pw.lambda).toBeCloseTo(dom, 8);
  });

  it('reports non-convergence at the iteration cap', () => {
    const pw = powerIteration(matrixOperator(withSpectrum([1, 0.999999, 0.5], 2)), { tol: 1e-15, maxIterations: 5 });
    expect(pw.converged).toBe(false);
    expect(pw.iterations).toBe(5);
  });
});

describe('log-determinants', () => {
  it.each([[1, 1], [10, 2], [60, 3]])('LU log|det| equals the sum of log|eigenvalues| (n=%i)', (n, seed) => {
    const a = randomSymmetric(n, seed);
    const ev = symmetricEigenvalues(a);
    let want = 0, neg = 0;
    for (const e of ev) { want += Math.log(Math.abs(e)); if (e < 0) neg++; }
    const got = logAbsDeterminant(a);
    expect(got.logAbsDet).toBeCloseTo(want, 8);
    expect(got.sign).toBe(neg % 2 === 0 ? 1 : -1);
  });

  it('handles row swaps and exact singularity', () => {
    expect(logAbsDeterminant(denseFromRows([[0, 2], [3, 0]]))).toEqual({ logAbsDet: Math.log(6), sign: -1 });
    expect(logAbsDeterminant(denseFromRows([[1, 2], [2, 4]])).sign).toBe(0);
    expect(() => logAbsDeterminant(denseFromRows([[1, 2, 3]]))).toThrow(InvalidMatrixError);
  });

  it('SLQ estimates ln det of an SPD matrix within a few standard errors', () => {
    const rng = makeRng(5);
    const eigs = Array.from({ length: 300 }, () => 0.1 + 10 * rng.next());
    const a = withSpectrum(eigs, 6);
    const exact = eigs.reduce((s, e) => s + Math.log(e), 0);
    const est = logDetSlq(matrixOperator(a), { probes: 30, steps: 30 });
    expect(Math.abs(est.logDet - exact)).toBeLessThan(4 * est.standardError + 1e-6 * Math.abs(exact));
    expect(est.standardError / Math.abs(exact)).toBeLessThan(0.05);
  });

  it('SLQ rejects an indefinite matrix', () => {
    expect(() => logDetSlq(matrixOperator(withSpectrum([-1, 2, 3], 1)))).toThrow(InvalidMatrixError);
  });
});
