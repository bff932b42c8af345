import type { Condition } from '../ir';
import type { Rng } from '../math/rng';
import { applyAntiDiag1, applyDense2, applyDiag1, applyDiagN, applyGeneral1, applyPhaseMask, applySparse, applySwap } from './kernels';
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
    case 'scalar': scaleInPlace(state, step.pr, step.pi); return;
    case 'measure': case 'reset':
      throw new Error(`applyUnitaryStep: '${step.kind}' is not unitary`);
  }
}

/** Scratch buffers for the sparse kernel (grown on demand). */
export interface Scratch { re: Float64Array; im: Float64Array }

/** Fresh scratch buffers. */
export function makeScratch(): Scratch {
  return { re: new Float64Array(16), im: new Float64Array(16) };
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

