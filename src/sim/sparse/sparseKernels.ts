/**
 * Gate kernels of the sparse-state backend (see sparseProgram.ts for the step kinds). Phase,
 * diagonal and monomial (permutation) steps touch each stored amplitude once, in place, without
 * hashing: a permutation of basis indices maps distinct keys to distinct keys, so it only
 * rewrites keys (and invalidates the hash index). Dense steps find the partners of each
 * amplitude through the hash index and append the indices that become non-zero; afterwards,
 * amplitudes with |a|² ≤ `prune2` are removed (counted as pruned).
 */
import type { SparseAddressing, SparseStep } from './sparseProgram';
import type { SparseState } from './sparseState';

/** Sub-index of key (lo, hi) on the step's targets (bit j = target j). */
function subIndex(a: SparseAddressing, lo: number, hi: number): number {
  const tWord = a.tWord, tBit = a.tBit;
  let s = 0;
  for (let j = 0; j < tWord.length; j++) s |= (((tWord[j] === 0 ? lo : hi) >>> tBit[j]) & 1) << j;
  return s;
}

/** Multiply the amplitudes whose index has every mask bit set by (pr + i·pi). */
export function sparsePhase(st: SparseState, maskLo: number, maskHi: number, pr: number, pi: number): void {
  const lo = st.lo, hi = st.hi, re = st.re, im = st.im, n = st.count;
  for (let e = 0; e < n; e++) {
    if ((lo[e] & maskLo) !== maskLo || (hi[e] & maskHi) !== maskHi) continue;
    const xr = re[e], xi = im[e];
    re[e] = xr * pr - xi * pi;
    im[e] = xr * pi + xi * pr;
  }
}

/** Multiply every amplitude by (pr + i·pi). */
export function sparseScale(st: SparseState, pr: number, pi: number): void {
  const re = st.re, im = st.im, n = st.count;
  for (let e = 0; e < n; e++) {
    const xr = re[e], xi = im[e];
    re[e] = xr * pr - xi * pi;
    im[e] = xr * pi + xi * pr;
  }
}

/** Diagonal k-target gate within the control subspace. */
export function sparseDiag(st: SparseState, g: SparseAddressing & { readonly dRe: Float64Array; readonly dIm: Float64Array }): void {
  const lo = st.lo, hi = st.hi, re = st.re, im = st.im, n = st.count;
  const cLo = g.ctrlLo, cHi = g.ctrlHi, dRe = g.dRe, dIm = g.dIm;
  for (let e = 0; e < n; e++) {
    const l = lo[e], h = hi[e];
    if ((l & cLo) !== cLo || (h & cHi) !== cHi) continue;
    const s = subIndex(g, l, h);
    const pr = dRe[s], pi = dIm[s];
    const xr = re[e], xi = im[e];
    re[e] = xr * pr - xi * pi;
    im[e] = xr * pi + xi * pr;
  }
}

/** Monomial k-target gate within the control subspace: new key = key ^ xor[s], amplitude × v[s]. */
export function sparsePerm(st: SparseState, g: SparseAddressing & { readonly xorLo: Int32Array; readonly xorHi: Int32Array; readonly vRe: Float64Array; readonly vIm: Float64Array; readonly unitFactors: boolean }): void {
  const lo = st.lo, hi = st.hi, re = st.re, im = st.im, n = st.count;
  const cLo = g.ctrlLo, cHi = g.ctrlHi, xorLo = g.xorLo, xorHi = g.xorHi;
  if (g.unitFactors && g.tWord.length === 1) {
    // X-type (X, CX, Toffoli, MCX): flip one bit where the controls hold.
    const fLo = xorLo[0], fHi = xorHi[0];
    for (let e = 0; e < n; e++) {
      if ((lo[e] & cLo) !== cLo || (hi[e] & cHi) !== cHi) continue;
      lo[e] ^= fLo; hi[e] ^= fHi;
    }
    st.invalidateIndex();
    return;
  }
  const vRe = g.vRe, vIm = g.vIm, unit = g.unitFactors;
  for (let e = 0; e < n; e++) {
    const l = lo[e], h = hi[e];
    if ((l & cLo) !== cLo || (h & cHi) !== cHi) continue;
    const s = subIndex(g, l, h);
    lo[e] = l ^ xorLo[s]; hi[e] = h ^ xorHi[s];
    if (unit) continue;
    const pr = vRe[s], pi = vIm[s], xr = re[e], xi = im[e];
    re[e] = xr * pr - xi * pi;
    im[e] = xr * pi + xi * pr;
  }
  st.invalidateIndex();
}

/**
 * General k-target gate within the control subspace. Each group of 2^k indices that differ only
 * in the target bits and hold at least one stored amplitude is gathered (absent members are 0),
 * multiplied by the matrix, and scattered back; members that become non-zero are appended.
 * Then amplitudes with |a|² ≤ prune2 are removed (counted as pruned).
 */
export function sparseDense(st: SparseState, g: SparseAddressing & { readonly mRe: Float64Array; readonly mIm: Float64Array }, prune2: number, scratch: DenseScratch): void {
  scratch.dropped = 0; scratch.droppedCount = 0;
  const tiny = g.tWord.length === 1 ? dense1(st, g, prune2, scratch) : denseK(st, g, prune2, scratch);
  if (tiny > 0) st.compact(prune2, true, scratch.dropped, scratch.droppedCount);
}

/**
 * Scratch of the dense kernels: gather buffers of the k-target kernel (grown on demand), and the
 * probability of new amplitudes not stored because they were ≤ the prune threshold.
 */
export interface DenseScratch { idx: Int32Array; xr: Float64Array; xi: Float64Array; dropped: number; droppedCount: number }

/** Fresh scratch for {@link sparseDense}. */
export function makeDenseScratch(): DenseScratch {
  return { idx: new Int32Array(16), xr: new Float64Array(16), xi: new Float64Array(16), dropped: 0, droppedCount: 0 };
}

/** 2×2 case: returns the number of outputs with |a|² ≤ prune2. */
function dense1(st: SparseState, g: SparseAddressing & { readonly mRe: Float64Array; readonly mIm: Float64Array }, prune2: number, scratch: DenseScratch): number {
  const m = g.mRe, mi = g.mIm;
  const ar = m[0], ai = mi[0], br = m[1], bi = mi[1], cr = m[2], ci = mi[2], dr = m[3], di = mi[3];
  const cLo = g.ctrlLo, cHi = g.ctrlHi;
  const fLo = g.offLo[1], fHi = g.offHi[1];
  const n0 = st.count;
  let tiny = 0;
  for (let e = 0; e < n0; e++) {
    const l = st.lo[e], h = st.hi[e];
    if ((l & cLo) !== cLo || (h & cHi) !== cHi) continue;
    const isOne = (l & fLo) !== 0 || (h & fHi) !== 0;
    const p = st.find(l ^ fLo, h ^ fHi);
    if (isOne && p >= 0) continue; // the pair is handled from its |0⟩ member
    const re = st.re, im = st.im;
    let x0r = 0, x0i = 0, x1r = 0, x1i = 0;
    if (isOne) { x1r = re[e]; x1i = im[e]; } else {
      x0r = re[e]; x0i = im[e];
      if (p >= 0) { x1r = re[p]; x1i = im[p]; }
    }
    const y0r = ar * x0r - ai * x0i + br * x1r - bi * x1i;
    const y0i = ar * x0i + ai * x0r + br * x1i + bi * x1r;
    const y1r = cr * x0r - ci * x0i + dr * x1r - di * x1i;
    const y1i = cr * x0i + ci * x0r + dr * x1i + di * x1r;
    const p0 = y0r * y0r + y0i * y0i, p1 = y1r * y1r + y1i * y1i;
    if (p0 <= prune2) tiny++;
    if (p1 <= prune2) tiny++;
    if (isOne) {
      re[e] = y1r; im[e] = y1i;
      if (p0 > prune2) st.append(l ^ fLo, h ^ fHi, y0r, y0i);
      else if (p0 > 0) { scratch.dropped += p0; scratch.droppedCount++; }
    } else {
      re[e] = y0r; im[e] = y0i;
      if (p >= 0) { re[p] = y1r; im[p] = y1i; } else if (p1 > prune2) st.append(l ^ fLo, h ^ fHi, y1r, y1i);
      else if (p1 > 0) { scratch.dropped += p1; scratch.droppedCount++; }
    }
  }
  return tiny;
}

/** k ≥ 2 targets: groups gathered through the hash index, marked so each runs once. */
function denseK(st: SparseState, g: SparseAddressing & { readonly mRe: Float64Array; readonly mIm: Float64Array }, prune2: number, scratch: DenseScratch): number {
  const dim = g.offLo.length, offLo = g.offLo, offHi = g.offHi, mRe = g.mRe, mIm = g.mIm;
  if (scratch.idx.length < dim) { scratch.idx = new Int32Array(dim); scratch.xr = new Float64Array(dim); scratch.xi = new Float64Array(dim); }
  const idx = scratch.idx, xr = scratch.xr, xi = scratch.xi;
  const cLo = g.ctrlLo, cHi = g.ctrlHi;
  const n0 = st.count;
  st.mark.fill(0, 0, n0);
  let tiny = 0;
  for (let e = 0; e < n0; e++) {
    if (st.mark[e]) continue;
    const l = st.lo[e], h = st.hi[e];
    if ((l & cLo) !== cLo || (h & cHi) !== cHi) continue;
    const s = subIndex(g, l, h);
    const bLo = l ^ offLo[s], bHi = h ^ offHi[s];
    for (let u = 0; u < dim; u++) {
      const p = u === s ? e : st.find(bLo ^ offLo[u], bHi ^ offHi[u]);
      idx[u] = p;
      if (p >= 0) { st.mark[p] = 1; xr[u] = st.re[p]; xi[u] = st.im[p]; } else { xr[u] = 0; xi[u] = 0; }
    }
    for (let r = 0; r < dim; r++) {
      let yr = 0, yi = 0;
      for (let c = 0; c < dim; c++) {
        const vr = mRe[r * dim + c], vi = mIm[r * dim + c];
        yr += vr * xr[c] - vi * xi[c];
        yi += vr * xi[c] + vi * xr[c];
      }
      const pr = yr * yr + yi * yi;
      if (pr <= prune2) tiny++;
      const p = idx[r];
      if (p >= 0) { st.re[p] = yr; st.im[p] = yi; } else if (pr > prune2) st.append(bLo ^ offLo[r], bHi ^ offHi[r], yr, yi);
      else if (pr > 0) { scratch.dropped += pr; scratch.droppedCount++; }
    }
  }
  return tiny;
}

/** Apply a unitary step (not measure/reset), ignoring its condition. */
export function applySparseStep(st: SparseState, step: SparseStep, prune2: number, scratch: DenseScratch): void {
  switch (step.kind) {
    case 'phase': sparsePhase(st, step.maskLo, step.maskHi, step.pr, step.pi); return;
    case 'diag': sparseDiag(st, step); return;
    case 'perm': sparsePerm(st, step); return;
    case 'dense': sparseDense(st, step, prune2, scratch); return;
    case 'scalar': sparseScale(st, step.pr, step.pi); return;
    case 'measure': case 'reset':
      throw new Error(`applySparseStep: '${step.kind}' is not unitary`);
  }
}
