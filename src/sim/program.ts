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
  /**
   * A 2×2 gate on target t chosen by control qubit c: `m0` where bit c is 0, `m1` where it is 1
   * (a single-qubit gate fused with a controlled gate onto the same target, e.g. H then CX).
   */
  | { readonly kind: 'ucg1'; readonly pos: Int32Array; readonly c: number; readonly t: number; readonly m0: Float64Array; readonly m1: Float64Array; readonly condition?: undefined }
  | { readonly kind: 'antidiag1'; readonly pos: Int32Array; readonly ctrlMask: number; readonly t: number; readonly m: Float64Array; readonly condition?: Condition }
  | { readonly kind: 'swap'; readonly pos: Int32Array; readonly ctrlMask: number; readonly offA: number; readonly offB: number; readonly condition?: Condition }
  | { readonly kind: 'dense2'; readonly pos: Int32Array; readonly ctrlMask: number; readonly t0: number; readonly t1: number; readonly m: Float64Array; readonly condition?: Condition }
  | { readonly kind: 'diagN'; readonly pos: Int32Array; readonly ctrlMask: number; readonly offsets: Int32Array; readonly dRe: Float64Array; readonly dIm: Float64Array; readonly skip: Uint8Array; readonly condition?: Condition }
  | { readonly kind: 'sparse'; readonly pos: Int32Array; readonly ctrlMask: number; readonly sparse: SparseGate; readonly condition?: Condition }
  | { readonly kind: 'scalar'; readonly pr: number; readonly pi: number; readonly condition?: Condition }
  /**
   * A fused run of `gates` phase steps sharing qubit `control` (phaseProduct.ts): amplitude i with
   * bit `control` set (every amplitude when control = −1: a run of single-qubit phases) is
   * multiplied by Π over its set bits q of (fRe[q] + i·fIm[q]).
   */
  | { readonly kind: 'phaseProduct'; readonly control: number; readonly fRe: Float64Array; readonly fIm: Float64Array; readonly gates: number; readonly condition?: undefined }
  /** Only inside a block: multiply local amplitude l by (dRe[l] + i·dIm[l]) (a fused run of diagonal steps). */
  | { readonly kind: 'diagTable'; readonly dRe: Float64Array; readonly dIm: Float64Array; readonly condition?: undefined }
  /**
   * Only inside a block: a fused run of monomial steps (permutations such as X/CX/SWAP chains,
   * with or without phases; blockLocal.ts): new local amplitude l = (pRe[l] + i·pIm[l]) · old
   * amplitude src[l]; `pRe`/`pIm` are null for a pure permutation.
   */
  | { readonly kind: 'monomial'; readonly src: Int32Array; readonly pRe: Float64Array | null; readonly pIm: Float64Array | null; readonly condition?: undefined }
  /**
   * A cache block (fusion.ts): `steps` (unitary, unconditioned, on local qubits 0…|pos|−1) are
   * applied to each group of 2^|pos| amplitudes that differ only in the bits `pos` (sorted
   * global qubits), gathered into a cache-resident buffer. The lowest `rowBits` block qubits are
   * the global qubits 0…rowBits−1, so a group is 2^(|pos|−rowBits) contiguous rows of 2^rowBits
   * amplitudes; `rowOffsets[r]` is the global index offset of row r (local index r·2^rowBits).
   * When rowBits = |pos| the group is one contiguous chunk, updated in place. One memory pass
   * for the whole run of steps.
   */
  | { readonly kind: 'block'; readonly pos: Int32Array; readonly rowBits: number; readonly rowOffsets: Int32Array; readonly steps: readonly SimStep[]; readonly condition?: undefined }
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
