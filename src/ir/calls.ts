/**
 * Building blocks for `OpDef.calls` and `OpDef.decompose` (Qualtran's bloq call graph, "callees
 * one level down"): sum callee counts by op key, and turn a plan of steps (op, operand qubits)
 * into either its call list or its circuit, so that both come from one list and cannot disagree.
 */
import { CircuitBuilder } from './builder';
import type { Circuit } from './circuit';
import type { Op, OpCount } from './op';

/** One step of a decomposition plan: `op` applied to these operand qubits (in order). */
export type OpStep = readonly [Op, readonly number[]];

/**
 * Sum (op, count) pairs by op key: one entry per distinct op, in order of first appearance,
 * entries with count 0 dropped. Counts are plain numbers (exact below 2^53).
 */
export function accumulateCalls(calls: Iterable<OpCount>): readonly OpCount[] {
  const m = new Map<string, { op: Op; count: number }>();
  for (const { op, count } of calls) {
    if (count === 0) continue;
    const e = m.get(op.key);
    if (e) e.count += count;
    else m.set(op.key, { op, count });
  }
  return [...m.values()];
}

/** Call list of a plan: every occurrence of an op counts once (summed by op key, first-seen order). */
export function callsOfSteps(steps: Iterable<OpStep>): readonly OpCount[] {
  const calls: OpCount[] = [];
  for (const [op] of steps) calls.push({ op, count: 1 });
  return accumulateCalls(calls);
}

/** Call list of a built circuit: its instructions' ops counted by key (first-seen order). */
export function callsOfCircuit(circuit: Circuit): readonly OpCount[] {
  return accumulateCalls(circuit.instructions.map((ins) => ({ op: ins.op, count: 1 })));
}

/** The circuit on `numQubits` qubits that applies the steps in order (no global phase). */
export function circuitOfSteps(numQubits: number, steps: Iterable<OpStep>): Circuit {
  const b = CircuitBuilder.withQubits(numQubits);
  for (const [op, qubits] of steps) b.apply(op, qubits);
  return b.build();
}
