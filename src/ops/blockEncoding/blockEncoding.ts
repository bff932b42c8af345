import type { CsrMatrix } from '../../math/csrMatrix';
import type { Op } from '../../ir';

/**
 * A block encoding of an N×N real matrix A (N = 2^numDataQubits): a unitary U with
 *   (⟨0|^{⊗a} ⊗ I) U (|0⟩^{⊗a} ⊗ I) ≈ A / alpha,   ‖A/alpha − block‖₂ ≤ errorBound.
 *
 * Operand layout of `op` (and so of its matrix): data qubits are operands 0..numDataQubits−1
 * (the low bits), then the numAncillas ancillas. Hence the top-left N×N block of the op's
 * matrix (ancilla bits all zero) is A/alpha. Reference: Gilyén, Su, Low, Wiebe 2019, Def. 43.
 */
export interface BlockEncoding {
  /** The unitary. Its width is numDataQubits + numAncillas. */
  readonly op: Op;
  /** Normalisation α ≥ ‖A‖₂ (within errorBound). */
  readonly alpha: number;
  readonly numDataQubits: number;
  readonly numAncillas: number;
  /** Upper bound on ‖A/alpha − block‖₂ (0 when exact up to floating point). */
  readonly errorBound: number;
  /** True when U is Hermitian (U = U†): QSVT can then call U instead of alternating U and U†. */
  readonly isHermitian: boolean;
  /** Construction name: 'sparse' | 'fable' | 'lcu' | 'dense-dilation' | ... */
  readonly method: string;
  /**
   * True for a shape-only encoding (built from sizes, e.g. makeSparseBlockEncodingShape): its op
   * has exact `calls` for cost models but no decomposition or unitary. Absent means false.
   */
  readonly shapeOnly?: boolean;
  /**
   * α·block: the matrix the circuit encodes (up to floating point), which differs from A by at
   * most α·errorBound (e.g. the b-bit rounded entries of the sparse encoding). Present when it is
   * known and differs from A; predictions of the circuit's output (success probability) use it.
   */
  readonly encodedMatrix?: () => CsrMatrix;
  /**
   * The last numCleanAncillas ancillas are restored to their input value by `op` for every input
   * (XOR-type scratch: lookup outputs and work qubits that are computed and uncomputed), so they
   * stay |0⟩ through any QSVT / walk sequence and the projector Π need only act on the other
   * ("signal") ancillas (GSLW 2019, Lemma 48: Π on the flag, slot and column registers). Absent: 0.
   */
  readonly numCleanAncillas?: number;
}

/** Ancillas the projector Π of `be` acts on: all but the clean trailing scratch (see {@link BlockEncoding.numCleanAncillas}). */
export function signalAncillaCount(be: BlockEncoding): number {
  return be.numAncillas - (be.numCleanAncillas ?? 0);
}
