import { BlockTooLargeError } from '../../src/errors';
import { formKroneckerWeightBlock, kroneckerMultiplyAdds, mirrorKroneckerWeightBlock } from '../../src/hessian/kroneckerWeightBlock';
import { layerHessianBlocks, preActivationHessians } from '../../src/hessian/layerHessian';
import { assertDenseBlockFits, denseBlockBudgetBytes, denseBlockBytes, MATRIX_FREE_OPTION } from '../../src/hessian/memoryBudget';
import { initParams, runMlp } from '../../src/hessian/mlp';
import { blockByName, parseModelSpec } from '../../src/hessian/mlpSpec';
import { loadMnist } from '../../src/hessian/mnistData';
import { sampleBatch, trainSgd } from '../../src/hessian/train';
import { makeRng } from '../../src/math/rng';
import { referenceWeightBlock } from './referenceWeightBlock';

const data16 = loadMnist({ count: 300, seed: 11, inputDim: 16 });
const data49 = loadMnist({ count: 300, seed: 12, inputDim: 49 });

function setup(model: string, data: typeof data16, batchSize: number, seed: number) {
  const spec = parseModelSpec(model);
  const params = trainSgd(spec, data, { steps: 20, batchSize: 16, learningRate: 0.3, seed }).params;
  const batch = sampleBatch(data, batchSize, makeRng(seed + 100));
  return { spec, params, batch };
}

function relDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0, m = 0;
  for (let i = 0; i < a.length; i++) { d = Math.max(d, Math.abs(a[i] - b[i])); m = Math.max(m, Math.abs(b[i])); }
  return m === 0 ? d : d / m;
}

describe('Kronecker-panel weight block (kroneckerWeightBlock.ts)', () => {
  it.each<[string, 'd16' | 'd49', number, number]>([
    ['mlp:16-5-10:tanh', 'd16', 12, 1],
    ['mlp:16-4-3-10:relu', 'd16', 9, 2],
    ['mlp:49-8-10:tanh', 'd49', 40, 3],
    ['mlp:49-6-5-10:tanh', 'd49', 33, 4],
  ])('%s: every weight block equals the previous per-sample kernel to 1e-10 relative and is exactly symmetric', (model, d, bs, seed) => {
    const { spec, params, batch } = setup(model, d === 'd16' ? data16 : data49, bs, seed);
    const pass = runMlp(spec, params, batch);
    const G = preActivationHessians(spec, params, pass, 1);
    for (const blk of layerHessianBlocks(spec, params, batch).filter((b) => b.name.startsWith('W'))) {
      const pb = blockByName(spec, blk.name);
      const ref = referenceWeightBlock(pb.rows, pb.cols, G[pb.layer], pass.a[pb.layer - 1], batch.count);
      expect(relDiff(blk.matrix.data, ref.data)).toBeLessThan(1e-10);
      const n = blk.size, h = blk.matrix.data;
      let asym = 0;
      for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) asym = Math.max(asym, Math.abs(h[i * n + j] - h[j * n + i]));
      expect(asym).toBe(0);
    }
  });

  it('input indices that are zero in every sample give exactly zero rows, and are skipped', () => {
    const { spec, params, batch } = setup('mlp:49-4-10:relu', data49, 8, 5);
    const pass = runMlp(spec, params, batch);
    const G = preActivationHessians(spec, params, pass, 1);
    const nIn = 49, nOut = 4, N = nIn * nOut;
    const zeroInputs: number[] = [];
    for (let k = 0; k < nIn; k++) {
      let any = false;
      for (let s = 0; s < batch.count; s++) if (batch.inputs[s * nIn + k] !== 0) any = true;
      if (!any) zeroInputs.push(k);
    }
    expect(zeroInputs.length).toBeGreaterThan(0); // border pixels of 7x7 pooled digits
    const out = new Float64Array(N * N);
    const stats = formKroneckerWeightBlock({ G: G[1], inputs: batch.inputs, batchSize: batch.count, nOut, nIn }, out);
    expect(stats.activeInputCount).toBe(nIn - zeroInputs.length);
    expect(stats.multiplyAddCount).toBeGreaterThan(0);
    expect(stats.multiplyAddCount).toBeLessThanOrEqual(kroneckerMultiplyAdds(batch.inputs, batch.count, nIn, nOut));
    let zeroRows = 0, nonZeroEntries = 0;
    for (let r = 0; r < N; r++) {
      let zero = true;
      for (let c = 0; c < N; c++) if (out[r * N + c] !== 0) { zero = false; nonZeroEntries++; }
      if (zeroInputs.includes(r % nIn)) expect(zero).toBe(true);
      if (zero) zeroRows++;
    }
    expect(zeroRows).toBeGreaterThanOrEqual(nOut * zeroInputs.length);
    expect(nonZeroEntries).toBeGreaterThan(0);
  });

  it('float32 storage holds the float64 block rounded to single precision', () => {
    const { spec, params, batch } = setup('mlp:16-5-10:tanh', data16, 12, 6);
    const pass = runMlp(spec, params, batch);
    const G = preActivationHessians(spec, params, pass, 1);
    const input = { G: G[1], inputs: batch.inputs, batchSize: batch.count, nOut: 5, nIn: 16 };
    const a64 = new Float64Array(80 * 80), a32 = new Float32Array(80 * 80);
    formKroneckerWeightBlock(input, a64);
    formKroneckerWeightBlock(input, a32);
    for (let i = 0; i < a64.length; i++) expect(a32[i]).toBe(Math.fround(a64[i]));
  });

  it('reports progress monotonically up to 1', () => {
    const { spec, params, batch } = setup('mlp:16-5-10:tanh', data16, 12, 7);
    const seen: number[] = [];
    layerHessianBlocks(spec, params, batch, ['W1'], { onProgress: (name, f) => { expect(name).toBe('W1'); seen.push(f); } });
    expect(seen.length).toBeGreaterThan(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
    expect(seen[seen.length - 1]).toBe(1);
  });

  it('panels formed in parts (k mod stride) into one block, then mirrored, equal the whole formation bitwise', () => {
    const { spec, params, batch } = setup('mlp:49-4-10:relu', data49, 8, 9);
    const pass = runMlp(spec, params, batch);
    const G = preActivationHessians(spec, params, pass, 1);
    const input = { G: G[1], inputs: batch.inputs, batchSize: batch.count, nOut: 4, nIn: 49 };
    const N = 4 * 49;
    const whole = new Float64Array(N * N), parts = new Float64Array(N * N);
    formKroneckerWeightBlock(input, whole);
    const stats = [0, 1, 2].map((offset) => formKroneckerWeightBlock(input, parts, { panels: { offset, stride: 3 } }));
    expect(parts).not.toEqual(whole); // before the mirror the lower part is missing
    mirrorKroneckerWeightBlock(parts, batch.inputs, batch.count, 4, 49);
    expect(parts).toEqual(whole);
    expect(stats.every((x) => x.multiplyAddCount === stats[0].multiplyAddCount)).toBe(true); // each part reports the whole block's count
    expect(() => formKroneckerWeightBlock(input, parts, { panels: { offset: 3, stride: 3 } })).toThrow(/offset in \[0, stride\)/);
  });

  it('rejects wrongly sized storage', () => {
    expect(() => formKroneckerWeightBlock({ G: new Float64Array(4), inputs: new Float64Array(3), batchSize: 1, nOut: 2, nIn: 3 }, new Float64Array(5))).toThrow(/36/);
  });
});

describe('memory budget of dense blocks (memoryBudget.ts)', () => {
  it('the default budget is a third of the memory limit (8 GiB of 24 GiB)', () => {
    expect(denseBlockBudgetBytes(24 * 1024 ** 3)).toBe(8 * 1024 ** 3);
    expect(denseBlockBytes(12544)).toBe(8 * 12544 * 12544);
  });

  it('refuses a block over the budget before forming anything, naming the matrix-free option', () => {
    const spec = parseModelSpec('mlp:784-54-54-10:relu');
    const data = loadMnist({ count: 4, seed: 0 });
    const params = initParams(spec, 0);
    // 42336² doubles = 14.3 GB, over a 1 GiB budget; must throw at once (no 14 GB allocation).
    let err: unknown;
    try { layerHessianBlocks(spec, params, data, ['W1'], { memoryBudgetBytes: 1024 ** 3 }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(BlockTooLargeError);
    expect((err as BlockTooLargeError).code).toBe('BLOCK_TOO_LARGE');
    expect((err as Error).message).toContain(MATRIX_FREE_OPTION);
    expect((err as Error).message).toMatch(/block W1 has 42336 parameters/);
    // The small blocks of the same model still fit.
    expect(layerHessianBlocks(spec, params, data, ['b3'], { memoryBudgetBytes: 1024 ** 3 })[0].size).toBe(10);
  });

  it('refuses blocks that fit alone but not together', () => {
    const spec = parseModelSpec('mlp:16-5-10:tanh'); // W1 80, W2 50: 51200 + 20000 bytes
    const data = loadMnist({ count: 4, seed: 0, inputDim: 16 });
    const params = initParams(spec, 0);
    expect(() => layerHessianBlocks(spec, params, data, ['W1', 'W2'], { memoryBudgetBytes: 60000 })).toThrow(/W1, W2 formed together/);
    expect(layerHessianBlocks(spec, params, data, ['W1'], { memoryBudgetBytes: 60000 })[0].size).toBe(80);
  });

  it.each([[100, 8e4, false], [100, 7.9e4, true]])('n = %d, budget %d bytes: throws = %s', (n, budget, throws) => {
    if (throws) expect(() => assertDenseBlockFits('W', n, budget)).toThrow(BlockTooLargeError);
    else expect(() => assertDenseBlockFits('W', n, budget)).not.toThrow();
  });
});
