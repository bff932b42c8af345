/**
 * The eigenvalue-inversion ("reciprocal") rotation of HHL (Harrow, Hassidim, Lloyd 2009, Eq. 3):
 * for each clock value k, Ry(2·arcsin(C/λ_k)) on the ancilla, so |k⟩|0⟩ ↦ |k⟩(√(1−C²/λ_k²)|0⟩ + C/λ_k|1⟩).
 * λ_k is the eigenvalue the clock value stands for: λ_k = 2π·k̃/(2^c·t) with k̃ = k for k < 2^{c−1}
 * and k − 2^c otherwise (two's complement: negative eigenvalues keep their sign in C/λ).
 * k̃ = 0 gets no rotation (λ ≈ 0 is filtered out); |C/λ_k| > 1 is clamped to ±1 (filtered inverse).
 * Implemented as one uniformly controlled Ry (ops/stateprep/ucry.ts: 2^c Ry + 2^c CNOT,
 * Möttönen et al., QIC 5, 467 (2005)). Operands: clock 0..c−1, then the ancilla.
 */
import { InvalidArgumentError } from '../../errors';
import type { Op } from '../../ir';
import { makeUcry } from '../stateprep/ucry';

/** Eigenvalue represented by clock value k (see file comment); timeRad = t, c = clockBits. */
export function clockEigenvalue(k: number, clockBits: number, timeRad: number): number {
  const m = 2 ** clockBits;
  const signed = k < m / 2 ? k : k - m;
  return (2 * Math.PI * signed) / (m * timeRad);
}

/** Rotation angles 2·arcsin(C/λ_k) for every clock value (radians); 0 for k = 0. */
export function reciprocalRotationAngles(clockBits: number, timeRad: number, constantC: number): Float64Array {
  if (!(constantC > 0) || !Number.isFinite(constantC)) throw new InvalidArgumentError(`HHL constant C must be > 0, got ${constantC}`);
  const m = 2 ** clockBits;
  const out = new Float64Array(m);
  for (let k = 1; k < m; k++) {
    const ratio = constantC / clockEigenvalue(k, clockBits, timeRad);
    out[k] = 2 * Math.asin(Math.max(-1, Math.min(1, ratio)));
  }
  return out;
}

/** The reciprocal rotation as a uniformly controlled Ry on clockBits controls + 1 ancilla. */
export function makeReciprocalRotation(clockBits: number, timeRad: number, constantC: number): Op {
  return makeUcry(reciprocalRotationAngles(clockBits, timeRad, constantC));
}
