import type { CMatrix } from '../math/complexMatrix';
import { InvalidArgumentError } from '../errors';
import { phaseBetween } from './lowering/euler';

/** Outcome of an equivalence check of two unitaries. */
export interface EquivalenceResult {
  readonly equivalent: boolean;
  /** φ with a ≈ e^{iφ}·b (radians). */
  readonly phaseRad: number;
  /** Largest entry-wise deviation |a − e^{iφ}b| (dimensionless). */
  readonly maxErrorAbs: number;
}

/**
 * Are `a` and `b` equal up to a global phase, entry-wise within `tolAbs`? The phase is
 * φ = arg tr(b†a) (the best-fitting phase in Frobenius norm).
 */
export function equalUpToGlobalPhase(a: CMatrix, b: CMatrix, tolAbs = 1e-8): EquivalenceResult {
  if (a.dim !== b.dim) return { equivalent: false, phaseRad: 0, maxErrorAbs: Infinity };
  const { phaseRad, errorAbs } = phaseBetween(a, b);
  return { equivalent: errorAbs <= tolAbs, phaseRad, maxErrorAbs: errorAbs };
}

/** Basis index with bit i moved to bit layout[i] (logical → physical). */
export function permuteIndex(x: number, layout: readonly number[]): number {
  let y = 0;
  for (let i = 0; i < layout.length; i++) if ((x >> i) & 1) y |= 1 << layout[i];
  return y;
}

/**
 * Check a routed circuit's unitary `routed` (on P physical qubits) against the logical unitary
 * `logical` (on n ≤ P qubits, padded with idle qubits): routed = e^{iφ}·Π_final·(U ⊗ I)·Π_initial⁻¹,
 * where Π_L sends logical qubit i to physical qubit L[i] (see routing/sabre.ts).
 */
export function equalUpToLayouts(routed: CMatrix, logical: CMatrix, initialLayout: readonly number[], finalLayout: readonly number[], tolAbs = 1e-8): EquivalenceResult {
  const D = routed.dim, d = logical.dim;
  if (initialLayout.length !== finalLayout.length || 1 << initialLayout.length !== D || D % d !== 0) {
    throw new InvalidArgumentError(`equalUpToLayouts: dimensions do not match (routed ${D}, logical ${d}, layout of ${initialLayout.length} qubits)`);
  }
  // Expected matrix E[Π_f(y), Π_i(x)] = U'[y, x].
  const re = new Float64Array(D * D), im = new Float64Array(D * D);
  for (let x = 0; x < D; x++) {
    const xl = x % d, xh = x - xl;
    const col = permuteIndex(x, initialLayout);
    for (let yl = 0; yl < d; yl++) {
      const y = xh + yl;
      const row = permuteIndex(y, finalLayout);
      re[row * D + col] = logical.re[yl * d + xl];
      im[row * D + col] = logical.im[yl * d + xl];
    }
  }
  return equalUpToGlobalPhase(routed, { dim: D, re, im }, tolAbs);
}
