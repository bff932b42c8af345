import type { Op } from '../../ir';
import { isStdGate } from '../gates/stdGates';
import { makeSparseBlockEncodingShape } from './sparse';

/**
 * Totals of standard gates (x, cx, ccx, h, swap, cry, ry, ...) reached by folding an op's call
 * graph down to the first standard gate on each path, memoized by op key — no circuit is built,
 * so shape-only ops of any size count in time proportional to the number of distinct ops.
 * A small local fold for ops/ users and tests; src/cost has the full cost engine.
 * Returns name → count, sorted by name. Counts are plain numbers (exact below 2^53).
 */
export function standardGateTotals(op: Op): ReadonlyMap<string, number> {
  const memo = new Map<string, Map<string, number>>();
  const visit = (o: Op): Map<string, number> => {
    const hit = memo.get(o.key);
    if (hit) return hit;
    const out = new Map<string, number>();
    if (isStdGate(o.name) || !o.def.calls) {
      out.set(o.name, 1);
    } else {
      for (const { op: callee, count } of o.def.calls(o)) {
        for (const [name, c] of visit(callee)) out.set(name, (out.get(name) ?? 0) + c * count);
      }
    }
    memo.set(o.key, out);
    return out;
  };
  return new Map([...visit(op).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Gate totals and width of one call of the sparse block encoding, from the shape alone. */
export interface SparseBlockEncodingCounts {
  /** Standard-gate totals (cx is an upper bound: QROM data bits assumed all set). */
  readonly gates: ReadonlyMap<string, number>;
  readonly toffoliCount: number;
  /** Arbitrary-angle rotations (the b bit-controlled cry per call). */
  readonly rotationCount: number;
  readonly numQubits: number;
  readonly numAncillas: number;
  readonly alpha: number;
}

/**
 * Counts of one call of the sparse-access block encoding (GSLW 2019 Lemma 48 construction of
 * ops/blockEncoding/sparse.ts) for an N×N matrix with d slots per row and b-bit entries, without
 * any matrix: N and d are rounded up to powers of two (padToPowerOfTwo). The dominant term is
 * 4 QROM lookups over N·d entries, 2(N·d) − 4 Toffolis each. O(log(N·d)) time.
 */
export function sparseBlockEncodingCalls(matrixDim: number, sparsity: number, bits: number, maxAbsEntry = 1): SparseBlockEncodingCounts {
  const be = makeSparseBlockEncodingShape({ matrixDim, sparsity, bits, maxAbsEntry });
  const gates = standardGateTotals(be.op);
  return {
    gates, toffoliCount: gates.get('ccx') ?? 0, rotationCount: gates.get('cry') ?? 0,
    numQubits: be.op.numQubits, numAncillas: be.numAncillas, alpha: be.alpha,
  };
}
