/**
 * The expansion budget: one cap on the number of gates that expanding an input may produce,
 * shared by every construct that multiplies work (gate-definition hierarchies, `for` loops,
 * `pow(k) @`, `ctrl(n) @`, register broadcast, register sizes). Flattening checks it from the
 * call-graph counts (`OpDef.calls`, Qualtran-style) BEFORE building anything; the OpenQASM
 * parsers count the gates they build against the same limit. Commands that stay symbolic
 * (`stats`, resource estimates) never expand and are not limited.
 */
import { formatScientific } from '../format';
import { ExpansionBudgetError } from '../errors';
import type { Circuit } from './circuit';
import type { Op } from './op';

/**
 * Default expansion budget in gates (instructions produced by expanding one input): 2·10^6, a
 * flat OpenQASM file of ~40 MB. Parsing costs ~1–15 µs per unit (flat gates vs. instances of
 * parametrized gate hierarchies), so a refused input fails within seconds.
 */
export const DEFAULT_MAX_EXPANDED_GATES = 2_000_000;

/** Options of functions that expand circuits. */
export interface ExpansionOptions {
  /** Largest number of gates an expansion may produce (default {@link DEFAULT_MAX_EXPANDED_GATES}). */
  readonly maxExpandedGates?: number;
}

/** The budget asked for by `options` (validated: a positive number, Infinity allowed). */
export function expansionBudget(options: ExpansionOptions = {}): number {
  const b = options.maxExpandedGates ?? DEFAULT_MAX_EXPANDED_GATES;
  if (!(b >= 1)) throw new ExpansionBudgetError(`expansion budget must be a number >= 1, got ${b}`, { limit: b });
  return b;
}

/** The error for `construct` expanding to `count` gates over `limit` (the message names the budget; the CLI adds its flag). */
export function expansionBudgetError(construct: string, count: number, limit: number): ExpansionBudgetError {
  const shown = count >= 1e15 ? formatScientific(count, 4) : String(count);
  return new ExpansionBudgetError(
    `expanding ${construct} would produce ${shown} gates, more than the expansion budget of ${limit}; ` +
    `raise the expansion budget, or use a command that counts without expanding (stats, estimate)`,
    { construct, count, limit });
}

/** True when flattening stops at `op` (it is emitted as one instruction). */
function isFlatLeaf(op: Op, isLeaf: (op: Op) => boolean): boolean {
  return isLeaf(op) || !op.def.decompose || op.def.category !== 'unitary';
}

/**
 * Number of instructions `flatten(circuit, isLeaf)` would produce, from the ops' declared call
 * counts (`calls`, one level down; `decompose` only for ops that declare none), memoized by op
 * key and computed with an explicit stack (no recursion limit), so a hierarchy of 2^60 gates
 * costs one visit per distinct op. Counts above 2^53 are approximate (floating point). Also
 * returns the op whose expansion is the largest single contributor, to name it in errors.
 */
export function expandedInstructionCount(circuit: Circuit, isLeaf: (op: Op) => boolean): { count: number; largest: Op | undefined } {
  const memo = new Map<string, number>();
  const sizeOf = (root: Op): number => {
    const stack: { op: Op; callees: { op: Op; count: number }[] | undefined; next: number; total: number }[] = [{ op: root, callees: undefined, next: 0, total: 0 }];
    let result = 0;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.callees === undefined) {
        const known = memo.get(top.op.key);
        if (known !== undefined || isFlatLeaf(top.op, isLeaf)) {
          result = known ?? 1;
          stack.pop();
          if (stack.length > 0) { const parent = stack[stack.length - 1]; parent.total += result * parent.callees![parent.next - 1].count; }
          continue;
        }
        const d = top.op.def;
        top.callees = d.calls ? [...d.calls(top.op)] : d.decompose!(top.op).instructions.map((ins) => ({ op: ins.op, count: 1 }));
      }
      if (top.next < top.callees.length) {
        const c = top.callees[top.next++];
        stack.push({ op: c.op, callees: undefined, next: 0, total: 0 });
        continue;
      }
      result = top.total;
      memo.set(top.op.key, result);
      stack.pop();
      if (stack.length > 0) { const parent = stack[stack.length - 1]; parent.total += result * parent.callees![parent.next - 1].count; }
    }
    return result;
  };
  let count = 0, largest: Op | undefined, largestCount = 0;
  for (const ins of circuit.instructions) {
    const n = isFlatLeaf(ins.op, isLeaf) ? 1 : sizeOf(ins.op);
    count += n;
    if (n > largestCount) { largestCount = n; largest = ins.op; }
  }
  return { count, largest };
}

/**
 * Throw {@link ExpansionBudgetError} (before anything is built) when flattening `circuit` down to
 * `isLeaf` ops would produce more instructions than the budget of `options`.
 */
export function assertExpansionWithin(circuit: Circuit, isLeaf: (op: Op) => boolean, options: ExpansionOptions = {}): void {
  const limit = expansionBudget(options);
  if (circuit.instructions.length <= limit && circuit.instructions.every((ins) => isFlatLeaf(ins.op, isLeaf))) return;
  const { count, largest } = expandedInstructionCount(circuit, isLeaf);
  if (count > limit) {
    const what = largest && !isFlatLeaf(largest, isLeaf) ? `the circuit (largest part: gate '${largest.name}')` : 'the circuit';
    throw expansionBudgetError(what, count, limit);
  }
}
