/**
 * Sorted index lists used as GF(2) vectors (parities, path-variable sets): the symmetric
 * difference of two sorted lists is their sum over GF(2).
 */

/** Symmetric difference of two sorted index lists (GF(2) sum of parities), as a new sorted list. */
export function symmetricDifference(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) out.push(a[i++]);
    else if (a[i] > b[j]) out.push(b[j++]);
    else { i++; j++; }
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
