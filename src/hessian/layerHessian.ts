/**
 * Layer-wise exact Hessian blocks: one block per weight matrix and per bias, cross terms dropped.
 * Uses the per-sample pre-activation Hessians G_l = ∂²ℓ_s/∂z_l², back-propagated exactly
 * (Botev, Ritter & Barber, "Practical Gauss-Newton optimisation for deep learning", ICML 2017, §2,
 * recursion with the non-Gauss-Newton term kept):
 *   G_L = diag(p) − p pᵀ,   G_l = D_l W_{l+1}ᵀ G_{l+1} W_{l+1} D_l + diag(σ''(z_l) ⊙ e_l),
 * with D_l = diag(σ'(z_l)) and e_l = W_{l+1}ᵀ δ_{l+1}. Because z_l is linear in W_l and b_l,
 *   ∂²L/∂W_l² = (1/B) Σ_s G_l(s) ⊗ a_{l−1}(s) a_{l−1}(s)ᵀ  (index (j,k) = j·cols + k),
 *   ∂²L/∂b_l² = (1/B) Σ_s G_l(s).
 * Weight blocks are formed by the Kronecker-structured kernel of kroneckerWeightBlock.ts
 * (O(Σ_s nnz(a_s)²·w_l²/4) multiply-adds, zero inputs skipped), instead of one Hessian-vector
 * product per parameter. G_L is exactly symmetric as written; the recursion's G_l are
 * symmetrised per sample, and the kernel stores each value at all its mirror positions, so
 * every block is exactly symmetric. Dense blocks over the memory budget (memoryBudget.ts) are
 * refused before anything is allocated.
 */
import { InvalidArgumentError } from '../errors';
import { DenseMatrix } from '../math/denseMatrix';
import { formKroneckerWeightBlock } from './kroneckerWeightBlock';
import { assertDenseBlocksFit } from './memoryBudget';
import { Batch, layerBlocks, MlpPass, runMlp } from './mlp';
import { layerCount, MlpSpec, ParamBlock, parameterBlocks } from './mlpSpec';

/** One diagonal block of the Hessian, for the parameters [offset, offset+size) of block `name`. */
export interface HessianBlock {
  readonly name: string;
  readonly offset: number;
  readonly size: number;
  readonly matrix: DenseMatrix;
  /**
   * Multiply-adds the Kronecker kernel counted while forming this block (KroneckerBlockStats.multiplyAddCount);
   * present for weight blocks only (bias blocks are a plain sum of the B per-sample G_l(s)). The FLOP
   * model (src/schedule/scheduler/flopModel.ts, blockHessianFlops) charges formation from it.
   */
  readonly multiplyAddCount?: number;
}

/** Options of {@link layerHessianBlocks}. */
export interface LayerHessianOptions {
  /** Largest dense block, bytes (default denseBlockBudgetBytes(): a share of physical memory). */
  readonly memoryBudgetBytes?: number;
  /** Called while a weight block is formed: block name and the fraction done (0..1]. */
  readonly onProgress?: (block: string, fraction: number) => void;
}

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

function weightBlock(blk: ParamBlock, G: Float64Array, prev: Float64Array, B: number, onProgress?: (fraction: number) => void): { matrix: DenseMatrix; multiplyAddCount: number } {
  const N = blk.size;
  const data = new Float64Array(N * N);
  const { multiplyAddCount } = formKroneckerWeightBlock({ G, inputs: prev, batchSize: B, nOut: blk.rows, nIn: blk.cols }, data, { onProgress });
  return { matrix: { rows: N, cols: N, data }, multiplyAddCount };
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
 * W1, b1, W2, b2, ...). An unknown name throws InvalidArgumentError; a block whose dense copy
 * exceeds the memory budget throws BlockTooLargeError before anything is allocated (use
 * Hessian-vector products instead, see memoryBudget.ts).
 */
export function layerHessianBlocks(
  spec: MlpSpec, params: Float64Array, batch: Batch, names?: readonly string[], options: LayerHessianOptions = {},
): HessianBlock[] {
  const all = parameterBlocks(spec);
  const wanted = names ?? all.map((b) => b.name);
  const blocks = wanted.map((nm) => {
    const blk = all.find((b) => b.name === nm);
    if (!blk) throw new InvalidArgumentError(`unknown parameter block '${nm}'; known: ${all.map((b) => b.name).join(', ')}`, { name: nm });
    return blk;
  });
  assertDenseBlocksFit(blocks.map((b) => ({ name: b.name, n: b.size })), options.memoryBudgetBytes);
  if (blocks.length === 0) return [];
  const pass = runMlp(spec, params, batch);
  const lowest = Math.min(...blocks.map((b) => b.layer));
  const G = preActivationHessians(spec, params, pass, lowest);
  return blocks.map((blk) => {
    const head = { name: blk.name, offset: blk.offset, size: blk.size };
    if (blk.kind !== 'weight') return { ...head, matrix: biasBlock(blk, G[blk.layer], pass.batchSize) };
    const w = weightBlock(blk, G[blk.layer], pass.a[blk.layer - 1], pass.batchSize, options.onProgress && ((f) => options.onProgress?.(blk.name, f)));
    return { ...head, matrix: w.matrix, multiplyAddCount: w.multiplyAddCount };
  });
}
