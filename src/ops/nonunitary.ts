import { Op, OpDef, makeOp } from '../ir';

/** Measurement of one qubit in the Z basis into one clbit. */
export const MEASURE_DEF: OpDef<undefined> = Object.freeze({
  name: 'measure', category: 'measure' as const, summary: 'Z-basis measurement of one qubit into one clbit',
  examples: () => [makeMeasure()],
});

/** Reset of one qubit to |0⟩. */
export const RESET_DEF: OpDef<undefined> = Object.freeze({
  name: 'reset', category: 'reset' as const, summary: 'reset one qubit to |0⟩',
  examples: () => [makeReset()],
});

/** A barrier across n qubits (no effect on the state; blocks optimization across it). */
export const BARRIER_DEF: OpDef<undefined> = Object.freeze({
  name: 'barrier', category: 'barrier' as const, summary: 'optimization barrier',
  examples: () => [makeBarrier(2)],
});

/** A measure op (1 qubit → 1 clbit). */
export function makeMeasure(): Op {
  return makeOp(MEASURE_DEF, { name: 'measure', params: undefined, numQubits: 1, numClbits: 1 });
}

/** A reset op. */
export function makeReset(): Op {
  return makeOp(RESET_DEF, { name: 'reset', params: undefined, numQubits: 1 });
}

/** A barrier over `numQubits` qubits. */
export function makeBarrier(numQubits: number): Op {
  return makeOp(BARRIER_DEF, { name: 'barrier', params: undefined, numQubits });
}
