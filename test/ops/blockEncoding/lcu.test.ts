import { InvalidMatrixError } from '../../../src/errors';
import { makeLcuBlockEncoding, pauliDecomposition } from '../../../src/ops/blockEncoding';
import { gateMatrices, unitaryOfOp } from '../../../src/ops';
import { kronC, CMatrix } from '../../../src/math/complexMatrix';
import { topLeftBlock } from './sparseSim';
import { blockError, maxAbs, randomSparseSymmetric, regularizedPrunedSpd } from './matrices';

const FP = 1e-12;
const PAULI: Record<string, CMatrix> = { I: gateMatrices.I2, X: gateMatrices.X2, Y: gateMatrices.Y2, Z: gateMatrices.Z2 };

describe('Pauli decomposition', () => {
  it.each([[2, 41], [4, 42], [8, 43]])('N = %i: Σ c_P P (built with Kronecker products) reproduces A', (N, seed) => {
    const a = randomSparseSymmetric(N, 3, seed);
    const terms = pauliDecomposition(a);
    const sum = new Float64Array(N * N), sumIm = new Float64Array(N * N);
    for (const t of terms) {
      // qubit 0 is the least significant: P = σ_{n−1} ⊗ … ⊗ σ_0
      let m = PAULI[t.pauli[0]];
      for (let q = 1; q < t.pauli.length; q++) m = kronC(PAULI[t.pauli[q]], m);
      for (let i = 0; i < N * N; i++) { sum[i] += t.coefficient * m.re[i]; sumIm[i] += t.coefficient * m.im[i]; }
    }
    for (let i = 0; i < N * N; i++) expect(Math.abs(sum[i] - a.data[i]) + Math.abs(sumIm[i])).toBeLessThan(FP);
  });

  it('rejects a non-symmetric matrix', () => {
    expect(() => pauliDecomposition({ n: 2, data: Float64Array.from([0, 1, -1, 0]) })).toThrow(InvalidMatrixError);
  });
});

describe('Pauli LCU block encoding', () => {
  it.each([
    ['random N=4', randomSparseSymmetric(4, 2, 51)],
    ['random N=8', randomSparseSymmetric(8, 2, 52)],
    ['random N=16', randomSparseSymmetric(16, 2, 53)],
    ['Hessian-like N=8', regularizedPrunedSpd(8, 54)],
    ['Hessian-like N=16', regularizedPrunedSpd(16, 55, 0.05, 0.3)],
  ])('%s: top-left block = A/α with α = Σ|c_P|; select ancillas return clean', (_n, a) => {
    const be = makeLcuBlockEncoding(a);
    const lambda = be.terms.reduce((s, t) => s + Math.abs(t.coefficient), 0);
    expect(be.alpha).toBe(lambda);
    expect(be.alpha).toBeGreaterThanOrEqual(maxAbs(a.data) - FP);
    const n = be.numDataQubits, s = be.op.numQubits - n;
    const blk = topLeftBlock(be.op, n, Array.from({ length: s }, (_, i) => n + i));
    expect(maxAbs(blk.im)).toBeLessThan(FP);
    expect(blockError(a, be.alpha, blk.re)).toBeLessThan(1e-11);
    expect(be.errorBound).toBeLessThan(FP);
  });

  it('N=2 agrees with the reference dense unitary', () => {
    const a = { n: 2, data: Float64Array.from([0.5, -1, -1, 0.25]) };
    const be = makeLcuBlockEncoding(a);
    const u = unitaryOfOp(be.op);
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) expect(Math.abs(u.re[i * u.dim + j] - a.data[i * 2 + j] / be.alpha)).toBeLessThan(FP);
  });

  it('dropping small terms is accounted in errorBound', () => {
    const a = regularizedPrunedSpd(8, 56);
    const cs = pauliDecomposition(a).map((t) => Math.abs(t.coefficient)).sort((x, y) => x - y);
    const cut = cs[Math.floor(cs.length / 2)];
    const be = makeLcuBlockEncoding(a, { dropBelow: cut });
    expect(be.terms.length).toBeLessThan(cs.length);
    expect(be.errorBound).toBeGreaterThan(0);
    const blk = topLeftBlock(be.op, be.numDataQubits);
    expect(blockError(a, be.alpha, blk.re)).toBeLessThanOrEqual(be.errorBound + FP);
  });

  it('rejects non-symmetric input and points to hermitianDilation', () => {
    expect(() => makeLcuBlockEncoding({ n: 2, data: Float64Array.from([1, 2, 3, 4]) })).toThrow(/hermitianDilation/);
  });
});
