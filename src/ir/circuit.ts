import type { Op } from './op';

/** A named register: global indices offset .. offset+size-1. */
export interface Register {
  readonly name: string;
  readonly size: number;
  readonly offset: number;
}

/**
 * Classical condition: the instruction runs only when the integer formed by `clbits`
 * (clbits[0] is the least significant bit) equals `value`. OpenQASM 2's `if(c==n)` maps to the
 * whole register c.
 */
export interface Condition {
  readonly clbits: readonly number[];
  readonly value: number;
}

/** One application of an op to global qubit (and clbit) indices. */
export interface Instruction {
  readonly op: Op;
  /** Operands in the op's order (for controlled gates: controls first). */
  readonly qubits: readonly number[];
  /** Clbits written (measure) — same length as qubits for measure; empty otherwise. */
  readonly clbits: readonly number[];
  readonly condition?: Condition;
}

/**
 * An immutable circuit. Qubit i of the whole circuit is bit i of the state-vector index
 * (qubit 0 least significant), the OpenQASM / Qiskit convention.
 */
export interface Circuit {
  readonly numQubits: number;
  readonly numClbits: number;
  readonly qregs: readonly Register[];
  readonly cregs: readonly Register[];
  readonly instructions: readonly Instruction[];
  /** Global phase in radians: the circuit's unitary is e^{i·globalPhaseRad} times the product of its ops. */
  readonly globalPhaseRad: number;
}

/** Find the register holding global index `index`, and the index within it. */
export function locateInRegister(regs: readonly Register[], index: number): { reg: Register; local: number } | undefined {
  for (const reg of regs) {
    if (index >= reg.offset && index < reg.offset + reg.size) return { reg, local: index - reg.offset };
  }
  return undefined;
}
