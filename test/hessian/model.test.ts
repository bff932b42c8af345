import { blockByName, formatModelSpec, parameterBlocks, parameterCount, parseModelSpec } from '../../src/hessian/mlpSpec';
import { loadMnist, mnistSize } from '../../src/hessian/mnistData';
import { accuracy, initParams, lossAndGradient, lossOf, perSampleGradients } from '../../src/hessian/mlp';
import { sampleBatch, trainSgd } from '../../src/hessian/train';
import { applyNewtonStep, getBlockParams, setBlockParams } from '../../src/hessian/params';
import { InvalidArgumentError, InvalidVectorError, UnknownNameError } from '../../src/errors';
import { makeRng } from '../../src/math/rng';

describe('model specs', () => {
  it.each([
    ['mlp:784-16-10:tanh', [784, 16, 10], 'tanh', 784 * 16 + 16 + 160 + 10],
    ['mlp:196-8-10:relu', [196, 8, 10], 'relu', 196 * 8 + 8 + 80 + 10],
    ['MLP:16-4-3-10', [16, 4, 3, 10], 'tanh', 64 + 4 + 12 + 3 + 30 + 10],
    ['mlp:49-10', [49, 10], 'tanh', 500],
  ])('%s parses to widths %p, %s, P=%i', (spec, widths, act, P) => {
    const s = parseModelSpec(spec);
    expect(s.widths).toEqual(widths);
    expect(s.activation).toBe(act);
    expect(parameterCount(s)).toBe(P);
    expect(parseModelSpec(formatModelSpec(s))).toEqual(s);
  });

  it.each([
    ['cnn:784-10', UnknownNameError],
    ['mlp:784-16-10:sigmoid', UnknownNameError],
    ['mlp:100-10', InvalidArgumentError],
    ['mlp:784-16-9', InvalidArgumentError],
    ['mlp:784-0-10', InvalidArgumentError],
    ['mlp:784-x-10', InvalidArgumentError],
    ['mlp', InvalidArgumentError],
  ])('%s is rejected with %p', (spec, cls) => {
    expect(() => parseModelSpec(spec)).toThrow(cls);
  });

  it('lays out W1, b1, W2, b2 contiguously', () => {
    const blocks = parameterBlocks(parseModelSpec('mlp:16-4-10'));
    expect(blocks.map((b) => [b.name, b.offset, b.size, b.rows, b.cols])).toEqual([
      ['W1', 0, 64, 4, 16], ['b1', 64, 4, 4, 1], ['W2', 68, 40, 10, 4], ['b2', 108, 10, 10, 1],
    ]);
    expect(() => blockByName(parseModelSpec('mlp:16-4-10'), 'W3')).toThrow(UnknownNameError);
  });
});

describe('MNIST from the mnist package', () => {
  it('ships 10,000 digits and slices deterministically by seed', () => {
    expect(mnistSize()).toBe(10000);
    const a = loadMnist({ count: 50, seed: 3 }), b = loadMnist({ count: 50, seed: 3 }), c = loadMnist({ count: 50, seed: 4 });
    expect(a.inputs).toEqual(b.inputs);
    expect(a.labels).toEqual(b.labels);
    expect(a.labels).not.toEqual(c.labels);
    const all = loadMnist({ seed: 1, inputDim: 16 });
    const counts = new Array(10).fill(0);
    for (const l of all.labels) counts[l]++;
    expect(counts.every((k) => k > 800)).toBe(true);
    expect(Math.min(...a.inputs)).toBe(0);
    expect(Math.max(...a.inputs)).toBeLessThanOrEqual(1);
  });

  it.each([[196, 2], [49, 4], [16, 7]])('pooled to %i inputs = average over %ix%i blocks of the 784-pixel image', (dim, pool) => {
    const full = loadMnist({ count: 5, seed: 9 });
    const small = loadMnist({ count: 5, seed: 9, inputDim: dim });
    expect(small.labels).toEqual(full.labels);
    const side = 28 / pool;
    for (let s = 0; s < 5; s++) {
      for (let r = 0; r < side; r++) for (let c = 0; c < side; c++) {
        let acc = 0;
        for (let dr = 0; dr < pool; dr++) for (let dc = 0; dc < pool; dc++) acc += full.inputs[s * 784 + (r * pool + dr) * 28 + c * pool + dc];
        expect(small.inputs[s * dim + r * side + c]).toBeCloseTo(acc / (pool * pool), 12);
      }
    }
  });

  it('offset gives a disjoint slice', () => {
    const a = loadMnist({ count: 10, seed: 2 }), b = loadMnist({ count: 10, offset: 5, seed: 2 });
    expect(Array.from(b.labels.subarray(0, 5))).toEqual(Array.from(a.labels.subarray(5)));
  });

  it.each([[{ inputDim: 100 }], [{ count: 0 }], [{ count: 10001 }], [{ offset: 9999, count: 2 }]])('rejects %p', (opts) => {
    expect(() => loadMnist(opts)).toThrow(InvalidArgumentError);
  });
});

describe('MLP loss and gradient', () => {
  const data = loadMnist({ count: 64, seed: 1, inputDim: 16 });
  it.each([['mlp:16-5-10:tanh'], ['mlp:16-6-4-10:relu'], ['mlp:16-10:tanh']])('%s: gradient matches central finite differences of the loss', (s) => {
    const spec = parseModelSpec(s);
    const params = initParams(spec, 2);
    const batch = sampleBatch(data, 12, makeRng(1));
    const { loss, gradient } = lossAndGradient(spec, params, batch);
    expect(loss).toBeCloseTo(lossOf(spec, params, batch), 14);
    const h = 1e-6;
    for (let i = 0; i < params.length; i++) {
      const p = Float64Array.from(params); p[i] += h;
      const m = Float64Array.from(params); m[i] -= h;
      const fd = (lossOf(spec, p, batch) - lossOf(spec, m, batch)) / (2 * h);
      expect(Math.abs(fd - gradient[i])).toBeLessThan(1e-8);
    }
  });

  it('per-sample gradients average to the batch gradient', () => {
    const spec = parseModelSpec('mlp:16-5-10:tanh');
    const params = initParams(spec, 3);
    const batch = sampleBatch(data, 9, makeRng(2));
    const G = perSampleGradients(spec, params, batch);
    const { gradient } = lossAndGradient(spec, params, batch);
    const P = params.length;
    for (let i = 0; i < P; i++) {
      let s = 0;
      for (let b = 0; b < 9; b++) s += G[b * P + i];
      expect(s / 9).toBeCloseTo(gradient[i], 14);
    }
  });

  it('rejects parameters or batches of the wrong size', () => {
    const spec = parseModelSpec('mlp:16-5-10:tanh');
    expect(() => lossAndGradient(spec, new Float64Array(3), data)).toThrow(InvalidArgumentError);
    expect(() => lossAndGradient(parseModelSpec('mlp:49-10'), initParams(parseModelSpec('mlp:49-10'), 1), data)).toThrow(InvalidArgumentError);
  });
});

describe('training', () => {
  const spec = parseModelSpec('mlp:49-16-10:tanh');
  const data = loadMnist({ count: 1000, seed: 5, inputDim: 49 });
  const test = loadMnist({ count: 500, offset: 1000, seed: 5, inputDim: 49 });

  it('is deterministic for a seed and learns (loss falls, accuracy well above chance)', () => {
    const a = trainSgd(spec, data, { steps: 300, batchSize: 32, learningRate: 0.5, seed: 7 });
    const b = trainSgd(spec, data, { steps: 300, batchSize: 32, learningRate: 0.5, seed: 7 });
    expect(a.params).toEqual(b.params);
    expect(a.lossHistory).toEqual(b.lossHistory);
    const first = a.lossHistory.slice(0, 20).reduce((s, v) => s + v, 0) / 20;
    const last = a.lossHistory.slice(280).reduce((s, v) => s + v, 0) / 20;
    expect(last).toBeLessThan(0.6 * first);
    expect(accuracy(spec, a.params, test)).toBeGreaterThan(0.6);
  });

  it.each([[{ steps: -1, batchSize: 8 }], [{ steps: 1, batchSize: 0 }], [{ steps: 1, batchSize: 8, learningRate: 0 }]])('rejects bad options %p', (opts) => {
    expect(() => trainSgd(spec, data, opts)).toThrow(InvalidArgumentError);
  });
});

describe('per-block parameter access', () => {
  const spec = parseModelSpec('mlp:16-4-10');
  const params = initParams(spec, 1);
  it('get/set/applyNewtonStep touch only the named block and return new vectors', () => {
    const w2 = getBlockParams(spec, params, 'W2');
    expect(Array.from(w2)).toEqual(Array.from(params.subarray(68, 108)));
    const set = setBlockParams(spec, params, 'b1', [1, 2, 3, 4]);
    expect(Array.from(set.subarray(64, 68))).toEqual([1, 2, 3, 4]);
    expect(Array.from(set.subarray(0, 64))).toEqual(Array.from(params.subarray(0, 64)));
    expect(params[64]).toBe(0);
    const dir = Float64Array.from({ length: 10 }, (_, i) => i);
    const stepped = applyNewtonStep(spec, params, 'b2', dir, 0.5);
    for (let i = 0; i < 10; i++) expect(stepped[108 + i]).toBe(params[108 + i] - 0.5 * i);
    expect(Array.from(stepped.subarray(0, 108))).toEqual(Array.from(params.subarray(0, 108)));
  });

  it.each([
    ['wrong length', () => setBlockParams(spec, params, 'b1', [1])],
    ['non-finite direction', () => applyNewtonStep(spec, params, 'b1', [1, NaN, 0, 0])],
  ])('%s -> InvalidVectorError', (_n, fn) => {
    expect(fn).toThrow(InvalidVectorError);
  });
});
