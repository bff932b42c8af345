import { InvalidArgumentError, InvalidMatrixError } from '../../src/errors';
import { csrMaxRowNnz, isExactlySymmetricCsr } from '../../src/math/csrMatrix';
import { DenseMatrix, zerosDense } from '../../src/math/denseMatrix';
import { pruneSymmetric } from '../../src/math/prune';
import { regularizeAndPruneDense } from '../../src/math/pruneDense';
import { regularize } from '../../src/math/regularize';
import { makeRng } from '../../src/math/rng';
import { kthLargestInPlace } from '../../src/math/select';
import { randomSymmetric } from './helpers';

/** Symmetric matrix with entries from a small integer set (many ties), a share of zeros, optional zero diagonal. */
function tiedSymmetric(n: number, seed: number, zeroShare: number, zeroDiagonal: boolean): DenseMatrix {
  const rng = makeRng(seed);
  const a = zerosDense(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const v = rng.next() < zeroShare ? 0 : rng.int(5) - 2;
      a.data[i * n + j] = v; a.data[j * n + i] = v;
    }
    if (zeroDiagonal) a.data[i * n + i] = 0;
  }
  return a;
}

/** A few hub rows with large entries to every row: most rows' top candidates are rejected at full hubs. */
function hubSymmetric(n: number, hubs: number, seed: number): DenseMatrix {
  const a = randomSymmetric(n, seed);
  for (let h = 0; h < hubs; h++) for (let j = 0; j < n; j++) if (j !== h) { const v = 100 + h + j / n; a.data[h * n + j] = v; a.data[j * n + h] = v; }
  return a;
}

function expectSameAsReference(a: DenseMatrix, c: number, d: number, initialCandidatesPerRow?: number): number {
  const want = pruneSymmetric(regularize(a, c).matrix, d);
  const got = regularizeAndPruneDense(a, c, d, { initialCandidatesPerRow });
  expect(Array.from(got.pruned.matrix.rowPtr)).toEqual(Array.from(want.matrix.rowPtr));
  expect(Array.from(got.pruned.matrix.colIdx)).toEqual(Array.from(want.matrix.colIdx));
  expect(Array.from(got.pruned.matrix.values)).toEqual(Array.from(want.matrix.values));
  expect(got.pruned.nnzBefore).toBe(want.nnzBefore);
  expect(got.pruned.nnzAfter).toBe(want.nnzAfter);
  expect(got.pruned.keptAbsMassFraction).toBeCloseTo(want.keptAbsMassFraction, 10);
  expect(got.pruned.relativeFrobeniusError).toBeCloseTo(want.relativeFrobeniusError, 7);
  expect(got.shift).toBe(regularize(a, c).shift);
  expect(isExactlySymmetricCsr(got.pruned.matrix)).toBe(true);
  expect(csrMaxRowNnz(got.pruned.matrix)).toBeLessThanOrEqual(d);
  return got.rowScans;
}

describe('kthLargestInPlace (quickselect)', () => {
  it.each([[1, 1], [7, 3], [50, 1], [50, 50], [200, 17], [1000, 500]])('length %d, k = %d equals the sorted order', (len, k) => {
    const rng = makeRng(len + k);
    const v = Float64Array.from({ length: len }, () => (rng.next() < 0.3 ? rng.int(4) : rng.normal()));
    const sorted = Array.from(v).sort((x, y) => y - x);
    expect(kthLargestInPlace(v, len, k)).toBe(sorted[k - 1]);
  });
  it.each([[0], [11], [1.5]])('rejects k = %d for length 10', (k) => {
    expect(() => kthLargestInPlace(new Float64Array(10), 10, k)).toThrow(InvalidArgumentError);
  });
});

describe('regularizeAndPruneDense equals pruneSymmetric(regularize(H, c), d)', () => {
  it.each<[number, number, number, number]>([
    [1, 1, 0, 1], [2, 1, 0.05, 2], [5, 2, 0, 3], [30, 3, 0.05, 4], [30, 30, 0, 5], [120, 8, 0.05, 6], [120, 1, 0, 7], [64, 64, 0.01, 8],
  ])('random N(0,1): n = %d, d = %d, c = %d (seed %d)', (n, d, c, seed) => {
    expectSameAsReference(randomSymmetric(n, seed), c, d);
  });

  it.each<[number, number, number, number, boolean]>([
    [40, 3, 0, 0.5, true], [40, 5, 0, 0.2, false], [80, 8, 0.05, 0.7, true], [25, 2, 0, 0.0, true],
  ])('many ties: n = %d, d = %d, c = %d, zero share %d, zero diagonal %s', (n, d, c, zeroShare, zeroDiag) => {
    expectSameAsReference(tiedSymmetric(n, n + d, zeroShare, zeroDiag), c, d);
  });

  it('hub rows make rows read further chunks, and the result is still exact', () => {
    // 90 rows, 6 hubs: every row's largest entries go to the hubs, which fill at once.
    expect(expectSameAsReference(hubSymmetric(90, 6, 3), 0, 4)).toBeGreaterThan(90);
    // First chunks of one entry: many rows need several chunks.
    expect(expectSameAsReference(randomSymmetric(60, 9), 0, 5, 1)).toBeGreaterThan(60);
  });

  it('an all-zero matrix keeps only the regularized diagonal', () => {
    const got = regularizeAndPruneDense(zerosDense(4), 0.1, 2);
    expect(got.pruned.nnzAfter).toBe(0);
    expect(got.pruned.keptAbsMassFraction).toBe(1);
  });
});

describe('regularizeAndPruneDense input checks', () => {
  it('refuses a matrix that is symmetric only within rounding (would need a second copy)', () => {
    const a = randomSymmetric(6, 1);
    a.data[1 * 6 + 4] *= 1 + 2 ** -52;
    expect(() => regularizeAndPruneDense(a, 0, 2)).toThrow(/not exactly symmetric/);
  });
  it('refuses NaN', () => {
    const a = randomSymmetric(5, 2);
    a.data[7] = NaN;
    expect(() => regularizeAndPruneDense(a, 0, 2)).toThrow(InvalidMatrixError);
  });
  it.each([[0], [6], [2.5]])('refuses d = %d for n = 5', (d) => {
    expect(() => regularizeAndPruneDense(randomSymmetric(5, 3), 0, d)).toThrow(InvalidArgumentError);
  });
  it.each([[-1], [NaN]])('refuses c = %d', (c) => {
    expect(() => regularizeAndPruneDense(randomSymmetric(5, 3), c, 2)).toThrow(InvalidArgumentError);
  });
  it('refuses a non-square matrix', () => {
    expect(() => regularizeAndPruneDense({ rows: 2, cols: 3, data: new Float64Array(6) }, 0, 1)).toThrow(InvalidMatrixError);
  });
});
