import { InvalidVectorError } from '../errors';
import { assertStateFits } from './budget';

/**
 * A state vector of `numQubits` qubits on split typed arrays: amplitude of basis index i is
 * re[i] + i·im[i], where bit q of i is qubit q (qubit 0 least significant, as in OpenQASM and
 * Qiskit). The arrays are owned by whoever created the state; simulator kernels update them in
 * place, and every exported function that returns a state returns fresh arrays.
 */
export interface StateVector {
  readonly numQubits: number;
  readonly re: Float64Array;
  readonly im: Float64Array;
}

/** Options shared by everything that allocates a state. */
export interface AllocationOptions {
  /** Memory budget in bytes (default: min(75% of RAM, 20 GiB)). */
  readonly memoryBudgetBytes?: number;
}

/** |0…0⟩ on `numQubits` qubits, after checking the memory budget. */
export function zeroState(numQubits: number, opts: AllocationOptions = {}): StateVector {
  assertStateFits(numQubits, opts.memoryBudgetBytes);
  const dim = 2 ** numQubits;
  const s = { numQubits, re: new Float64Array(dim), im: new Float64Array(dim) };
  s.re[0] = 1;
  return s;
}

/** The computational basis state |index⟩ (bit q of index = qubit q). */
export function basisState(numQubits: number, index: number, opts: AllocationOptions = {}): StateVector {
  const s = zeroState(numQubits, opts);
  if (!Number.isInteger(index) || index < 0 || index >= s.re.length) {
    throw new InvalidVectorError(`basis index ${index} is out of range 0..${s.re.length - 1}`);
  }
  s.re[0] = 0;
  s.re[index] = 1;
  return s;
}

/**
 * A state from amplitude arrays (copied). `im` defaults to zeros. The length must be a power of
 * two; with `normalize` the copy is scaled to unit norm (a zero vector is rejected).
 */
export function stateFromAmplitudes(re: ArrayLike<number>, im?: ArrayLike<number>, opts: AllocationOptions & { normalize?: boolean } = {}): StateVector {
  const dim = re.length;
  const numQubits = Math.round(Math.log2(dim));
  if (dim === 0 || 2 ** numQubits !== dim) throw new InvalidVectorError(`state length ${dim} is not a power of two`);
  if (im && im.length !== dim) throw new InvalidVectorError(`real part has ${dim} entries but imaginary part has ${im.length}`);
  assertStateFits(numQubits, opts.memoryBudgetBytes);
  const s = { numQubits, re: Float64Array.from(re), im: im ? Float64Array.from(im) : new Float64Array(dim) };
  let norm2 = 0;
  for (let i = 0; i < dim; i++) {
    const a = s.re[i], b = s.im[i];
    if (!Number.isFinite(a) || !Number.isFinite(b)) throw new InvalidVectorError(`amplitude ${i} is not finite`);
    norm2 += a * a + b * b;
  }
  if (opts.normalize) {
    if (norm2 === 0) throw new InvalidVectorError('cannot normalize the zero vector');
    scaleInPlace(s, 1 / Math.sqrt(norm2), 0);
  }
  return s;
}

/** A deep copy of a state (checked against the memory budget). */
export function copyState(s: StateVector, opts: AllocationOptions = {}): StateVector {
  assertStateFits(s.numQubits, opts.memoryBudgetBytes);
  return { numQubits: s.numQubits, re: s.re.slice(), im: s.im.slice() };
}

/** ‖s‖² = Σ|amplitude|². */
export function normSquared(s: StateVector): number {
  const re = s.re, im = s.im;
  let acc = 0;
  for (let i = 0; i < re.length; i++) acc += re[i] * re[i] + im[i] * im[i];
  return acc;
}

/** Multiply every amplitude by the complex scalar (sRe + i·sIm), in place. */
export function scaleInPlace(s: StateVector, sRe: number, sIm: number): void {
  const re = s.re, im = s.im, n = re.length;
  if (sIm === 0) {
    for (let i = 0; i < n; i++) { re[i] *= sRe; im[i] *= sRe; }
    return;
  }
  for (let i = 0; i < n; i++) {
    const a = re[i], b = im[i];
    re[i] = a * sRe - b * sIm;
    im[i] = a * sIm + b * sRe;
  }
}

/** ⟨a|b⟩ (conjugate-linear in a) as [re, im]. */
export function innerProduct(a: StateVector, b: StateVector): [number, number] {
  if (a.re.length !== b.re.length) throw new InvalidVectorError(`inner product of states on ${a.numQubits} and ${b.numQubits} qubits`);
  let r = 0, i = 0;
  for (let k = 0; k < a.re.length; k++) {
    r += a.re[k] * b.re[k] + a.im[k] * b.im[k];
    i += a.re[k] * b.im[k] - a.im[k] * b.re[k];
  }
  return [r, i];
}

/**
 * Fidelity-based distance up to global phase: sqrt(max(0, 1 − |⟨a|b⟩|²/(‖a‖²‖b‖²))).
 * 0 for states equal up to a global phase (and scale).
 */
export function distanceUpToPhase(a: StateVector, b: StateVector): number {
  const [r, i] = innerProduct(a, b);
  const f = (r * r + i * i) / (normSquared(a) * normSquared(b));
  return Math.sqrt(Math.max(0, 1 - f));
}
