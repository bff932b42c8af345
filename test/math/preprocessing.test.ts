import fc from 'fast-check';
import { csrFromDense, csrFromTriplets, csrGet, csrToDense, isExactlySymmetricCsr, CsrMatrix } from '../../src/math/csrMatrix';
import { denseFromRows, zerosDense, DenseMatrix } from '../../src/math/denseMatrix';
import { regularize } from '../../src/math/regularize';
import { pruneSymmetric } from '../../src/math/prune';
import { sparsityProfile } from '../../src/math/sparsityProfile';
import { blockEncodingAlpha } from '../../src/math/blockEncodingAlpha';
import { symmetricEigenvalues } from '../../src/math/symmetricEigen';
import { InvalidArgumentError, InvalidMatrixError } from '../../src/errors';
import { makeRng } from '../../src/math/rng';
import { randomSymmetric } from './helpers';

/** Random symmetric matrix with some exact zeros and some tied magnitudes. */
function randomSymmetricWithTies(n: number, seed: number): DenseMatrix {
  const rng = makeRng(seed);
  const a = zerosDense(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const r = rng.next();
      const v = r < 0.2 ? 0 : r < 0.4 ? (rng.next() < 0.5 ? -1 : 1) : rng.normal();
      a.data[i * n + j] = v;
      a.data[j * n + i] = v;
    }
  }
  return a;
}

/** Straightforward reference implementation of the documented pruning rule, on plain arrays. */
function referencePrune(a: DenseMatrix, d: number): number[][] {
  const n = a.rows;
  const out = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const slots = new Array<number>(n).fill(d);
  for (let i = 0; i < n; i++) if (a.data[i * n + i] !== 0) { out[i][i] = a.data[i * n + i]; slots[i]--; }
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (a.data[i * n + j] !== 0) pairs.push([i, j]);
  pairs.sort((p, q) => Math.abs(a.data[q[0] * n + q[1]]) - Math.abs(a.data[p[0] * n + p[1]]) || p[0] - q[0] || p[1] - q[1]);
  for (const [i, j] of pairs) {
    if (slots[i] > 0 && slots[j] > 0) { slots[i]--; slots[j]--; out[i][j] = out[j][i] = a.data[i * n + j]; }
  }
  return out;
}

function rowNnz(m: CsrMatrix, i: number): number {
  return m.rowPtr[i + 1] - m.rowPtr[i];
}

describe('regularize', () => {
  it.each([[undefined, 0.05], [0.1, 0.1], [0, 0]])('adds c*max|H_ij| to the diagonal only (c=%p)', (c, cUsed) => {
    const h = denseFromRows([[1, -4, 0], [-4, 2, 1], [0, 1, -3]]);
    const r = regularize(h, c);
    expect(r.maxAbs).toBe(4);
    expect(r.shift).toBeCloseTo(cUsed * 4, 15);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) {
      expect(r.matrix.data[i * 3 + j]).toBeCloseTo(h.data[i * 3 + j] + (i === j ? cUsed * 4 : 0), 15);
    }
    const rc = regularize(csrFromDense(h), c);
    expect(csrToDense(rc.matrix).data).toEqual(r.matrix.data);
  });

  it('shifts every eigenvalue by exactly the shift', () => {
    const h = randomSymmetric(12, 3);
    const r = regularize(h, 0.05);
    const e0 = symmetricEigenvalues(h), e1 = symmetricEigenvalues(r.matrix);
    for (let i = 0; i < 12; i++) expect(e1[i] - e0[i]).toBeCloseTo(r.shift, 12);
  });

  it.each([[-1], [NaN], [Infinity]])('rejects c = %p', (c) => {
    expect(() => regularize(denseFromRows([[1]]), c)).toThrow(InvalidArgumentError);
  });

  it.each([
    ['NaN entry', denseFromRows([[1, NaN], [NaN, 1]])],
    ['empty', zerosDense(0)],
  ])('rejects a bad matrix (%s)', (_n, m) => {
    expect(() => regularize(m)).toThrow(InvalidMatrixError);
  });
});

describe('symmetric pruning to row sparsity d', () => {
  it.each([[6, 1, 1], [6, 2, 2], [10, 3, 3], [25, 4, 4], [25, 25, 5], [40, 7, 6]])(
    'n=%i, d=%i: exactly symmetric, diagonal kept, <= d per row, equal to the reference rule (seed %i)', (n, d, seed) => {
      const a = randomSymmetricWithTies(n, seed);
      const p = pruneSymmetric(a, d);
      expect(isExactlySymmetricCsr(p.matrix)).toBe(true);
      for (let i = 0; i < n; i++) {
        expect(csrGet(p.matrix, i, i)).toBe(a.data[i * n + i]);
        expect(rowNnz(p.matrix, i)).toBeLessThanOrEqual(d);
      }
      const ref = referencePrune(a, d);
      expect(Array.from(csrToDense(p.matrix).data)).toEqual(ref.flat());
    });

  it('property: symmetric, diagonal kept, at most d per row, kept entries are input entries', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 14 }), (n, seed, dRaw) => {
      const d = Math.min(dRaw, n);
      const a = randomSymmetricWithTies(n, seed);
      const p = pruneSymmetric(csrFromDense(a), d);
      if (!isExactlySymmetricCsr(p.matrix)) return false;
      for (let i = 0; i < n; i++) {
        if (csrGet(p.matrix, i, i) !== a.data[i * n + i]) return false;
        if (rowNnz(p.matrix, i) > d) return false;
        for (let k = p.matrix.rowPtr[i]; k < p.matrix.rowPtr[i + 1]; k++) if (p.matrix.values[k] !== a.data[i * n + p.matrix.colIdx[k]]) return false;
      }
      return true;
    }), { numRuns: 200, seed: 42 });
  });

  it('keeps the largest entries: a tridiagonal-dominant matrix pruned to d=3 keeps its tridiagonal part', () => {
    // Rows 0 and n-1 have one neighbour, so their spare slot goes to the small pair {0, n-1}.
    const n = 8;
    const rows = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 10 : Math.abs(i - j) === 1 ? 5 : 0.01)));
    const p = pruneSymmetric(denseFromRows(rows), 3);
    const kept = (i: number, j: number): boolean => Math.abs(i - j) <= 1 || (Math.min(i, j) === 0 && Math.max(i, j) === n - 1);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(csrGet(p.matrix, i, j)).toBe(kept(i, j) ? rows[i][j] : 0);
    expect(p.keptAbsMassFraction).toBeLessThan(1);
    expect(p.relativeFrobeniusError).toBeGreaterThan(0);
  });

  it('d = n keeps everything', () => {
    const a = randomSymmetric(9, 1);
    const p = pruneSymmetric(a, 9);
    expect(csrToDense(p.matrix).data).toEqual(a.data);
    expect(p.keptAbsMassFraction).toBe(1);
    expect(p.relativeFrobeniusError).toBe(0);
  });

  it.each([[0], [-1], [5], [1.5]])('rejects d = %p for a 4x4 matrix with InvalidArgumentError', (d) => {
    expect(() => pruneSymmetric(randomSymmetric(4, 1), d)).toThrow(InvalidArgumentError);
  });

  it.each([
    ['asymmetric', denseFromRows([[1, 2], [3, 1]])],
    ['non-square', denseFromRows([[1, 2, 3], [2, 1, 3]])],
    ['NaN', denseFromRows([[1, NaN], [NaN, 1]])],
    ['Infinity', denseFromRows([[Infinity]])],
    ['empty', zerosDense(0)],
  ])('rejects a bad matrix (%s) with InvalidMatrixError', (_name, a) => {
    expect(() => pruneSymmetric(a, 1)).toThrow(InvalidMatrixError);
  });
});

describe('sparsity profile', () => {
  it('counts the entries that carry 50/90/99% of each row', () => {
    // row 0: |.| = 6,3,1 (total 10): 50% -> 1, 90% -> 2, 99% -> 3; row 1: single entry; row 2: zero row.
    const a = csrFromTriplets(3, [0, 0, 0, 1], [0, 1, 2, 1], [6, -3, 1, 2]);
    const p = sparsityProfile(a);
    expect(Array.from(p.perRow.p50)).toEqual([1, 1, 0]);
    expect(Array.from(p.perRow.p90)).toEqual([2, 1, 0]);
    expect(Array.from(p.perRow.p99)).toEqual([3, 1, 0]);
    expect(p.p99.max).toBe(3);
    expect(p.p50.mean).toBeCloseTo(2 / 3, 15);
    expect(p.p90.median).toBe(1);
  });

  it('matches a brute-force count on a random matrix', () => {
    const a = randomSymmetric(30, 8);
    const p = sparsityProfile(a);
    for (let i = 0; i < 30; i++) {
      const mags = Array.from(a.data.subarray(i * 30, i * 30 + 30), Math.abs).sort((x, y) => y - x);
      const total = mags.reduce((s, v) => s + v, 0);
      for (const [level, counts] of [[0.5, p.perRow.p50], [0.9, p.perRow.p90], [0.99, p.perRow.p99]] as const) {
        // smallest k whose top-k sum reaches the level
        let k = 0, acc = 0;
        while (acc < level * total) acc += mags[k++];
        expect(counts[i]).toBe(k);
      }
    }
  });
});

describe('block-encoding alpha', () => {
  it('is d*max|A|/||A||_2 for a known matrix', () => {
    // [[2,1],[1,2]]: d=2, max=2, ||A||=3 -> alpha = 4/3.
    const al = blockEncodingAlpha(csrFromDense(denseFromRows([[2, 1], [1, 2]])));
    expect(al.d).toBe(2);
    expect(al.spectralNorm).toBeCloseTo(3, 12);
    expect(al.alpha).toBeCloseTo(4 / 3, 12);
    expect(al.scale).toBeCloseTo(1 / 3, 12);
  });

  it.each([[5, 2], [20, 3], [40, 4]])('lies in [1, d] for a random symmetric pruned matrix (n=%i)', (n, seed) => {
    const p = pruneSymmetric(randomSymmetric(n, seed), 4);
    const al = blockEncodingAlpha(p.matrix);
    expect(al.alpha).toBeGreaterThanOrEqual(1 - 1e-12);
    expect(al.alpha).toBeLessThanOrEqual(al.d + 1e-12);
  });

  it('rejects the zero matrix', () => {
    const z: CsrMatrix = { n: 2, rowPtr: new Int32Array(3), colIdx: new Int32Array(0), values: new Float64Array(0) };
    expect(() => blockEncodingAlpha(z)).toThrow(InvalidMatrixError);
  });
});
