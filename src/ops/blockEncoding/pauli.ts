import { InvalidMatrixError } from '../../errors';
import type { DenseMatrixLike } from '../oracles/matrixInput';

/**
 * One term c·P of a Pauli decomposition: `pauli[q]` ∈ 'IXYZ' acts on qubit q (qubit 0 = least
 * significant bit of the matrix index).
 */
export interface PauliTerm {
  readonly pauli: string;
  readonly coefficient: number;
}

/**
 * Pauli decomposition A = Σ_P c_P P of a real symmetric 2^n × 2^n matrix, c_P = tr(P A)/N
 * (the Pauli strings are orthogonal under the trace inner product). Uses
 * P|x⟩ = i^{#Y} (−1)^{|x ∧ z|} |x ⊕ x_mask⟩, so c_P = Re(i^{#Y}) (1/N) Σ_x (−1)^{|x ∧ z|} A[x][x ⊕ x_mask];
 * strings with an odd number of Y have imaginary trace, which vanishes for symmetric A (a
 * non-zero one means A is not symmetric: InvalidMatrixError). O(N³); terms with
 * |c| ≤ dropBelow are omitted. Stable order: by x mask, then z mask.
 */
export function pauliDecomposition(a: DenseMatrixLike, dropBelow = 0): PauliTerm[] {
  const N = a.n;
  const n = Math.round(Math.log2(N));
  if (N < 2 || 2 ** n !== N) throw new InvalidMatrixError(`Pauli decomposition needs a power-of-two size ≥ 2, got ${N}; pad with padToPowerOfTwo(A)`);
  let scale = 0;
  for (const v of a.data) scale = Math.max(scale, Math.abs(v));
  const out: PauliTerm[] = [];
  for (let xm = 0; xm < N; xm++) {
    for (let zm = 0; zm < N; zm++) {
      let s = 0;
      for (let x = 0; x < N; x++) s += (parity(x & zm) ? -1 : 1) * a.data[x * N + (x ^ xm)];
      s /= N;
      const nY = popcount(xm & zm);
      if (nY % 2 === 1) {
        if (Math.abs(s) > 1e-12 * scale) throw new InvalidMatrixError('Pauli decomposition: the matrix is not symmetric (a term with an odd number of Y is non-zero); encode hermitianDilation(A) instead');
        continue;
      }
      const c = nY % 4 === 0 ? s : -s;
      if (Math.abs(c) <= dropBelow || c === 0) continue;
      let p = '';
      for (let q = 0; q < n; q++) {
        const xb = (xm >> q) & 1, zb = (zm >> q) & 1;
        p += xb ? (zb ? 'Y' : 'X') : (zb ? 'Z' : 'I');
      }
      out.push({ pauli: p, coefficient: c });
    }
  }
  return out;
}

function parity(v: number): boolean {
  return popcount(v) % 2 === 1;
}

function popcount(v: number): number {
  let c = 0;
  while (v) { v &= v - 1; c++; }
  return c;
}
