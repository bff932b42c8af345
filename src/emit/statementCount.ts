import { Circuit, Op, expandedInstructionCount } from '../ir';

/**
 * Number of instruction statements the flattened circuit would have — what `flatten(circuit,
 * isLeaf)` would produce — computed without building it, by the expansion budget's call-graph
 * count ({@link expandedInstructionCount}: memoized over distinct op keys, `calls` one level down,
 * `decompose` only for ops without `calls`). Non-unitary ops and leaves count 1. Exact below 2^53.
 */
export function countFlatStatements(circuit: Circuit, isLeaf: (op: Op) => boolean): number {
  return expandedInstructionCount(circuit, isLeaf).count;
}
