import { BASIS_SETS, estimateLogical, LogicalGateCounts } from '../analysis';
import { Circuit } from '../ir';

/** Gate counts in the convention of Nam et al. (2018) and the VOQC / Quartz papers. */
export interface NamCounts {
  readonly total: number;
  readonly cnot: number;
  readonly t: number;
}

/** Gates, two-qubit gates and T gates one CCX / CCZ statement stands for in the Nam convention. */
const NAM_TOFFOLI = { ccx: { total: 15, cnot: 6, t: 7 }, ccz: { total: 13, cnot: 6, t: 7 } } as const;

/**
 * The Nam convention as a cost key over the one counting engine ({@link estimateLogical} with every
 * standard gate a leaf, basis 'std-gates'): like the Nam suite's count_gates.py
 * (test/fixtures/nam/README.md) every standard-gate statement is one gate, except ccz = 13 gates
 * (6 CNOT + 7 T) and ccx = 15 (adds 2 H); CNOT counts two-qubit gates; T counts t/tdg and
 * rotations whose angle is T-like under the one angle classification (src/ops/gates/angleClass.ts).
 * User-defined (composite) gates count as the standard gates they decompose into, so the counts
 * are those of the gates a flat emission writes. Measure and barrier are not gates.
 */
export function namCountsOfLogical(counts: LogicalGateCounts): NamCounts {
  const ccx = counts.byName.ccx ?? 0, ccz = counts.byName.ccz ?? 0;
  const measures = (counts.byName.measure ?? 0);
  return {
    total: counts.totalGateCount - measures + ccx * (NAM_TOFFOLI.ccx.total - 1) + ccz * (NAM_TOFFOLI.ccz.total - 1),
    cnot: counts.twoQubitGateCount + ccx * NAM_TOFFOLI.ccx.cnot + ccz * NAM_TOFFOLI.ccz.cnot,
    t: counts.tCount + ccx * NAM_TOFFOLI.ccx.t + ccz * NAM_TOFFOLI.ccz.t,
  };
}

/** {@link namCountsOfLogical} of a circuit. */
export function namCounts(circuit: Circuit): NamCounts {
  return namCountsOfLogical(estimateLogical(circuit, BASIS_SETS['std-gates']));
}
