import { InvalidArgumentError, InvalidVectorError } from '../errors';
import { assertStateFits } from './budget';
import type { AllocationOptions, StateVector } from './state';

/** Probability that `qubit` reads 1 (Σ|a_i|² over indices with that bit set; assumes unit norm). */
export function probabilityOfOne(state: StateVector, qubit: number): number {
  checkQubit(state, qubit);
  const re = state.re, im = state.im, dim = re.length, ts = 1 << qubit;
  let p = 0;
  for (let b = ts; b < dim; b += 2 * ts) {
    const end = b + ts;
    for (let i = b; i < end; i++) p += re[i] * re[i] + im[i] * im[i];
  }
  return p;
}

/**
 * Project `qubit` onto |outcome⟩ in place and rescale by 1/sqrt(probability) (the post-measurement
 * state). `probability` is the outcome's probability (> 0).
 */
export function collapseQubit(state: StateVector, qubit: number, outcome: 0 | 1, probability: number): void {
  checkQubit(state, qubit);
  if (!(probability > 0)) throw new InvalidVectorError(`cannot collapse qubit ${qubit} onto an outcome of probability ${probability}`);
  const re = state.re, im = state.im, dim = re.length, ts = 1 << qubit;
  const scale = 1 / Math.sqrt(probability);
  for (let b = 0; b < dim; b += 2 * ts) {
    const keep = outcome === 0 ? b : b + ts, drop = outcome === 0 ? b + ts : b;
    for (let k = 0; k < ts; k++) {
      re[keep + k] *= scale; im[keep + k] *= scale;
      re[drop + k] = 0; im[drop + k] = 0;
    }
  }
}

/** Swap the |0⟩ and |1⟩ halves of `qubit` in place (an X gate), used by reset. */
export function flipQubit(state: StateVector, qubit: number): void {
  const re = state.re, im = state.im, dim = re.length, ts = 1 << qubit;
  for (let b = 0; b < dim; b += 2 * ts) {
    for (let i = b; i < b + ts; i++) {
      const j = i + ts;
      const xr = re[i], xi = im[i];
      re[i] = re[j]; im[i] = im[j]; re[j] = xr; im[j] = xi;
    }
  }
}

/** Probabilities |a_i|² of all 2^n basis states (bit q of i = qubit q). */
export function probabilities(state: StateVector): Float64Array {
  const re = state.re, im = state.im;
  const p = new Float64Array(re.length);
  for (let i = 0; i < re.length; i++) p[i] = re[i] * re[i] + im[i] * im[i];
  return p;
}

/**
 * Marginal distribution of `qubits`: entry k (bit j of k = value of qubits[j]) is the total
 * probability of the basis states whose listed qubits read k. Length 2^qubits.length.
 */
export function marginalProbabilities(state: StateVector, qubits: readonly number[]): Float64Array {
  for (const q of qubits) checkQubit(state, q);
  if (new Set(qubits).size !== qubits.length) throw new InvalidArgumentError(`marginalProbabilities: repeated qubit in [${qubits.join(', ')}]`);
  const k = qubits.length;
  const out = new Float64Array(2 ** k);
  const re = state.re, im = state.im;
  for (let i = 0; i < re.length; i++) {
    const p = re[i] * re[i] + im[i] * im[i];
    if (p === 0) continue;
    let idx = 0;
    for (let j = 0; j < k; j++) idx |= ((i >>> qubits[j]) & 1) << j;
    out[idx] += p;
  }
  return out;
}

/** Result of {@link postselect}. */
export interface PostselectResult {
  /** The normalized state of the remaining qubits (in their original order, re-indexed from 0). */
  readonly state: StateVector;
  /** Probability of the post-selected outcome (in the input state, assumed normalized). */
  readonly probability: number;
}

/**
 * Post-select `qubits` on `values` (one bit each; a single number for one qubit): project,
 * drop those qubits, and renormalize. E.g. for a block-encoding / QLSA circuit, post-select
 * the ancillas on |0⟩ and compare the remaining data register with A⁻¹b (up to phase).
 * Throws if the outcome has zero probability.
 */
export function postselect(state: StateVector, qubits: number | readonly number[], values: number | readonly number[] = 0, opts: AllocationOptions = {}): PostselectResult {
  const qs = typeof qubits === 'number' ? [qubits] : [...qubits];
  const vs = typeof values === 'number' ? qs.map(() => values) : [...values];
  if (vs.length !== qs.length) throw new InvalidArgumentError(`postselect: ${qs.length} qubit(s) but ${vs.length} value(s)`);
  for (const q of qs) checkQubit(state, q);
  if (new Set(qs).size !== qs.length) throw new InvalidArgumentError(`postselect: repeated qubit in [${qs.join(', ')}]`);
  let selMask = 0, selValue = 0;
  qs.forEach((q, j) => {
    if (vs[j] !== 0 && vs[j] !== 1) throw new InvalidArgumentError(`postselect: value ${vs[j]} for qubit ${q} is not 0 or 1`);
    selMask |= 1 << q;
    if (vs[j] === 1) selValue |= 1 << q;
  });
  const rest: number[] = [];
  for (let q = 0; q < state.numQubits; q++) if (!(selMask & (1 << q))) rest.push(q);
  const m = rest.length;
  assertStateFits(m, opts.memoryBudgetBytes, 1, 'post-selected state');
  const outRe = new Float64Array(2 ** m), outIm = new Float64Array(2 ** m);
  let prob = 0;
  for (let k = 0; k < outRe.length; k++) {
    let i = selValue;
    for (let j = 0; j < m; j++) if ((k >>> j) & 1) i |= 1 << rest[j];
    const a = state.re[i], b = state.im[i];
    outRe[k] = a; outIm[k] = b;
    prob += a * a + b * b;
  }
  if (!(prob > 0)) {
    throw new InvalidVectorError(`post-selection of qubit(s) [${qs.join(', ')}] on [${vs.join(', ')}] has probability 0`);
  }
  const s = 1 / Math.sqrt(prob);
  for (let k = 0; k < outRe.length; k++) { outRe[k] *= s; outIm[k] *= s; }
  return { state: { numQubits: m, re: outRe, im: outIm }, probability: prob };
}

/** One basis state with its amplitude and probability, for reports. */
export interface BasisProbability {
  /** Basis index (bit q = qubit q). */
  readonly index: number;
  /** Bitstring with qubit 0 rightmost (Qiskit order). */
  readonly bits: string;
  readonly re: number;
  readonly im: number;
  readonly probability: number;
}

/** Probabilities within this (absolute) are ties in {@link topBasisStates}: rounding must not reorder equal states. */
const TIE_TOL = 1e-12;

/**
 * The `k` most probable basis states, by probability descending, ties (within 1e-12) by index
 * ascending.
 */
export function topBasisStates(state: StateVector, k: number): readonly BasisProbability[] {
  const re = state.re, im = state.im;
  return topBasisStatesOf(state.numQubits, k, (i) => re[i], (i) => im[i]);
}

/** {@link topBasisStates} over amplitudes given by accessors (also used for complex64 states). */
export function topBasisStatesOf(numQubits: number, k: number, reAt: (i: number) => number, imAt: (i: number) => number): readonly BasisProbability[] {
  if (!Number.isInteger(k) || k < 1) throw new InvalidArgumentError(`top count must be a positive integer, got ${k}`);
  const dim = 2 ** numQubits;
  // Keep a small sorted buffer instead of sorting all 2^n probabilities; indices arrive ascending,
  // so a newcomer goes after every kept state it ties with.
  const idx: number[] = [], pr: number[] = [];
  for (let i = 0; i < dim; i++) {
    const a = reAt(i), b = imAt(i);
    const p = a * a + b * b;
    if (p === 0 || (idx.length === k && p <= pr[k - 1] + TIE_TOL)) continue;
    let pos = idx.length;
    while (pos > 0 && pr[pos - 1] < p - TIE_TOL) pos--;
    idx.splice(pos, 0, i); pr.splice(pos, 0, p);
    if (idx.length > k) { idx.pop(); pr.pop(); }
  }
  return idx.map((i, j) => ({ index: i, bits: toBitString(i, numQubits), re: reAt(i), im: imAt(i), probability: pr[j] }));
}

/** Bitstring of `index` on `width` bits, bit 0 rightmost. */
export function toBitString(index: number, width: number): string {
  return width === 0 ? '' : index.toString(2).padStart(width, '0');
}

function checkQubit(state: StateVector, q: number): void {
  if (!Number.isInteger(q) || q < 0 || q >= state.numQubits) {
    throw new InvalidArgumentError(`qubit ${q} is out of range 0..${state.numQubits - 1}`);
  }
}
