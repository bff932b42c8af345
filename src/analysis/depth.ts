import type { Circuit, Instruction } from '../ir';
import { memoizeOnCircuit } from './memo';

/**
 * Circuit depth by ASAP layering: each instruction starts after the latest instruction sharing a
 * qubit or clbit with it (its measured clbits and condition clbits count as wires); depth is the
 * number of layers. Barriers are not counted and do not synchronize (Qiskit's
 * QuantumCircuit.depth() convention). `filter` selects which instructions count as a layer
 * (e.g. only 2-qubit gates); the others still propagate nothing.
 */
export function depthOf(circuit: Circuit, filter: (ins: Instruction) => boolean = () => true): number {
  const qLevel = new Int32Array(circuit.numQubits);
  const cLevel = new Int32Array(circuit.numClbits);
  let depth = 0;
  for (const ins of circuit.instructions) {
    if (ins.op.def.category === 'barrier') continue;
    const counts = filter(ins);
    if (!counts) continue;
    let start = 0;
    for (const q of ins.qubits) start = Math.max(start, qLevel[q]);
    for (const c of ins.clbits) start = Math.max(start, cLevel[c]);
    if (ins.condition) for (const c of ins.condition.clbits) start = Math.max(start, cLevel[c]);
    const end = start + 1;
    for (const q of ins.qubits) qLevel[q] = end;
    for (const c of ins.clbits) cLevel[c] = end;
    if (ins.condition) for (const c of ins.condition.clbits) cLevel[c] = end;
    if (end > depth) depth = end;
  }
  return depth;
}

/** Depth of the circuit (all non-barrier instructions), memoized on the circuit. */
export const depth: (c: Circuit) => number = memoizeOnCircuit((c) => depthOf(c));

/** Depth counting only unitary instructions on exactly 2 qubits (2-qubit-gate depth), memoized. */
export const twoQubitDepth: (c: Circuit) => number = memoizeOnCircuit((c) =>
  depthOf(c, (ins) => ins.op.def.category === 'unitary' && ins.qubits.length === 2));
