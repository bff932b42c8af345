import { InvalidArgumentError } from '../../errors';
import type { LogicalGateCounts } from '../../analysis';
import { LogicalCounts } from '../qec/logicalCounts';

/**
 * Convert gate counts to the physical estimator's input (Azure RE logical counts): Toffolis become
 * CCZ gates, the rotation depth is the rotation-depth upper bound. Throws {@link InvalidArgumentError}
 * when leaves of unknown kind remain (choose a basis that decomposes them) or counts overflow (not finite).
 * Counts above 2^53 are kept as (approximate) doubles.
 */
export function toLogicalCounts(counts: LogicalGateCounts): LogicalCounts {
  if (counts.otherCount > 0) {
    throw new InvalidArgumentError(
      `${counts.otherCount} leaf gate(s) are neither Clifford, T, Toffoli, rotation nor measurement ` +
      `(${Object.keys(counts.byName).join(', ')}); decompose them further before a physical estimate`,
      { otherCount: counts.otherCount });
  }
  const out: LogicalCounts = {
    logicalQubitCount: counts.logicalQubitCount,
    tCount: counts.tCount,
    rotationCount: counts.rotationCount,
    rotationDepth: Math.min(counts.rotationDepthUpperBound, counts.rotationCount),
    cczCount: counts.toffoliCount,
    ccixCount: 0,
    measurementCount: counts.measurementCount,
  };
  for (const [k, v] of Object.entries(out)) {
    // Above 2^53 the fold's sums are integral doubles (relative error ≤ 2^-53): kept, since estimates only need that precision.
    if (!Number.isFinite(v)) throw new InvalidArgumentError(`${k} = ${v} is not a finite count (overflow)`, { field: k });
  }
  return out;
}
