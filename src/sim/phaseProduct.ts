/**
 * Phase-product fusion for the dense backend: a run of consecutive diagonal phase steps that all
 * share one qubit c — each multiplies the amplitudes whose index has bit c and at most one other
 * bit k set by a phase (cp(θ) on (k, c), p/rz on c, cz) — is the diagonal
 *   amplitude i ↦ amplitude i · Π_{q : bit q of i = 1} f_q   when bit c of i is 1,
 * a product of one factor per set bit. It is applied in one pass: the index is split into its
 * low w bits and the rest; per chunk of 2^w amplitudes the factor of the high bits is multiplied
 * once into a 2^w table of the low-bit products, then each amplitude takes one complex
 * multiplication. A QFT's ladder of j controlled phases on target j thus costs one pass instead
 * of j. (Diagonal-run fusion as in qsim/Qiskit Aer's fusers; the separable-product form is what
 * makes it cheap without a 2^j-entry table.)
 */
import { stepMask } from './stepMask';
import type { SimStep } from './program';

/** Minimum run length worth a phase-product step (shorter runs stay per-gate kernels). */
export const MIN_PHASE_PRODUCT_RUN = 3;

/** Low index bits per table (2^10 complex = 16 KiB, cache-resident). */
const LOW_BITS = 10;

type PhaseMaskStep = SimStep & { kind: 'phaseMask' };

/** Bits of a phaseMask step other than c, or -1 when the mask does not contain c or has > 1 other bit. */
function otherBit(s: PhaseMaskStep, c: number): number {
  if (!(s.mask & (1 << c))) return -1;
  const rest = s.mask & ~(1 << c);
  if (rest === 0) return c;
  if (rest & (rest - 1)) return -1;
  return 31 - Math.clz32(rest);
}

function isFusablePhase(s: SimStep): s is PhaseMaskStep {
  return s.kind === 'phaseMask' && !s.condition && s.pos.length <= 2;
}

/** The common qubit of two phase steps of at most two bits (the higher one when they share two), or -1. */
function commonBit(a: PhaseMaskStep, b: PhaseMaskStep): number {
  const m = a.mask & b.mask;
  return m === 0 ? -1 : 31 - Math.clz32(m);
}

/**
 * Replace every run of ≥ {@link MIN_PHASE_PRODUCT_RUN} unconditioned phase steps sharing one
 * qubit by one 'phaseProduct' step. Unitary, unconditioned steps in between that touch none of
 * the run's qubits so far commute with it and are moved before it (so the single-qubit gates a
 * ladder flushes do not split it); any other step ends the run. Same unitary, rounding aside.
 */
export function fusePhaseProducts(steps: readonly SimStep[], numQubits: number): SimStep[] {
  const out: SimStep[] = [];
  let i = 0;
  while (i < steps.length) {
    const s = steps[i];
    if (!isFusablePhase(s)) { out.push(s); i++; continue; }
    // The shared qubit: the common bit with the next phase step (skipping disjoint commuting steps).
    let c = -1, runMask = s.mask;
    for (let k = i + 1; k < steps.length; k++) {
      const t = steps[k];
      if (isFusablePhase(t)) { c = commonBit(s, t); break; }
      if (!commutesPast(t, runMask)) break;
    }
    if (c < 0) { out.push(s); i++; continue; }
    const run: PhaseMaskStep[] = [], hoisted: SimStep[] = [];
    let j = i;
    runMask = 0;
    for (; j < steps.length; j++) {
      const t = steps[j];
      if (isFusablePhase(t) && otherBit(t, c) >= 0) { run.push(t); runMask |= t.mask; continue; }
      if (commutesPast(t, runMask)) { hoisted.push(t); continue; }
      break;
    }
    // Trailing hoisted steps stay after the run (same order either way; keeps it simple to read).
    let tail = hoisted.length;
    while (tail > 0 && hoisted[tail - 1] === steps[j - (hoisted.length - tail) - 1]) tail--;
    if (run.length < MIN_PHASE_PRODUCT_RUN) { out.push(s); i++; continue; }
    const { fRe, fIm } = phaseFactors(run, numQubits, (p) => otherBit(p, c));
    out.push(...hoisted.slice(0, tail), { kind: 'phaseProduct', control: c, fRe, fIm, gates: run.length }, ...hoisted.slice(tail));
    i = j;
  }
  return out;
}

/**
 * Replace every run of ≥ {@link MIN_PHASE_PRODUCT_RUN} unconditioned single-qubit phase steps
 * (p, rz, s, t, z on any qubits, e.g. a layer of rz) by one uncontrolled 'phaseProduct' step
 * (control −1): amplitude i is multiplied by Π over its set bits q of f_q. Steps in between that
 * touch none of the run's qubits are moved before it, as in {@link fusePhaseProducts}.
 */
export function fuseSeparablePhases(steps: readonly SimStep[], numQubits: number): SimStep[] {
  const out: SimStep[] = [];
  let i = 0;
  while (i < steps.length) {
    const s = steps[i];
    if (!isSinglePhase(s)) { out.push(s); i++; continue; }
    const run: PhaseMaskStep[] = [], hoisted: SimStep[] = [];
    let runMask = 0, j = i;
    for (; j < steps.length; j++) {
      const t = steps[j];
      if (isSinglePhase(t)) { run.push(t); runMask |= t.mask; continue; }
      if (commutesPast(t, runMask)) { hoisted.push(t); continue; }
      break;
    }
    if (run.length < MIN_PHASE_PRODUCT_RUN) { out.push(s); i++; continue; }
    const { fRe, fIm } = phaseFactors(run, numQubits, (p) => p.pos[0]);
    out.push(...hoisted, { kind: 'phaseProduct', control: -1, fRe, fIm, gates: run.length });
    i = j;
  }
  return out;
}

/** Per-qubit phase factors f_q = Π of the run's phases on qubit `qubitOf(step)` (1 where none). */
function phaseFactors(run: readonly PhaseMaskStep[], numQubits: number, qubitOf: (p: PhaseMaskStep) => number): { fRe: Float64Array; fIm: Float64Array } {
  const fRe = new Float64Array(numQubits).fill(1), fIm = new Float64Array(numQubits);
  for (const p of run) {
    const q = qubitOf(p), ar = fRe[q], ai = fIm[q];
    fRe[q] = ar * p.pr - ai * p.pi;
    fIm[q] = ar * p.pi + ai * p.pr;
  }
  return { fRe, fIm };
}

function isSinglePhase(s: SimStep): s is PhaseMaskStep {
  return s.kind === 'phaseMask' && !s.condition && s.pos.length === 1;
}

/** True when `t` (unitary, unconditioned) touches none of the qubits in `mask`: it commutes with the run. */
function commutesPast(t: SimStep, mask: number): boolean {
  if (t.condition || t.kind === 'measure' || t.kind === 'reset') return false;
  return (stepMask(t) & mask) === 0;
}

/**
 * Multiply amplitude i (bit `control` of i set; every i when control = −1) by Π_{q: bit q of i} (fRe[q] + i·fIm[q]); `tRe`/`tIm`
 * are scratch tables of at least 2^min(n, 10) entries each.
 */
export function applyPhaseProduct(re: Float64Array, im: Float64Array, dim: number, control: number, fRe: Float64Array, fIm: Float64Array, tRe: Float64Array, tIm: Float64Array): void {
  const n = 31 - Math.clz32(dim);
  const w = Math.min(n, LOW_BITS), size = 1 << w;
  // Qubits ≥ fRe.length have factor 1 (a state wider than the program, e.g. unitaryOf's 2n-qubit vec(U)).
  const nf = Math.min(n, fRe.length);
  // Low-bit products (factor of bit q included only for q < w).
  tRe[0] = 1; tIm[0] = 0;
  for (let q = 0; q < w; q++) {
    const h = 1 << q, fr = q < nf ? fRe[q] : 1, fi = q < nf ? fIm[q] : 0;
    for (let l = 0; l < h; l++) {
      const ar = tRe[l], ai = tIm[l];
      tRe[h + l] = ar * fr - ai * fi;
      tIm[h + l] = ar * fi + ai * fr;
    }
  }
  // control −1 (no control) takes the same path as a control above the table bits, without the test.
  const cBit = control < 0 ? 0 : 1 << control;
  const highPath = control < 0 || control >= w;
  for (let base = 0; base < dim; base += size) {
    if (cBit !== 0 && control >= w && !(base & cBit)) continue;
    let hr = 1, hi = 0;
    for (let q = w; q < nf; q++) {
      if (!(base & (1 << q))) continue;
      const fr = fRe[q], fi = fIm[q], ar = hr;
      hr = ar * fr - hi * fi;
      hi = ar * fi + hi * fr;
    }
    if (highPath) {
      for (let l = 0; l < size; l++) {
        const pr = hr * tRe[l] - hi * tIm[l], pi = hr * tIm[l] + hi * tRe[l];
        const i = base + l, xr = re[i], xi = im[i];
        re[i] = xr * pr - xi * pi;
        im[i] = xr * pi + xi * pr;
      }
    } else {
      // Only indices with the control bit: runs of 2^control starting at offsets with that bit set.
      const cs = cBit;
      for (let b = cs; b < size; b += 2 * cs) {
        const end = b + cs;
        for (let l = b; l < end; l++) {
          const pr = hr * tRe[l] - hi * tIm[l], pi = hr * tIm[l] + hi * tRe[l];
          const i = base + l, xr = re[i], xi = im[i];
          re[i] = xr * pr - xi * pi;
          im[i] = xr * pi + xi * pr;
        }
      }
    }
  }
}
