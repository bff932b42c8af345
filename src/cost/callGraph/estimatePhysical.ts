import { HardwareProfile } from '../hardware/profile';
import { LogicalCounts } from '../qec/logicalCounts';
import { PhysicalEstimate, QecOptions, estimatePhysicalFromCounts } from '../qec/physicalEstimate';
import type { LogicalGateCounts } from '../../analysis';
import { toLogicalCounts } from './toLogicalCounts';

function isGateCounts(c: LogicalCounts | LogicalGateCounts): c is LogicalGateCounts {
  return (c as LogicalGateCounts).totalGateCount !== undefined;
}

/**
 * Physical resources (code distance, physical qubits, runtime, T factories) of logical counts — either
 * the output of `estimateLogical` or Azure-RE-style {@link LogicalCounts} — on `profile` hardware with
 * the given QEC options (Beverland et al., arXiv:2211.07629; see {@link estimatePhysicalFromCounts}).
 */
export function estimatePhysical(logicalCounts: LogicalCounts | LogicalGateCounts, profile: HardwareProfile,
  qecOptions: QecOptions = {}): PhysicalEstimate {
  const counts = isGateCounts(logicalCounts) ? toLogicalCounts(logicalCounts) : logicalCounts;
  return estimatePhysicalFromCounts(counts, profile, qecOptions);
}
