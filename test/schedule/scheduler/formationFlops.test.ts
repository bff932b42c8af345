/**
 * The FLOP model charges a weight block's formation the Kronecker kernel's counted work
 * (flopModel.ts): 2·Σ_s nz_s(nz_s+1)/2 · nnz(packed G_s) + N² + 6·P·B. Here the expected value is
 * recomputed by brute force on a tiny hand-made ReLU batch (forward pass, G_s and the counts written
 * out in the test), and compared with what scheduleBlock puts in the decision's account.
 */
import { Batch } from '../../../src/hessian/mlp';
import { blockByName, parameterCount, parseModelSpec } from '../../../src/hessian/mlpSpec';
import { resolveScheduleOptions, scheduleBlock } from '../../../src/schedule/scheduler';
import { makeFakePricer } from './fakePricer';

const MODEL = 'mlp:16-3-10:relu';
const spec = parseModelSpec(MODEL);
const [nIn, nHid, nOut] = [16, 3, 10];
const B = 3;

// Inputs with many zeros: sample 0 has 4 non-zero pixels, sample 1 one, sample 2 six.
const inputs = new Float64Array(B * nIn);
[[0, 0.5], [3, 1], [7, 0.25], [15, 0.75]].forEach(([k, v]) => { inputs[0 * nIn + k] = v; });
inputs[1 * nIn + 5] = 0.9;
[[1, 0.2], [2, 0.4], [6, 0.6], [9, 0.8], [12, 1], [14, 0.3]].forEach(([k, v]) => { inputs[2 * nIn + k] = v; });
const batch: Batch = { inputDim: nIn, count: B, inputs, labels: Uint8Array.from([3, 7, 1]) };

// Parameters: W1, b1, W2, b2 in storage order. Hidden unit 1 has bias −5 (inactive on every sample).
const params = new Float64Array(parameterCount(spec));
const w1 = blockByName(spec, 'W1'), b1 = blockByName(spec, 'b1'), w2 = blockByName(spec, 'W2'), b2 = blockByName(spec, 'b2');
for (let i = 0; i < w1.size; i++) params[w1.offset + i] = 0.3 * Math.sin(1.7 * i + 0.4);
params.set([0.1, -5, 0.2], b1.offset);
for (let i = 0; i < w2.size; i++) params[w2.offset + i] = 0.5 * Math.cos(0.9 * i + 0.2);
for (let i = 0; i < b2.size; i++) params[b2.offset + i] = 0.05 * i;

/** Brute force: per sample the layer inputs a0, a1 and the pre-activation Hessians G1, G2 (ReLU: σ'' = 0). */
function bruteForce(): { a0: number[][]; a1: number[][]; G1: number[][][]; G2: number[][][] } {
  const a0: number[][] = [], a1: number[][] = [], G1: number[][][] = [], G2: number[][][] = [];
  for (let s = 0; s < B; s++) {
    const x = Array.from(inputs.subarray(s * nIn, (s + 1) * nIn));
    const z1 = Array.from({ length: nHid }, (_, j) => params[b1.offset + j] + x.reduce((acc, v, k) => acc + params[w1.offset + j * nIn + k] * v, 0));
    const h = z1.map((v) => Math.max(0, v)), d = z1.map((v) => (v > 0 ? 1 : 0));
    const z2 = Array.from({ length: nOut }, (_, j) => params[b2.offset + j] + h.reduce((acc, v, k) => acc + params[w2.offset + j * nHid + k] * v, 0));
    const m = Math.max(...z2), ex = z2.map((v) => Math.exp(v - m)), sum = ex.reduce((a, b) => a + b, 0), p = ex.map((v) => v / sum);
    const g2 = p.map((pi, i) => p.map((pj, j) => (i === j ? pi : 0) - pi * pj));
    const g1 = d.map((di, j) => d.map((dk, k) => {
      let acc = 0;
      for (let i = 0; i < nOut; i++) for (let m2 = 0; m2 < nOut; m2++) acc += params[w2.offset + i * nHid + j] * g2[i][m2] * params[w2.offset + m2 * nHid + k];
      return di * dk * acc;
    }));
    a0.push(x); a1.push(h); G1.push(g1); G2.push(g2);
  }
  return { a0, a1, G1, G2 };
}

/** Σ_s nz_s(nz_s+1)/2 · nnz(upper triangle of G_s), counted entry by entry. */
function countedMultiplyAdds(a: number[][], G: number[][][]): number {
  let total = 0;
  for (let s = 0; s < a.length; s++) {
    const nz = a[s].filter((v) => v !== 0).length;
    let nnzG = 0;
    for (let j = 0; j < G[s].length; j++) for (let j2 = j; j2 < G[s].length; j2++) if (G[s][j][j2] !== 0) nnzG++;
    total += ((nz * (nz + 1)) / 2) * nnzG;
  }
  return total;
}

describe('formation flops of a block Hessian (flopModel.ts, charged in scheduleBlock)', () => {
  const o = resolveScheduleOptions({ model: MODEL, steps: 1, batchSize: B, c: 0.5, sparsity: 8, epsilon: 1e-2, seed: 0, readout: false, flopRate: 1e10 });
  const pricer = makeFakePricer(0, 1e10, 1, false);
  const P = parameterCount(spec);
  const bf = bruteForce();

  it.each<[string, number[][], number[][][]]>([
    ['W1', bf.a0, bf.G1],
    ['W2', bf.a1, bf.G2],
  ])('%s: 2·Σ_s nz_s(nz_s+1)/2·nnz(G_s) + N² + 6·P·B, below the dense 2·B·N²', (name, a, G) => {
    const n = blockByName(spec, name).size;
    const d = scheduleBlock(o, pricer, undefined, params, batch, 0, name).decision;
    const madds = countedMultiplyAdds(a, G);
    expect(madds).toBeGreaterThan(0);
    expect(d.account!.hessian.flops).toBe(2 * madds + n * n + 6 * P * B);
    expect(d.account!.hessian.flops - 6 * P * B).toBeLessThan(2 * B * n * n);
  });

  it('the hand-made batch has the zeros the count skips (inactive unit, zero pixels)', () => {
    expect(bf.a1.every((h) => h[1] === 0)).toBe(true);
    expect(bf.G1.every((g) => g[1].every((v) => v === 0))).toBe(true);
    expect(bf.a0.map((x) => x.filter((v) => v !== 0).length)).toEqual([4, 1, 6]);
  });

  it('bias blocks (a sum of the G_s, no kernel count) keep the dense 2·B·N² + 6·P·B', () => {
    for (const name of ['b1', 'b2']) {
      const n = blockByName(spec, name).size;
      expect(scheduleBlock(o, pricer, undefined, params, batch, 0, name).decision.account!.hessian.flops).toBe(2 * B * n * n + 6 * P * B);
    }
  });
});
