/**
 * Multilayer perceptron with softmax cross-entropy loss: forward pass, exact gradient by
 * back-propagation, per-sample gradients. Loss over a batch is the mean of
 * ℓ_s = −log softmax(z_L)[y_s]. Layer l computes z_l = W_l a_{l−1} + b_l, a_l = σ(z_l) (hidden
 * layers), a_0 = x. All loops run on typed arrays (B × width, row-major) without allocation per
 * entry; no autodiff library is available, so the derivatives are written out by hand.
 */
import { InvalidArgumentError } from '../errors';
import { makeRng } from '../math/rng';
import { Dataset } from './mnistData';
import { Activation, layerCount, MlpSpec, parameterBlocks, parameterCount, ParamBlock } from './mlpSpec';

/** A mini-batch has the same shape as a data set. */
export type Batch = Dataset;

/** Intermediate values of one forward + backward pass, reused by Hessian code. */
export interface MlpPass {
  readonly batchSize: number;
  /** Pre-activations z_l (B × w_l), index 1..L (index 0 unused). */
  readonly z: readonly Float64Array[];
  /** Activations: a[0] = inputs, a[l] = σ(z_l) for 0 < l < L, a[L] = softmax probabilities. */
  readonly a: readonly Float64Array[];
  /** σ'(z_l) and σ''(z_l) for hidden layers 1..L−1. */
  readonly d1: readonly Float64Array[];
  readonly d2: readonly Float64Array[];
  /** Per-sample δ_l = ∂ℓ_s/∂z_l (not divided by B), index 1..L. */
  readonly delta: readonly Float64Array[];
  /** Per-sample e_l = W_{l+1}ᵀ δ_{l+1} = ∂ℓ_s/∂a_l, index 1..L−1. */
  readonly e: readonly Float64Array[];
  /** Per-sample losses ℓ_s and the mean loss. */
  readonly sampleLoss: Float64Array;
  readonly loss: number;
}

/** Weight and bias blocks of each layer l = 1..L (index 0 unused). */
export function layerBlocks(spec: MlpSpec): { W: ParamBlock[]; b: ParamBlock[] } {
  const W: ParamBlock[] = [], b: ParamBlock[] = [];
  for (const blk of parameterBlocks(spec)) (blk.kind === 'weight' ? W : b)[blk.layer] = blk;
  return { W, b };
}

function activate(act: Activation, z: number): { a: number; d1: number; d2: number } {
  if (act === 'tanh') {
    const t = Math.tanh(z);
    const d1 = 1 - t * t;
    return { a: t, d1, d2: -2 * t * d1 };
  }
  return z > 0 ? { a: z, d1: 1, d2: 0 } : { a: 0, d1: 0, d2: 0 };
}

/** Check that params and batch fit the model. */
export function checkModelInputs(spec: MlpSpec, params: Float64Array, batch: Batch): void {
  const p = parameterCount(spec);
  if (params.length !== p) throw new InvalidArgumentError(`parameter vector has ${params.length} entries; model ${spec.widths.join('-')} needs ${p}`);
  if (batch.inputDim !== spec.widths[0]) throw new InvalidArgumentError(`batch has ${batch.inputDim} features; model input width is ${spec.widths[0]}`);
  if (batch.count < 1) throw new InvalidArgumentError('batch is empty; use a batch size >= 1');
}

/** Forward and backward pass over a batch (all intermediate values kept). */
export function runMlp(spec: MlpSpec, params: Float64Array, batch: Batch): MlpPass {
  checkModelInputs(spec, params, batch);
  const L = layerCount(spec);
  const B = batch.count;
  const w = spec.widths;
  const { W, b } = layerBlocks(spec);
  const z: Float64Array[] = [new Float64Array(0)];
  const a: Float64Array[] = [batch.inputs];
  const d1: Float64Array[] = [new Float64Array(0)];
  const d2: Float64Array[] = [new Float64Array(0)];
  for (let l = 1; l <= L; l++) {
    const nIn = w[l - 1], nOut = w[l];
    const zl = new Float64Array(B * nOut);
    const prev = a[l - 1];
    const wo = W[l].offset, bo = b[l].offset;
    for (let s = 0; s < B; s++) {
      const xo = s * nIn;
      for (let j = 0; j < nOut; j++) {
        let acc = params[bo + j];
        const ro = wo + j * nIn;
        for (let k = 0; k < nIn; k++) acc += params[ro + k] * prev[xo + k];
        zl[s * nOut + j] = acc;
      }
    }
    z.push(zl);
    if (l < L) {
      const al = new Float64Array(B * nOut), g1 = new Float64Array(B * nOut), g2 = new Float64Array(B * nOut);
      for (let t = 0; t < zl.length; t++) { const r = activate(spec.activation, zl[t]); al[t] = r.a; g1[t] = r.d1; g2[t] = r.d2; }
      a.push(al); d1.push(g1); d2.push(g2);
    }
  }
  // Softmax cross-entropy.
  const K = w[L];
  const zL = z[L];
  const p = new Float64Array(B * K);
  const sampleLoss = new Float64Array(B);
  let loss = 0;
  for (let s = 0; s < B; s++) {
    let mx = -Infinity;
    for (let j = 0; j < K; j++) mx = Math.max(mx, zL[s * K + j]);
    let sum = 0;
    for (let j = 0; j < K; j++) { const ex = Math.exp(zL[s * K + j] - mx); p[s * K + j] = ex; sum += ex; }
    for (let j = 0; j < K; j++) p[s * K + j] /= sum;
    const y = batch.labels[s];
    sampleLoss[s] = -(zL[s * K + y] - mx - Math.log(sum));
    loss += sampleLoss[s];
  }
  a.push(p);
  // Backward: δ_L = p − onehot(y); e_l = W_{l+1}ᵀ δ_{l+1}; δ_l = σ'(z_l) ⊙ e_l.
  const delta: Float64Array[] = new Array(L + 1).fill(new Float64Array(0));
  const e: Float64Array[] = new Array(L + 1).fill(new Float64Array(0));
  const dL = Float64Array.from(p);
  for (let s = 0; s < B; s++) dL[s * K + batch.labels[s]] -= 1;
  delta[L] = dL;
  for (let l = L - 1; l >= 1; l--) {
    const nOut = w[l + 1], nHid = w[l];
    const el = new Float64Array(B * nHid);
    const dNext = delta[l + 1];
    const wo = W[l + 1].offset;
    for (let s = 0; s < B; s++) {
      for (let j = 0; j < nOut; j++) {
        const dj = dNext[s * nOut + j];
        if (dj === 0) continue;
        const ro = wo + j * nHid;
        for (let k = 0; k < nHid; k++) el[s * nHid + k] += params[ro + k] * dj;
      }
    }
    const dl = new Float64Array(B * nHid);
    for (let t = 0; t < dl.length; t++) dl[t] = d1[l][t] * el[t];
    e[l] = el;
    delta[l] = dl;
  }
  return { batchSize: B, z, a, d1, d2, delta, e, sampleLoss, loss: loss / B };
}

/**
 * Accumulate Σ_s scale_s·(outer products) into a gradient-shaped vector: for each layer,
 * gW_l += Σ_s c_s δ_l[s] a_{l−1}[s]ᵀ and gb_l += Σ_s c_s δ_l[s]; `sample` restricts to one sample.
 */
function accumulateGradient(spec: MlpSpec, pass: MlpPass, out: Float64Array, scale: number, sample?: number): void {
  const L = layerCount(spec);
  const w = spec.widths;
  const { W, b } = layerBlocks(spec);
  const s0 = sample ?? 0, s1 = sample === undefined ? pass.batchSize : sample + 1;
  for (let l = 1; l <= L; l++) {
    const nIn = w[l - 1], nOut = w[l];
    const dl = pass.delta[l], prev = pass.a[l - 1];
    const wo = W[l].offset, bo = b[l].offset;
    for (let s = s0; s < s1; s++) {
      for (let j = 0; j < nOut; j++) {
        const dj = dl[s * nOut + j] * scale;
        if (dj === 0) continue;
        out[bo + j] += dj;
        const ro = wo + j * nIn, xo = s * nIn;
        for (let k = 0; k < nIn; k++) out[ro + k] += dj * prev[xo + k];
      }
    }
  }
}

/** Mean loss and its exact gradient over a batch. */
export function lossAndGradient(spec: MlpSpec, params: Float64Array, batch: Batch): { loss: number; gradient: Float64Array } {
  const pass = runMlp(spec, params, batch);
  const gradient = new Float64Array(params.length);
  accumulateGradient(spec, pass, gradient, 1 / pass.batchSize);
  return { loss: pass.loss, gradient };
}

/** Mean loss over a batch (forward pass only). */
export function lossOf(spec: MlpSpec, params: Float64Array, batch: Batch): number {
  return runMlp(spec, params, batch).loss;
}

/** Per-sample gradients ∇ℓ_s (B × P, row-major), for the empirical Fisher. */
export function perSampleGradients(spec: MlpSpec, params: Float64Array, batch: Batch): Float64Array {
  const pass = runMlp(spec, params, batch);
  const P = params.length;
  const out = new Float64Array(pass.batchSize * P);
  for (let s = 0; s < pass.batchSize; s++) accumulateGradient(spec, pass, out.subarray(s * P, (s + 1) * P), 1, s);
  return out;
}

/** Fraction of the batch classified correctly (argmax of the logits). */
export function accuracy(spec: MlpSpec, params: Float64Array, batch: Batch): number {
  const pass = runMlp(spec, params, batch);
  const K = spec.widths[spec.widths.length - 1];
  const p = pass.a[pass.a.length - 1];
  let correct = 0;
  for (let s = 0; s < pass.batchSize; s++) {
    let best = 0;
    for (let j = 1; j < K; j++) if (p[s * K + j] > p[s * K + best]) best = j;
    if (best === batch.labels[s]) correct++;
  }
  return correct / pass.batchSize;
}

/**
 * Seeded initial parameters: weights N(0, g²/fan_in) with g = 1 (tanh, LeCun/Xavier-style) or
 * g = √2 (relu, He et al. 2015); biases 0.
 */
export function initParams(spec: MlpSpec, seed: number): Float64Array {
  const rng = makeRng(seed);
  const params = new Float64Array(parameterCount(spec));
  const gain = spec.activation === 'relu' ? Math.SQRT2 : 1;
  for (const blk of parameterBlocks(spec)) {
    if (blk.kind !== 'weight') continue;
    const sd = gain / Math.sqrt(blk.cols);
    for (let i = 0; i < blk.size; i++) params[blk.offset + i] = sd * rng.normal();
  }
  return params;
}
