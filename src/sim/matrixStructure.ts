/**
 * Structure tests and small helpers for gate matrices, shared by the dense and sparse simulator
 * compilers: 2×2 matrices in interleaved [re, im] row-major form (8 numbers), CMatrix tests.
 */
import type { CMatrix } from '../math/complexMatrix';

/**
 * Entries whose magnitude is at most this are treated as zero when classifying (fused) gate
 * matrices as diagonal / anti-diagonal, and |z − 1| at most this counts as 1 (skip). Gate entries
 * are bounded by 1, so this is an absolute error of ≤ 1e-14 per amplitude per gate.
 */
export const STRUCTURE_TOL = 1e-14;

/** The 2×2 target of a spec as interleaved [re, im] row-major (8 numbers). */
export function toM2(t: CMatrix): Float64Array {
  return Float64Array.of(t.re[0], t.im[0], t.re[1], t.im[1], t.re[2], t.im[2], t.re[3], t.im[3]);
}

/** a·b for 2×2 matrices in [r, i] interleaved row-major form. */
export function mul2(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(8);
  for (let r = 0; r < 2; r++) {
    for (let c = 0; c < 2; c++) {
      let sr = 0, si = 0;
      for (let k = 0; k < 2; k++) {
        const xr = a[4 * r + 2 * k], xi = a[4 * r + 2 * k + 1], yr = b[4 * k + 2 * c], yi = b[4 * k + 2 * c + 1];
        sr += xr * yr - xi * yi;
        si += xr * yi + xi * yr;
      }
      out[4 * r + 2 * c] = sr; out[4 * r + 2 * c + 1] = si;
    }
  }
  return out;
}

/** Complex division (ar + i·ai)/(br + i·bi) as [re, im]. */
export function cdiv(ar: number, ai: number, br: number, bi: number): [number, number] {
  const d = br * br + bi * bi;
  return [(ar * br + ai * bi) / d, (ai * br - ar * bi) / d];
}

/** |re|, |im| ≤ STRUCTURE_TOL. */
export function isZero(r: number, i: number): boolean {
  return Math.abs(r) <= STRUCTURE_TOL && Math.abs(i) <= STRUCTURE_TOL;
}

/** Within STRUCTURE_TOL of 1 in both parts. */
export function isOne(r: number, i: number): boolean {
  return Math.abs(r - 1) <= STRUCTURE_TOL && Math.abs(i) <= STRUCTURE_TOL;
}

/** Every off-diagonal entry is zero (within STRUCTURE_TOL). */
export function isDiagonal(t: CMatrix): boolean {
  for (let r = 0; r < t.dim; r++) for (let c = 0; c < t.dim; c++) if (r !== c && !isZero(t.re[r * t.dim + c], t.im[r * t.dim + c])) return false;
  return true;
}

/** Exactly one non-zero entry per row (a monomial matrix when unitary). */
export function isPermutation(t: CMatrix): boolean {
  for (let r = 0; r < t.dim; r++) {
    let nz = 0;
    for (let c = 0; c < t.dim; c++) if (!isZero(t.re[r * t.dim + c], t.im[r * t.dim + c])) nz++;
    if (nz !== 1) return false;
  }
  return true;
}
