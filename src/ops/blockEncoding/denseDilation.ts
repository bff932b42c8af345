/**
 * Dense unitary dilation block encoding of a real symmetric matrix:
 *
 *     U = [[B, S], [S, −B]],   B = A/α,   S = √(I − B²),
 *
 * exact (error 0), Hermitian (U = U† = U⁻¹) and real, with one ancilla. Operands: data qubits
 * 0..n−1, then the ancilla (the high bit), so the ancilla-0 block of the matrix is A/α.
 * S is computed from the eigendecomposition of B (S and B commute, so U² = I).
 * Decomposes to gates by exact Givens synthesis (ops/hhl/unitarySynthesis.ts): O(4ⁿ) gates, for
 * small test systems only; large systems use the sparse / FABLE / LCU encodings.
 * Reference: the "unitary dilation" of a contraction (Halmos 1950); as a block encoding,
 * Gilyén, Su, Low, Wiebe, STOC 2019, Def. 43 with a = 1.
 */
import { InvalidArgumentError, InvalidMatrixError } from '../../errors';
import { Circuit, Op, OpCount, OpDef, callsOfCircuit, hashNumbers, makeOp } from '../../ir';
import type { CMatrix } from '../../math/complexMatrix';
import { denseSymmetricEigen, realMatrixFunction, spectralNormOf } from '../hhl/denseEigen';
import { MAX_SYNTHESIS_QUBITS, synthesizeUnitary } from '../hhl/unitarySynthesis';
import type { BlockEncoding } from './blockEncoding';

/** Parameters of a dense dilation op: the scaled matrix B = A/α (row-major N×N). */
export interface DenseDilationParams {
  readonly dim: number;
  readonly scaled: Float64Array;
}

/** The full (2N)×(2N) real matrix [[B, S], [S, −B]] (row-major). */
export function denseDilationMatrix(scaled: Float64Array, dim: number): Float64Array {
  const eig = denseSymmetricEigen(scaled, dim);
  const s = realMatrixFunction(eig, (l) => Math.sqrt(Math.max(0, 1 - l * l)));
  const big = 2 * dim;
  const u = new Float64Array(big * big);
  for (let i = 0; i < dim; i++) {
    for (let j = 0; j < dim; j++) {
      const bij = 0.5 * (scaled[i * dim + j] + scaled[j * dim + i]);
      u[i * big + j] = bij;
      u[(i + dim) * big + (j + dim)] = -bij;
      u[i * big + (j + dim)] = s[i * dim + j];
      u[(i + dim) * big + j] = s[i * dim + j];
    }
  }
  return u;
}

function unitaryOf(op: Op<DenseDilationParams>): CMatrix {
  const re = denseDilationMatrix(op.params.scaled, op.params.dim);
  return { dim: 2 * op.params.dim, re, im: new Float64Array(re.length) };
}

function decompose(op: Op<DenseDilationParams>): Circuit {
  return synthesizeUnitary(unitaryOf(op));
}

/** Family of dense dilation block encodings (see file comment). Self-inverse. */
export const DENSE_DILATION_DEF: OpDef<DenseDilationParams> = Object.freeze({
  name: 'dense_dilation',
  category: 'unitary' as const,
  summary: 'exact Hermitian 1-ancilla block encoding [[A/α, √(I−A²/α²)], [√(I−A²/α²), −A/α]]',
  unitary: unitaryOf,
  decompose,
  callsFromDecomposition: true,
  calls: (op: Op<DenseDilationParams>): readonly OpCount[] => callsOfCircuit(decompose(op)),
  inverse: (op: Op<DenseDilationParams>) => op,
  examples: () => [
    makeDenseDilationOp(Float64Array.of(0.5, 0.2, 0.2, -0.3), 2),
    makeDenseDilationOp(Float64Array.of(0.4, 0.1, 0, 0.05, 0.1, -0.2, 0.15, 0, 0, 0.15, 0.3, 0.1, 0.05, 0, 0.1, -0.5), 4),
  ],
});

/** The dilation op of an already scaled symmetric B (‖B‖₂ ≤ 1), row-major dim×dim, dim a power of two. */
export function makeDenseDilationOp(scaled: Float64Array, dim: number): Op<DenseDilationParams> {
  const n = Math.round(Math.log2(dim));
  if (dim < 2 || 2 ** n !== dim || scaled.length !== dim * dim) {
    throw new InvalidMatrixError(`dense dilation needs a 2^n×2^n matrix (n ≥ 1), got ${scaled.length} entries for dimension ${dim}`);
  }
  return makeOp(DENSE_DILATION_DEF, {
    name: 'dense_dilation', params: { dim, scaled: Float64Array.from(scaled) }, numQubits: n + 1,
    paramsKey: `${dim}:${hashNumbers(scaled)}`,
  });
}

/**
 * Block encoding of the symmetric matrix `a` (row-major dim×dim, dim = 2^n ≥ 2) by the dense
 * dilation with normalisation α (default ‖A‖₂; must be ≥ ‖A‖₂). Exact: errorBound 0.
 * Gate decomposition is only offered up to MAX_SYNTHESIS_QUBITS − 1 data qubits.
 */
export function makeDenseDilationBlockEncoding(a: ArrayLike<number>, dim: number, alpha?: number): BlockEncoding {
  const n = Math.round(Math.log2(dim));
  if (dim < 2 || 2 ** n !== dim || a.length !== dim * dim) {
    throw new InvalidMatrixError(`dense dilation needs a 2^n×2^n matrix (n ≥ 1), got ${a.length} entries for dimension ${dim}; pad to a power of two`);
  }
  if (n + 1 > MAX_SYNTHESIS_QUBITS) {
    throw new InvalidArgumentError(`dense dilation is meant for small systems (≤ ${2 ** (MAX_SYNTHESIS_QUBITS - 1)} rows); use the sparse, FABLE or LCU block encoding for N = ${dim}`);
  }
  const norm = spectralNormOf(denseSymmetricEigen(a, dim));
  const al = alpha ?? norm;
  if (!(al > 0) || al < norm * (1 - 1e-12)) {
    throw new InvalidArgumentError(`block-encoding normalisation α = ${al} must be ≥ ‖A‖₂ = ${norm} and > 0`);
  }
  const scaled = Float64Array.from(a, (v) => v / al);
  return Object.freeze({
    op: makeDenseDilationOp(scaled, dim), alpha: al, numDataQubits: n, numAncillas: 1, errorBound: 0, isHermitian: true, method: 'dense-dilation',
  });
}
