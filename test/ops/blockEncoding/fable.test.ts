import { InvalidMatrixError } from '../../../src/errors';
import { makeRng } from '../../../src/math/rng';
import { unaryIterationCounts } from '../../../src/ops/arith';
import { makeFableBlockEncoding, standardGateTotals } from '../../../src/ops/blockEncoding';
import { unitaryOfOp } from '../../../src/ops';
import { topLeftBlock } from './sparseSim';
import { blockError, maxAbs, randomSparseSymmetric, regularizedPrunedSpd } from './matrices';

const FP = 1e-12;

function randomDense(N: number, seed: number) {
  const rng = makeRng(seed);
  return { n: N, data: Float64Array.from({ length: N * N }, () => rng.normal()) };
}

describe('FABLE block encoding', () => {
  it.each([
    ['random symmetric N=4', randomSparseSymmetric(4, 2, 21), 0],
    ['random non-symmetric N=8', randomDense(8, 22), 0],
    ['random symmetric N=16', randomSparseSymmetric(16, 4, 23), 0],
    ['Hessian-like N=8', regularizedPrunedSpd(8, 24), 0],
    ['Hessian-like N=16', regularizedPrunedSpd(16, 25, 0.05, 0.2), 0],
    ['Hessian-like N=8, threshold 0.01', regularizedPrunedSpd(8, 26), 0.01],
    ['random N=16, threshold 0.02', randomSparseSymmetric(16, 4, 27), 0.02],
    ['Hessian-like N=16, threshold 0.05', regularizedPrunedSpd(16, 28, 0.05, 0.2), 0.05],
  ])('%s: top-left block = A/α within errorBound', (_n, a, thr) => {
    const be = makeFableBlockEncoding(a, { thresholdRad: thr });
    expect(be.alpha).toBeCloseTo(a.n * maxAbs(a.data), 12);
    expect(be.op.numQubits).toBe(2 * be.numDataQubits + 1);
    const blk = topLeftBlock(be.op, be.numDataQubits);
    const err = blockError(a, be.alpha, blk.re);
    expect(maxAbs(blk.im)).toBeLessThan(FP);
    if (thr === 0) expect(be.errorBound).toBeLessThan(FP);
    expect(err).toBeLessThanOrEqual(be.errorBound + FP);
  });

  it('compression trades rotations for a bounded error (monotone in the threshold)', () => {
    const a = regularizedPrunedSpd(16, 30, 0.05, 0.2);
    let lastRot = Infinity, lastBound = -1;
    for (const thr of [0, 0.001, 0.01, 0.05, 0.2]) {
      const be = makeFableBlockEncoding(a, { thresholdRad: thr });
      const rot = standardGateTotals(be.op).get('ry') ?? 0;
      expect(rot).toBeLessThanOrEqual(lastRot);
      expect(be.errorBound).toBeGreaterThanOrEqual(lastBound);
      lastRot = rot; lastBound = be.errorBound;
    }
    expect(lastRot).toBeLessThan(256);
  });

  it('N=4 agrees with the reference dense unitary (second simulator)', () => {
    const a = randomDense(4, 31);
    const be = makeFableBlockEncoding(a);
    const u = unitaryOfOp(be.op);
    const dim = u.dim;
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) expect(Math.abs(u.re[i * dim + j] - a.data[i * 4 + j] / be.alpha)).toBeLessThan(FP);
  });

  it('rejects NaN and non-power-of-two sizes', () => {
    expect(() => makeFableBlockEncoding({ n: 2, data: Float64Array.from([1, NaN, 0, 1]) })).toThrow(InvalidMatrixError);
    expect(() => makeFableBlockEncoding({ n: 3, data: new Float64Array(9).fill(1) })).toThrow(/padToPowerOfTwo/);
  });

  it('uses no Toffolis (unary iteration is not involved)', () => {
    expect(standardGateTotals(makeFableBlockEncoding(randomDense(4, 32)).op).get('ccx')).toBeUndefined();
    expect(unaryIterationCounts(0, 1).ccx).toBe(0);
  });
});
