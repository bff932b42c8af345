import { estimateLogical } from '../../../src/analysis/resourceCounts/logicalCounter';
import { makeSparseBlockEncodingShape } from '../../../src/ops/blockEncoding/sparse';
import { makeQft } from '../../../src/ops/hhl/qft';
import { makeQubitizedHhlOp, walkReciprocalAngles } from '../../../src/ops/hhl/qubitizedHhl';
import { makeWalkReflection } from '../../../src/ops/hhl/walkReflection';
import { invertOp } from '../../../src/ops/inverse';
import { makeUcry } from '../../../src/ops/stateprep/ucry';

describe('HHL by qubitization is counted at large N from the block-encoding calls (no circuit built)', () => {
  it.each([
    // log2 N, sparsity, bits, clock bits
    [10, 4, 16, 8],
    [20, 8, 20, 12],
    [30, 16, 24, 14],
  ])('N = 2^%d, d = %d, %d bits, %d clock bits: T = 2[(2^c−1)(T_U + T_U† + 2T_R) + T_QFT] + T_rot', (logN, d, bits, c) => {
    const be = makeSparseBlockEncodingShape({ matrixDim: 2 ** logN, sparsity: d, bits });
    const op = makeQubitizedHhlOp(be, c, 0.01 * be.alpha);
    const total = estimateLogical(op).tCount;
    const tU = estimateLogical(be.op).tCount, tUdg = estimateLogical(invertOp(be.op)).tCount;
    const tR = estimateLogical(makeWalkReflection(be.numAncillas)).tCount;
    const tQft = estimateLogical(makeQft(c, true)).tCount + estimateLogical(makeQft(c)).tCount;
    const tRot = estimateLogical(makeUcry(walkReciprocalAngles(c, be.alpha, 0.01 * be.alpha))).tCount;
    const lc = estimateLogical(op);
    console.log(`walk-HHL counts N=2^${logN}: ${op.numQubits} qubits, T ${total.toExponential(4)}, counts ${JSON.stringify(lc).slice(0, 300)}, queries ${4 * (2 ** c - 1)}`);
    expect(total).toBe(2 * (2 ** c - 1) * (tU + tUdg + 2 * tR) + tQft + tRot);
    expect(tU).toBeGreaterThan(0);
  });
});
