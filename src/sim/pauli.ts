import { InvalidArgumentError } from '../errors';
import type { StateVector } from './state';

/** A single-qubit Pauli letter. */
export type PauliLetter = 'I' | 'X' | 'Y' | 'Z';

/**
 * A Pauli string: either text with one letter per qubit, qubit 0 RIGHTMOST (Qiskit order, e.g.
 * 'XIZ' = X on qubit 2, Z on qubit 0; shorter strings pad with I on the high qubits), or a sparse
 * list of [qubit, letter] pairs. An optional leading sign/coefficient is not part of this type.
 */
export type PauliString = string | ReadonlyArray<readonly [number, PauliLetter]>;

/** Bit masks of a Pauli string: X-type (X or Y) flips, Z-only signs, Y count. */
interface PauliMasks { readonly xMask: number; readonly zMask: number; readonly yMask: number; readonly numY: number }

function masksOf(p: PauliString, numQubits: number): PauliMasks {
  const pairs: [number, string][] = typeof p === 'string'
    ? [...p].reverse().map((ch, q) => [q, ch.toUpperCase()])
    : p.map(([q, l]) => [q, l]);
  let xMask = 0, zMask = 0, yMask = 0, numY = 0;
  const seen = new Set<number>();
  for (const [q, l] of pairs) {
    if (!Number.isInteger(q) || q < 0 || q >= numQubits) throw new InvalidArgumentError(`Pauli string acts on qubit ${q}, but the state has ${numQubits} qubit(s)`);
    if (seen.has(q)) throw new InvalidArgumentError(`Pauli string names qubit ${q} twice`);
    seen.add(q);
    const bit = 1 << q;
    switch (l) {
      case 'I': break;
      case 'X': xMask |= bit; break;
      case 'Z': zMask |= bit; break;
      case 'Y': xMask |= bit; yMask |= bit; numY++; break;
      default: throw new InvalidArgumentError(`'${l}' is not a Pauli letter; use I, X, Y or Z`);
    }
  }
  return { xMask, zMask, yMask, numY };
}

function parity(x: number): number {
  x ^= x >>> 16; x ^= x >>> 8; x ^= x >>> 4; x ^= x >>> 2; x ^= x >>> 1;
  return x & 1;
}

/**
 * ⟨ψ|P|ψ⟩ for a Pauli string P (real, since P is Hermitian). Uses
 * (Pψ)[j] = i^{#Y} · (−1)^{|j ∧ zMask| + |¬j ∧ yMask|} · ψ[j ⊕ xMask]
 * (Y|0⟩ = i|1⟩, Y|1⟩ = −i|0⟩), one pass, no copy of the state.
 */
export function expectationPauli(state: StateVector, pauli: PauliString): number {
  const { xMask, zMask, yMask, numY } = masksOf(pauli, state.numQubits);
  const re = state.re, im = state.im, dim = re.length;
  let accRe = 0, accIm = 0;
  for (let j = 0; j < dim; j++) {
    const k = j ^ xMask;
    const sign = parity((j & zMask) ^ (~j & yMask)) ? -1 : 1;
    // conj(ψ_j) · ψ_k
    accRe += sign * (re[j] * re[k] + im[j] * im[k]);
    accIm += sign * (re[j] * im[k] - im[j] * re[k]);
  }
  // Multiply by i^{numY} and keep the real part.
  switch (numY & 3) {
    case 0: return accRe;
    case 1: return -accIm;
    case 2: return -accRe;
    default: return accIm;
  }
}

/** Σ_k coeff_k ⟨ψ|P_k|ψ⟩ for a real linear combination of Pauli strings (a Hamiltonian / observable). */
export function expectationPauliSum(state: StateVector, terms: ReadonlyArray<{ readonly coeff: number; readonly pauli: PauliString }>): number {
  let e = 0;
  for (const t of terms) e += t.coeff * expectationPauli(state, t.pauli);
  return e;
}
