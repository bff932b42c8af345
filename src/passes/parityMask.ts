/**
 * Parities of any number of variables as bigint bit masks (bit i = variable x_i): the phase
 * polynomial code (todd.ts, toddRegions.ts, graySynth.ts) uses them so regions wider than 30
 * qubits — whole Hadamard-gadgetized circuits — need no windowing. Below 2^32 the helpers take
 * the plain-number path, so small regions pay little for the width.
 */

/** The mask of variable i alone. */
export function unitMask(i: number): bigint {
  return 1n << BigInt(i);
}

const WORD = 0xffffffffn;

/** Indices of the set bits of `p` (p ≥ 0), ascending. */
export function bitIndices(p: bigint): number[] {
  const out: number[] = [];
  let base = 0;
  for (let v = p; v; v >>= 32n, base += 32) {
    let w = v <= WORD ? Number(v) : Number(v & WORD);
    while (w) {
      const low = w & -w;
      out.push(base + 31 - Math.clz32(low));
      w ^= low;
    }
    if (v <= WORD) break;
  }
  return out;
}

/** Number of set bits of `p` (p ≥ 0). */
export function popcountMask(p: bigint): number {
  let c = 0;
  for (let v = p; v; v >>= 32n) {
    let w = v <= WORD ? Number(v) : Number(v & WORD);
    w -= (w >>> 1) & 0x55555555;
    w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
    c += (((w + (w >>> 4)) & 0xf0f0f0f) * 0x1010101) >>> 24;
    if (v <= WORD) break;
  }
  return c;
}

/** Bit i of `p`. */
export function hasBit(p: bigint, i: number): boolean {
  return ((p >> BigInt(i)) & 1n) === 1n;
}

/** Index of the lowest set bit of `p` (p > 0). */
export function lowestBitIndex(p: bigint): number {
  let base = 0;
  let v = p;
  while (!(v & WORD)) { v >>= 32n; base += 32; }
  const w = Number(v & WORD);
  return base + 31 - Math.clz32(w & -w);
}
