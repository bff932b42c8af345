import type { Condition } from '../ir';
import type { Rng } from '../math/rng';
import { applyAntiDiag1, applyDense2, applyDiag1, applyDiagN, applyGeneral1, applyPhaseMask, applySparse, applySwap, applyUcg1 } from './kernels';
import { applyPhaseProduct } from './phaseProduct';
import { collapseQubit, flipQubit, probabilityOfOne } from './measure';
import type { SimProgram, SimStep } from './program';
import { StateVector, scaleInPlace } from './state';

/** True when the clbits (as 0/1 bytes) satisfy the condition (clbits[0] = least significant bit). */
export function conditionHolds(clbits: Uint8Array, cond: Condition): boolean {
  let v = 0;
  for (let j = 0; j < cond.clbits.length; j++) v += clbits[cond.clbits[j]] * 2 ** j;
  return v === cond.value;
}

/** Apply one unitary step (not measure/reset) to the state in place, ignoring its condition. */
export function applyUnitaryStep(state: StateVector, step: SimStep, scratch: Scratch): void {
  const re = state.re, im = state.im, dim = re.length;
  switch (step.kind) {
    case 'general1': applyGeneral1(re, im, dim, step.pos, step.ctrlMask, step.t, step.m); return;
    case 'ucg1': applyUcg1(re, im, dim, step.pos, step.c, step.t, step.m0, step.m1); return;
    case 'phaseMask': applyPhaseMask(re, im, dim, step.pos, step.mask, step.pr, step.pi); return;
    case 'diag1': applyDiag1(re, im, dim, step.pos, step.ctrlMask, step.t, step.m[0], step.m[1], step.m[2], step.m[3]); return;
    case 'antidiag1': applyAntiDiag1(re, im, dim, step.pos, step.ctrlMask, step.t, step.m[0], step.m[1], step.m[2], step.m[3]); return;
    case 'swap': applySwap(re, im, dim, step.pos, step.ctrlMask, step.offA, step.offB); return;
    case 'dense2': applyDense2(re, im, dim, step.pos, step.ctrlMask, step.t0, step.t1, step.m); return;
    case 'diagN': applyDiagN(re, im, dim, step.pos, step.ctrlMask, step.offsets, step.dRe, step.dIm, step.skip); return;
    case 'sparse': {
      const g = step.sparse, k = g.offsets.length;
      if (scratch.re.length < k) { scratch.re = new Float64Array(k); scratch.im = new Float64Array(k); }
      applySparse(re, im, dim, step.pos, step.ctrlMask, g.offsets, g.rowStart, g.cols, g.valRe, g.valIm, g.skipRow, scratch.re, scratch.im);
      return;
    }
    case 'phaseProduct': {
      const need = Math.min(dim, 1024);
      if (scratch.re.length < need) { scratch.re = new Float64Array(need); scratch.im = new Float64Array(need); }
      applyPhaseProduct(re, im, dim, step.control, step.fRe, step.fIm, scratch.re, scratch.im);
      return;
    }
    case 'scalar': scaleInPlace(state, step.pr, step.pi); return;
    case 'block': applyBlock(re, im, dim, step, scratch); return;
    case 'diagTable': applyDiagTable(re, im, dim, step.dRe, step.dIm); return;
    case 'monomial': applyMonomial(re, im, dim, step.src, step.pRe, step.pIm, scratch); return;
    case 'measure': case 'reset':
      throw new Error(`applyUnitaryStep: '${step.kind}' is not unitary`);
  }
}

/** Scratch buffers for the sparse kernel, the cache-block buffers and the monomial gather (grown on demand). */
export interface Scratch { re: Float64Array; im: Float64Array; blockRe: Float64Array; blockIm: Float64Array; tRe: Float64Array; tIm: Float64Array }

/** Fresh scratch buffers. */
export function makeScratch(): Scratch {
  return { re: new Float64Array(16), im: new Float64Array(16), blockRe: new Float64Array(0), blockIm: new Float64Array(0), tRe: new Float64Array(0), tIm: new Float64Array(0) };
}

/** Multiply amplitude l by (dRe[l] + i·dIm[l]) (a block's fused diagonal run; dim = table length). */
function applyDiagTable(re: Float64Array, im: Float64Array, dim: number, dRe: Float64Array, dIm: Float64Array): void {
  for (let i = 0; i < dim; i++) {
    const xr = re[i], xi = im[i], pr = dRe[i], pi = dIm[i];
    re[i] = xr * pr - xi * pi;
    im[i] = xr * pi + xi * pr;
  }
}

/** New amplitude l = (pRe[l] + i·pIm[l]) · old amplitude src[l] (phases 1 when null); via the scratch gather buffer. */
function applyMonomial(re: Float64Array, im: Float64Array, dim: number, src: Int32Array, pRe: Float64Array | null, pIm: Float64Array | null, scratch: Scratch): void {
  if (scratch.tRe.length < dim) { scratch.tRe = new Float64Array(dim); scratch.tIm = new Float64Array(dim); }
  const tRe = scratch.tRe, tIm = scratch.tIm;
  if (pRe === null || pIm === null) {
    for (let l = 0; l < dim; l++) { const j = src[l]; tRe[l] = re[j]; tIm[l] = im[j]; }
  } else {
    for (let l = 0; l < dim; l++) {
      const j = src[l], xr = re[j], xi = im[j], pr = pRe[l], pi = pIm[l];
      tRe[l] = xr * pr - xi * pi;
      tIm[l] = xr * pi + xi * pr;
    }
  }
  re.set(tRe.subarray(0, dim));
  im.set(tIm.subarray(0, dim));
}

/**
 * Apply a cache block (fusion.ts): for every assignment of the bits outside `pos`, gather the
 * 2^|pos| amplitudes (rows of 2^rowBits contiguous ones) into the scratch buffer, run the
 * block's steps on it, scatter back. A block on qubits 0…k−1 runs on contiguous chunks in place.
 */
function applyBlock(re: Float64Array, im: Float64Array, dim: number, step: SimStep & { kind: 'block' }, scratch: Scratch): void {
  const k = step.pos.length, size = 1 << k, steps = step.steps;
  if (step.rowBits === k) {
    for (let base = 0; base < dim; base += size) {
      const local: StateVector = { numQubits: k, re: re.subarray(base, base + size), im: im.subarray(base, base + size) };
      for (let s = 0; s < steps.length; s++) applyUnitaryStep(local, steps[s], scratch);
    }
    return;
  }
  if (scratch.blockRe.length < size) { scratch.blockRe = new Float64Array(size); scratch.blockIm = new Float64Array(size); }
  const bRe = scratch.blockRe.subarray(0, size), bIm = scratch.blockIm.subarray(0, size);
  const local: StateVector = { numQubits: k, re: bRe, im: bIm };
  const rowOffsets = step.rowOffsets, rows = rowOffsets.length, rowLen = 1 << step.rowBits;
  let free = dim - 1;
  for (let j = 0; j < k; j++) free &= ~(1 << step.pos[j]);
  let f = 0;
  do {
    for (let r = 0, d = 0; r < rows; r++, d += rowLen) {
      const a = f + rowOffsets[r];
      for (let x = 0; x < rowLen; x++) { bRe[d + x] = re[a + x]; bIm[d + x] = im[a + x]; }
    }
    for (let s = 0; s < steps.length; s++) applyUnitaryStep(local, steps[s], scratch);
    for (let r = 0, d = 0; r < rows; r++, d += rowLen) {
      const a = f + rowOffsets[r];
      for (let x = 0; x < rowLen; x++) { re[a + x] = bRe[d + x]; im[a + x] = bIm[d + x]; }
    }
    f = (f - free) & free;
  } while (f !== 0);
}

/**
 * Run steps [from, to) of `program` on `state` in place (one trajectory): measurements draw
 * their outcome from `rng` and collapse the state, writing `clbits`; resets measure and flip to
 * |0⟩; conditioned steps run only when their condition holds.
 */
export function runTrajectory(program: SimProgram, state: StateVector, clbits: Uint8Array, rng: Rng, from = 0, to = program.steps.length): void {
  const scratch = makeScratch();
  const steps = program.steps;
  for (let i = from; i < to; i++) {
    const s = steps[i];
    if (s.condition && !conditionHolds(clbits, s.condition)) continue;
    if (s.kind === 'measure' || s.kind === 'reset') {
      const p1 = probabilityOfOne(state, s.qubit);
      const outcome: 0 | 1 = rng.next() < p1 ? 1 : 0;
      collapseQubit(state, s.qubit, outcome, outcome === 1 ? p1 : 1 - p1);
      if (s.kind === 'measure') clbits[s.clbit] = outcome;
      else if (outcome === 1) flipQubit(state, s.qubit);
      continue;
    }
    applyUnitaryStep(state, s, scratch);
  }
}

