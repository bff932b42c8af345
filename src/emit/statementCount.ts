import { Circuit, Op } from '../ir';

/**
 * Number of instruction statements the flattened circuit would have — what `flatten(circuit,
 * isLeaf)` would produce — computed without building it: a memoized fold over distinct op keys
 * of the call graph (`calls`, one level down; `decompose` only for ops without `calls`). Non-unitary
 * ops and leaves count 1. Exact below 2^53.
 */
export function countFlatStatements(circuit: Circuit, isLeaf: (op: Op) => boolean): number {
  const memo = new Map<string, number>();
  const count = (op: Op): number => {
    const hit = memo.get(op.key);
    if (hit !== undefined) return hit;
    let n: number;
    if (op.def.category !== 'unitary' || isLeaf(op)) n = 1;
    else if (op.def.calls) n = op.def.calls(op).reduce((s, c) => s + c.count * count(c.op), 0);
    else if (op.def.decompose) n = op.def.decompose(op).instructions.reduce((s, i) => s + count(i.op), 0);
    else n = 1;
    memo.set(op.key, n);
    return n;
  };
  return circuit.instructions.reduce((s, i) => s + count(i.op), 0);
}
