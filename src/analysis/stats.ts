import type { Circuit } from '../ir';
import { gateCount, gateCountsByName, multiQubitGateCount, twoQubitGateCount, usedQubitCount } from './counts';
import { depth, twoQubitDepth } from './depth';
import { memoizeOnCircuit } from './memo';

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
}));
