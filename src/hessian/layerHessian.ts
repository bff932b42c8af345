/**
 * Layer-wise exact Hessian blocks: one block per weight matrix and per bias, cross terms dropped.
 * Uses the per-sample pre-activation Hessians G_l = ∂²ℓ_s/∂z_l², back-propagated exactly
 * (Botev, Ritter & Barber, "Practical Gauss-Newton optimisation for deep learning", ICML 2017, §2,
 * recursion with the non-Gauss-Newton term kept):
 *   G_L = diag(p) − p pᵀ,   G_l = D_l W_{l+1}ᵀ G_{l+1} W_{l+1} D_l + diag(σ''(z_l) ⊙ e_l),
 * with D_l = diag(σ'(z_l)) and e_l = W_{l+1}ᵀ δ_{l+1}. Because z_l is linear in W_l and b_l,
 *   ∂²L/∂W_l² = (1/B) Σ_s G_l(s) ⊗ a_{l−1}(s) a_{l−1}(s)ᵀ  (index (j,k) = j·cols + k),
 *   ∂²L/∂b_l² = (1/B) Σ_s G_l(s).
 * This costs O(B·(w_l² + nnz(a)²·w_l²)) per block instead of one Hessian-vector product per
 * parameter, and exploits the zero pixels of MNIST inputs. G_L is exactly symmetric as written;
 * the recursion's G_l are symmetrised per sample, which makes every block exactly symmetric.
 */
import { InvalidArgumentError } from '../errors';
import { DenseMatrix } from '../math/denseMatrix';
import { Batch, layerBlocks, MlpPass, runMlp } from './mlp';
import { layerCount, MlpSpec, ParamBlock, parameterBlocks } from './mlpSpec';

/** One diagonal block of the Hessian, for the parameters [offset, offset+size) of block `name`. */
export interface HessianBlock {
  readonly name: string;
  readonly offset: number;
  readonly size: number;
  readonly matrix: DenseMatrix;
}

/** Largest block size formed densely (size² doubles; 20000² = 3.2 GB). */
export const MAX_BLOCK_SIZE = 20000;

/**
 * Per-sample pre-activation Hessians G_l(s) (B × w_l × w_l, row-major per sample) for layers
 * lowest..L; entries for layers below `lowest` are empty arrays.
 */
export function preActivationHessians(spec: MlpSpec, params: Float64Array, pass: MlpPass, lowest = 1): Float64Array[] {
  const L = layerCount(spec);
  const B = pass.batchSize;
  const w = spec.widths;
  const { W } = layerBlocks(spec);
  const G: Float64Array[] = new Array(L + 1).fill(new Float64Array(0));
  const K = w[L], p = pass.a[L];
  const gL = new Float64Array(B * K * K);
  for (let s = 0; s < B; s++) {
    const o = s * K * K;
    for (let i = 0; i < K; i++) {
      const pi = p[s * K + i];
      for (let j = 0; j < K; j++) gL[o + i * K + j] = (i === j ? pi : 0) - pi * p[s * K + j];
    }
  }
  G[L] = gL;
  for (let l = L - 1; l >= lowest; l--) {
    const nH = w[l], nO = w[l + 1];
    const wo = W[l + 1].offset;
    const gNext = G[l + 1];
    const gl = new Float64Array(B * nH * nH);
    const T = new Float64Array(nO * nH);
    for (let s = 0; s < B; s++) {
      const on = s * nO * nO;
      // T = G_{l+1} W_{l+1}  (nO × nH)
      T.fill(0);
      for (let i = 0; i < nO; i++) {
        for (let m = 0; m < nO; m++) {
          const g = gNext[on + i * nO + m];
          if (g === 0) continue;
          const ro = wo + m * nH;
          for (let k = 0; k < nH; k++) T[i * nH + k] += g * params[ro + k];
        }
      }
      // G_l = D Wᵀ T D + diag(σ'' e)
      const oh = s * nH * nH;
      for (let i = 0; i < nO; i++) {
        const ro = wo + i * nH;
        for (let j = 0; j < nH; j++) {
          const wij = params[ro + j];
          if (wij === 0) continue;
          for (let k = 0; k < nH; k++) gl[oh + j * nH + k] += wij * T[i * nH + k];
        }
      }
      for (let j = 0; j < nH; j++) {
        const dj = pass.d1[l][s * nH + j];
        for (let k = 0; k < nH; k++) gl[oh + j * nH + k] *= dj * pass.d1[l][s * nH + k];
        gl[oh + j * nH + j] += pass.d2[l][s * nH + j] * pass.e[l][s * nH + j];
      }
      // Make G_l(s) bitwise symmetric (it is symmetric up to rounding).
      for (let j = 0; j < nH; j++) {
        for (let k = j + 1; k < nH; k++) {
          const v = 0.5 * (gl[oh + j * nH + k] + gl[oh + k * nH + j]);
          gl[oh + j * nH + k] = v;
          gl[oh + k * nH + j] = v;
        }
      }
    }
    G[l] = gl;
  }
  return G;
}

function symmetrizeInPlace(data: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = 0.5 * (data[i * n + j] + data[j * n + i]);
      data[i * n + j] = v;
      data[j * n + i] = v;
    }
  }
}

function weightBlock(blk: ParamBlock, G: Float64Array, prev: Float64Array, B: number): DenseMatrix {
  const nOut = blk.rows, nIn = blk.cols, N = blk.size;
  const data = new Float64Array(N * N);
  const inv = 1 / B;
  // Per sample: the non-zero inputs (MNIST pixels are mostly 0) and their outer products.
  // a_k·a_k' is bitwise symmetric and G(s) is exactly symmetric, so entries (r, c) and (c, r)
  // receive identical terms in identical order: the block is exactly symmetric with no extra pass.
  const nzStart = new Int32Array(B + 1);
  const pos = new Int32Array(B * nIn).fill(-1);
  for (let s = 0; s < B; s++) {
    let nz = 0;
    for (let k = 0; k < nIn; k++) if (prev[s * nIn + k] !== 0) pos[s * nIn + k] = nz++;
    nzStart[s + 1] = nzStart[s] + nz;
  }
  const nzIdx = new Int32Array(nzStart[B]);
  const outerStart = new Float64Array(B + 1);
  for (let s = 0; s < B; s++) {
    for (let k = 0; k < nIn; k++) { const t = pos[s * nIn + k]; if (t >= 0) nzIdx[nzStart[s] + t] = k; }
    const nz = nzStart[s + 1] - nzStart[s];
    outerStart[s + 1] = outerStart[s] + nz * nz;
  }
  const outer = new Float64Array(outerStart[B]);
  for (let s = 0; s < B; s++) {
    const nz = nzStart[s + 1] - nzStart[s], o = outerStart[s], xo = s * nIn, zo = nzStart[s];
    for (let t = 0; t < nz; t++) {
      const ak = prev[xo + nzIdx[zo + t]];
      for (let t2 = 0; t2 < nz; t2++) outer[o + t * nz + t2] = ak * prev[xo + nzIdx[zo + t2]];
    }
  }
  const samples = new Int32Array(B);
  // Row r = (j, k) is written segment by segment (one segment per j2), so writes stay in cache.
  for (let k = 0; k < nIn; k++) {
    let ns = 0;
    for (let s = 0; s < B; s++) if (pos[s * nIn + k] >= 0) samples[ns++] = s;
    if (ns === 0) continue;
    for (let j = 0; j < nOut; j++) {
      const rowBase = (j * nIn + k) * N;
      for (let j2 = 0; j2 < nOut; j2++) {
        const segBase = rowBase + j2 * nIn;
        for (let q = 0; q < ns; q++) {
          const s = samples[q];
          const g = G[s * nOut * nOut + j * nOut + j2] * inv;
          if (g === 0) continue;
          const nz = nzStart[s + 1] - nzStart[s], zo = nzStart[s];
          const oo = outerStart[s] + pos[s * nIn + k] * nz;
          for (let t2 = 0; t2 < nz; t2++) data[segBase + nzIdx[zo + t2]] += g * outer[oo + t2];
        }
      }
    }
  }
  return { rows: N, cols: N, data };
}

function biasBlock(blk: ParamBlock, G: Float64Array, B: number): DenseMatrix {
  const n = blk.size;
  const data = new Float64Array(n * n);
  for (let s = 0; s < B; s++) for (let q = 0; q < n * n; q++) data[q] += G[s * n * n + q];
  for (let q = 0; q < n * n; q++) data[q] /= B;
  symmetrizeInPlace(data, n);
  return { rows: n, cols: n, data };
}

/**
 * Exact diagonal Hessian blocks for the named parameter blocks (default: all, in storage order
 * W1, b1, W2, b2, ...). Fast for layers of a few hundred parameters; a block larger than
 * MAX_BLOCK_SIZE throws InvalidArgumentError (use Hessian-vector products instead).
 */
export function layerHessianBlocks(spec: MlpSpec, params: Float64Array, batch: Batch, names?: readonly string[]): HessianBlock[] {
  const all = parameterBlocks(spec);
  const wanted = names ?? all.map((b) => b.name);
  const blocks = wanted.map((nm) => {
    const blk = all.find((b) => b.name === nm);
    if (!blk) throw new InvalidArgumentError(`unknown parameter block '${nm}'; known: ${all.map((b) => b.name).join(', ')}`, { name: nm });
    if (blk.size > MAX_BLOCK_SIZE) throw new InvalidArgumentError(`block ${nm} has ${blk.size} parameters, too many to form densely (limit ${MAX_BLOCK_SIZE}); use Hessian-vector products`, { name: nm });
    return blk;
  });
  if (blocks.length === 0) return [];
  const pass = runMlp(spec, params, batch);
  const lowest = Math.min(...blocks.map((b) => b.layer));
  const G = preActivationHessians(spec, params, pass, lowest);
  return blocks.map((blk) => ({
    name: blk.name,
    offset: blk.offset,
    size: blk.size,
    matrix: blk.kind === 'weight' ? weightBlock(blk, G[blk.layer], pass.a[blk.layer - 1], pass.batchSize) : biasBlock(blk, G[blk.layer], pass.batchSize),
  }));
}
