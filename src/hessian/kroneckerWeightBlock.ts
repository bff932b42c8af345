/**
 * Fast exact Hessian block of one dense layer's weight matrix, from its Kronecker structure
 * (Botev, Ritter & Barber, ICML 2017, §2; Martens & Grosse, "K-FAC", ICML 2015, §3 for the
 * a·aᵀ ⊗ G form):
 *   H[(j,k),(j2,k2)] = (1/B) Σ_s G_s[j,j2] · a_s[k] · a_s[k2],
 * where G_s = ∂²ℓ_s/∂z² is the per-sample pre-activation Hessian (activation term included,
 * see layerHessian.ts) and a_s the layer input; parameter (j,k) = W[j][k] sits at j·nIn + k.
 *
 * Writing P2 = nOut(nOut+1)/2 for the packed upper triangle of G and taking, for one input
 * index k at a time, the samples S_k where a_s[k] ≠ 0, the panel
 *   T_k[k2][p] = Σ_{s ∈ S_k} (a_s[k]·a_s[k2]) · G_s[p] / B   (k2 ≥ k, p = (j ≤ j2))
 * is a sparse × dense matrix product with a contiguous inner loop of length P2 over typed
 * arrays, and it holds every entry of the 4-fold symmetric set
 *   (j,k)(j2,k2), (j2,k)(j,k2), (j,k2)(j2,k), (j2,k2)(j,k).
 * Work: Σ_s nz_s(nz_s+1)/2 · nnz(G_s) multiply-adds (nz_s = non-zero inputs of sample s), against
 * B·N²/2 iterations of the plain triple loop over (row, column ≥ row, sample): about 4/ρ² fewer
 * for input density ρ, and fewer still for ReLU layers, whose inactive units zero whole rows of
 * G_s (bench/train.ts measured 94× on a 196·8 layer at batch 256). Input indices k that are
 * zero in every sample give exactly zero rows and columns and are skipped; so are zero G_s entries.
 * Every value is computed once: the panel is written into the rows (·, k) (two positions per
 * value, front to back), and the mirrored rows are filled by a 64×64-tiled copy afterwards
 * (column scatters of a 1–5 GB matrix cost a TLB miss per write: this halved the tanh time), so
 * the block is exactly (bitwise) symmetric.
 *
 * Threads: this runs on one core. The panels of distinct input indices k write disjoint rows, so
 * workers can split them (options.panels, then mirrorKroneckerWeightBlock); bench/kroneckerThreads.ts
 * measures that split with worker_threads + SharedArrayBuffer on the 784-16-10 W1 block at batch
 * 2048: 2 workers took 0.92× (ReLU) and 0.75× (tanh) the serial time on this 2-core machine,
 * shared with other jobs at load average ~11 (bench/results/kroneckerThreads.json; the serial
 * mirror pass is 2–3 s of it). Formation is 45–50 % of a scheduled step (bench/results/train.json),
 * so that is 4–12 % of a step, and under load part of the gain is only a larger share of the shared
 * cores. Not wired into layerHessian: a synchronous hand-off (Atomics.wait on the main thread)
 * and a compiled worker file are needed, and the worker could not load under the TypeScript test
 * runner; worth doing on an idle multi-core host, where the split should approach 1/workers.
 */
import { InvalidArgumentError } from '../errors';

/** Storage of the formed block: float64 (default, what the scheduler uses) or float32 (half the memory; error measured in bench/train.ts). */
export type BlockStorage = Float64Array | Float32Array;

/** Inputs of {@link formKroneckerWeightBlock}. */
export interface KroneckerBlockInput {
  /** Per-sample pre-activation Hessians G_s (B × nOut × nOut, row-major per sample, symmetric). */
  readonly G: Float64Array;
  /** Layer inputs a_s (B × nIn, row-major). */
  readonly inputs: Float64Array;
  readonly batchSize: number;
  readonly nOut: number;
  readonly nIn: number;
}

/** Options of {@link formKroneckerWeightBlock}. */
export interface KroneckerBlockOptions {
  /** Called after each input-index panel with the fraction of the work done (0..1]. */
  readonly onProgress?: (fraction: number) => void;
  /**
   * Form only the panels of input indices k with k % stride === offset, and skip the mirror pass
   * (default: all panels, then the mirror). Panels of distinct k write disjoint rows, so workers
   * with offsets 0..stride−1 can share one `out` (bench/kroneckerThreads.ts measures this); call
   * {@link mirrorKroneckerWeightBlock} once they are done.
   */
  readonly panels?: { readonly offset: number; readonly stride: number };
}

/** Counts of one formation: active input indices and the multiply-adds performed. */
export interface KroneckerBlockStats {
  /** Input indices k non-zero in at least one sample (the others give zero rows). */
  readonly activeInputCount: number;
  /** Multiply-adds of the panel products, Σ_s nz_s(nz_s+1)/2 · nnz(packed G_s) (≤ the bound of {@link kroneckerMultiplyAdds}). */
  readonly multiplyAddCount: number;
}

/** Upper bound Σ_s nz_s(nz_s+1)/2 · P2 on the kernel's multiply-adds (dense G_s; ReLU layers need fewer, see the stats). */
export function kroneckerMultiplyAdds(inputs: Float64Array, batchSize: number, nIn: number, nOut: number): number {
  const p2 = (nOut * (nOut + 1)) / 2;
  let total = 0;
  for (let s = 0; s < batchSize; s++) {
    let nz = 0;
    for (let k = 0; k < nIn; k++) if (inputs[s * nIn + k] !== 0) nz++;
    total += (nz * (nz + 1)) / 2;
  }
  return total * p2;
}

/**
 * Form the N×N weight block (N = nOut·nIn) into `out` (length N², zero-filled by the caller,
 * Float64Array or Float32Array). See the module comment for the method and its cost.
 */
export function formKroneckerWeightBlock(input: KroneckerBlockInput, out: BlockStorage, options: KroneckerBlockOptions = {}): KroneckerBlockStats {
  const { G, inputs, batchSize: B, nOut, nIn } = input;
  const N = nOut * nIn;
  if (out.length !== N * N) throw new InvalidArgumentError(`output storage has ${out.length} entries; a ${N}x${N} block needs ${N * N}`);
  if (G.length !== B * nOut * nOut || inputs.length !== B * nIn) {
    throw new InvalidArgumentError(`Kronecker block inputs have the wrong size: G ${G.length} (want ${B * nOut * nOut}), inputs ${inputs.length} (want ${B * nIn})`);
  }
  const P2 = (nOut * (nOut + 1)) / 2;
  // Packed upper triangle of G_s / B, pair p ↔ (pj[p], pj2[p]) with j ≤ j2.
  const pj = new Int32Array(P2), pj2 = new Int32Array(P2);
  for (let j = 0, p = 0; j < nOut; j++) for (let j2 = j; j2 < nOut; j2++, p++) { pj[p] = j; pj2[p] = j2; }
  // Per sample, the non-zero entries of packed G_s / B (pair index, value). ReLU layers make
  // whole rows of G_s zero (inactive units: σ' = 0), so a sample often has far fewer than P2.
  const gStart = new Int32Array(B + 1);
  const inv = 1 / B;
  for (let s = 0; s < B; s++) {
    const go = s * nOut * nOut;
    let nz = 0;
    for (let p = 0; p < P2; p++) if (G[go + pj[p] * nOut + pj2[p]] !== 0) nz++;
    gStart[s + 1] = gStart[s] + nz;
  }
  const gIdx = new Int32Array(gStart[B]), gVal = new Float64Array(gStart[B]);
  for (let s = 0, q = 0; s < B; s++) {
    const go = s * nOut * nOut;
    for (let p = 0; p < P2; p++) {
      const v = G[go + pj[p] * nOut + pj2[p]];
      if (v !== 0) { gIdx[q] = p; gVal[q] = v * inv; q++; }
    }
  }
  // Sparsity of the inputs: per sample its non-zero k (ascending), per k its samples.
  const rowStart = new Int32Array(B + 1);
  const colCount = new Int32Array(nIn + 1);
  for (let s = 0; s < B; s++) {
    let nz = 0;
    for (let k = 0; k < nIn; k++) if (inputs[s * nIn + k] !== 0) { nz++; colCount[k + 1]++; }
    rowStart[s + 1] = rowStart[s] + nz;
  }
  const nnz = rowStart[B];
  const rowK = new Int32Array(nnz), rowV = new Float64Array(nnz);
  const colStart = new Int32Array(nIn + 1);
  for (let k = 0; k < nIn; k++) colStart[k + 1] = colStart[k] + colCount[k + 1];
  const colS = new Int32Array(nnz), colPos = new Int32Array(nnz);
  const fill = colStart.slice(0, nIn);
  for (let s = 0, q = 0; s < B; s++) {
    for (let k = 0; k < nIn; k++) {
      const v = inputs[s * nIn + k];
      if (v === 0) continue;
      rowK[q] = k; rowV[q] = v;
      const c = fill[k]++;
      colS[c] = s; colPos[c] = q; // position of (s, k) in sample s's list
      q++;
    }
  }
  let activeInputCount = 0;
  for (let k = 0; k < nIn; k++) if (colStart[k + 1] > colStart[k]) activeInputCount++;
  let totalWork = 0, multiplyAddCount = 0;
  for (let s = 0; s < B; s++) {
    const nz = rowStart[s + 1] - rowStart[s];
    totalWork += (nz * (nz + 1)) / 2;
    multiplyAddCount += ((nz * (nz + 1)) / 2) * (gStart[s + 1] - gStart[s]);
  }
  // Panel T[k2][p] for one k (all k2 ≥ k), rows indexed by k2 directly; touched rows listed.
  const T = new Float64Array(nIn * P2);
  const touched = new Int32Array(nIn);
  const isTouched = new Uint8Array(nIn);
  let workDone = 0;
  const stride = options.panels?.stride ?? 1, offset = options.panels?.offset ?? 0;
  if (!Number.isInteger(stride) || stride < 1 || !Number.isInteger(offset) || offset < 0 || offset >= stride) {
    throw new InvalidArgumentError(`panels must have an integer stride >= 1 and offset in [0, stride), got offset ${offset}, stride ${stride}`);
  }
  for (let k = offset; k < nIn; k += stride) {
    const c0 = colStart[k], c1 = colStart[k + 1];
    if (c0 === c1) continue;
    let nTouched = 0;
    for (let c = c0; c < c1; c++) {
      const s = colS[c];
      const q0 = colPos[c], q1 = rowStart[s + 1];
      const ak = rowV[q0];
      const g0 = gStart[s], g1 = gStart[s + 1];
      workDone += q1 - q0;
      if (g0 === g1) continue;
      const full = g1 - g0 === P2; // dense G_s: contiguous inner loop, no index loads
      for (let q = q0; q < q1; q++) {
        const k2 = rowK[q];
        if (isTouched[k2] === 0) { isTouched[k2] = 1; touched[nTouched++] = k2; }
      }
      // Four, then two panel rows per sweep over G_s: each G_s entry (and index) is loaded once for several updates.
      let q = q0;
      for (; q + 3 < q1; q += 4) {
        const f = ak * rowV[q], f2 = ak * rowV[q + 1], f3 = ak * rowV[q + 2], f4 = ak * rowV[q + 3];
        const to = rowK[q] * P2, to2 = rowK[q + 1] * P2, to3 = rowK[q + 2] * P2, to4 = rowK[q + 3] * P2;
        if (full) {
          for (let p = 0; p < P2; p++) { const gv = gVal[g0 + p]; T[to + p] += f * gv; T[to2 + p] += f2 * gv; T[to3 + p] += f3 * gv; T[to4 + p] += f4 * gv; }
        } else {
          for (let t = g0; t < g1; t++) { const gv = gVal[t], gi = gIdx[t]; T[to + gi] += f * gv; T[to2 + gi] += f2 * gv; T[to3 + gi] += f3 * gv; T[to4 + gi] += f4 * gv; }
        }
      }
      for (; q + 1 < q1; q += 2) {
        const f = ak * rowV[q], f2 = ak * rowV[q + 1];
        const to = rowK[q] * P2, to2 = rowK[q + 1] * P2;
        if (full) {
          for (let p = 0; p < P2; p++) { const gv = gVal[g0 + p]; T[to + p] += f * gv; T[to2 + p] += f2 * gv; }
        } else {
          for (let t = g0; t < g1; t++) { const gv = gVal[t], gi = gIdx[t]; T[to + gi] += f * gv; T[to2 + gi] += f2 * gv; }
        }
      }
      if (q < q1) {
        const f = ak * rowV[q];
        const to = rowK[q] * P2;
        if (full) for (let p = 0; p < P2; p++) T[to + p] += f * gVal[g0 + p];
        else for (let t = g0; t < g1; t++) T[to + gIdx[t]] += f * gVal[t];
      }
    }
    // Write the panel into the rows (·, k): positions (j,k)(j2,k2) and (j2,k)(j,k2), k2 ≥ k, in
    // ascending k2 so each row is written front to back; then clear it. The mirror entries
    // (rows (·, k2), k2 > k) are copied by the tiled pass below, not scattered down columns here.
    touched.subarray(0, nTouched).sort();
    for (let t = 0; t < nTouched; t++) {
      const k2 = touched[t];
      const to = k2 * P2;
      for (let p = 0; p < P2; p++) {
        const v = T[to + p];
        if (v === 0) continue;
        const j = pj[p], j2 = pj2[p];
        out[(j * nIn + k) * N + j2 * nIn + k2] = v;
        out[(j2 * nIn + k) * N + j * nIn + k2] = v;
      }
      T.fill(0, to, to + P2);
      isTouched[k2] = 0;
    }
    options.onProgress?.(totalWork === 0 ? 1 : workDone / totalWork);
  }
  if (options.panels === undefined) mirrorRows(out, nOut, nIn, (k) => colStart[k + 1] > colStart[k]);
  return { activeInputCount, multiplyAddCount };
}

/**
 * The mirror pass alone, for panels formed by parts ({@link KroneckerBlockOptions.panels}): fill
 * each entry (r, c) with k(r) > k(c) from (c, r). `inputs` (B × nIn) tell which input indices are
 * active (the rows of the others are zero and skipped).
 */
export function mirrorKroneckerWeightBlock(out: BlockStorage, inputs: Float64Array, batchSize: number, nOut: number, nIn: number): void {
  const active = new Uint8Array(nIn);
  for (let s = 0; s < batchSize; s++) for (let k = 0; k < nIn; k++) if (inputs[s * nIn + k] !== 0) active[k] = 1;
  mirrorRows(out, nOut, nIn, (k) => active[k] === 1);
}

/**
 * Mirror: entry (r, c) with k(r) > k(c) equals (c, r), which the panels wrote. 64×64 tiles keep
 * the transposed reads in cache; rows of inactive inputs are zero and skipped.
 */
function mirrorRows(out: BlockStorage, nOut: number, nIn: number, isActive: (k: number) => boolean): void {
  const N = nOut * nIn;
  const TILE = 64;
  const kOf = new Int32Array(N);
  for (let r = 0; r < N; r++) kOf[r] = r % nIn;
  const activeK = new Uint8Array(nIn);
  for (let k = 0; k < nIn; k++) activeK[k] = isActive(k) ? 1 : 0;
  for (let r0 = 0; r0 < N; r0 += TILE) {
    const r1 = Math.min(N, r0 + TILE);
    for (let c0 = 0; c0 < N; c0 += TILE) {
      const c1 = Math.min(N, c0 + TILE);
      for (let r = r0; r < r1; r++) {
        const kr = kOf[r];
        if (activeK[kr] === 0) continue;
        const ro = r * N;
        for (let c = c0; c < c1; c++) {
          if (kOf[c] >= kr) continue;
          const v = out[c * N + r];
          if (v !== 0) out[ro + c] = v; // zeros stay untouched (pages of zero columns are never written)
        }
      }
    }
  }
}
