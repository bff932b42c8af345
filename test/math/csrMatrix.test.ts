import {
  csrAdd, csrDiagonal, csrFromDense, csrFromTriplets, csrGet, csrMatVec, csrMaxRowNnz, csrNnz, csrSymmetrize,
  csrSymmetryError, csrToDense, csrTranspose, isExactlySymmetricCsr,
} from '../../src/math/csrMatrix';
import { denseFromRows, denseMatVec, maxAbsDiffDense, transposeDense } from '../../src/math/denseMatrix';
import { InvalidMatrixError } from '../../src/errors';
import { makeRng } from '../../src/math/rng';

function randomSparseDense(n: number, density: number, seed: number) {
  const rng = makeRng(seed);
  return denseFromRows(Array.from({ length: n }, () => Array.from({ length: n }, () => (rng.next() < density ? rng.normal() : 0))));
}

describe('CSR matrices', () => {
  it.each([[1, 1], [5, 0.5], [40, 0.1], [80, 0.03]])('dense -> CSR -> dense is exact (n=%i, density %f)', (n, density) => {
    const a = randomSparseDense(n, density, n);
    const c = csrFromDense(a);
    expect(maxAbsDiffDense(csrToDense(c), a)).toBe(0);
    let nz = 0;
    for (const v of a.data) if (v !== 0) nz++;
    expect(csrNnz(c)).toBe(nz);
    for (let i = 0; i < n; i++) for (let k = c.rowPtr[i] + 1; k < c.rowPtr[i + 1]; k++) expect(c.colIdx[k]).toBeGreaterThan(c.colIdx[k - 1]);
  });

  it.each([[7, 0.4], [60, 0.1]])('matvec equals the dense product (n=%i)', (n, density) => {
    const a = randomSparseDense(n, density, 2 * n);
    const x = Float64Array.from({ length: n }, (_, i) => Math.sin(i + 1));
    const y1 = csrMatVec(csrFromDense(a), x), y2 = denseMatVec(a, x);
    for (let i = 0; i < n; i++) expect(y1[i]).toBeCloseTo(y2[i], 12);
  });

  it('triplets: duplicates are summed, zeros dropped, columns sorted', () => {
    const c = csrFromTriplets(3, [0, 0, 2, 1, 0, 2], [2, 0, 1, 1, 2, 1], [1, 5, 2, 0, 3, -2]);
    expect(csrToDense(c).data).toEqual(Float64Array.from([5, 0, 4, 0, 0, 0, 0, 0, 0]));
    expect(csrNnz(c)).toBe(2);
    expect(Array.from(c.colIdx)).toEqual([0, 2]);
  });

  it('triplets: a repeated entry is rejected when sumDuplicates is false', () => {
    expect(() => csrFromTriplets(2, [0, 0], [1, 1], [1, 2], { sumDuplicates: false })).toThrow(InvalidMatrixError);
  });

  it.each([[[3], [0], [1]], [[0], [-1], [1]], [[0.5], [0], [1]]])('triplets: bad index %p throws InvalidMatrixError', (I, J, V) => {
    expect(() => csrFromTriplets(3, I, J, V)).toThrow(InvalidMatrixError);
  });

  it('transpose, add, symmetrize and get agree with dense arithmetic', () => {
    const a = randomSparseDense(30, 0.2, 9);
    const c = csrFromDense(a);
    expect(maxAbsDiffDense(csrToDense(csrTranspose(c)), transposeDense(a))).toBe(0);
    const sum = csrToDense(csrAdd(c, csrTranspose(c), 2));
    const at = transposeDense(a);
    for (let k = 0; k < a.data.length; k++) expect(sum.data[k]).toBeCloseTo(a.data[k] + 2 * at.data[k], 14);
    const s = csrSymmetrize(c);
    expect(isExactlySymmetricCsr(s)).toBe(true);
    expect(csrSymmetryError(c)).toBeGreaterThan(0);
    for (let i = 0; i < 30; i++) for (let j = 0; j < 30; j++) expect(csrGet(c, i, j)).toBe(a.data[i * 30 + j]);
    expect(Array.from(csrDiagonal(c))).toEqual(Array.from({ length: 30 }, (_, i) => a.data[i * 31]));
  });

  it('max row nnz is the row sparsity d', () => {
    const c = csrFromTriplets(4, [0, 1, 1, 1, 3], [0, 0, 1, 3, 3], [1, 1, 1, 1, 1]);
    expect(csrMaxRowNnz(c)).toBe(3);
  });

  it('csrFromDense rejects a non-square matrix', () => {
    expect(() => csrFromDense(denseFromRows([[1, 2, 3], [4, 5, 6]]))).toThrow(InvalidMatrixError);
  });
});
