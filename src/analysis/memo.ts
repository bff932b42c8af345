import type { Circuit } from '../ir';

/**
 * Memoize a pure query on immutable circuits: results are cached in a WeakMap keyed by the
 * circuit object (released with it). Style: analyses are functions cached on the circuit, not a
 * string-keyed property bag (Qiskit's PropertySet, done the immutable way).
 */
export function memoizeOnCircuit<T>(query: (c: Circuit) => T): (c: Circuit) => T {
  const cache = new WeakMap<Circuit, T>();
  return (c: Circuit): T => {
    if (cache.has(c)) return cache.get(c) as T;
    const v = query(c);
    cache.set(c, v);
    return v;
  };
}
