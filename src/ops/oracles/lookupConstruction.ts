import { InvalidArgumentError } from '../../errors';
import { Circuit, CircuitBuilder, Op, OpCount, OpDef, OpStep, accumulateCalls, circuitOfSteps, hashNumbers, indexRange, makeOp } from '../../ir';
import { makeQrom, makeQromShape, qromWidth } from '../arith/qrom';
import { popcount53 } from '../arith/reversible';
import { ShapeOnlyDecomposeError } from '../arith/shapeOnly';
import { makeStdGate } from '../gates/stdGates';
import { invertOp } from '../inverse';
import { bucketBrigadeLayout, makeBucketBrigadeQram } from './bucketBrigade';
import { makeQroamClean, makeQroamCleanShape, makeQroamDirty, makeQroamDirtyShape, qroamDirtyWidth, qroamWidth } from './qroam';

/** Data-loading constructions of one table lookup |i⟩|y⟩ → |i⟩|y ⊕ data[i]⟩. */
export type LookupKind = 'qrom' | 'qroam_clean' | 'qroam_dirty' | 'qram_bucket_brigade';

/** Every {@link LookupKind}, in the order reports list them. */
export const LOOKUP_KINDS: readonly LookupKind[] = ['qrom', 'qroam_clean', 'qroam_dirty', 'qram_bucket_brigade'];

/** One data-loading construction: the kind and, for QROAM, log₂ of the block size K (0 otherwise). */
export interface LookupConstruction {
  readonly kind: LookupKind;
  readonly blockBits: number;
}

/** The plain QROM (Babbush et al. 2018): the default of every sparse-access oracle. */
export const QROM_LOOKUP: LookupConstruction = Object.freeze({ kind: 'qrom', blockBits: 0 });

/** Largest address width of the bucket-brigade QRAM circuit (it has O(2^n) qubits). */
export const MAX_QRAM_ADDRESS_BITS = 20;

/** Short label: 'qrom', 'qroam_clean(K=16)', 'qroam_dirty(K=4)', 'qram_bucket_brigade'. */
export function lookupLabel(c: LookupConstruction): string {
  return c.kind === 'qroam_clean' || c.kind === 'qroam_dirty' ? `${c.kind}(K=${2 ** c.blockBits})` : c.kind;
}

/** Key fragment of a construction for op keys ('' for the default QROM, so QROM keys are unchanged). */
export function lookupKeyOf(c: LookupConstruction | undefined): string {
  return !c || c.kind === 'qrom' ? '' : `|${c.kind}:${c.blockBits}`;
}

/**
 * Throws InvalidArgumentError unless `c` is a construction that exists for an index of
 * `numIndexBits` bits: QROAM needs 1 ≤ k ≤ n, the QRAM circuit 1 ≤ n ≤ {@link MAX_QRAM_ADDRESS_BITS}.
 */
export function checkLookupConstruction(c: LookupConstruction, numIndexBits: number): LookupConstruction {
  if (!LOOKUP_KINDS.includes(c.kind)) throw new InvalidArgumentError(`unknown lookup construction '${String(c.kind)}' (known: ${LOOKUP_KINDS.join(', ')})`);
  if (c.kind === 'qroam_clean' || c.kind === 'qroam_dirty') {
    if (!Number.isInteger(c.blockBits) || c.blockBits < 1 || c.blockBits > numIndexBits) {
      throw new InvalidArgumentError(`${c.kind}: block size 2^${c.blockBits} needs 1 ≤ k ≤ index width ${numIndexBits}`, { blockBits: c.blockBits, numIndexBits });
    }
  } else if (c.blockBits !== 0) {
    throw new InvalidArgumentError(`${c.kind} has no block size (got blockBits ${c.blockBits})`);
  }
  if (c.kind === 'qram_bucket_brigade' && !(numIndexBits >= 1 && numIndexBits <= MAX_QRAM_ADDRESS_BITS)) {
    throw new InvalidArgumentError(`the bucket-brigade QRAM circuit needs an address of 1..${MAX_QRAM_ADDRESS_BITS} bits, got ${numIndexBits}`, { numIndexBits });
  }
  return c;
}

/** Width of the clean out-of-place lookup op of {@link makeLookup}: index, output, then its ancillas. */
export function lookupWidth(c: LookupConstruction, numIndexBits: number, numOutBits: number): number {
  switch (c.kind) {
    case 'qrom': return qromWidth(numIndexBits, numOutBits);
    case 'qroam_clean': return numOutBits + qroamWidth(numIndexBits, numOutBits, c.blockBits);
    case 'qroam_dirty': return qroamDirtyWidth(numIndexBits, numOutBits, c.blockBits);
    case 'qram_bucket_brigade': return bucketBrigadeLayout(numIndexBits, numOutBits).width;
  }
}

/** Parameters of {@link QROAM_CLEAN_LOOKUP_DEF} and {@link QRAM_TABLE_READ_DEF}. */
export interface TableLookupParams {
  readonly numIndexBits: number;
  readonly numOutBits: number;
  /** log₂ K (clean QROAM lookup only; 0 for the QRAM read). */
  readonly blockBits: number;
  /** Table of 2^numIndexBits entries; absent for a shape-only op. */
  readonly data?: Float64Array;
}

function qroamOf(p: TableLookupParams): Op {
  const L = 2 ** p.numIndexBits;
  return p.data ? makeQroamClean(p.data, p.numOutBits, p.blockBits, p.numIndexBits) : makeQroamCleanShape(L, p.numOutBits, p.blockBits, p.numIndexBits);
}

function cleanLookupSteps(op: Op<TableLookupParams>): OpStep[] {
  const { numIndexBits: n, numOutBits: b } = op.params;
  const qroam = qroamOf(op.params);
  const inner: number[] = [...indexRange(0, n), ...indexRange(n + b, qroam.numQubits - n)];
  const cx = makeStdGate('cx');
  return [
    [qroam, inner],
    ...Array.from({ length: b }, (_, w) => [cx, [n + b + w, n + w]] as OpStep),
    [invertOp(qroam), inner],
  ];
}

/**
 * Clean out-of-place lookup by a clean select-swap QROAM (Low, Kliuchnikov & Schaeffer,
 * arXiv:1812.00954; Berry et al., arXiv:1902.02134, App. A): compute the QROAM into its K
 * registers, copy register 0 to the output (b CNOTs), uncompute the QROAM exactly (its adjoint),
 * so |i⟩|y⟩|0…⟩ → |i⟩|y ⊕ data[i]⟩|0…⟩ with every ancilla clean and the op self-inverse.
 * Cost: 2 QROAMs + b CNOTs (the measurement-based uncompute of Berry et al. would replace the
 * second QROAM; see qroam.ts). Operands: index (n), output (b), the QROAM's K·b registers and
 * unary-iteration ancillas.
 */
export const QROAM_CLEAN_LOOKUP_DEF: OpDef<TableLookupParams> = Object.freeze({
  name: 'qroam_clean_lookup',
  category: 'unitary' as const,
  summary: 'clean table lookup: clean select-swap QROAM, copy, exact uncompute (Low, Kliuchnikov & Schaeffer 2018)',
  calls: (op: Op<TableLookupParams>): readonly OpCount[] => accumulateCalls(cleanLookupSteps(op).map(([o]) => ({ op: o, count: 1 }))),
  decompose: (op: Op<TableLookupParams>): Circuit => {
    if (!op.params.data) throw new ShapeOnlyDecomposeError(op.name, 'build it from a table (makeLookup with data) to get gates');
    return circuitOfSteps(op.numQubits, cleanLookupSteps(op));
  },
  inverse: (op: Op<TableLookupParams>) => op,
  examples: () => [
    makeLookup({ kind: 'qroam_clean', blockBits: 1 }, 2, 2, Float64Array.from([3, 1, 2, 0])),
    makeLookup({ kind: 'qroam_clean', blockBits: 2 }, 3, 1, Float64Array.from([1, 0, 0, 1, 1, 1, 0, 1])),
  ],
});

/** X gates that load (or unload) the table into the QRAM's memory qubits: popcount(data), or L·b shape-only. */
function memoryLoadXCount(p: TableLookupParams): number {
  if (!p.data) return 2 ** p.numIndexBits * p.numOutBits;
  let bits = 0;
  for (const v of p.data) bits += popcount53(v);
  return bits;
}

/**
 * Table lookup by a bucket-brigade QRAM read (bucketBrigade.ts) of a memory that holds the
 * classical table: X gates write the table into the N·b memory qubits, the QRAM read XORs cell i
 * into the output, X gates clear the memory again, so the memory qubits are clean ancillas of
 * the op and the op is self-inverse. The load costs only Pauli X gates (Cliffords; 2·popcount per
 * read). Operands in {@link bucketBrigadeLayout} order: address (n), output (b), memory, routers,
 * carriers, work.
 */
export const QRAM_TABLE_READ_DEF: OpDef<TableLookupParams> = Object.freeze({
  name: 'qram_table_read',
  category: 'unitary' as const,
  summary: 'table lookup by a bucket-brigade QRAM over a memory loaded with the table (X gates)',
  calls: (op: Op<TableLookupParams>): readonly OpCount[] => {
    const x = memoryLoadXCount(op.params);
    const read: OpCount = { op: makeBucketBrigadeQram(op.params.numIndexBits, op.params.numOutBits), count: 1 };
    return x > 0 ? [read, { op: makeStdGate('x'), count: 2 * x }] : [read];
  },
  decompose: (op: Op<TableLookupParams>): Circuit => {
    const { numIndexBits: n, numOutBits: b, data } = op.params;
    if (!data) throw new ShapeOnlyDecomposeError(op.name, 'build it from a table (makeLookup with data) to get gates');
    const lay = bucketBrigadeLayout(n, b);
    const bld = CircuitBuilder.withQubits(op.numQubits);
    const x = makeStdGate('x');
    const load = (): void => {
      data.forEach((v, cell) => { for (let t = 0; t < b; t++) if (Math.floor(v / 2 ** t) % 2 === 1) bld.apply(x, [lay.memory(cell, t)]); });
    };
    load();
    bld.apply(makeBucketBrigadeQram(n, b), indexRange(0, op.numQubits));
    load();
    return bld.build();
  },
  inverse: (op: Op<TableLookupParams>) => op,
  examples: () => [
    makeLookup({ kind: 'qram_bucket_brigade', blockBits: 0 }, 1, 2, Float64Array.from([2, 1])),
    makeLookup({ kind: 'qram_bucket_brigade', blockBits: 0 }, 2, 1, Float64Array.from([1, 0, 1, 1])),
  ],
});

function makeTableLookupOp(def: OpDef<TableLookupParams>, name: string, c: LookupConstruction, n: number, b: number, data?: Float64Array): Op<TableLookupParams> {
  return makeOp(def, {
    name, params: Object.freeze({ numIndexBits: n, numOutBits: b, blockBits: c.blockBits, ...(data ? { data } : {}) }),
    numQubits: lookupWidth(c, n, b), paramsKey: `${n},${b},${c.blockBits},${data ? hashNumbers(data) : 'shape'}`,
  });
}

/**
 * The clean out-of-place lookup |i⟩|y⟩|0…⟩ → |i⟩|y ⊕ data[i]⟩|0…⟩ over a table of 2^numIndexBits
 * entries of numOutBits bits by construction `c` (shape-only when `data` is absent): QROM,
 * clean QROAM with copy and uncompute ({@link QROAM_CLEAN_LOOKUP_DEF}), dirty QROAM (its K·b
 * borrowed registers are ancillas of the op, any state), or the QRAM read over a loaded memory
 * ({@link QRAM_TABLE_READ_DEF}). Every one is self-inverse; operands: index, output, ancillas
 * ({@link lookupWidth} in all). Throws InvalidArgumentError for a construction that does not exist
 * at this index width ({@link checkLookupConstruction}).
 */
export function makeLookup(c: LookupConstruction, numIndexBits: number, numOutBits: number, data?: Float64Array): Op {
  checkLookupConstruction(c, numIndexBits);
  const L = 2 ** numIndexBits;
  if (data && data.length !== L) throw new InvalidArgumentError(`lookup table has ${data.length} entries, expected 2^${numIndexBits} = ${L}`);
  switch (c.kind) {
    case 'qrom': return data ? makeQrom(data, numOutBits, numIndexBits) : makeQromShape(L, numOutBits, numIndexBits);
    case 'qroam_dirty': return data ? makeQroamDirty(data, numOutBits, c.blockBits, numIndexBits) : makeQroamDirtyShape(L, numOutBits, c.blockBits, numIndexBits);
    case 'qroam_clean': return makeTableLookupOp(QROAM_CLEAN_LOOKUP_DEF, 'qroam_clean_lookup', c, numIndexBits, numOutBits, data);
    case 'qram_bucket_brigade': return makeTableLookupOp(QRAM_TABLE_READ_DEF, 'qram_table_read', c, numIndexBits, numOutBits, data);
  }
}
