import type { Condition } from '../ir';

/**
 * Conjunction of two classical conditions (OpenQASM 3 `&&` or nested `if`s): the union of their
 * bits with the combined value (a's bits first). Undefined when they demand different values of
 * a shared bit (the statement could never run).
 */
export function mergeConditions(a: Condition, b: Condition): Condition | undefined {
  const bits = [...a.clbits];
  let value = a.value;
  for (let i = 0; i < b.clbits.length; i++) {
    const bit = Math.floor(b.value / 2 ** i) % 2;
    const j = bits.indexOf(b.clbits[i]);
    if (j >= 0) {
      if (Math.floor(value / 2 ** j) % 2 !== bit) return undefined;
      continue;
    }
    value += bit * 2 ** bits.length;
    bits.push(b.clbits[i]);
  }
  return { clbits: bits, value };
}
