import { InvalidArgumentError } from '../../errors';
import { Circuit, CircuitBuilder, Op, OpCount, OpDef, hashNumbers, indexRange, makeOp } from '../../ir';
import { ShapeOnlyDecomposeError } from '../arith/shapeOnly';
import { emitUnaryIteration, unaryIterationAncillaCount, unaryIterationCounts } from '../arith/unaryIteration';
import { makeStdGate } from '../gates/stdGates';

/**
 * Parameters of a phase lookup |i⟩ → (−1)^{f(i)}|i⟩ over L = 2^numIndexBits entries, with the
 * low blockBits bits of i one-hot encoded into K = 2^blockBits qubits. `table` (0/1 per entry) is
 * absent for a shape-only op.
 */
export interface PhaseLookupParams {
  readonly numIndexBits: number;
  readonly blockBits: number;
  readonly table?: Float64Array;
}

/** Width: index n + K one-hot qubits + unary-iteration ancillas for the n − k high bits. */
export function phaseLookupWidth(numIndexBits: number, blockBits: number): number {
  return numIndexBits + 2 ** blockBits + unaryIterationAncillaCount(numIndexBits - blockBits);
}

/** Toffolis of the phase lookup as compiled: 2(K − 1) cswaps (one-hot in and out) + the unary iteration's ccx over ⌈L/K⌉ blocks. */
export function phaseLookupCompiledToffoliCount(numIndexBits: number, blockBits: number): number {
  const blocks = 2 ** (numIndexBits - blockBits);
  return 2 * (2 ** blockBits - 1) + unaryIterationCounts(numIndexBits - blockBits, blocks).ccx;
}

/**
 * Toffolis in the convention of Berry et al. (arXiv:1902.02134, App. C): measurement-based
 * uncompute of the one-hot register and of the iteration's ANDs (Gidney 2018), so only the
 * compute halves count: (K − 1) + ANDs(⌈L/K⌉) ≤ ⌈L/K⌉ + K.
 */
export function phaseLookupToffoliCount(numIndexBits: number, blockBits: number): number {
  const blocks = 2 ** (numIndexBits - blockBits);
  return 2 ** blockBits - 1 + unaryIterationCounts(numIndexBits - blockBits, blocks).ccx / 2;
}

/** Block size k minimizing {@link phaseLookupToffoliCount} (ties: smaller k), K ≈ √L. */
export function bestPhaseLookupBlockBits(numIndexBits: number): number {
  let best = 0;
  for (let k = 1; k <= numIndexBits; k++) if (phaseLookupToffoliCount(numIndexBits, k) < phaseLookupToffoliCount(numIndexBits, best)) best = k;
  return best;
}

/** One-hot of the low k index bits into the K qubits (X on t_0, then a controlled-swap fan per bit). */
function emitOneHot(bld: CircuitBuilder, k: number, t: (j: number) => number, inverse: boolean): void {
  const x = makeStdGate('x'), cswap = makeStdGate('cswap');
  const gates: [Op, number[]][] = [[x, [t(0)]]];
  for (let j = 0; j < k; j++) for (let p = 0; p < 2 ** j; p++) gates.push([cswap, [j, t(p), t(p + 2 ** j)]]);
  for (const [g, q] of inverse ? gates.reverse() : gates) bld.apply(g, q);
}

/**
 * Phase lookup (the phase fix-up of the measurement-based uncompute of a QROAM; Berry, Gidney,
 * Motta, McClean, Babbush, arXiv:1902.02134, App. C): |i⟩|0…⟩ → (−1)^{f(i)}|i⟩|0…⟩. The low k
 * bits r of i are one-hot encoded into K = 2^k qubits (K − 1 controlled swaps), a unary iteration
 * over the ⌈L/K⌉ values of the high bits q applies CZ(ctrl, t_j) for every j with f(qK + j) = 1,
 * and the one-hot is undone. Toffolis: ⌈L/K⌉ + K in Berry et al.'s convention
 * ({@link phaseLookupToffoliCount}); as compiled here (exact uncompute) 2(K − 1) + 2(⌈L/K⌉ − 2).
 * Operands: index (n; bits 0..k−1 are r), the K one-hot qubits, then max(0, n − k − 1) ancillas.
 */
export const PHASE_LOOKUP_DEF: OpDef<PhaseLookupParams> = Object.freeze({
  name: 'phase_lookup',
  category: 'unitary' as const,
  summary: 'phase lookup (−1)^{f(i)} by a one-hot block and unary iteration (Berry et al. 2019, App. C)',
  calls: (op: Op<PhaseLookupParams>): readonly OpCount[] => {
    const { numIndexBits: n, blockBits: k, table } = op.params;
    const blocks = 2 ** (n - k);
    const u = unaryIterationCounts(n - k, blocks);
    const ones = table ? table.reduce((s, v) => s + v, 0) : 2 ** n;
    const out: OpCount[] = [{ op: makeStdGate('x'), count: 2 + (n - k === 0 ? 0 : u.x) }];
    if (k > 0) out.push({ op: makeStdGate('cswap'), count: 2 * (2 ** k - 1) });
    if (n - k > 0) {
      if (u.ccx > 0) out.push({ op: makeStdGate('ccx'), count: u.ccx });
      if (u.cx > 0) out.push({ op: makeStdGate('cx'), count: u.cx });
      if (ones > 0) out.push({ op: makeStdGate('cz'), count: ones });
    } else if (ones > 0) {
      out.push({ op: makeStdGate('z'), count: ones });
    }
    return out;
  },
  decompose: (op: Op<PhaseLookupParams>): Circuit => {
    const { numIndexBits: n, blockBits: k, table } = op.params;
    if (!table) throw new ShapeOnlyDecomposeError(op.name, 'build it with makePhaseLookup(table, blockBits) to get gates');
    const K = 2 ** k;
    const t = (j: number): number => n + j;
    const bld = CircuitBuilder.withQubits(op.numQubits);
    const z = makeStdGate('z'), cz = makeStdGate('cz');
    emitOneHot(bld, k, t, false);
    emitUnaryIteration(bld, { selectQubits: indexRange(k, n - k), ancillaQubits: indexRange(n + K, unaryIterationAncillaCount(n - k)), length: 2 ** (n - k) }, (bb, q, ctrl) => {
      for (let j = 0; j < K; j++) {
        if (table[q * K + j] !== 1) continue;
        if (ctrl === null) bb.apply(z, [t(j)]); else bb.apply(cz, [ctrl, t(j)]);
      }
    });
    emitOneHot(bld, k, t, true);
    return bld.build();
  },
  inverse: (op: Op<PhaseLookupParams>) => op,
  examples: () => [
    makePhaseLookup([1, 0, 0, 1], 1),
    makePhaseLookup([0, 1, 1, 1], 2),
    makePhaseLookup([1, 1, 0, 1, 0, 0, 1, 0], 1),
    makePhaseLookup([1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0], 2),
  ],
});

function checkShape(n: number, k: number): void {
  if (!Number.isInteger(n) || n < 1 || n > 52) throw new InvalidArgumentError(`phase lookup: index width ${n} must be an integer in 1..52`);
  if (!Number.isInteger(k) || k < 0 || k > n || k > 30) throw new InvalidArgumentError(`phase lookup: block size 2^${k} needs 0 ≤ k ≤ min(index width ${n}, 30)`);
}

/** A phase lookup over a 0/1 table of 2^n entries with block size K = 2^blockBits. */
export function makePhaseLookup(table: ArrayLike<number>, blockBits: number): Op<PhaseLookupParams> {
  const L = table.length;
  const n = Math.round(Math.log2(L));
  if (2 ** n !== L) throw new InvalidArgumentError(`phase lookup: table length ${L} is not a power of two`);
  checkShape(n, blockBits);
  const t = Float64Array.from(table);
  for (let i = 0; i < L; i++) if (t[i] !== 0 && t[i] !== 1) throw new InvalidArgumentError(`phase lookup: table[${i}] = ${t[i]} is not 0 or 1`);
  return makeOp(PHASE_LOOKUP_DEF, {
    name: 'phase_lookup', params: Object.freeze({ numIndexBits: n, blockBits, table: t }),
    numQubits: phaseLookupWidth(n, blockBits), paramsKey: `${n},${blockBits},${hashNumbers(t)}`,
  });
}

/** A shape-only phase lookup (worst case: every entry's phase applied); decompose throws. */
export function makePhaseLookupShape(numIndexBits: number, blockBits: number): Op<PhaseLookupParams> {
  checkShape(numIndexBits, blockBits);
  return makeOp(PHASE_LOOKUP_DEF, {
    name: 'phase_lookup', params: Object.freeze({ numIndexBits, blockBits }),
    numQubits: phaseLookupWidth(numIndexBits, blockBits), paramsKey: `${numIndexBits},${blockBits},shape`,
  });
}

/** Cost of the measurement-based uncompute of the b·K output and junk qubits of a clean QROAM over L = 2^n entries. */
export interface MeasuredUncomputeCost {
  /** X-basis measurements: H then measure on each of the b·K register qubits. */
  readonly measurementCount: number;
  readonly hadamardCount: number;
  /** Block bits k' of the phase fix-up (K' = 2^k' ≈ √L). */
  readonly phaseBlockBits: number;
  /** Toffolis of the phase fix-up, Berry et al.'s convention (≤ ⌈L/K'⌉ + K'). */
  readonly toffoliCount: number;
}

/**
 * Measurement-based uncompute of a clean QROAM (Berry et al., arXiv:1902.02134, App. C): measure
 * every register qubit in the X basis; the outcome m leaves the phase (−1)^{m·reg(i)} on the index,
 * a function of i only, removed by one {@link PHASE_LOOKUP_DEF} over the L entries with K' chosen
 * by {@link bestPhaseLookupBlockBits}: ⌈L/K'⌉ + K' Toffolis instead of a second QROAM.
 */
export function measuredUncomputeCost(numIndexBits: number, numOutBits: number, blockBits: number): MeasuredUncomputeCost {
  const qubits = numOutBits * 2 ** blockBits;
  const k = bestPhaseLookupBlockBits(numIndexBits);
  return { measurementCount: qubits, hadamardCount: qubits, phaseBlockBits: k, toffoliCount: phaseLookupToffoliCount(numIndexBits, k) };
}
