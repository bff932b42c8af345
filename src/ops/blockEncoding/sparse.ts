import { QnError } from '../../errors';
import { Circuit, CircuitBuilder, Op, OpCount, OpDef, hashNumbers, makeOp } from '../../ir';
import { ceilLog2 } from '../arith/qrom';
import { ShapeOnlyDecomposeError } from '../arith/shapeOnly';
import { CsrMatrix, csrFromTriplets } from '../../math/csrMatrix';
import { makeStdGate } from '../gates/stdGates';
import { MatrixInput } from '../oracles/matrixInput';
import {
  SparseAccessData, SparseOracleParams, SparseOracleTables, buildSparseAccessData, entryValueOfCode, makeColumnOracle,
  makeColumnOracleShape, makeEntryRotation, makeEntryRotationShape, sparseOracleAncillaCount,
} from '../oracles/sparseAccess';
import { LookupConstruction, lookupKeyOf } from '../oracles/lookupConstruction';
import type { BlockEncoding } from './blockEncoding';

/** Parameters of the sparse block encoding; tables absent for a shape-only op. */
export interface SparseBlockEncodingParams {
  readonly numRowQubits: number;
  readonly numSlotQubits: number;
  readonly bits: number;
  readonly columnTable?: Float64Array;
  readonly entryCodes?: Float64Array;
  /** Data-loading construction of all four table lookups (default QROM). */
  readonly lookup?: LookupConstruction;
}

/**
 * Block encoding of a d-sparse symmetric matrix from sparse-access oracles (Gilyén, Su, Low,
 * Wiebe 2019, arXiv 1806.01838, Lemma 48; slot = edge colour so that c_l is an involution):
 *   U = V_L† · SWAP(data, col) · V_R,  V_R = R · O_c · H_slot,  V_L = O_c · H_slot,
 * so ⟨0|⟨i| U |0⟩|j⟩ = (1/d) Σ_{l: c_l(j) = i} x_q(j, l) = A_ij / (d·max|A|) up to the b-bit
 * rounding of entries. Operands: data (n), then ancillas: a (1), slot (s), col (n), code (b),
 * QROM scratch (n + s − 1). Each call costs 4 QROM lookups over N·d entries (O_c twice, O_A
 * twice inside R) plus b cry, 2s H and n SWAPs.
 */
export const SPARSE_BLOCK_ENCODING_DEF: OpDef<SparseBlockEncodingParams> = Object.freeze({
  name: 'sparse_be',
  category: 'unitary' as const,
  summary: 'sparse-access block encoding (GSLW 2019 Lemma 48), α = d·max|A|',
  calls: (op: Op<SparseBlockEncodingParams>): readonly OpCount[] => {
    const p = op.params, { colOracle, rotation } = parts(p);
    const out: OpCount[] = [];
    if (p.numSlotQubits > 0) out.push({ op: makeStdGate('h'), count: 2 * p.numSlotQubits });
    out.push({ op: colOracle, count: 2 }, { op: rotation, count: 1 }, { op: makeStdGate('swap'), count: p.numRowQubits });
    return out;
  },
  decompose: (op: Op<SparseBlockEncodingParams>): Circuit => {
    const p = op.params, n = p.numRowQubits, s = p.numSlotQubits, bits = p.bits;
    if (!p.columnTable) throw new ShapeOnlyDecomposeError(op.name, 'build it from a matrix with makeSparseBlockEncoding(A) to get gates');
    const { colOracle, rotation } = parts(p);
    const L = layout(n, s, bits, p.lookup);
    const b = CircuitBuilder.withQubits(op.numQubits);
    const h = makeStdGate('h'), swap = makeStdGate('swap');
    const colOperands = [...L.data, ...L.slot, ...L.col, ...L.scratch.slice(0, L.colScratch)];
    const rotOperands = [...L.data, ...L.slot, L.a, ...L.code, ...L.scratch.slice(0, L.entryScratch)];
    for (const q of L.slot) b.apply(h, [q]);
    b.apply(colOracle, colOperands);
    b.apply(rotation, rotOperands);
    for (let i = 0; i < n; i++) b.apply(swap, [L.data[i], L.col[i]]);
    b.apply(colOracle, colOperands);
    for (const q of L.slot) b.apply(h, [q]);
    return b.build();
  },
  examples: () => [
    makeSparseBlockEncoding({ n: 2, data: Float64Array.from([0.5, 0, 0, -1]) }, { bits: 2 }).op,
    makeSparseBlockEncoding({ n: 2, data: Float64Array.from([0.5, -1, -1, 0.25]) }, { bits: 2 }).op,
    makeSparseBlockEncoding({ n: 4, data: Float64Array.from([2, 1, 0, 0, 1, -2, 1, 0, 0, 1, 2, 1, 0, 0, 1, 0.5]) }, { bits: 3 }).op,
    makeSparseBlockEncoding({ n: 2, data: Float64Array.from([0.5, -1, -1, 0.25]) }, { bits: 2, lookup: { kind: 'qroam_dirty', blockBits: 1 } }).op,
  ],
});

function parts(p: SparseBlockEncodingParams): { colOracle: Op<SparseOracleParams>; rotation: Op<SparseOracleParams> } {
  const n = p.numRowQubits, s = p.numSlotQubits;
  if (!p.columnTable || !p.entryCodes) {
    return { colOracle: makeColumnOracleShape(n, s, p.lookup), rotation: makeEntryRotationShape(n, s, p.bits, p.lookup) };
  }
  const data: SparseOracleTables = { numRowQubits: n, numSlotQubits: s, bits: p.bits, columnTable: p.columnTable, entryCodes: p.entryCodes };
  return { colOracle: makeColumnOracle(data, p.lookup), rotation: makeEntryRotation(data, p.lookup) };
}

/** Scratch width (shared by both lookups, the wider one sets it) and total width of the sparse block encoding. */
function widths(n: number, s: number, bits: number, lookup?: LookupConstruction): { colScratch: number; entryScratch: number; scratch: number; width: number } {
  const colScratch = sparseOracleAncillaCount(n, s, n, lookup), entryScratch = sparseOracleAncillaCount(n, s, bits, lookup);
  const scratch = Math.max(colScratch, entryScratch);
  return { colScratch, entryScratch, scratch, width: n + 1 + s + n + bits + scratch };
}

/** Operand layout of the sparse block encoding (arrays: for decomposition only). */
function layout(n: number, s: number, bits: number, lookup?: LookupConstruction) {
  let next = 0;
  const take = (k: number): number[] => { const r = Array.from({ length: k }, (_, i) => next + i); next += k; return r; };
  const { colScratch, entryScratch, scratch: numScratch } = widths(n, s, bits, lookup);
  const data = take(n), a = take(1)[0], slot = take(s), col = take(n), code = take(bits), scratch = take(numScratch);
  return { data, a, slot, col, code, scratch, colScratch, entryScratch, width: next };
}

/** Options of {@link makeSparseBlockEncoding}. */
export interface SparseBlockEncodingOptions {
  /** Entry precision b in bits (2..52); rounding error ≤ π/2^b per entry. Default 10. */
  readonly bits?: number;
  /** Force at least this many slots (rounded up to a power of two). */
  readonly minSlots?: number;
  /** Data-loading construction of the oracles' table lookups (default QROM). */
  readonly lookup?: LookupConstruction;
}

/**
 * Sparse block encoding of a symmetric matrix with power-of-two size. α = d·max|A| with d the
 * slot count (a power of two ≥ the number of colours of the greedy edge colouring of the
 * sparsity pattern: = row sparsity for many patterns, ≤ 2·sparsity − 1 always). errorBound is
 * the exact row-sum of the rounding errors divided by d (≤ π/2^b). Throws InvalidMatrixError for
 * non-symmetric (use hermitianDilation), non-finite, empty, all-zero or non-power-of-two input
 * (use padToPowerOfTwo).
 */
export function makeSparseBlockEncoding(m: MatrixInput, opts: SparseBlockEncodingOptions = {}): BlockEncoding & { readonly data: SparseAccessData } {
  const bits = opts.bits ?? 10;
  const data = buildSparseAccessData(m, bits, opts.minSlots ?? 1);
  const n = data.numRowQubits, s = data.numSlotQubits;
  const params: SparseBlockEncodingParams = Object.freeze({
    numRowQubits: n, numSlotQubits: s, bits, columnTable: data.columnTable, entryCodes: data.entryCodes,
    ...(opts.lookup && opts.lookup.kind !== 'qrom' ? { lookup: opts.lookup } : {}),
  });
  const op = makeSparseBeOp(params, `${hashNumbers(data.columnTable, data.entryCodes)}`);
  return Object.freeze({
    op, alpha: data.slotCount * data.maxAbsEntry, numDataQubits: n, numAncillas: op.numQubits - n,
    numCleanAncillas: cleanAncillaCount(params), errorBound: data.roundingErrorRowSum / data.slotCount, isHermitian: false, method: 'sparse', data,
    encodedMatrix: () => sparseEncodedMatrix(data),
  });
}

/**
 * α·block of the sparse encoding: entry (c_l(j), j) = max|A|·Σ_l x_q(j, l) with x_q the decoded
 * b-bit entries (the block is (1/d)·Σ_{l: c_l(j) = i} x_q(j, l) and α = d·max|A|). Symmetric,
 * because the two ends of an edge store the same code.
 */
export function sparseEncodedMatrix(data: SparseAccessData): CsrMatrix {
  const N = data.n, d = data.slotCount, count = N * d;
  const rows = new Int32Array(count), cols = new Int32Array(count), vals = new Float64Array(count);
  for (let j = 0; j < N; j++) {
    for (let l = 0; l < d; l++) {
      const t = l + d * j;
      rows[t] = data.columnTable[t];
      cols[t] = j;
      vals[t] = data.maxAbsEntry * entryValueOfCode(data.entryCodes[t], data.bits);
    }
  }
  return csrFromTriplets(N, rows, cols, vals);
}

/** Shape of a sparse block encoding for counting without a matrix. */
export interface SparseShape {
  /** Matrix size N (rounded up to a power of two, as padToPowerOfTwo would). */
  readonly matrixDim: number;
  /** Slots per row d (rounded up to a power of two): the row sparsity when the pattern is d-edge-colourable. */
  readonly sparsity: number;
  readonly bits: number;
  /** max|A_ij|, only used for alpha (default 1). */
  readonly maxAbsEntry?: number;
  /** Data-loading construction of the oracles' table lookups (default QROM). */
  readonly lookup?: LookupConstruction;
}

/**
 * Shape-only sparse block encoding: exact calls (cx an upper bound, see makeQromShape) for
 * N = 65,536 or 10^9 in O(log N) time; decompose throws ShapeOnlyDecomposeError. errorBound is
 * the worst case π/2^b.
 */
export function makeSparseBlockEncodingShape(shape: SparseShape): BlockEncoding {
  const { matrixDim, sparsity, bits } = shape;
  if (!(Number.isFinite(matrixDim) && matrixDim >= 2)) throw new QnError('INVALID_ARGUMENT', `matrix size ${matrixDim} must be ≥ 2`);
  if (!(Number.isFinite(sparsity) && sparsity >= 1 && sparsity <= matrixDim)) throw new QnError('INVALID_ARGUMENT', `sparsity ${sparsity} must be in 1..N`);
  const n = ceilLog2(matrixDim), s = ceilLog2(sparsity);
  const lookup = shape.lookup && shape.lookup.kind !== 'qrom' ? { lookup: shape.lookup } : {};
  // Validate bits and the construction through the oracle constructor.
  makeEntryRotationShape(n, s, bits, shape.lookup);
  const op = makeSparseBeOp(Object.freeze({ numRowQubits: n, numSlotQubits: s, bits, ...lookup }), 'shape');
  return Object.freeze({
    op, alpha: 2 ** s * (shape.maxAbsEntry ?? 1), numDataQubits: n, numAncillas: op.numQubits - n,
    numCleanAncillas: cleanAncillaCount(op.params), errorBound: Math.PI / 2 ** bits, isHermitian: false, method: 'sparse', shapeOnly: true,
  });
}

/** Code register + lookup scratch: computed and uncomputed inside every call (XOR-type), so clean (see BlockEncoding.numCleanAncillas). */
function cleanAncillaCount(p: SparseBlockEncodingParams): number {
  return p.bits + widths(p.numRowQubits, p.numSlotQubits, p.bits, p.lookup).scratch;
}

function makeSparseBeOp(p: SparseBlockEncodingParams, dataKey: string): Op<SparseBlockEncodingParams> {
  const L = widths(p.numRowQubits, p.numSlotQubits, p.bits, p.lookup);
  return makeOp(SPARSE_BLOCK_ENCODING_DEF, {
    name: 'sparse_be', params: p, numQubits: L.width,
    paramsKey: `${p.numRowQubits},${p.numSlotQubits},${p.bits},${dataKey}${lookupKeyOf(p.lookup)}`,
  });
}
