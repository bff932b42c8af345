import { Circuit, countByName } from '../ir';
import { memoizeOnCircuit } from './memo';

/**
 * Instruction counts by op name (every instruction, including measure/reset/barrier), as an
 * object with keys in ascending name order. Memoized on the circuit.
 */
export const gateCountsByName: (c: Circuit) => Readonly<Record<string, number>> = memoizeOnCircuit((c) =>
  Object.freeze(Object.fromEntries(countByName(c))));

/** Number of unitary instructions acting on exactly 2 qubits (cx, cz, swap, rzz, …). Memoized. */
export const twoQubitGateCount: (c: Circuit) => number = memoizeOnCircuit((c) =>
  c.instructions.filter((i) => i.op.def.category === 'unitary' && i.qubits.length === 2).length);

/** Number of unitary instructions acting on 3 or more qubits (ccx, mcx, composite ops, …). Memoized. */
export const multiQubitGateCount: (c: Circuit) => number = memoizeOnCircuit((c) =>
  c.instructions.filter((i) => i.op.def.category === 'unitary' && i.qubits.length >= 3).length);

/** Number of unitary instructions (gates). Memoized. */
export const gateCount: (c: Circuit) => number = memoizeOnCircuit((c) =>
  c.instructions.filter((i) => i.op.def.category === 'unitary').length);

/** Declared qubits of the circuit (the state-vector width). */
export function qubitCount(c: Circuit): number {
  return c.numQubits;
}

/** Qubits touched by at least one non-barrier instruction. Memoized. */
export const usedQubitCount: (c: Circuit) => number = memoizeOnCircuit((c) => {
  const used = new Uint8Array(c.numQubits);
  for (const ins of c.instructions) if (ins.op.def.category !== 'barrier') for (const q of ins.qubits) used[q] = 1;
  return used.reduce((a, b) => a + b, 0);
});
