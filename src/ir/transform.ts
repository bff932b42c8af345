import { DecomposeNotImplementedError } from '../errors';
import type { Circuit, Instruction } from './circuit';
import { CircuitBuilder } from './builder';
import { accumulateCalls } from './calls';
import type { Op, OpCount } from './op';
import { indexRange } from './indexRange';
import { ExpansionOptions, assertExpansionWithin } from './expansion';

/** The decomposition of `op` (a circuit on op.numQubits qubits); throws if it has none. */
export function decomposeOp(op: Op): Circuit {
  if (!op.def.decompose) throw new DecomposeNotImplementedError(op.name);
  return op.def.decompose(op);
}

/** True when the op can be decomposed one level. */
export function hasDecomposition(op: Op): boolean {
  return op.def.decompose !== undefined;
}

/**
 * Flatten: recursively replace every op for which `isLeaf(op)` is false by its decomposition,
 * until only leaves (or ops without a decomposition) remain. Keeps registers, clbits,
 * conditions (a conditioned composite's parts keep the condition) and the global phase.
 * Decompositions are memoized by op key within one call. The result's size is checked against
 * the expansion budget from the call-graph counts first (ExpansionBudgetError, nothing built).
 */
export function flatten(circuit: Circuit, isLeaf: (op: Op) => boolean, options: ExpansionOptions = {}): Circuit {
  assertExpansionWithin(circuit, isLeaf, options);
  const memo = new Map<string, Circuit>();
  const b = new CircuitBuilder();
  for (const r of circuit.qregs) b.addQreg(r.name, r.size);
  for (const r of circuit.cregs) b.addCreg(r.name, r.size);
  const emit = (ins: Instruction, qmap: readonly number[]): void => {
    const op = ins.op;
    const qubits = ins.qubits.map((q) => qmap[q]);
    if (isLeaf(op) || !op.def.decompose || op.def.category !== 'unitary') {
      b.apply(op, qubits, { clbits: ins.clbits, condition: ins.condition });
      return;
    }
    let sub = memo.get(op.key);
    if (!sub) {
      sub = op.def.decompose(op);
      memo.set(op.key, sub);
    }
    if (!ins.condition) b.addGlobalPhase(sub.globalPhaseRad);
    for (const inner of sub.instructions) {
      emit(ins.condition ? { ...inner, condition: ins.condition } : inner, qubits);
    }
  };
  const identity = Array.from({ length: circuit.numQubits }, (_, i) => i);
  for (const ins of circuit.instructions) emit(ins, identity);
  b.addGlobalPhase(circuit.globalPhaseRad);
  return b.build();
}

/** Wrap a single op as a circuit on its own width (qubit i = operand i). */
export function circuitOfOp(op: Op): Circuit {
  const b = CircuitBuilder.withQubits(op.numQubits, op.numClbits);
  b.apply(op, indexRange(0, op.numQubits), { clbits: indexRange(0, op.numClbits) });
  return b.build();
}

/**
 * The inverse of a unitary circuit: ops in reverse order, each replaced by `invert(op)`, and the
 * global phase negated. Throws for measure/reset (not invertible).
 */
export function inverseCircuit(circuit: Circuit, invert: (op: Op) => Op): Circuit {
  const b = new CircuitBuilder();
  for (const r of circuit.qregs) b.addQreg(r.name, r.size);
  for (const r of circuit.cregs) b.addCreg(r.name, r.size);
  for (let i = circuit.instructions.length - 1; i >= 0; i--) {
    const ins = circuit.instructions[i];
    if (ins.op.def.category === 'barrier') { b.apply(ins.op, ins.qubits); continue; }
    if (ins.op.def.category !== 'unitary' || ins.condition) {
      throw new DecomposeNotImplementedError(`inverse of non-unitary instruction '${ins.op.name}'`);
    }
    b.apply(invert(ins.op), ins.qubits);
  }
  b.addGlobalPhase(-circuit.globalPhaseRad);
  return b.build();
}

/** Count instructions by op name (stable, sorted by name). */
export function countByName(circuit: Circuit): ReadonlyMap<string, number> {
  const m = new Map<string, number>();
  for (const ins of circuit.instructions) m.set(ins.op.name, (m.get(ins.op.name) ?? 0) + 1);
  return new Map([...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Count instructions by op key (for comparing declared calls against decompositions). */
export function countByKey(circuit: Circuit): ReadonlyMap<string, OpCount> {
  return new Map(accumulateCalls(circuit.instructions.map((ins) => ({ op: ins.op, count: 1 }))).map((c) => [c.op.key, c]));
}
