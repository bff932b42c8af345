/**
 * Choice of block encoding by name. Each factory builds a BlockEncoding (ops/blockEncoding) of a
 * prepared symmetric system matrix whose ‖A/α − block‖₂ is at most the requested error bound
 * (exact constructions ignore it). The precision split between block encoding and polynomial is
 * decided by the solver synthesis (qsvtSolver.ts).
 */
import { InvalidArgumentError, UnknownNameError } from '../errors';
import { CsrMatrix, csrToDense } from '../math/csrMatrix';
import type { BlockEncoding } from '../ops/blockEncoding/blockEncoding';
import { makeDenseDilationBlockEncoding } from '../ops/blockEncoding/denseDilation';
import { makeFableBlockEncoding } from '../ops/blockEncoding/fable';
import { makeLcuBlockEncoding } from '../ops/blockEncoding/lcu';
import { makeSparseBlockEncoding } from '../ops/blockEncoding/sparse';
import { MAX_SYNTHESIS_QUBITS } from '../ops/hhl/unitarySynthesis';

/** Names accepted by {@link makeBlockEncodingByName}. */
export type BlockEncodingName = 'sparse' | 'fable' | 'lcu' | 'dense-dilation';

/** Every block-encoding name, for help texts and errors. */
export const BLOCK_ENCODING_NAMES: readonly BlockEncodingName[] = ['sparse', 'fable', 'lcu', 'dense-dilation'];

/** Options passed to a block-encoding factory. */
export interface BlockEncodingRequest {
  /** Largest acceptable ‖A/α − block‖₂ (absolute, on the normalized matrix). */
  readonly errorBound: number;
  /** ‖A‖₂ (or an upper bound), when known: lets exact constructions use α = ‖A‖₂. */
  readonly normBound?: number;
}

/** A factory of block encodings for a symmetric CSR matrix. */
export type BlockEncodingFactory = (a: CsrMatrix, request: BlockEncodingRequest) => BlockEncoding;

/** Largest dimension of the dense dilation (its gate synthesis grows as 4ⁿ). */
export const MAX_DENSE_DILATION_DIM = 2 ** (MAX_SYNTHESIS_QUBITS - 1);

const denseDilation: BlockEncodingFactory = (a, request) => {
  if (a.n > MAX_DENSE_DILATION_DIM) {
    throw new InvalidArgumentError(`the dense-dilation block encoding is exact but only for N ≤ ${MAX_DENSE_DILATION_DIM}; use --block-encoding sparse, fable or lcu for N = ${a.n}`);
  }
  return makeDenseDilationBlockEncoding(csrToDense(a).data, a.n, request.normBound);
};

/** Largest entry precision of the sparse-access oracles (bits). */
const MAX_SPARSE_BITS = 52;

/**
 * Sparse access (GSLW Lemma 48): entries rounded to b bits with per-entry error ≤ π/2^b, so
 * b = ⌈log₂(π/errorBound)⌉ (at least 4) meets the requested bound in the worst case.
 */
const sparse: BlockEncodingFactory = (a, request) => {
  const bits = Math.max(4, Math.min(MAX_SPARSE_BITS, Math.ceil(Math.log2(Math.PI / request.errorBound))));
  return makeSparseBlockEncoding(a, { bits });
};

/** FABLE without compression (exact up to rounding); small dense matrices only (~N² rotations). */
const fable: BlockEncodingFactory = (a) => makeFableBlockEncoding(a);

/** Pauli LCU (terms dropped only below 1e-14·max|A|); small dense matrices only. */
const lcu: BlockEncodingFactory = (a) => makeLcuBlockEncoding(a);

/** Factories by name; an unknown name gives UnknownNameError listing these. */
export function blockEncodingFactories(): ReadonlyMap<BlockEncodingName, BlockEncodingFactory> {
  return new Map<BlockEncodingName, BlockEncodingFactory>([['sparse', sparse], ['fable', fable], ['lcu', lcu], ['dense-dilation', denseDilation]]);
}

/** Build the block encoding `name` of `a` (see {@link BlockEncodingRequest}). */
export function makeBlockEncodingByName(name: string, a: CsrMatrix, request: BlockEncodingRequest): BlockEncoding {
  const factories = blockEncodingFactories();
  const f = factories.get(name as BlockEncodingName);
  if (!f) throw new UnknownNameError('block encoding', name, [...factories.keys()]);
  return f(a, request);
}
