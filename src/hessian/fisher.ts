/**
 * Empirical Fisher F = (1/B)·Σ_s g_s g_sᵀ (g_s = ∇ℓ_s, per-sample gradients): the cheap positive
 * semi-definite approximation of the Hessian (Martens, "New insights and perspectives on the
 * natural gradient method", JMLR 21, 2020, §11 discusses when it is and is not a good one).
 */
import { DenseMatrix } from '../math/denseMatrix';
import { LinearOperator } from '../math/linearOperator';
import { Batch, perSampleGradients } from './mlp';
import { blockByName, MlpSpec } from './mlpSpec';

/**
 * Empirical Fisher over all parameters (P×P) or, with `blockName`, the diagonal block of one
 * parameter block ("W1", "b1", ...). Exactly symmetric by construction.
 */
export function empiricalFisher(spec: MlpSpec, params: Float64Array, batch: Batch, blockName?: string): DenseMatrix {
  const G = perSampleGradients(spec, params, batch);
  const P = params.length;
  const B = batch.count;
  const blk = blockName === undefined ? { offset: 0, size: P } : blockByName(spec, blockName);
  const n = blk.size, off = blk.offset;
  const data = new Float64Array(n * n);
  for (let s = 0; s < B; s++) {
    const go = s * P + off;
    for (let i = 0; i < n; i++) {
      const gi = G[go + i] / B;
      if (gi === 0) continue;
      for (let j = i; j < n; j++) data[i * n + j] += gi * G[go + j];
    }
  }
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) data[j * n + i] = data[i * n + j];
  return { rows: n, cols: n, data };
}

/** The operator v ↦ F·v = (1/B)·Gᵀ(G v) without forming F (O(B·P) per product). */
export function fisherOperator(spec: MlpSpec, params: Float64Array, batch: Batch): LinearOperator {
  const G = perSampleGradients(spec, params, batch);
  const P = params.length, B = batch.count;
  return {
    n: P,
    apply: (v, out) => {
      out.fill(0);
      for (let s = 0; s < B; s++) {
        let dot = 0;
        for (let i = 0; i < P; i++) dot += G[s * P + i] * v[i];
        dot /= B;
        for (let i = 0; i < P; i++) out[i] += dot * G[s * P + i];
      }
    },
  };
}
