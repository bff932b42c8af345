import { InvalidArgumentError } from '../../errors';
import { Circuit, CircuitBuilder, Op, OpCount, OpDef, makeOp } from '../../ir';
import { makeStdGate } from '../gates/stdGates';

/** Parameters of a bucket-brigade QRAM read. */
export interface BucketBrigadeParams {
  /** n: address bits, N = 2^n memory cells. */
  readonly numAddressBits: number;
  /** b: bits per memory cell. */
  readonly numOutBits: number;
}

/** Qubit layout of {@link BUCKET_BRIGADE_QRAM_DEF} (see there). */
export interface BucketBrigadeLayout {
  readonly address: (bit: number) => number;
  readonly out: (t: number) => number;
  readonly memory: (cell: number, t: number) => number;
  /** Router of internal node v = 1..N−1 (heap order: children 2v, 2v+1; level of v = ⌊log₂ v⌋). */
  readonly router: (v: number) => number;
  /** Carrier of node v = 1..2N−1 (leaves v = N..2N−1 are cells v − N). */
  readonly carrier: (v: number) => number;
  readonly work: (cell: number, t: number) => number;
  readonly width: number;
}

/** The layout for n address bits and b-bit cells: width n + b + 2Nb + 3N − 2. */
export function bucketBrigadeLayout(n: number, b: number): BucketBrigadeLayout {
  const N = 2 ** n;
  const M = n + b, R = M + N * b, C = R + N - 1, W = C + 2 * N - 1;
  return {
    address: (i) => i, out: (t) => n + t, memory: (j, t) => M + j * b + t,
    router: (v) => R + v - 1, carrier: (v) => C + v - 1, work: (j, t) => W + j * b + t,
    width: W + N * b,
  };
}

/** Gate counts of one read (closed forms; the registry test checks them against the decomposition). */
export function bucketBrigadeCounts(n: number, b: number): { cswap: number; swap: number; ccx: number; cx: number; x: number } {
  const N = 2 ** n;
  // routing one qubit from the root down through levels 0..ℓ−1 costs one swap and one cswap per node of those levels
  const routeDown = (levels: number): number => 2 ** levels - 1;
  let addressRouting = 0;
  for (let l = 0; l < n; l++) addressRouting += routeDown(l);
  const flagRouting = routeDown(n);
  const nodeSteps = addressRouting + flagRouting;
  return {
    cswap: 2 * nodeSteps,
    // per node step one swap; per level ℓ of address loading: root carrier ↔ address bit, then carriers ↔ routers
    swap: 2 * (nodeSteps + n + (N - 1)),
    ccx: 2 * N * b,
    // XOR tree: fold N work bits into one (N − 1 cx), copy to the output, unfold (N − 1): per output bit
    cx: b * (2 * (N - 1) + 1),
    x: 2,
  };
}

/**
 * Bucket-brigade QRAM read as a compiled circuit (Giovannetti, Lloyd & Maccone, PRL 100, 160501
 * (2008); qubit-router compilation after Hann et al., PRX Quantum 2, 020311 (2021)):
 * |a⟩|y⟩|m_0…m_{N−1}⟩|0…⟩ → |a⟩|y ⊕ m_a⟩|m⟩|0…⟩ for a quantum memory of N = 2^n cells of b qubits.
 * A binary tree of N − 1 router qubits and 2N − 1 carrier qubits: (1) address loading — for each
 * address bit from the most significant, swap it into the root carrier, route it down through the
 * routers already set (per node: swap carrier → left child, then a router-controlled swap left ↔
 * right), and swap the carriers of that level into their routers; (2) route a |1⟩ flag to the
 * leaves, which then hold the one-hot address; (3) work bit w_{j,t} = flag_j ∧ m_j[t] (N·b Toffolis
 * in parallel), an XOR tree of CNOTs folds them into y (depth O(log N)); (4) everything but y is
 * uncomputed in reverse. Qubits O(N·b) (n + b + 2Nb + 3N − 2); depth O(n² + b + log N) as compiled
 * here (the loading is not pipelined); T cost 2Nb Toffolis + the controlled swaps (see
 * {@link bucketBrigadeCounts}). Classical data = memory qubits prepared by X gates.
 * Operands in {@link bucketBrigadeLayout} order. Self-inverse.
 */
export const BUCKET_BRIGADE_QRAM_DEF: OpDef<BucketBrigadeParams> = Object.freeze({
  name: 'qram_bucket_brigade',
  category: 'unitary' as const,
  summary: 'bucket-brigade QRAM read: router tree of controlled swaps (Giovannetti, Lloyd & Maccone 2008)',
  calls: (op: Op<BucketBrigadeParams>): readonly OpCount[] => {
    const c = bucketBrigadeCounts(op.params.numAddressBits, op.params.numOutBits);
    return (['cswap', 'swap', 'ccx', 'cx', 'x'] as const).filter((g) => c[g] > 0).map((g) => ({ op: makeStdGate(g), count: c[g] }));
  },
  decompose: (op: Op<BucketBrigadeParams>): Circuit => {
    const { numAddressBits: n, numOutBits: b } = op.params;
    const N = 2 ** n;
    const L = bucketBrigadeLayout(n, b);
    const swap = makeStdGate('swap'), cswap = makeStdGate('cswap'), ccx = makeStdGate('ccx'), cx = makeStdGate('cx'), x = makeStdGate('x');
    type G = [typeof swap, number[]];
    const routeDown = (levels: number, out: G[]): void => {
      for (let l = 0; l < levels; l++) for (let v = 2 ** l; v < 2 ** (l + 1); v++) {
        out.push([swap, [L.carrier(v), L.carrier(2 * v)]]);
        out.push([cswap, [L.router(v), L.carrier(2 * v), L.carrier(2 * v + 1)]]);
      }
    };
    const forward: G[] = [];
    for (let l = 0; l < n; l++) {
      forward.push([swap, [L.address(n - 1 - l), L.carrier(1)]]);
      routeDown(l, forward);
      for (let v = 2 ** l; v < 2 ** (l + 1); v++) forward.push([swap, [L.carrier(v), L.router(v)]]);
    }
    forward.push([x, [L.carrier(1)]]);
    routeDown(n, forward);
    for (let j = 0; j < N; j++) for (let t = 0; t < b; t++) forward.push([ccx, [L.carrier(N + j), L.memory(j, t), L.work(j, t)]]);
    const fold: G[] = [];
    for (let t = 0; t < b; t++) {
      // pairwise XOR tree: after it, work(0, t) holds the XOR of all work(j, t)
      for (let step = 1; step < N; step *= 2) for (let j = 0; j + step < N; j += 2 * step) fold.push([cx, [L.work(j + step, t), L.work(j, t)]]);
    }
    const bld = CircuitBuilder.withQubits(op.numQubits);
    for (const [g, q] of [...forward, ...fold]) bld.apply(g, q);
    for (let t = 0; t < b; t++) bld.apply(cx, [L.work(0, t), L.out(t)]);
    for (const [g, q] of [...forward, ...fold].reverse()) bld.apply(g, q); // every gate here is self-inverse
    return bld.build();
  },
  inverse: (op: Op<BucketBrigadeParams>) => op,
  examples: () => [makeBucketBrigadeQram(1, 1), makeBucketBrigadeQram(2, 1), makeBucketBrigadeQram(3, 2)],
});

/** A bucket-brigade QRAM read over 2^numAddressBits cells of numOutBits qubits. */
export function makeBucketBrigadeQram(numAddressBits: number, numOutBits: number): Op<BucketBrigadeParams> {
  if (!Number.isInteger(numAddressBits) || numAddressBits < 1 || numAddressBits > 20) {
    throw new InvalidArgumentError(`qram: address width ${numAddressBits} must be an integer in 1..20 (the circuit has O(2^n) qubits)`);
  }
  if (!Number.isInteger(numOutBits) || numOutBits < 1 || numOutBits > 64) throw new InvalidArgumentError(`qram: cell width ${numOutBits} must be an integer in 1..64`);
  return makeOp(BUCKET_BRIGADE_QRAM_DEF, {
    name: 'qram_bucket_brigade', params: Object.freeze({ numAddressBits, numOutBits }),
    numQubits: bucketBrigadeLayout(numAddressBits, numOutBits).width, paramsKey: `${numAddressBits},${numOutBits}`,
  });
}
