/**
 * Exact Hessian-vector products of the mean MLP loss without forming the Hessian: Pearlmutter's
 * R-operator (B. A. Pearlmutter, "Fast exact multiplication by the Hessian", Neural Computation 6,
 * 1994), i.e. forward-mode differentiation of back-propagation along direction v = (V_l, c_l):
 *   R(z_l) = V_l a_{l−1} + W_l R(a_{l−1}) + c_l,  R(a_l) = σ'(z_l) ⊙ R(z_l),  R(a_0) = 0;
 *   R(δ_L) = p ⊙ (R(z_L) − pᵀR(z_L))                         (softmax cross-entropy);
 *   R(δ_l) = σ''(z_l) ⊙ R(z_l) ⊙ e_l + σ'(z_l) ⊙ (V_{l+1}ᵀ δ_{l+1} + W_{l+1}ᵀ R(δ_{l+1}));
 *   (Hv)_{W_l} = (1/B) Σ_s R(δ_l) a_{l−1}ᵀ + δ_l R(a_{l−1})ᵀ,  (Hv)_{b_l} = (1/B) Σ_s R(δ_l).
 * Cost per product ≈ 3 forward passes; memory O(B·Σ widths). The σ'' term is the non-Gauss-Newton
 * part (zero for ReLU almost everywhere).
 */
import { InvalidVectorError } from '../errors';
import { Batch, layerBlocks, MlpPass, runMlp } from './mlp';
import { LinearOperator } from '../math/linearOperator';
import { blockByName, layerCount, MlpSpec } from './mlpSpec';

/** A reusable Hessian-vector product at fixed parameters and batch (the forward pass is cached). */
export interface HvpOperator {
  /** Number of parameters P. */
  readonly n: number;
  /** The mean loss at these parameters. */
  readonly loss: number;
  /** out = H·v (out must not alias v). */
  apply(v: Float64Array, out: Float64Array): void;
}

/** Build the exact Hessian-vector product operator of the mean loss at `params` on `batch`. */
export function makeHvpOperator(spec: MlpSpec, params: Float64Array, batch: Batch, pass: MlpPass = runMlp(spec, params, batch)): HvpOperator {
  const L = layerCount(spec);
  const B = pass.batchSize;
  const w = spec.widths;
  const { W, b } = layerBlocks(spec);
  const P = params.length;
  // Work buffers, allocated once.
  const Rz: Float64Array[] = [new Float64Array(0)];
  const Ra: Float64Array[] = [new Float64Array(B * w[0])];
  const Rd: Float64Array[] = [new Float64Array(0)];
  for (let l = 1; l <= L; l++) {
    Rz.push(new Float64Array(B * w[l]));
    Ra.push(new Float64Array(B * w[l]));
    Rd.push(new Float64Array(B * w[l]));
  }
  const tmp = new Float64Array(B * Math.max(...w));
  const apply = (v: Float64Array, out: Float64Array): void => {
    if (v.length !== P || out.length !== P) throw new InvalidVectorError(`Hessian-vector product needs vectors of length ${P}`);
    // Which layers carry a non-zero direction; layers below the first one have R(a) = 0.
    const active: boolean[] = [false];
    let first = L + 1;
    for (let l = 1; l <= L; l++) {
      let nz = false;
      for (const blk of [W[l], b[l]]) {
        for (let i = blk.offset; i < blk.offset + blk.size && !nz; i++) if (v[i] !== 0) nz = true;
      }
      active.push(nz);
      if (nz && first > L) first = l;
    }
    out.fill(0);
    if (first > L) return;
    const inv = 1 / B;
    // R-forward.
    for (let l = first; l <= L; l++) {
      const nIn = w[l - 1], nOut = w[l];
      const rz = Rz[l], prev = pass.a[l - 1], rprev = Ra[l - 1];
      const wo = W[l].offset, bo = b[l].offset;
      const useR = l > first;
      for (let s = 0; s < B; s++) {
        const xo = s * nIn;
        for (let j = 0; j < nOut; j++) {
          let acc = 0;
          const ro = wo + j * nIn;
          if (active[l]) {
            acc = v[bo + j];
            for (let k = 0; k < nIn; k++) acc += v[ro + k] * prev[xo + k];
          }
          if (useR) for (let k = 0; k < nIn; k++) acc += params[ro + k] * rprev[xo + k];
          rz[s * nOut + j] = acc;
        }
      }
      if (l < L) { const ra = Ra[l], g1 = pass.d1[l]; for (let t = 0; t < ra.length; t++) ra[t] = g1[t] * rz[t]; }
    }
    // R(δ_L) for softmax cross-entropy.
    const K = w[L], p = pass.a[L], rzL = Rz[L], rdL = Rd[L];
    for (let s = 0; s < B; s++) {
      let pr = 0;
      for (let j = 0; j < K; j++) pr += p[s * K + j] * rzL[s * K + j];
      for (let j = 0; j < K; j++) rdL[s * K + j] = p[s * K + j] * (rzL[s * K + j] - pr);
    }
    // R-backward, writing (Hv) for each layer on the way down.
    for (let l = L; l >= 1; l--) {
      const nIn = w[l - 1], nOut = w[l];
      const rd = Rd[l], dl = pass.delta[l], prev = pass.a[l - 1], rprev = Ra[l - 1];
      const wo = W[l].offset, bo = b[l].offset;
      const useR = l > first;
      for (let s = 0; s < B; s++) {
        const xo = s * nIn;
        for (let j = 0; j < nOut; j++) {
          const r = rd[s * nOut + j] * inv;
          const d = dl[s * nOut + j] * inv;
          out[bo + j] += r;
          const ro = wo + j * nIn;
          if (r !== 0) for (let k = 0; k < nIn; k++) out[ro + k] += r * prev[xo + k];
          if (useR && d !== 0) for (let k = 0; k < nIn; k++) out[ro + k] += d * rprev[xo + k];
        }
      }
      if (l === 1) break;
      // R(δ_{l−1}) = σ''⊙R(z)⊙e + σ'⊙(V_lᵀ δ_l + W_lᵀ R(δ_l)).
      const rdPrev = Rd[l - 1];
      const t = tmp.subarray(0, B * nIn);
      t.fill(0);
      for (let s = 0; s < B; s++) {
        const xo = s * nIn;
        for (let j = 0; j < nOut; j++) {
          const r = rd[s * nOut + j], d = dl[s * nOut + j];
          const ro = wo + j * nIn;
          if (r !== 0) for (let k = 0; k < nIn; k++) t[xo + k] += params[ro + k] * r;
          if (active[l] && d !== 0) for (let k = 0; k < nIn; k++) t[xo + k] += v[ro + k] * d;
        }
      }
      const g1 = pass.d1[l - 1], g2 = pass.d2[l - 1], el = pass.e[l - 1];
      const rzPrev = Rz[l - 1];
      const haveRz = l - 1 >= first;
      for (let q = 0; q < t.length; q++) rdPrev[q] = g1[q] * t[q] + (haveRz ? g2[q] * rzPrev[q] * el[q] : 0);
    }
  };
  return { n: P, loss: pass.loss, apply };
}

/** H·v of the mean loss at `params` on `batch` (one-off; use makeHvpOperator for many products). */
export function hessianVectorProduct(spec: MlpSpec, params: Float64Array, batch: Batch, v: Float64Array): Float64Array {
  const out = new Float64Array(params.length);
  makeHvpOperator(spec, params, batch).apply(v, out);
  return out;
}

/**
 * The diagonal Hessian block of one parameter block ("W1", "b2", ...) as a matrix-free operator
 * v ↦ H_bb·v (cross terms dropped, as in the layer-wise Hessian), for blocks too large to form:
 * feed it to Lanczos or power iteration from src/math. Costs one full Hessian-vector product.
 */
export function makeBlockHvpOperator(spec: MlpSpec, params: Float64Array, batch: Batch, blockName: string): LinearOperator {
  const blk = blockByName(spec, blockName);
  const full = makeHvpOperator(spec, params, batch);
  const v = new Float64Array(full.n);
  const out = new Float64Array(full.n);
  return {
    n: blk.size,
    apply: (x, y) => {
      v.fill(0);
      v.set(x, blk.offset);
      full.apply(v, out);
      y.set(out.subarray(blk.offset, blk.offset + blk.size));
    },
  };
}
