import { QnError } from '../../errors';
import { Circuit, CircuitBuilder, Op, OpCount, OpDef, hashNumbers, indexRange, makeOp } from '../../ir';
import { makeStdGate } from '../gates/stdGates';
import { evalReversibleCircuit, permutationUnitary, popcount53 } from './reversible';
import { emitUnaryIteration, unaryIterationAncillaCount, unaryIterationCounts } from './unaryIteration';
import { ShapeOnlyDecomposeError } from './shapeOnly';

/**
 * Parameters of a QROM lookup. `data` is absent for a shape-only op (counted, not decomposed).
 */
export interface QromParams {
  readonly numIndexBits: number;
  readonly numOutBits: number;
  /** Number of table entries L (indices ≥ L leave the output untouched). */
  readonly length: number;
  /** data[i] ∈ [0, 2^numOutBits), integers; absent for shape-only ops. */
  readonly data?: Float64Array;
}

/**
 * QROM (read-only memory lookup) by unary iteration: |i⟩|y⟩|0^{n−1}⟩ → |i⟩|y ⊕ data[i]⟩|0^{n−1}⟩
 * for i < L (identity for i ≥ L). Operands: index bits 0..n−1, output bits n..n+b−1, then
 * max(0, n−1) clean ancillas. Babbush et al. 2018 (PRX 8, 041015), Sec. III.A: each entry
 * writes its bits with CNOTs from the iteration's control. Cost: 2L − 4 ccx (L = 2^n; see
 * unaryIterationCounts) plus popcount(data) CNOTs. Self-inverse (an XOR lookup).
 */
export const QROM_DEF: OpDef<QromParams> = Object.freeze({
  name: 'qrom',
  category: 'unitary' as const,
  summary: 'QROM table lookup by unary iteration (Babbush et al. 2018)',
  calls: (op: Op<QromParams>): readonly OpCount[] => {
    const { numIndexBits: n, numOutBits: b, length: L, data } = op.params;
    const s = unaryIterationCounts(n, L);
    let dataBits = 0;
    if (data) for (let i = 0; i < L; i++) dataBits += popcount53(data[i]);
    else dataBits = L * b; // shape-only: worst case, every output bit written
    const out: OpCount[] = [];
    const push = (name: string, count: number): void => { if (count > 0) out.push({ op: makeStdGate(name), count }); };
    if (n === 0) {
      push('x', dataBits);
      return out;
    }
    push('ccx', s.ccx);
    push('cx', s.cx + dataBits);
    push('x', s.x);
    return out;
  },
  decompose: (op: Op<QromParams>): Circuit => {
    const { numIndexBits: n, numOutBits: b, length: L, data } = op.params;
    if (!data) throw new ShapeOnlyDecomposeError(op.name, 'build it with makeQrom(data, ...) to get gates');
    const bld = CircuitBuilder.withQubits(op.numQubits);
    const sel = indexRange(0, n), out = indexRange(n, b), anc = indexRange(n + b, unaryIterationAncillaCount(n));
    const x = makeStdGate('x'), cx = makeStdGate('cx');
    emitUnaryIteration(bld, { selectQubits: sel, ancillaQubits: anc, length: L }, (bb, i, ctrl) => {
      let v = data[i];
      for (let t = 0; t < b && v > 0; t++) {
        if (v % 2 === 1) {
          if (ctrl === null) bb.apply(x, [out[t]]); else bb.apply(cx, [ctrl, out[t]]);
        }
        v = Math.floor(v / 2);
      }
    });
    return bld.build();
  },
  unitary: (op: Op<QromParams>) => {
    const { numIndexBits: n, numOutBits: b, length: L, data } = op.params;
    if (!data) throw new ShapeOnlyDecomposeError(op.name, 'a shape-only QROM has no unitary');
    // Clean-ancilla columns straight from the table; dirty-ancilla columns (outside the op's
    // contract) by classical evaluation of the gate list.
    let netlist: Circuit | undefined;
    return permutationUnitary(op.numQubits, (x) => {
      const anc = x >> (n + b);
      if (anc === 0) {
        const i = x & ((1 << n) - 1);
        return i < L ? x ^ (data[i] * (1 << n)) : x;
      }
      netlist ??= QROM_DEF.decompose!(op);
      return evalReversibleCircuit(netlist, x);
    });
  },
  inverse: (op: Op<QromParams>) => op,
  examples: () => [
    makeQrom([3, 0, 2, 1], 2),
    makeQrom([5, 1, 7], 3),
    makeQrom([1, 2, 3, 0, 1], 2),
    makeQrom([2], 2),
    makeQrom([1, 0], 1),
  ],
});

/**
 * A QROM over `data` (non-negative integers < 2^numOutBits). The index width is
 * ceil(log2(data.length)) unless `numIndexBits` is given.
 */
export function makeQrom(data: ArrayLike<number>, numOutBits: number, numIndexBits?: number): Op<QromParams> {
  const L = data.length;
  const n = numIndexBits ?? ceilLog2(L);
  checkShape(n, numOutBits, L);
  const d = Float64Array.from(data);
  const lim = 2 ** numOutBits;
  for (let i = 0; i < L; i++) {
    if (!Number.isInteger(d[i]) || d[i] < 0 || d[i] >= lim) throw new QnError('INVALID_ARGUMENT', `qrom: data[${i}] = ${d[i]} is not an integer in [0, 2^${numOutBits})`);
  }
  return makeOp(QROM_DEF, {
    name: 'qrom', params: Object.freeze({ numIndexBits: n, numOutBits, length: L, data: d }),
    numQubits: qromWidth(n, numOutBits), paramsKey: `${n},${numOutBits},${L},${hashNumbers(d)}`,
  });
}

/**
 * A shape-only QROM: calls are exact for ccx and x and an upper bound for cx (every output bit
 * assumed written); decompose throws. For cost models at sizes no table can be built for.
 */
export function makeQromShape(length: number, numOutBits: number, numIndexBits?: number): Op<QromParams> {
  const n = numIndexBits ?? ceilLog2(length);
  checkShape(n, numOutBits, length);
  return makeOp(QROM_DEF, {
    name: 'qrom', params: Object.freeze({ numIndexBits: n, numOutBits, length }),
    numQubits: qromWidth(n, numOutBits), paramsKey: `${n},${numOutBits},${length},shape`,
  });
}

/** Width of a QROM op: index + output + max(0, n−1) ancillas. */
export function qromWidth(numIndexBits: number, numOutBits: number): number {
  return numIndexBits + numOutBits + unaryIterationAncillaCount(numIndexBits);
}

/** ceil(log2(x)) for x ≥ 1 (0 for x = 1). */
export function ceilLog2(x: number): number {
  if (!(x >= 1)) throw new QnError('INVALID_ARGUMENT', `ceilLog2: ${x} < 1`);
  let n = 0;
  while (2 ** n < x) n++;
  return n;
}

function checkShape(n: number, b: number, L: number): void {
  if (!Number.isInteger(b) || b < 1 || b > 52) throw new QnError('INVALID_ARGUMENT', `qrom: output width ${b} must be an integer in 1..52`);
  if (!Number.isInteger(n) || n < 0 || n > 52) throw new QnError('INVALID_ARGUMENT', `qrom: index width ${n} must be an integer in 0..52`);
  if (!Number.isInteger(L) || L < 1 || L > 2 ** n) throw new QnError('INVALID_ARGUMENT', `qrom: table length ${L} must be in 1..2^${n}; pass a wider index`);
}
