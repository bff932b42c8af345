/**
 * Selection (Hoare's FIND / quickselect, C. A. R. Hoare, CACM 4(7), 1961): the k-th largest of
 * n values in expected O(n), without sorting. Used by the row-panel pruning (pruneDense.ts) to
 * find each row's magnitude threshold.
 */
import { InvalidArgumentError } from '../errors';

/**
 * The k-th largest (k = 1 is the maximum) of `values[0..length)`, reordering that prefix in place.
 * Median-of-three pivots; after 2·log₂(length) + 8 partition rounds the remaining range is sorted
 * instead, so the worst case stays O(n log n). Throws InvalidArgumentError unless 1 ≤ k ≤ length.
 */
export function kthLargestInPlace(values: Float64Array, length: number, k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > length || length > values.length) {
    throw new InvalidArgumentError(`k = ${k} must be an integer in [1, ${length}] (and length ≤ ${values.length})`, { k, length });
  }
  const target = k - 1; // index in decreasing order
  let lo = 0, hi = length - 1;
  let rounds = 2 * Math.ceil(Math.log2(length + 1)) + 8;
  while (hi > lo) {
    if (rounds-- <= 0 || hi - lo < 16) {
      const part = values.subarray(lo, hi + 1).sort(); // ascending
      return part[part.length - 1 - (target - lo)];
    }
    const mid = (lo + hi) >>> 1;
    // Median of three, ordered so values[lo] ≥ values[mid] ≥ values[hi].
    if (values[mid] > values[lo]) swap(values, mid, lo);
    if (values[hi] > values[lo]) swap(values, hi, lo);
    if (values[hi] > values[mid]) swap(values, hi, mid);
    const pivot = values[mid];
    let i = lo, j = hi;
    while (i <= j) {
      while (values[i] > pivot) i++;
      while (values[j] < pivot) j--;
      if (i <= j) { swap(values, i, j); i++; j--; }
    }
    // Now [lo, j] ≥ pivot ≥ [i, hi], and entries in (j, i) equal the pivot.
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return pivot;
  }
  return values[lo];
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]; a[i] = a[j]; a[j] = t;
}
