/**
 * A circuit compiled for the sparse-state backend: bit masks and index offsets as pairs of
 * 32-bit words (bits 0–31 in `lo`, 32–63 in `hi`), so circuits up to 64 qubits are addressable.
 * Each gate is classified by the structure of its target matrix:
 * - `phase`: multiply the amplitudes whose index has every bit of the mask set (p, cz, mcp, …);
 * - `diag`: a diagonal k-target gate within the control subspace (rz, crz, diagonal blocks);
 * - `perm`: a monomial matrix (one unit-modulus entry per column) within the control subspace:
 *   X, CX, Toffoli, MCX, SWAP, Y, … move each amplitude to one new index (no hash look-up);
 * - `dense`: any other k-target gate (H, ry, u3, …): amplitudes of a group of 2^k indices mix,
 *   so partners are found through the hash index and new non-zero amplitudes are appended.
 */
import type { Condition } from '../../ir';

/** Control and target addressing shared by the gate steps. */
export interface SparseAddressing {
  /** Control mask words: the step applies where (lo & ctrlLo) = ctrlLo and (hi & ctrlHi) = ctrlHi. */
  readonly ctrlLo: number;
  readonly ctrlHi: number;
  /** Target j: word (0 = lo, 1 = hi) and bit within it; sub-index bit j = that key bit. */
  readonly tWord: Int32Array;
  readonly tBit: Int32Array;
  /** Key bits of sub-index s, as (offLo[s], offHi[s]). */
  readonly offLo: Int32Array;
  readonly offHi: Int32Array;
  readonly condition?: Condition;
}

/** One step of a sparse program. Matrices are row-major over target sub-indices. */
export type SparseStep =
  | { readonly kind: 'phase'; readonly maskLo: number; readonly maskHi: number; readonly pr: number; readonly pi: number; readonly condition?: Condition }
  | (SparseAddressing & { readonly kind: 'diag'; readonly dRe: Float64Array; readonly dIm: Float64Array })
  /** perm: column s goes to row dest[s] with factor (vRe[s] + i·vIm[s]); key ^= (xorLo[s], xorHi[s]). */
  | (SparseAddressing & { readonly kind: 'perm'; readonly xorLo: Int32Array; readonly xorHi: Int32Array; readonly vRe: Float64Array; readonly vIm: Float64Array; readonly unitFactors: boolean })
  | (SparseAddressing & { readonly kind: 'dense'; readonly mRe: Float64Array; readonly mIm: Float64Array })
  | { readonly kind: 'scalar'; readonly pr: number; readonly pi: number; readonly condition?: Condition }
  | { readonly kind: 'measure'; readonly qubit: number; readonly clbit: number; readonly condition?: Condition }
  | { readonly kind: 'reset'; readonly qubit: number; readonly condition?: Condition };

/** A compiled sparse program (see {@link SparseStep}); `tailStart` as in the dense SimProgram. */
export interface SparseProgram {
  readonly numQubits: number;
  readonly numClbits: number;
  readonly steps: readonly SparseStep[];
  /** Steps from here on are only unconditioned measurements. */
  readonly tailStart: number;
  /** A measurement, reset or condition occurs before `tailStart` (shots then need one run each). */
  readonly isDynamic: boolean;
  /** Gate applications fed by the circuit walk (before single-qubit fusion). */
  readonly gateCountBeforeFusion: number;
}
