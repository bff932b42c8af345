import { BudgetUnmetError, InvalidArgumentError } from '../../errors';
import { Circuit, CircuitBuilder, Op, OpCount, OpDef, hashNumbers, indexRange, makeOp } from '../../ir';
import { makeStdGate } from '../gates/stdGates';
import { evalReversibleCircuit, permutationUnitary, popcount53 } from '../arith/reversible';
import { ShapeOnlyDecomposeError } from '../arith/shapeOnly';
import { emitUnaryIteration, unaryIterationAncillaCount, unaryIterationCounts } from '../arith/unaryIteration';

/**
 * Parameters of a clean-ancilla select-swap QROAM. `data` is absent for a shape-only op.
 * The block size is K = 2^blockBits; the index splits into r = i mod K (low blockBits bits,
 * the swap controls) and q = ⌊i/K⌋ (high bits, the unary-iteration select).
 */
export interface QroamParams {
  readonly numIndexBits: number;
  readonly numOutBits: number;
  /** Table entries L (indices ≥ L read 0). */
  readonly length: number;
  /** log₂ K. */
  readonly blockBits: number;
  readonly data?: Float64Array;
}

/** Blocks ⌈L/K⌉ read by the unary iteration. */
export function qroamBlockCount(length: number, blockBits: number): number {
  return Math.ceil(length / 2 ** blockBits);
}

/** Width: index + K output registers of b bits + unary-iteration ancillas for the high index bits. */
export function qroamWidth(numIndexBits: number, numOutBits: number, blockBits: number): number {
  return numIndexBits + 2 ** blockBits * numOutBits + unaryIterationAncillaCount(numIndexBits - blockBits);
}

/** Controlled swaps of the swap network: b·(K − 1) (Low, Kliuchnikov & Schaeffer 2018, Fig. 1c). */
export function qroamSwapCount(numOutBits: number, blockBits: number): number {
  return numOutBits * (2 ** blockBits - 1);
}

/** Permutation of the K registers by the swap network for low index r: after it, register 0 holds what was in register r. */
function swapNetwork(regs: number[], r: number, blockBits: number): void {
  for (let t = blockBits - 1; t >= 0; t--) {
    if (!((r >> t) & 1)) continue;
    for (let j = 0; j < 2 ** t; j++) { const tmp = regs[j]; regs[j] = regs[j + 2 ** t]; regs[j + 2 ** t] = tmp; }
  }
}

/** Set bits written by one lookup of the data (CNOTs of the data fan-out); L·b for a shape-only op. */
function lookupDataBits(p: QroamParams): number {
  if (!p.data) return p.length * p.numOutBits;
  let bits = 0;
  for (let i = 0; i < p.length; i++) bits += popcount53(p.data[i]);
  return bits;
}

/**
 * Select-swap QROAM with clean ancillas (Low, Kliuchnikov & Schaeffer, arXiv:1812.00954, Sec. 2;
 * Berry et al., arXiv:1902.02134, App. A): |i⟩|0⟩_0|0⟩_1…|0⟩_{K−1} → |i⟩|data[i]⟩_0|junk(i)⟩.
 * (1) unary iteration over the ⌈L/K⌉ blocks q = ⌊i/K⌋ writes data[qK + j] into register j
 * (CNOTs from the iteration's control); (2) a swap network controlled by the low bits r = i mod K
 * moves register r to register 0: for bit t (high to low), registers j and j + 2^t (j < 2^t) are
 * swapped, b(K − 1) controlled swaps in total. Operands: index bits 0..n−1 (bits 0..k−1 are r),
 * registers j = 0..K−1 of b bits each (register 0 is the output), then max(0, n−k−1) ancillas.
 *
 * Counts: the unary iteration's ANDs (2 ccx each here: compute and exact uncompute) plus
 * popcount(data) cx plus b(K − 1) cswap. With measurement-based AND uncomputation
 * (Gidney 2018) the Toffoli count is ANDs + b(K − 1) = ⌈L/K⌉ − 2 + b(K − 1) for ⌈L/K⌉ a power
 * of two (Berry et al.: ⌈L/K⌉ + b(K − 1), whose unary iteration is controlled).
 * The junk registers are left for the caller (the measurement-based uncompute of Berry et al.
 * App. C is not implemented).
 */
export const QROAM_CLEAN_DEF: OpDef<QroamParams> = Object.freeze({
  name: 'qroam_clean',
  category: 'unitary' as const,
  summary: 'select-swap QROAM with clean ancillas (Low, Kliuchnikov & Schaeffer 2018)',
  calls: (op: Op<QroamParams>): readonly OpCount[] => {
    const { numIndexBits: n, numOutBits: b, length: L, blockBits: k } = op.params;
    const s = unaryIterationCounts(n - k, qroamBlockCount(L, k));
    const dataBits = lookupDataBits(op.params);
    const out: OpCount[] = [];
    const push = (name: string, count: number): void => { if (count > 0) out.push({ op: makeStdGate(name), count }); };
    if (n - k === 0) push('x', dataBits);
    else {
      push('ccx', s.ccx);
      push('cx', s.cx + dataBits);
      push('x', s.x);
    }
    push('cswap', qroamSwapCount(b, k));
    return out;
  },
  decompose: (op: Op<QroamParams>): Circuit => {
    const { numIndexBits: n, numOutBits: b, length: L, blockBits: k, data } = op.params;
    if (!data) throw new ShapeOnlyDecomposeError(op.name, 'build it with makeQroamClean(data, ...) to get gates');
    const K = 2 ** k;
    const bld = CircuitBuilder.withQubits(op.numQubits);
    const reg = (j: number, w: number): number => n + j * b + w;
    const anc = indexRange(n + K * b, unaryIterationAncillaCount(n - k));
    const x = makeStdGate('x'), cx = makeStdGate('cx'), cswap = makeStdGate('cswap');
    emitUnaryIteration(bld, { selectQubits: indexRange(k, n - k), ancillaQubits: anc, length: qroamBlockCount(L, k) }, (bb, q, ctrl) => {
      for (let j = 0; j < K; j++) {
        const idx = q * K + j;
        if (idx >= L) break;
        let v = data[idx];
        for (let w = 0; w < b && v > 0; w++) {
          if (v % 2 === 1) { if (ctrl === null) bb.apply(x, [reg(j, w)]); else bb.apply(cx, [ctrl, reg(j, w)]); }
          v = Math.floor(v / 2);
        }
      }
    });
    for (let t = k - 1; t >= 0; t--) {
      for (let j = 0; j < 2 ** t; j++) for (let w = 0; w < b; w++) bld.apply(cswap, [t, reg(j, w), reg(j + 2 ** t, w)]);
    }
    return bld.build();
  },
  unitary: (op: Op<QroamParams>) => {
    const { numIndexBits: n, numOutBits: b, length: L, blockBits: k, data } = op.params;
    if (!data) throw new ShapeOnlyDecomposeError(op.name, 'a shape-only QROAM has no unitary');
    const K = 2 ** k, mask = 2 ** b - 1;
    let netlist: Circuit | undefined;
    // Register-level specification on clean unary-iteration ancillas; other columns (outside the
    // op's contract) by classical evaluation of the gate list, as for QROM.
    return permutationUnitary(op.numQubits, (xIn) => {
      if (xIn >> (n + K * b) !== 0) { netlist ??= QROAM_CLEAN_DEF.decompose!(op); return evalReversibleCircuit(netlist, xIn); }
      const i = xIn & ((1 << n) - 1), q = i >> k, r = i & (K - 1);
      const regs: number[] = [];
      for (let j = 0; j < K; j++) {
        const idx = q * K + j;
        regs.push(((xIn >> (n + j * b)) & mask) ^ (idx < L ? data[idx] : 0));
      }
      swapNetwork(regs, r, k);
      let out = i;
      for (let j = 0; j < K; j++) out |= regs[j] << (n + j * b);
      return out;
    });
  },
  examples: () => [
    makeQroamClean([3, 1, 2, 0], 2, 1),
    makeQroamClean([1, 0, 1, 1], 1, 1),
    makeQroamClean([1, 0, 0, 1, 1, 1, 0, 1], 1, 1),
    makeQroamClean([1, 1, 0, 1], 1, 2),
    makeQroamClean([2, 3], 2, 1),
    makeQroamClean([5, 1, 7, 2, 6, 0, 3, 4, 1, 2, 7, 7, 5], 3, 2),
  ],
});

function checkShape(n: number, b: number, L: number, k: number): void {
  if (!Number.isInteger(b) || b < 1 || b > 52) throw new InvalidArgumentError(`qroam: output width ${b} must be an integer in 1..52`);
  if (!Number.isInteger(n) || n < 0 || n > 52) throw new InvalidArgumentError(`qroam: index width ${n} must be an integer in 0..52`);
  if (!Number.isInteger(L) || L < 1 || L > 2 ** n) throw new InvalidArgumentError(`qroam: table length ${L} must be in 1..2^${n}; pass a wider index`);
  if (!Number.isInteger(k) || k < 0 || k > n) throw new InvalidArgumentError(`qroam: block size 2^${k} must have 0 ≤ ${k} ≤ index width ${n}`);
}

function ceilLog2(x: number): number {
  let n = 0;
  while (2 ** n < x) n++;
  return n;
}

/** Shared constructor of both QROAM families: checks the shape and the data, then makes the op. */
function makeQroamOf(
  def: OpDef<QroamParams>, name: string, width: (n: number, b: number, k: number) => number,
  data: ArrayLike<number> | undefined, length: number, numOutBits: number, blockBits: number, numIndexBits?: number,
): Op<QroamParams> {
  const n = numIndexBits ?? ceilLog2(length);
  checkShape(n, numOutBits, length, blockBits);
  if (data === undefined) {
    return makeOp(def, {
      name, params: Object.freeze({ numIndexBits: n, numOutBits, length, blockBits }),
      numQubits: width(n, numOutBits, blockBits), paramsKey: `${n},${numOutBits},${length},${blockBits},shape`,
    });
  }
  const d = Float64Array.from(data);
  for (let i = 0; i < length; i++) {
    if (!Number.isInteger(d[i]) || d[i] < 0 || d[i] >= 2 ** numOutBits) throw new InvalidArgumentError(`qroam: data[${i}] = ${d[i]} is not an integer in [0, 2^${numOutBits})`);
  }
  return makeOp(def, {
    name, params: Object.freeze({ numIndexBits: n, numOutBits, length, blockBits, data: d }),
    numQubits: width(n, numOutBits, blockBits), paramsKey: `${n},${numOutBits},${length},${blockBits},${hashNumbers(d)}`,
  });
}

/** A clean select-swap QROAM over `data` (integers < 2^numOutBits) with block size K = 2^blockBits. */
export function makeQroamClean(data: ArrayLike<number>, numOutBits: number, blockBits: number, numIndexBits?: number): Op<QroamParams> {
  return makeQroamOf(QROAM_CLEAN_DEF, 'qroam_clean', qroamWidth, data, data.length, numOutBits, blockBits, numIndexBits);
}

/** A shape-only clean QROAM (counts exact for ccx, x, cswap; cx an upper bound); decompose throws. */
export function makeQroamCleanShape(length: number, numOutBits: number, blockBits: number, numIndexBits?: number): Op<QroamParams> {
  return makeQroamOf(QROAM_CLEAN_DEF, 'qroam_clean', qroamWidth, undefined, length, numOutBits, blockBits, numIndexBits);
}

/**
 * Toffoli count of a clean select-swap QROAM in the measurement-based-uncompute convention of
 * Berry et al. (arXiv:1902.02134, App. A): the unary iteration's ANDs (half its ccx here) plus
 * the b(K − 1) controlled swaps. Exact for this implementation (computed from its counts).
 */
export function qroamCleanToffoliCount(length: number, numOutBits: number, blockBits: number): number {
  const n = ceilLog2(length);
  checkShape(n, numOutBits, length, blockBits);
  return unaryIterationCounts(n - blockBits, qroamBlockCount(length, blockBits)).ccx / 2 + qroamSwapCount(numOutBits, blockBits);
}

/** The block size chosen by {@link chooseQroamBlockBits}. */
export interface QroamBlockChoice {
  readonly blockBits: number;
  readonly toffoliCount: number;
  readonly qubitCount: number;
}

/**
 * Block size K = 2^k of a clean QROAM that minimizes the Toffoli count (ties: fewer qubits)
 * among those whose width fits `qubitBudget` (the optimum is near K ≈ √(L/b), Low et al. 2018).
 * Throws {@link BudgetUnmetError} when even K = 1 (a plain QROM) does not fit.
 */
export function chooseQroamBlockBits(length: number, numOutBits: number, qubitBudget: number): QroamBlockChoice {
  const n = ceilLog2(length);
  let best: QroamBlockChoice | undefined;
  for (let k = 0; k <= n; k++) {
    const qubitCount = qroamWidth(n, numOutBits, k);
    if (qubitCount > qubitBudget) continue;
    const toffoliCount = qroamCleanToffoliCount(length, numOutBits, k);
    if (!best || toffoliCount < best.toffoliCount || (toffoliCount === best.toffoliCount && qubitCount < best.qubitCount)) {
      best = { blockBits: k, toffoliCount, qubitCount };
    }
  }
  if (!best) {
    throw new BudgetUnmetError(
      `no QROAM block size fits ${qubitBudget} qubits for ${length} entries of ${numOutBits} bits: the smallest (K = 1, a plain QROM) `
      + `needs ${qroamWidth(n, numOutBits, 0)}; raise the qubit budget`, { length, numOutBits, qubitBudget, minQubits: qroamWidth(n, numOutBits, 0) });
  }
  return best;
}

/** Width of a dirty QROAM: index + b-bit target + K dirty registers of b bits + unary-iteration ancillas. */
export function qroamDirtyWidth(numIndexBits: number, numOutBits: number, blockBits: number): number {
  return numIndexBits + numOutBits + 2 ** blockBits * numOutBits + unaryIterationAncillaCount(numIndexBits - blockBits);
}

function emitSwapNetwork(bld: CircuitBuilder, k: number, reg: (j: number, w: number) => number, b: number, inverse: boolean): void {
  const cswap = makeStdGate('cswap');
  const order = Array.from({ length: k }, (_, i) => k - 1 - i);
  for (const t of inverse ? [...order].reverse() : order) {
    for (let j = 0; j < 2 ** t; j++) for (let w = 0; w < b; w++) bld.apply(cswap, [t, reg(j, w), reg(j + 2 ** t, w)]);
  }
}

/**
 * Select-swap QROAM with dirty ancillas (Low, Kliuchnikov & Schaeffer, arXiv:1812.00954, Fig. 1d;
 * Berry et al., arXiv:1902.02134, App. B): |i⟩|y⟩|z⟩ → |i⟩|y ⊕ data[i]⟩|z⟩ for any contents z of
 * the K dirty b-bit registers (restored). Steps: S_r; y ⊕= D_0; S_r†; lookup D_j ⊕= data[qK + j];
 * S_r; y ⊕= D_0; S_r†; lookup again — 2 unary iterations over ⌈L/K⌉ blocks and 4 swap networks,
 * i.e. 4b(K − 1) controlled swaps and, with measurement-based AND uncompute, 2·ANDs + 4b(K − 1)
 * Toffolis (= 2(⌈L/K⌉ − 2) + 4b(K − 1) for ⌈L/K⌉ a power of two). Operands: index bits
 * (bits 0..k−1 are r), target (b), dirty registers D_0..D_{K−1} (b each), then max(0, n−k−1)
 * clean ancillas for the unary iteration. Self-inverse.
 */
export const QROAM_DIRTY_DEF: OpDef<QroamParams> = Object.freeze({
  name: 'qroam_dirty',
  category: 'unitary' as const,
  summary: 'select-swap QROAM with dirty ancillas (Low, Kliuchnikov & Schaeffer 2018)',
  calls: (op: Op<QroamParams>): readonly OpCount[] => {
    const { numIndexBits: n, numOutBits: b, length: L, blockBits: k } = op.params;
    const s = unaryIterationCounts(n - k, qroamBlockCount(L, k));
    const dataBits = lookupDataBits(op.params);
    const out: OpCount[] = [];
    const push = (name: string, count: number): void => { if (count > 0) out.push({ op: makeStdGate(name), count }); };
    if (n - k === 0) {
      push('x', 2 * dataBits);
      push('cx', 2 * b);
    } else {
      push('ccx', 2 * s.ccx);
      push('cx', 2 * (s.cx + dataBits) + 2 * b);
      push('x', 2 * s.x);
    }
    push('cswap', 4 * qroamSwapCount(b, k));
    return out;
  },
  decompose: (op: Op<QroamParams>): Circuit => {
    const { numIndexBits: n, numOutBits: b, length: L, blockBits: k, data } = op.params;
    if (!data) throw new ShapeOnlyDecomposeError(op.name, 'build it with makeQroamDirty(data, ...) to get gates');
    const K = 2 ** k;
    const bld = CircuitBuilder.withQubits(op.numQubits);
    const target = (w: number): number => n + w;
    const reg = (j: number, w: number): number => n + b + j * b + w;
    const anc = indexRange(n + b + K * b, unaryIterationAncillaCount(n - k));
    const x = makeStdGate('x'), cx = makeStdGate('cx');
    const lookup = (): void => emitUnaryIteration(bld, { selectQubits: indexRange(k, n - k), ancillaQubits: anc, length: qroamBlockCount(L, k) }, (bb, q, ctrl) => {
      for (let j = 0; j < K; j++) {
        const idx = q * K + j;
        if (idx >= L) break;
        let v = data[idx];
        for (let w = 0; w < b && v > 0; w++) {
          if (v % 2 === 1) { if (ctrl === null) bb.apply(x, [reg(j, w)]); else bb.apply(cx, [ctrl, reg(j, w)]); }
          v = Math.floor(v / 2);
        }
      }
    });
    const fanOut = (): void => { for (let w = 0; w < b; w++) bld.apply(cx, [reg(0, w), target(w)]); };
    emitSwapNetwork(bld, k, reg, b, false); fanOut(); emitSwapNetwork(bld, k, reg, b, true);
    lookup();
    emitSwapNetwork(bld, k, reg, b, false); fanOut(); emitSwapNetwork(bld, k, reg, b, true);
    lookup();
    return bld.build();
  },
  unitary: (op: Op<QroamParams>) => {
    const { numIndexBits: n, numOutBits: b, length: L, blockBits: k, data } = op.params;
    if (!data) throw new ShapeOnlyDecomposeError(op.name, 'a shape-only QROAM has no unitary');
    const K = 2 ** k;
    let netlist: Circuit | undefined;
    return permutationUnitary(op.numQubits, (xIn) => {
      if (xIn >> (n + b + K * b) !== 0) { netlist ??= QROAM_DIRTY_DEF.decompose!(op); return evalReversibleCircuit(netlist, xIn); }
      const i = xIn & ((1 << n) - 1);
      return i < L ? xIn ^ (data[i] * 2 ** n) : xIn;
    });
  },
  inverse: (op: Op<QroamParams>) => op,
  examples: () => [
    makeQroamDirty([1, 0], 1, 1),
    makeQroamDirty([1, 0, 1, 1], 1, 1),
    makeQroamDirty([2, 3, 1], 2, 1),
    makeQroamDirty([1, 1, 0, 1], 1, 2),
    makeQroamDirty([5, 1, 7, 2, 6, 0, 3, 4, 1, 2, 7, 7, 5], 3, 2),
  ],
});

/** A dirty-ancilla select-swap QROAM over `data` with block size K = 2^blockBits. */
export function makeQroamDirty(data: ArrayLike<number>, numOutBits: number, blockBits: number, numIndexBits?: number): Op<QroamParams> {
  return makeQroamOf(QROAM_DIRTY_DEF, 'qroam_dirty', qroamDirtyWidth, data, data.length, numOutBits, blockBits, numIndexBits);
}

/** A shape-only dirty QROAM (counts exact for ccx, x, cswap; cx an upper bound); decompose throws. */
export function makeQroamDirtyShape(length: number, numOutBits: number, blockBits: number, numIndexBits?: number): Op<QroamParams> {
  return makeQroamOf(QROAM_DIRTY_DEF, 'qroam_dirty', qroamDirtyWidth, undefined, length, numOutBits, blockBits, numIndexBits);
}
