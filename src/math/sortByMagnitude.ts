/**
 * Stable ordering of entries by decreasing key, as a permutation: ties keep their original order.
 * Written by hand (iterative quicksort on typed arrays) because Array.prototype.sort with a
 * comparator is several times slower and allocates for the millions of candidates of a dense
 * Hessian.
 */

/** Permutation p such that keys[p[0]] ≥ keys[p[1]] ≥ …, ties ordered by ascending index. */
export function orderByDecreasingKey(keys: Float64Array): Int32Array {
  const m = keys.length;
  const perm = new Int32Array(m);
  for (let i = 0; i < m; i++) perm[i] = i;
  // a precedes b when keys[a] > keys[b], or equal keys and a < b.
  const before = (a: number, b: number): boolean => keys[a] > keys[b] || (keys[a] === keys[b] && a < b);
  const stack: number[] = [0, m - 1];
  while (stack.length > 0) {
    const hi = stack.pop() as number;
    const lo = stack.pop() as number;
    if (hi - lo <= 16) {
      for (let a = lo + 1; a <= hi; a++) {
        const v = perm[a];
        let b = a - 1;
        while (b >= lo && before(v, perm[b])) { perm[b + 1] = perm[b]; b--; }
        perm[b + 1] = v;
      }
      continue;
    }
    const mid = (lo + hi) >>> 1;
    if (before(perm[mid], perm[lo])) swap(perm, mid, lo);
    if (before(perm[hi], perm[lo])) swap(perm, hi, lo);
    if (before(perm[hi], perm[mid])) swap(perm, hi, mid);
    const pivot = perm[mid];
    let i = lo, j = hi;
    while (i <= j) {
      while (before(perm[i], pivot)) i++;
      while (before(pivot, perm[j])) j--;
      if (i <= j) { swap(perm, i, j); i++; j--; }
    }
    // Push the larger part first so the smaller one is handled next (stack depth O(log m)).
    if (j - lo > hi - i) { stack.push(lo, j, i, hi); } else { stack.push(i, hi, lo, j); }
  }
  return perm;
}

function swap(p: Int32Array, i: number, j: number): void {
  const t = p[i]; p[i] = p[j]; p[j] = t;
}
