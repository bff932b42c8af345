import { parseModelSpec, parameterBlocks, parameterCount } from '../../src/hessian/mlpSpec';
import { loadMnist } from '../../src/hessian/mnistData';
import { lossAndGradient, perSampleGradients } from '../../src/hessian/mlp';
import { fullHessian, blockOfFullHessian } from '../../src/hessian/fullHessian';
import { layerHessianBlocks } from '../../src/hessian/layerHessian';
import { hessianVectorProduct, makeBlockHvpOperator, makeHvpOperator } from '../../src/hessian/hvp';
import { empiricalFisher, fisherOperator } from '../../src/hessian/fisher';
import { sampleBatch, trainSgd } from '../../src/hessian/train';
import { maxAbsDiffDense, DenseMatrix } from '../../src/math/denseMatrix';
import { symmetricEigenvalues } from '../../src/math/symmetricEigen';
import { InvalidArgumentError, InvalidVectorError } from '../../src/errors';
import { makeRng } from '../../src/math/rng';

const data = loadMnist({ count: 300, seed: 11, inputDim: 16 });

function trained(s: string, seed: number) {
  const spec = parseModelSpec(s);
  const tr = trainSgd(spec, data, { steps: 30, batchSize: 16, learningRate: 0.3, seed });
  const batch = sampleBatch(data, 10, makeRng(seed + 100));
  return { spec, params: tr.params, batch };
}

function maxAsymmetry(h: DenseMatrix): number {
  let m = 0;
  for (let i = 0; i < h.rows; i++) for (let j = 0; j < i; j++) m = Math.max(m, Math.abs(h.data[i * h.rows + j] - h.data[j * h.rows + i]));
  return m;
}

const MODELS: [string, number][] = [['mlp:16-5-10:tanh', 1], ['mlp:16-4-3-10:tanh', 2], ['mlp:16-6-10:relu', 3], ['mlp:16-10:tanh', 4]];

describe('exact Hessian of the mean loss', () => {
  it.each(MODELS)('%s: full Hessian equals central differences of the exact gradient', (s, seed) => {
    const { spec, params, batch } = trained(s, seed);
    const P = parameterCount(spec);
    const H = fullHessian(spec, params, batch);
    const h = 1e-5;
    let maxErr = 0, maxH = 0;
    for (let j = 0; j < P; j++) {
      const p = Float64Array.from(params); p[j] += h;
      const m = Float64Array.from(params); m[j] -= h;
      const gp = lossAndGradient(spec, p, batch).gradient, gm = lossAndGradient(spec, m, batch).gradient;
      for (let i = 0; i < P; i++) {
        maxErr = Math.max(maxErr, Math.abs((gp[i] - gm[i]) / (2 * h) - H.data[i * P + j]));
        maxH = Math.max(maxH, Math.abs(H.data[i * P + j]));
      }
    }
    // Central differences have O(h^2) truncation and O(eps/h) rounding error: ~1e-10 here.
    expect(maxErr).toBeLessThan(1e-7 * Math.max(1, maxH));
    expect(maxAsymmetry(H)).toBe(0);
  });

  it.each(MODELS)('%s: the raw Hessian-vector products are symmetric before symmetrisation (e_i.H e_j = e_j.H e_i)', (s, seed) => {
    const { spec, params, batch } = trained(s, seed);
    const P = parameterCount(spec);
    const op = makeHvpOperator(spec, params, batch);
    const cols: Float64Array[] = [];
    const e = new Float64Array(P);
    for (let j = 0; j < P; j++) { e[j] = 1; const c = new Float64Array(P); op.apply(e, c); cols.push(c); e[j] = 0; }
    let asym = 0, mx = 0;
    for (let i = 0; i < P; i++) for (let j = 0; j < P; j++) { asym = Math.max(asym, Math.abs(cols[j][i] - cols[i][j])); mx = Math.max(mx, Math.abs(cols[j][i])); }
    expect(asym).toBeLessThan(1e-13 * mx);
  });

  it.each(MODELS)('%s: H.v from the R-operator equals the full Hessian times a random v', (s, seed) => {
    const { spec, params, batch } = trained(s, seed);
    const P = parameterCount(spec);
    const H = fullHessian(spec, params, batch);
    const rng = makeRng(seed);
    const v = Float64Array.from({ length: P }, () => rng.normal());
    const hv = hessianVectorProduct(spec, params, batch, v);
    for (let i = 0; i < P; i++) {
      let s2 = 0;
      for (let j = 0; j < P; j++) s2 += H.data[i * P + j] * v[j];
      expect(hv[i]).toBeCloseTo(s2, 10);
    }
  });

  it.each(MODELS)('%s: layer-wise blocks equal the diagonal blocks of the full Hessian and are exactly symmetric', (s, seed) => {
    const { spec, params, batch } = trained(s, seed);
    const H = fullHessian(spec, params, batch);
    const blocks = layerHessianBlocks(spec, params, batch);
    expect(blocks.map((b) => b.name)).toEqual(parameterBlocks(spec).map((b) => b.name));
    for (const b of blocks) {
      expect(maxAbsDiffDense(b.matrix, blockOfFullHessian(spec, H, b.name))).toBeLessThan(1e-14);
      expect(maxAsymmetry(b.matrix)).toBe(0);
    }
  });

  it('the matrix-free block operator equals the formed layer block times v', () => {
    const { spec, params, batch } = trained('mlp:16-4-3-10:tanh', 6);
    for (const b of layerHessianBlocks(spec, params, batch)) {
      const op = makeBlockHvpOperator(spec, params, batch, b.name);
      expect(op.n).toBe(b.size);
      const v = Float64Array.from({ length: b.size }, (_, i) => Math.sin(3 * i + 1));
      const y = new Float64Array(b.size);
      op.apply(v, y);
      for (let i = 0; i < b.size; i++) {
        let want = 0;
        for (let j = 0; j < b.size; j++) want += b.matrix.data[i * b.size + j] * v[j];
        expect(y[i]).toBeCloseTo(want, 12);
      }
    }
  });

  it('the output-layer bias block is PSD (softmax cross-entropy is convex in the logits)', () => {
    const { spec, params, batch } = trained('mlp:16-5-10:tanh', 5);
    const [b2] = layerHessianBlocks(spec, params, batch, ['b2']);
    expect(symmetricEigenvalues(b2.matrix)[0]).toBeGreaterThan(-1e-14);
  });

  it('the ReLU first-layer block is PSD (sigma\'\' = 0, so it equals its Gauss-Newton block)', () => {
    // For tanh the sigma'' term is non-zero; the finite-difference tests above would fail without it.
    // With sigma'' = 0 the W1 block is the Gauss-Newton block: PSD.
    const relu = trained('mlp:16-6-10:relu', 3);
    const [w1r] = layerHessianBlocks(relu.spec, relu.params, relu.batch, ['W1']);
    expect(symmetricEigenvalues(w1r.matrix)[0]).toBeGreaterThan(-1e-12);
  });

  it.each([['W9'], ['x']])('rejects the unknown block %s', (name) => {
    const { spec, params, batch } = trained('mlp:16-5-10:tanh', 1);
    expect(() => layerHessianBlocks(spec, params, batch, [name])).toThrow(InvalidArgumentError);
  });

  it('rejects a direction of the wrong length', () => {
    const { spec, params, batch } = trained('mlp:16-5-10:tanh', 1);
    expect(() => hessianVectorProduct(spec, params, batch, new Float64Array(3))).toThrow(InvalidVectorError);
  });
});

describe('empirical Fisher', () => {
  it.each([['mlp:16-5-10:tanh', 1], ['mlp:16-6-10:relu', 2]])('%s: equals (1/B) sum of per-sample gradient outer products, block by block, and is PSD', (s, seed) => {
    const { spec, params, batch } = trained(s, seed);
    const P = parameterCount(spec);
    // Independent construction: gradients of one-sample batches.
    const grads: Float64Array[] = [];
    for (let b = 0; b < batch.count; b++) {
      const one = { inputDim: batch.inputDim, count: 1, inputs: batch.inputs.slice(b * 16, (b + 1) * 16), labels: batch.labels.slice(b, b + 1) };
      grads.push(lossAndGradient(spec, params, one).gradient);
    }
    const F = empiricalFisher(spec, params, batch);
    for (let i = 0; i < P; i += 3) for (let j = 0; j < P; j += 5) {
      let want = 0;
      for (const g of grads) want += g[i] * g[j];
      expect(F.data[i * P + j]).toBeCloseTo(want / batch.count, 13);
    }
    expect(maxAsymmetry(F)).toBe(0);
    expect(symmetricEigenvalues(F)[0]).toBeGreaterThan(-1e-13);
    for (const blk of parameterBlocks(spec)) {
      expect(maxAbsDiffDense(empiricalFisher(spec, params, batch, blk.name), blockOfFullHessian(spec, F, blk.name))).toBeLessThan(1e-15);
    }
    const v = Float64Array.from({ length: P }, (_, i) => Math.cos(i));
    const fv = new Float64Array(P);
    fisherOperator(spec, params, batch).apply(v, fv);
    for (let i = 0; i < P; i++) {
      let want = 0;
      for (let j = 0; j < P; j++) want += F.data[i * P + j] * v[j];
      expect(fv[i]).toBeCloseTo(want, 12);
    }
    expect(perSampleGradients(spec, params, batch).length).toBe(batch.count * P);
  });
});
