import { InvalidArgumentError, InvalidVectorError } from '../../errors';
import { assertStateFits } from '../budget';
import type { PostselectResult } from '../measure';
import type { StateJson } from '../report';
import { MAX_JSON_STATE_QUBITS } from '../report';
import type { AllocationOptions, StateVector } from '../state';
import type { SparseState } from './sparseState';

/** Probabilities within this (absolute) are ties in {@link topSparseBasisStates} (as in the dense topBasisStates). */
const TIE_TOL = 1e-12;

/** Word and bit of qubit q in a two-word key. */
function wordBit(q: number): [number, number] {
  return [q < 32 ? 0 : 1, q & 31];
}

function checkQubit(st: SparseState, q: number): void {
  if (!Number.isInteger(q) || q < 0 || q >= st.numQubits) throw new InvalidArgumentError(`qubit ${q} is out of range 0..${st.numQubits - 1}`);
}

/** Probability that `qubit` reads 1 (assumes unit norm). */
export function sparseProbabilityOfOne(st: SparseState, qubit: number): number {
  checkQubit(st, qubit);
  const [w, b] = wordBit(qubit);
  const keys = w === 0 ? st.lo : st.hi, re = st.re, im = st.im;
  let p = 0;
  for (let e = 0; e < st.count; e++) if ((keys[e] >>> b) & 1) p += re[e] * re[e] + im[e] * im[e];
  return p;
}

/** Project `qubit` onto |outcome⟩ (probability > 0) and renormalize, in place. */
export function sparseCollapse(st: SparseState, qubit: number, outcome: 0 | 1, probability: number): void {
  checkQubit(st, qubit);
  if (!(probability > 0)) throw new InvalidVectorError(`cannot collapse qubit ${qubit} onto an outcome of probability ${probability}`);
  const [w, b] = wordBit(qubit);
  const keys = w === 0 ? st.lo : st.hi;
  const scale = 1 / Math.sqrt(probability);
  for (let e = 0; e < st.count; e++) {
    if (((keys[e] >>> b) & 1) === outcome) { st.re[e] *= scale; st.im[e] *= scale; } else { st.re[e] = 0; st.im[e] = 0; }
  }
  st.compact(0, false);
}

/** Flip `qubit` (an X gate), used by reset. */
export function sparseFlip(st: SparseState, qubit: number): void {
  const [w, b] = wordBit(qubit);
  const keys = w === 0 ? st.lo : st.hi, f = 1 << b;
  for (let e = 0; e < st.count; e++) keys[e] ^= f;
  st.invalidateIndex();
}

/**
 * Post-select `qubits` on `values` (as the dense {@link postselect}): the normalized dense state
 * of the remaining qubits (original order, re-indexed from 0) and the outcome's probability.
 */
export function sparsePostselect(st: SparseState, qubits: readonly number[], values: readonly number[], opts: AllocationOptions = {}): PostselectResult {
  if (values.length !== qubits.length) throw new InvalidArgumentError(`postselect: ${qubits.length} qubit(s) but ${values.length} value(s)`);
  for (const q of qubits) checkQubit(st, q);
  if (new Set(qubits).size !== qubits.length) throw new InvalidArgumentError(`postselect: repeated qubit in [${qubits.join(', ')}]`);
  let selLo = 0, selHi = 0, valLo = 0, valHi = 0;
  const selected = new Set(qubits);
  qubits.forEach((q, j) => {
    const v = values[j];
    if (v !== 0 && v !== 1) throw new InvalidArgumentError(`postselect: value ${v} for qubit ${q} is not 0 or 1`);
    const [w, b] = wordBit(q);
    if (w === 0) { selLo |= 1 << b; if (v) valLo |= 1 << b; } else { selHi |= 1 << b; if (v) valHi |= 1 << b; }
  });
  const rest: number[] = [];
  for (let q = 0; q < st.numQubits; q++) if (!selected.has(q)) rest.push(q);
  const m = rest.length;
  assertStateFits(m, opts.memoryBudgetBytes, 1, 'post-selected state');
  const outRe = new Float64Array(2 ** m), outIm = new Float64Array(2 ** m);
  const restWord = rest.map((q) => wordBit(q));
  let prob = 0;
  for (let e = 0; e < st.count; e++) {
    const l = st.lo[e], h = st.hi[e];
    if ((l & selLo) !== valLo || (h & selHi) !== valHi) continue;
    let k = 0;
    for (let j = 0; j < m; j++) k += ((((restWord[j][0] === 0 ? l : h) >>> restWord[j][1]) & 1) * 2 ** j);
    outRe[k] = st.re[e]; outIm[k] = st.im[e];
    prob += st.re[e] * st.re[e] + st.im[e] * st.im[e];
  }
  if (!(prob > 0)) throw new InvalidVectorError(`post-selection of qubit(s) [${qubits.join(', ')}] on [${values.join(', ')}] has probability 0`);
  const s = 1 / Math.sqrt(prob);
  for (let k = 0; k < outRe.length; k++) { outRe[k] *= s; outIm[k] *= s; }
  return { state: { numQubits: m, re: outRe, im: outIm }, probability: prob };
}

/** The dense state vector of a sparse state (for cross-checks; must fit the memory budget). */
export function sparseToDense(st: SparseState, opts: AllocationOptions = {}): StateVector {
  assertStateFits(st.numQubits, opts.memoryBudgetBytes);
  const dim = 2 ** st.numQubits;
  const re = new Float64Array(dim), im = new Float64Array(dim);
  for (let e = 0; e < st.count; e++) {
    const i = (st.lo[e] >>> 0) + (st.hi[e] >>> 0) * 2 ** 32;
    re[i] = st.re[e]; im[i] = st.im[e];
  }
  return { numQubits: st.numQubits, re, im };
}

/** Bitstring of a two-word key on `width` bits, qubit 0 rightmost (exact for any width ≤ 64). */
export function keyBitString(lo: number, hi: number, width: number): string {
  if (width === 0) return '';
  if (width <= 32) return (lo >>> 0).toString(2).padStart(width, '0');
  return (hi >>> 0).toString(2).padStart(width - 32, '0') + (lo >>> 0).toString(2).padStart(32, '0');
}

/** A stored basis state of a sparse state with its amplitude (index as a bitstring, qubit 0 rightmost). */
export interface SparseBasisProbability {
  readonly bits: string;
  readonly re: number;
  readonly im: number;
  readonly probability: number;
}

/** Entries ordered by basis index ascending (unsigned hi word, then lo word). */
function entriesByIndex(st: SparseState): number[] {
  const order = Array.from({ length: st.count }, (_, e) => e);
  const lo = st.lo, hi = st.hi;
  return order.sort((a, b) => (hi[a] >>> 0) - (hi[b] >>> 0) || (lo[a] >>> 0) - (lo[b] >>> 0));
}

/** The `k` most probable stored basis states: probability descending, ties (within 1e-12) by index ascending. */
export function topSparseBasisStates(st: SparseState, k: number): readonly SparseBasisProbability[] {
  if (!Number.isInteger(k) || k < 1) throw new InvalidArgumentError(`top count must be a positive integer, got ${k}`);
  const prob = (e: number) => st.re[e] * st.re[e] + st.im[e] * st.im[e];
  const byIndex = entriesByIndex(st).filter((e) => prob(e) > 0);
  const rank = new Map(byIndex.map((e, r) => [e, r]));
  const sorted = byIndex.sort((a, b) => {
    const d = prob(b) - prob(a);
    return Math.abs(d) > TIE_TOL ? d : rank.get(a)! - rank.get(b)!;
  });
  return sorted.slice(0, k).map((e) => ({ bits: keyBitString(st.lo[e], st.hi[e], st.numQubits), re: st.re[e], im: st.im[e], probability: prob(e) }));
}

/** Largest support {@link sparseStateToJson} writes (as the dense writer's 2^24 amplitudes). */
export const MAX_JSON_SUPPORT = 2 ** MAX_JSON_STATE_QUBITS;

/** The non-zero amplitudes of a sparse state as the same JSON form as the dense stateToJson (index ascending). */
export function sparseStateToJson(st: SparseState): StateJson {
  if (st.count > MAX_JSON_SUPPORT) {
    throw new InvalidArgumentError(`a state with ${st.count} non-zero amplitudes is too large to write as JSON (max ${MAX_JSON_SUPPORT}); use --shots to write counts instead`);
  }
  const amplitudes = entriesByIndex(st)
    .filter((e) => st.re[e] !== 0 || st.im[e] !== 0)
    .map((e) => ({ bits: keyBitString(st.lo[e], st.hi[e], st.numQubits), re: st.re[e], im: st.im[e], probability: st.re[e] * st.re[e] + st.im[e] * st.im[e] }));
  return { format: 'qnewton-statevector', numQubits: st.numQubits, bitOrder: 'qubit 0 rightmost', amplitudes };
}
