/**
 * The weight-block kernel src/hessian/layerHessian.ts used before the Kronecker-panel rewrite
 * (per-sample outer products accumulated row segment by row segment), kept verbatim as an
 * independent second construction for test/hessian/kroneckerWeightBlock.test.ts.
 */
import { DenseMatrix } from '../../src/math/denseMatrix';

export function referenceWeightBlock(nOut: number, nIn: number, G: Float64Array, prev: Float64Array, B: number): DenseMatrix {
  const N = nOut * nIn;
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
