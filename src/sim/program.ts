import type { Condition } from '../ir';

/**
 * One step of a compiled simulator program. Gate steps name the kernel that applies them (see
 * kernels.ts); `pos` is the sorted list of all bit positions the gate touches (controls and
 * targets) and `ctrlMask` the OR of the control bits. `condition` (on clbits) gates the step.
 */
export type SimStep =
  | { readonly kind: 'phaseMask'; readonly pos: Int32Array; readonly mask: number; readonly pr: number; readonly pi: number; readonly condition?: Condition }
  | { readonly kind: 'general1'; readonly pos: Int32Array; readonly ctrlMask: number; readonly t: number; readonly m: Float64Array; readonly condition?: Condition }
  | { readonly kind: 'diag1'; readonly pos: Int32Array; readonly ctrlMask: number; readonly t: number; readonly m: Float64Array; readonly condition?: Condition }
  | { readonly kind: 'antidiag1'; readonly pos: Int32Array; readonly ctrlMask: number; readonly t: number; readonly m: Float64Array; readonly condition?: Condition }
  | { readonly kind: 'swap'; readonly pos: Int32Array; readonly ctrlMask: number; readonly offA: number; readonly offB: number; readonly condition?: Condition }
  | { readonly kind: 'dense2'; readonly pos: Int32Array; readonly ctrlMask: number; readonly t0: number; readonly t1: number; readonly m: Float64Array; readonly condition?: Condition }
  | { readonly kind: 'diagN'; readonly pos: Int32Array; readonly ctrlMask: number; readonly offsets: Int32Array; readonly dRe: Float64Array; readonly dIm: Float64Array; readonly skip: Uint8Array; readonly condition?: Condition }
  | { readonly kind: 'sparse'; readonly pos: Int32Array; readonly ctrlMask: number; readonly sparse: SparseGate; readonly condition?: Condition }
  | { readonly kind: 'scalar'; readonly pr: number; readonly pi: number; readonly condition?: Condition }
  /**
   * A fused run of `gates` phase steps sharing qubit `control` (phaseProduct.ts): amplitude i with
   * bit `control` set is multiplied by Π over its set bits q of (fRe[q] + i·fIm[q]).
   */
  | { readonly kind: 'phaseProduct'; readonly control: number; readonly fRe: Float64Array; readonly fIm: Float64Array; readonly gates: number; readonly condition?: undefined }
  /** Only inside a block: multiply local amplitude l by (dRe[l] + i·dIm[l]) (a fused run of diagonal steps). */
  | { readonly kind: 'diagTable'; readonly dRe: Float64Array; readonly dIm: Float64Array; readonly condition?: undefined }
  /**
   * A cache block (fusion.ts): `steps` (unitary, unconditioned, on local qubits 0…|pos|−1) are
   * applied to each group of 2^|pos| amplitudes that differ only in the bits `pos` (sorted
   * global qubits), gathered into a cache-resident buffer; `offsets[l]` is the global index
   * offset of local index l. One memory pass for the whole run of steps.
   */
  | { readonly kind: 'block'; readonly pos: Int32Array; readonly offsets: Int32Array; readonly contiguous: boolean; readonly steps: readonly SimStep[]; readonly condition?: undefined }
  | { readonly kind: 'measure'; readonly qubit: number; readonly clbit: number; readonly condition?: Condition }
  | { readonly kind: 'reset'; readonly qubit: number; readonly condition?: Condition };

/** A k-target gate in compressed sparse rows, with index offsets of its 2^k sub-indices. */
export interface SparseGate {
  readonly offsets: Int32Array;
  readonly rowStart: Int32Array;
  readonly cols: Int32Array;
  readonly valRe: Float64Array;
  readonly valIm: Float64Array;
  readonly skipRow: Uint8Array;
}

/**
 * A circuit compiled for the state-vector simulator: flat kernel steps (ops without a gateSpec
 * are decomposed until they have one; single-qubit runs optionally fused; the static global phase
 * folded into a step). `tailStart`: steps from here on are only unconditioned measurements, so
 * shots can be sampled from the state reached at `tailStart`. `isDynamic`: a measurement, reset
 * or condition occurs before `tailStart` (shots then need branching).
 */
export interface SimProgram {
  readonly numQubits: number;
  readonly numClbits: number;
  readonly steps: readonly SimStep[];
  readonly tailStart: number;
  readonly isDynamic: boolean;
  /** Number of gate applications before fusion (after decomposition), for reporting. */
  readonly gateCountBeforeFusion: number;
}
