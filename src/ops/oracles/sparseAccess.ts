import { QnError } from '../../errors';
import { Circuit, CircuitBuilder, Op, OpCount, OpDef, hashNumbers, indexRange, makeOp } from '../../ir';
import { LookupConstruction, QROM_LOOKUP, checkLookupConstruction, lookupKeyOf, lookupWidth, makeLookup } from './lookupConstruction';
import { ShapeOnlyDecomposeError } from '../arith/shapeOnly';
import { makeStdGate } from '../gates/stdGates';
import { canonicalCsr, MatrixInput, toCsr, validateMatrix } from './matrixInput';
import { assignSlots, SlotAssignment } from './slotAssignment';

/**
 * Classical tables behind the sparse-access oracles of a d-sparse symmetric N×N matrix
 * (Gilyén, Su, Low, Wiebe 2019, arXiv 1806.01838, Lemma 48): for row j and slot l,
 * the column c_l(j) and a b-bit code k_{j,l} of the entry. Tables are indexed t = l + d·j.
 *
 * Entry code: x = A_{j,c}/max|A| ∈ [−1, 1], φ = arccos(x) ∈ [0, π],
 * k = round(φ · 2^b / 2π) ∈ [0, 2^{b−1}]; the rotation Ry(4πk/2^b) then has cos(2πk/2^b) = x_q
 * on |0⟩. The grid is exact for x ∈ {−1, 0, 1} (b ≥ 2) and |x − x_q| ≤ π/2^b otherwise.
 */
export interface SparseAccessData {
  readonly n: number;
  readonly numRowQubits: number;
  readonly numSlotQubits: number;
  readonly slotCount: number;
  readonly bits: number;
  readonly maxAbsEntry: number;
  /** c_l(j) at l + d·j (an involution in j for every slot l). */
  readonly columnTable: Float64Array;
  /** k_{j,l} at l + d·j. */
  readonly entryCodes: Float64Array;
  /** Largest |x − x_q| over stored entries (units of max|A|). */
  readonly maxEntryRoundingError: number;
  /** ‖X_q − X‖ row-sum bound (symmetric, so ≥ the spectral norm), units of max|A|. */
  readonly roundingErrorRowSum: number;
  readonly slots: SlotAssignment;
}

/** The fields of {@link SparseAccessData} the oracle ops need. */
export type SparseOracleTables = Pick<SparseAccessData, 'numRowQubits' | 'numSlotQubits' | 'bits' | 'columnTable' | 'entryCodes'>;

/** Entry code of x ∈ [−1, 1] with b bits (see {@link SparseAccessData}). */
export function entryCode(x: number, bits: number): number {
  const phi = Math.acos(Math.max(-1, Math.min(1, x)));
  return Math.round((phi * 2 ** bits) / (2 * Math.PI));
}

/** The value a code decodes to: cos(2πk/2^b). */
export function entryValueOfCode(code: number, bits: number): number {
  return Math.cos((2 * Math.PI * code) / 2 ** bits);
}

/**
 * Build the sparse-access tables of a symmetric matrix (power-of-two N; see validateMatrix for
 * the errors). `bits` ≥ 2 is the entry precision; `minSlots` forces a larger slot count.
 */
export function buildSparseAccessData(m: MatrixInput, bits: number, minSlots = 1): SparseAccessData {
  checkBits(bits);
  const maxAbsEntry = validateMatrix(m, { usedBy: 'sparse-access oracle' });
  const a = canonicalCsr(toCsr(m));
  const slots = assignSlots(a, minSlots);
  const N = a.n, d = slots.slotCount;
  const columnTable = new Float64Array(N * d), entryCodes = new Float64Array(N * d);
  let maxErr = 0, rowSum = 0;
  for (let j = 0; j < N; j++) {
    let s = 0;
    for (let l = 0; l < d; l++) {
      const t = l + d * j;
      columnTable[t] = slots.partner[j * d + l];
      const x = slots.value[j * d + l] / maxAbsEntry;
      const k = entryCode(x, bits);
      entryCodes[t] = k;
      const e = Math.abs(entryValueOfCode(k, bits) - x);
      maxErr = Math.max(maxErr, e);
      s += e;
    }
    rowSum = Math.max(rowSum, s);
  }
  return {
    n: N, numRowQubits: Math.log2(N), numSlotQubits: slots.numSlotQubits, slotCount: d, bits, maxAbsEntry,
    columnTable, entryCodes, maxEntryRoundingError: maxErr, roundingErrorRowSum: rowSum, slots,
  };
}

/** Shape and (optional) table of an oracle; table absent for shape-only ops. */
export interface SparseOracleParams {
  readonly numRowQubits: number;
  readonly numSlotQubits: number;
  /** Output width: numRowQubits for O_c, the entry precision b for O_A / the rotation. */
  readonly numOutBits: number;
  readonly table?: Float64Array;
  /** Data-loading construction of the table lookup (default {@link QROM_LOOKUP}). */
  readonly lookup?: LookupConstruction;
}

function lookupOp(p: SparseOracleParams): Op {
  return makeLookup(p.lookup ?? QROM_LOOKUP, p.numRowQubits + p.numSlotQubits, p.numOutBits, p.table);
}

/** row + slot + output + the lookup's ancillas (QROM: n + s − 1). */
function oracleWidth(p: SparseOracleParams): number {
  return lookupWidth(p.lookup ?? QROM_LOOKUP, p.numRowQubits + p.numSlotQubits, p.numOutBits);
}

/** Ancillas of the lookup of an oracle with these sizes (operands after index and output). */
export function sparseOracleAncillaCount(numRowQubits: number, numSlotQubits: number, numOutBits: number, lookup: LookupConstruction = QROM_LOOKUP): number {
  return lookupWidth(lookup, numRowQubits + numSlotQubits, numOutBits) - numRowQubits - numSlotQubits - numOutBits;
}

/** QROM operand order [slot bits, row bits] (index l + d·j), output, ancillas — from the oracle's [row, slot, out, anc]. */
function lookupOperands(p: SparseOracleParams, outStart: number, ancStart: number, numAnc: number): number[] {
  const n = p.numRowQubits, s = p.numSlotQubits;
  return [
    ...indexRange(n, s), ...indexRange(0, n),
    ...indexRange(outStart, p.numOutBits), ...indexRange(ancStart, numAnc),
  ];
}

function makeLookupOracleDef(name: string, summary: string, examples: () => readonly Op<SparseOracleParams>[]): OpDef<SparseOracleParams> {
  const def: OpDef<SparseOracleParams> = Object.freeze({
    name, category: 'unitary' as const, summary,
    calls: (op: Op<SparseOracleParams>): readonly OpCount[] => [{ op: lookupOp(op.params), count: 1 }],
    decompose: (op: Op<SparseOracleParams>): Circuit => {
      if (!op.params.table) throw new ShapeOnlyDecomposeError(op.name, 'build it from a matrix (makeSparseBlockEncoding / buildSparseAccessData) to get gates');
      const p = op.params, n = p.numRowQubits, s = p.numSlotQubits;
      const b = CircuitBuilder.withQubits(op.numQubits);
      const numAnc = op.numQubits - n - s - p.numOutBits;
      b.apply(lookupOp(p), lookupOperands(p, n + s, n + s + p.numOutBits, numAnc));
      return b.build();
    },
    inverse: (op: Op<SparseOracleParams>) => op,
    examples,
  });
  return def;
}

function makeColOracleFromParams(p: SparseOracleParams): Op<SparseOracleParams> {
  checkLookupConstruction(p.lookup ?? QROM_LOOKUP, p.numRowQubits + p.numSlotQubits);
  return makeOp(COLUMN_ORACLE_DEF, { name: 'sparse_col_oracle', params: Object.freeze(p), numQubits: oracleWidth(p), paramsKey: paramsKeyOf(p) });
}

function makeEntryOracleFromParams(p: SparseOracleParams): Op<SparseOracleParams> {
  checkLookupConstruction(p.lookup ?? QROM_LOOKUP, p.numRowQubits + p.numSlotQubits);
  return makeOp(ENTRY_ORACLE_DEF, { name: 'sparse_entry_oracle', params: Object.freeze(p), numQubits: oracleWidth(p), paramsKey: paramsKeyOf(p) });
}

/**
 * Column-index oracle O_c: |j⟩_row |l⟩_slot |y⟩_col → |j⟩|l⟩|y ⊕ c_l(j)⟩ (out of place; with the
 * slot assignment c_l is an involution, which the sparse block encoding relies on). Operands:
 * row (n), slot (s), col (n), then n + s − 1 clean ancillas. One QROM over N·d entries
 * (GSLW 2019 Lemma 48's O_c, with (row, slot) addressing).
 */
export const COLUMN_ORACLE_DEF: OpDef<SparseOracleParams> = makeLookupOracleDef(
  'sparse_col_oracle', 'sparse-access column oracle |j,l,0⟩ → |j,l,c_l(j)⟩ (QROM by unary iteration)',
  () => [...exampleData().map((d) => makeColumnOracle(d)), ...EXAMPLE_LOOKUPS.map((c) => makeColumnOracle(exampleData()[1], c))]);

/**
 * Entry oracle O_A: |j⟩_row |l⟩_slot |z⟩_b → |j⟩|l⟩|z ⊕ k_{j,l}⟩, the b-bit code of A_{j,c_l(j)}
 * (see {@link SparseAccessData}). Operands: row, slot, b output bits, n + s − 1 clean ancillas.
 */
export const ENTRY_ORACLE_DEF: OpDef<SparseOracleParams> = makeLookupOracleDef(
  'sparse_entry_oracle', 'sparse-access entry oracle |j,l,0^b⟩ → |j,l,code(A_{j,c_l(j)})⟩ (QROM)',
  () => [...exampleData().map((d) => makeEntryOracle(d)), ...EXAMPLE_LOOKUPS.map((c) => makeEntryOracle(exampleData()[1], c))]);

/** Non-default constructions the registry examples exercise (on the 4×4 example, 3 index bits). */
const EXAMPLE_LOOKUPS: readonly LookupConstruction[] = [
  { kind: 'qroam_clean', blockBits: 1 }, { kind: 'qroam_dirty', blockBits: 2 }, { kind: 'qram_bucket_brigade', blockBits: 0 },
];

function exampleData(): SparseAccessData[] {
  return [
    buildSparseAccessData({ n: 2, data: Float64Array.from([0.5, -1, -1, 0.25]) }, 3),
    buildSparseAccessData({ n: 4, data: Float64Array.from([2, 1, 0, 0, 1, 2, 1, 0, 0, 1, 2, 1, 0, 0, 1, 2]) }, 3),
  ];
}

/** O_c for the given tables. */
export function makeColumnOracle(data: SparseOracleTables, lookup?: LookupConstruction): Op<SparseOracleParams> {
  return makeColOracleFromParams({ numRowQubits: data.numRowQubits, numSlotQubits: data.numSlotQubits, numOutBits: data.numRowQubits, table: data.columnTable, ...lookupField(lookup) });
}

/** O_A for the given tables. */
export function makeEntryOracle(data: SparseOracleTables, lookup?: LookupConstruction): Op<SparseOracleParams> {
  return makeEntryOracleFromParams({ numRowQubits: data.numRowQubits, numSlotQubits: data.numSlotQubits, numOutBits: data.bits, table: data.entryCodes, ...lookupField(lookup) });
}

/** Shape-only O_c for N = 2^numRowQubits rows and d = 2^numSlotQubits slots. */
export function makeColumnOracleShape(numRowQubits: number, numSlotQubits: number, lookup?: LookupConstruction): Op<SparseOracleParams> {
  checkShape(numRowQubits, numSlotQubits);
  return makeColOracleFromParams({ numRowQubits, numSlotQubits, numOutBits: numRowQubits, ...lookupField(lookup) });
}

/** Shape-only O_A with b-bit entries. */
export function makeEntryOracleShape(numRowQubits: number, numSlotQubits: number, bits: number, lookup?: LookupConstruction): Op<SparseOracleParams> {
  checkShape(numRowQubits, numSlotQubits);
  checkBits(bits);
  return makeEntryOracleFromParams({ numRowQubits, numSlotQubits, numOutBits: bits, ...lookupField(lookup) });
}

/**
 * Entry rotation R: |j⟩|l⟩|0⟩_a → |j⟩|l⟩(x_q|0⟩ + √(1 − x_q²)|1⟩) with x_q the decoded entry.
 * O_A writes the code k, then bit t controls Ry(4π·2^t/2^b) on a (b cry gates, "bit-controlled
 * rotations", GSLW 2019 Lemma 48 proof), then O_A uncomputes. Operands: row (n), slot (s), a,
 * b code qubits, n + s − 1 clean ancillas.
 */
export const ENTRY_ROTATION_DEF: OpDef<SparseOracleParams> = Object.freeze({
  name: 'sparse_entry_rotation',
  category: 'unitary' as const,
  summary: 'entry rotation: O_A, bit-controlled Ry on one ancilla, O_A†',
  calls: (op: Op<SparseOracleParams>): readonly OpCount[] => [
    { op: entryOracleOf(op.params), count: 2 },
    ...bitRotations(op.params.numOutBits).map((g) => ({ op: g, count: 1 })),
  ],
  decompose: (op: Op<SparseOracleParams>): Circuit => {
    const p = op.params, n = p.numRowQubits, s = p.numSlotQubits, bits = p.numOutBits;
    if (!p.table) throw new ShapeOnlyDecomposeError(op.name, 'build it from a matrix to get gates');
    const b = CircuitBuilder.withQubits(op.numQubits);
    const a = n + s, reg = indexRange(n + s + 1, bits), anc = indexRange(n + s + 1 + bits, op.numQubits - (n + s + 1 + bits));
    const oracle = entryOracleOf(p);
    const operands = [...indexRange(0, n + s), ...reg, ...anc];
    b.apply(oracle, operands);
    bitRotations(bits).forEach((g, t) => b.apply(g, [reg[t], a]));
    b.apply(oracle, operands);
    return b.build();
  },
  examples: () => [
    makeEntryRotation(buildSparseAccessData({ n: 2, data: Float64Array.from([0.5, -1, -1, 0.25]) }, 2)),
    makeEntryRotation(buildSparseAccessData({ n: 4, data: Float64Array.from([2, 1, 0, 0, 1, -2, 1, 0, 0, 1, 2, 1, 0, 0, 1, 0.5]) }, 4)),
  ],
});

function entryOracleOf(p: SparseOracleParams): Op {
  return makeEntryOracleFromParams({ numRowQubits: p.numRowQubits, numSlotQubits: p.numSlotQubits, numOutBits: p.numOutBits, table: p.table, lookup: p.lookup });
}

/** The b cry gates of the entry rotation: bit t → Ry(4π·2^t/2^b). */
export function bitRotations(bits: number): Op[] {
  return Array.from({ length: bits }, (_, t) => makeStdGate('cry', [(4 * Math.PI * 2 ** t) / 2 ** bits]));
}

/** The entry rotation for the given tables. */
export function makeEntryRotation(data: SparseOracleTables, lookup?: LookupConstruction): Op<SparseOracleParams> {
  return makeEntryRotationFromParams({ numRowQubits: data.numRowQubits, numSlotQubits: data.numSlotQubits, numOutBits: data.bits, table: data.entryCodes, ...lookupField(lookup) });
}

/** Shape-only entry rotation. */
export function makeEntryRotationShape(numRowQubits: number, numSlotQubits: number, bits: number, lookup?: LookupConstruction): Op<SparseOracleParams> {
  checkShape(numRowQubits, numSlotQubits);
  checkBits(bits);
  return makeEntryRotationFromParams({ numRowQubits, numSlotQubits, numOutBits: bits, ...lookupField(lookup) });
}

function makeEntryRotationFromParams(p: SparseOracleParams): Op<SparseOracleParams> {
  checkLookupConstruction(p.lookup ?? QROM_LOOKUP, p.numRowQubits + p.numSlotQubits);
  return makeOp(ENTRY_ROTATION_DEF, { name: 'sparse_entry_rotation', params: Object.freeze(p), numQubits: oracleWidth(p) + 1, paramsKey: paramsKeyOf(p) });
}

/** The params field for a construction: absent for the default QROM (keys and params unchanged). */
function lookupField(lookup: LookupConstruction | undefined): { lookup?: LookupConstruction } {
  return lookup && lookup.kind !== 'qrom' ? { lookup } : {};
}

function paramsKeyOf(p: SparseOracleParams): string {
  return `${p.numRowQubits},${p.numSlotQubits},${p.numOutBits},${p.table ? hashNumbers(p.table) : 'shape'}${lookupKeyOf(p.lookup)}`;
}

function checkBits(bits: number): void {
  if (!Number.isInteger(bits) || bits < 2 || bits > 52) {
    throw new QnError('INVALID_ARGUMENT', `entry precision must be an integer number of bits in 2..52, got ${bits}`);
  }
}

function checkShape(n: number, s: number): void {
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new QnError('INVALID_ARGUMENT', `row register width ${n} must be an integer in 1..50`);
  if (!Number.isInteger(s) || s < 0 || n + s > 52) throw new QnError('INVALID_ARGUMENT', `slot register width ${s} must be an integer with row + slot ≤ 52`);
}
