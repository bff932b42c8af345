import type { Circuit } from '../ir';
import { gateCount, gateCountsByName, multiQubitGateCount, twoQubitGateCount, usedQubitCount } from './counts';
import { depth, twoQubitDepth } from './depth';
import { memoizeOnCircuit } from './memo';
import { BASIS_SETS } from './resourceCounts/leafClassification';
import { estimateLogical } from './resourceCounts/logicalCounter';

/** Summary statistics of a circuit (what `qnewton stats` prints). */
export interface CircuitStats {
  /** Declared qubits. */
  readonly numQubits: number;
  /** Qubits touched by some non-barrier instruction. */
  readonly usedQubits: number;
  readonly numClbits: number;
  /** All instructions, including measure/reset/barrier. */
  readonly instructionCount: number;
  /** Unitary instructions. */
  readonly gateCount: number;
  /** Counts by op name, keys ascending. */
  readonly gateCounts: Readonly<Record<string, number>>;
  readonly depth: number;
  readonly twoQubitGateCount: number;
  readonly twoQubitDepth: number;
  readonly multiQubitGateCount: number;
  /**
   * Resource counts from the one counting engine (src/analysis/resourceCounts): composite and
   * user-defined gates are counted through their decompositions. `stdGates`: every standard
   * gate is a leaf (basis 'std-gates'); `cliffordT`: Clifford+T leaves with CCX/CCZ whole (basis
   * 'clifford+t'); T counts include rotations whose angle is T-like (src/ops/gates/angleClass.ts).
   */
  readonly resourceCounts: {
    readonly stdGates: { readonly basis: 'std-gates'; readonly gates: number; readonly twoQubitGates: number; readonly tCount: number };
    readonly cliffordT: {
      readonly basis: 'clifford+t'; readonly gates: number; readonly cnotCount: number; readonly tCount: number;
      readonly toffoliCount: number; readonly rotationCount: number; readonly tDepthUpperBound: number;
    };
  };
}

/** All statistics of {@link CircuitStats} in one call (memoized on the circuit). */
export const circuitStats: (c: Circuit) => CircuitStats = memoizeOnCircuit((c) => Object.freeze({
  numQubits: c.numQubits,
  usedQubits: usedQubitCount(c),
  numClbits: c.numClbits,
  instructionCount: c.instructions.length,
  gateCount: gateCount(c),
  gateCounts: gateCountsByName(c),
  depth: depth(c),
  twoQubitGateCount: twoQubitGateCount(c),
  twoQubitDepth: twoQubitDepth(c),
  multiQubitGateCount: multiQubitGateCount(c),
  resourceCounts: resourceCountsOf(c),
}));

function resourceCountsOf(c: Circuit): CircuitStats['resourceCounts'] {
  const std = estimateLogical(c, BASIS_SETS['std-gates']);
  const ct = estimateLogical(c, 'clifford+t');
  const gates = (x: typeof std) => x.totalGateCount - x.measurementCount - x.resetCount;
  return {
    stdGates: { basis: 'std-gates', gates: gates(std), twoQubitGates: std.twoQubitGateCount, tCount: std.tCount },
    cliffordT: {
      basis: 'clifford+t', gates: gates(ct), cnotCount: ct.cnotCount, tCount: ct.tCount, toffoliCount: ct.toffoliCount,
      rotationCount: ct.rotationCount, tDepthUpperBound: ct.tDepthUpperBound,
    },
  };
}
