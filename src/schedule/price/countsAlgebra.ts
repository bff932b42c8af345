/**
 * Linear algebra on call-graph logical counts: the counts of "k₁ calls of A, then k₂ calls of B"
 * are k₁·counts(A) + k₂·counts(B) field by field, exactly as the memoized fold of
 * src/cost/callGraph/logicalCounter.ts combines callees (depth bounds included, since the fold
 * also sums count × callee depth bound). Used to count solver circuits whose degree (10⁵–10⁶
 * queries) makes even building the phase list of the op tree too slow for the scheduler.
 */
import type { LogicalGateCounts } from '../../cost';

/** One term of {@link sumScaledCounts}: `count` applications of an op with counts `counts`. */
export interface ScaledCounts {
  readonly counts: LogicalGateCounts;
  readonly count: number;
}

const SCALAR_FIELDS = [
  'totalGateCount', 'cliffordCount', 'cnotCount', 'twoQubitGateCount', 'tCount', 'toffoliCount', 'rotationCount', 'measurementCount',
  'resetCount', 'otherCount', 'depthUpperBound', 'tDepthUpperBound', 'rotationDepthUpperBound',
] as const;

/**
 * Σ count × counts over the terms, on a register of `logicalQubitCount` qubits (the caller knows
 * the width: it is the top-level op's, not a sum). byName is merged and sorted by name.
 */
export function sumScaledCounts(terms: readonly ScaledCounts[], logicalQubitCount: number): LogicalGateCounts {
  const acc: Record<(typeof SCALAR_FIELDS)[number], number> = {
    totalGateCount: 0, cliffordCount: 0, cnotCount: 0, twoQubitGateCount: 0, tCount: 0, toffoliCount: 0, rotationCount: 0, measurementCount: 0,
    resetCount: 0, otherCount: 0, depthUpperBound: 0, tDepthUpperBound: 0, rotationDepthUpperBound: 0,
  };
  const byName = new Map<string, number>();
  for (const { counts, count } of terms) {
    if (count === 0) continue;
    for (const f of SCALAR_FIELDS) acc[f] += count * counts[f];
    for (const [k, v] of Object.entries(counts.byName)) byName.set(k, (byName.get(k) ?? 0) + count * v);
  }
  const sorted: Record<string, number> = {};
  for (const k of [...byName.keys()].sort()) sorted[k] = byName.get(k)!;
  return Object.freeze({ logicalQubitCount, ...acc, byName: Object.freeze(sorted) });
}
