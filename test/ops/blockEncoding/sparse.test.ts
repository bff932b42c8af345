import { InvalidMatrixError } from '../../../src/errors';
import { decomposeOp } from '../../../src/ir';
import {
  ShapeOnlyDecomposeError,
} from '../../../src/ops/arith';
import {
  makeSparseBlockEncoding, makeSparseBlockEncodingShape, padToPowerOfTwo, hermitianDilation, sparseBlockEncodingCalls,
  standardGateTotals, denseFromCsr,
} from '../../../src/ops/blockEncoding';
import { entryCode, entryValueOfCode } from '../../../src/ops/oracles';
import { topLeftBlock } from './sparseSim';
import { blockError, maxAbs, randomSparseSymmetric, regularizedPrunedSpd } from './matrices';
import type { DenseMatrixLike } from '../../../src/ops/oracles';

const FP = 1e-12;

function check(a: DenseMatrixLike, bits: number) {
  const be = makeSparseBlockEncoding(a, { bits });
  const n = be.numDataQubits;
  const scratch = Array.from({ length: be.op.numQubits - (2 * n + 1 + be.data.numSlotQubits) + n }, (_, i) => n + 1 + be.data.numSlotQubits + i);
  const blk = topLeftBlock(be.op, n, scratch);
  return { be, blk, err: blockError(a, be.alpha, blk.re) };
}

describe('sparse-access block encoding (GSLW Lemma 48)', () => {
  it.each([
    ['random N=4', randomSparseSymmetric(4, 1, 1), 6],
    ['random N=8', randomSparseSymmetric(8, 2, 2), 8],
    ['random N=8, b=4', randomSparseSymmetric(8, 2, 3), 4],
    ['random N=16', randomSparseSymmetric(16, 3, 4), 8],
    ['random N=16, b=12', randomSparseSymmetric(16, 2, 5), 12],
    ['Hessian-like N=8', regularizedPrunedSpd(8, 6), 8],
    ['Hessian-like N=16', regularizedPrunedSpd(16, 7, 0.05, 0.2), 10],
  ])('%s: top-left block = A/α within errorBound; scratch returns clean', (_n, a, bits) => {
    const { be, blk, err } = check(a, bits);
    expect(be.alpha).toBeCloseTo(be.data.slotCount * maxAbs(a.data), 12);
    expect(err).toBeLessThanOrEqual(be.errorBound + FP);
    expect(be.errorBound).toBeLessThanOrEqual(Math.PI / 2 ** bits + FP);
    expect(maxAbs(blk.im)).toBeLessThan(FP);
    expect(blk.scratchLeak).toBeLessThan(FP);
    // Exactly the b-bit-rounded matrix / d (independent recomputation from A).
    const N = a.n, d = be.data.slotCount, mx = maxAbs(a.data);
    let dev = 0;
    for (let i = 0; i < N * N; i++) {
      const xq = a.data[i] === 0 ? 0 : entryValueOfCode(entryCode(a.data[i] / mx, bits), bits);
      dev = Math.max(dev, Math.abs(blk.re[i] - xq / d));
    }
    expect(dev).toBeLessThan(FP);
  });

  it('a tridiagonal matrix uses d = 4 slots (3 colours) and α = 4·max|A|', () => {
    const N = 8, data = new Float64Array(N * N);
    for (let i = 0; i < N; i++) { data[i * N + i] = 2; if (i + 1 < N) { data[i * N + i + 1] = -1; data[(i + 1) * N + i] = -1; } }
    const be = makeSparseBlockEncoding({ n: N, data }, { bits: 6 });
    expect([be.data.slots.colorCount, be.data.slotCount, be.alpha]).toEqual([3, 4, 8]);
  });

  it('rejects non-symmetric input (pointing to hermitianDilation) and encodes the explicit dilation', () => {
    const A = { n: 2, data: Float64Array.from([1, 2, 0, 1]) };
    expect(() => makeSparseBlockEncoding(A)).toThrow(InvalidMatrixError);
    expect(() => makeSparseBlockEncoding(A)).toThrow(/hermitianDilation/);
    const D = denseFromCsr(hermitianDilation(A));
    const { be, err } = check(D, 8);
    expect(err).toBeLessThanOrEqual(be.errorBound + FP);
  });

  it('rejects N = 6 (pointing to padToPowerOfTwo) and encodes the padded matrix', () => {
    const a6 = { n: 6, data: new Float64Array(36).map((_, k) => (Math.floor(k / 6) === k % 6 ? 2 : (Math.abs(Math.floor(k / 6) - (k % 6)) === 1 ? -1 : 0))) };
    expect(() => makeSparseBlockEncoding(a6)).toThrow(/padToPowerOfTwo/);
    const padded = denseFromCsr(padToPowerOfTwo(a6));
    const { be, err } = check(padded, 8);
    expect(padded.n).toBe(8);
    expect(err).toBeLessThanOrEqual(be.errorBound + FP);
  });
});

describe('shape-only sparse block encoding (counting without a matrix)', () => {
  it.each([[4, 2, 4], [8, 4, 6], [16, 4, 8]])('N = %i, d = %i, b = %i: same ccx/cry/h/swap totals as a matrix with that shape; cx is an upper bound', (N, d, bits) => {
    // A diagonal matrix (one colour) with the slot count forced to d.
    const a = { n: N, data: new Float64Array(N * N).map((_, k) => (k % (N + 1) === 0 ? 1 + (k % 3) : 0)) };
    const full = makeSparseBlockEncoding(a, { bits, minSlots: d });
    expect(full.data.slotCount).toBe(d);
    const shape = makeSparseBlockEncodingShape({ matrixDim: N, sparsity: d, bits });
    const tf = standardGateTotals(full.op), ts = standardGateTotals(shape.op);
    for (const g of ['ccx', 'cry', 'h', 'swap', 'x']) expect([g, ts.get(g)]).toEqual([g, tf.get(g)]);
    expect(ts.get('cx')!).toBeGreaterThanOrEqual(tf.get('cx')!);
    expect(shape.op.numQubits).toBe(full.op.numQubits);
    expect(() => decomposeOp(shape.op)).toThrow(ShapeOnlyDecomposeError);
  });

  it('a real N = 65,536 tridiagonal matrix: built and counted in seconds, totals match the shape-only op', () => {
    const N = 65536;
    const rowPtr = new Int32Array(N + 1), colIdx: number[] = [], values: number[] = [];
    for (let i = 0; i < N; i++) {
      if (i > 0) { colIdx.push(i - 1); values.push(-1); }
      colIdx.push(i); values.push(2 + (i % 7) / 10);
      if (i + 1 < N) { colIdx.push(i + 1); values.push(-1); }
      rowPtr[i + 1] = colIdx.length;
    }
    const be = makeSparseBlockEncoding({ n: N, rowPtr, colIdx: Int32Array.from(colIdx), values: Float64Array.from(values) }, { bits: 10 });
    const tf = standardGateTotals(be.op);
    const ts = standardGateTotals(makeSparseBlockEncodingShape({ matrixDim: N, sparsity: 4, bits: 10 }).op);
    expect(be.data.slotCount).toBe(4);
    for (const g of ['ccx', 'cry', 'h', 'swap', 'x']) expect([g, tf.get(g)]).toEqual([g, ts.get(g)]);
    expect(tf.get('ccx')).toBe(4 * (2 * N * 4 - 4));
  });

  it.each([[65536, 8, 12], [1e9, 16, 14]])('N = %d, d = %i, b = %i: counted from shape (time in bench/estimate.ts); 4 QROMs of 2·N·d − 4 Toffolis', (N, d, bits) => {
    const c = sparseBlockEncodingCalls(N, d, bits);
    const Np = 2 ** Math.ceil(Math.log2(N));
    expect(c.toffoliCount).toBe(4 * (2 * Np * d - 4));
    expect(c.rotationCount).toBe(bits);
    expect(c.numQubits).toBe(2 * Math.log2(Np) + Math.log2(d) + 1 + bits + Math.log2(Np) + Math.log2(d) - 1);
  });
});
