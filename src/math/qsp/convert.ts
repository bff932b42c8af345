/**
 * Conversion of Wx-convention QSP phases to the reflection / projector-controlled-phase convention
 * used by QSVT circuits, and the single-qubit model of that convention.
 *
 * Reflection convention (GSLW Def. 15 / Thm. 17, with d+1 phases):
 *
 *     U^R_Φ'(x) = e^{iφ'_0 Z} ∏_{j=1}^{d} [ R(x) e^{iφ'_j Z} ],   R(x) = [[x, √(1−x²)], [√(1−x²), −x]].
 *
 * Derivation of the shift (checked numerically in test/math/qsp/convert.test.ts):
 * R(x) = −i·e^{iπ/4 Z}·W(x)·e^{iπ/4 Z}. Substituting, with φ'_j = φ_j − π/2 inside and
 * φ'_0 = φ_0 − π/4 + a, φ'_d = φ_d − π/4 + b at the ends, gives
 * ⟨0|U^R_Φ'|0⟩ = (−i)^d e^{i(a+b)} ⟨0|U^{Wx}_Φ|0⟩ (the end phases act on ⟨0|·|0⟩ only as scalars
 * e^{iφ'_0}, e^{iφ'_d}). Choosing a = b = dπ/4 cancels (−i)^d, so
 *
 *     φ'_0 = φ_0 + (d−1)π/4,   φ'_j = φ_j − π/2 (1 ≤ j ≤ d−1),   φ'_d = φ_d + (d−1)π/4,
 *
 * and ⟨0|U^R_Φ'(x)|0⟩ = ⟨0|U^{Wx}_Φ(x)|0⟩ = P(x) + i·Q(x) exactly (same complex polynomial).
 * (The often-quoted "φ_0 + π/4, φ_j + π/2, φ_d + π/4" differs from this by sign flips and a global
 * phase of the ⟨0|·|0⟩ entry, i.e. it yields ±i^d·(P + iQ) — not P in the real part for odd d.)
 *
 * QSVT circuit (GSLW Thm. 17 / Cor. 18): for a block encoding U with A = Π U Π, Π = |0⟩⟨0|_anc ⊗ I,
 *
 *     U_Φ' = e^{iφ'_0(2Π−I)} V_1 e^{iφ'_1(2Π−I)} V_2 ⋯ V_d e^{iφ'_d(2Π−I)},
 *     V_j = U if (d − j) is even, V_j = U† otherwise (so V_d = U, alternating to the left),
 *
 * has top-left block (P + iQ)^{(SV)}(A); for Hermitian A this is P(A) + iQ(A). The real part P(A)
 * is obtained as the average of the circuits for Φ' and −Φ' (one extra ancilla, GSLW Cor. 18),
 * since for a real U the −Φ' circuit is the complex conjugate.
 */
import { InvalidArgumentError } from '../../errors';
import { QspMatrix } from './evaluate';

function checkPhases(phases: ArrayLike<number>): number {
  if (phases.length < 1) throw new InvalidArgumentError('QSP needs at least one phase');
  return phases.length - 1;
}

/** Wx phases φ_0..φ_d → reflection/QSVT phases φ'_0..φ'_d with the same ⟨0|·|0⟩ polynomial. */
export function wxToReflectionPhases(phases: ArrayLike<number>): Float64Array {
  const d = checkPhases(phases);
  const out = Float64Array.from(phases as ArrayLike<number>);
  if (d === 0) return out;
  const endShift = ((d - 1) * Math.PI) / 4;
  out[0] += endShift;
  out[d] += endShift;
  for (let j = 1; j < d; j++) out[j] -= Math.PI / 2;
  return out;
}

/** Inverse of {@link wxToReflectionPhases}. */
export function reflectionToWxPhases(phases: ArrayLike<number>): Float64Array {
  const d = checkPhases(phases);
  const out = Float64Array.from(phases as ArrayLike<number>);
  if (d === 0) return out;
  const endShift = ((d - 1) * Math.PI) / 4;
  out[0] -= endShift;
  out[d] -= endShift;
  for (let j = 1; j < d; j++) out[j] += Math.PI / 2;
  return out;
}

/**
 * Merge the two end phases of a reflection-convention sequence into GSLW's d-phase form
 * (φ^G_1 = φ'_0 + φ'_d, φ^G_{j+1} = φ'_j): U_Φ^G = e^{iφ^G_1(2Π−I)} V_1 e^{iφ^G_2(2Π−I)} V_2 ⋯ e^{iφ^G_d(2Π−I)} V_d.
 * Valid for the projected block ⟨0|·|0⟩ only (the dropped right-most phase acts on Π as the scalar e^{iφ'_d}).
 */
export function reflectionToGslwPhases(phases: ArrayLike<number>): Float64Array {
  const d = checkPhases(phases);
  if (d === 0) throw new InvalidArgumentError('GSLW form needs degree ≥ 1');
  const out = new Float64Array(d);
  out[0] = phases[0] + phases[d];
  for (let j = 1; j < d; j++) out[j] = phases[j];
  return out;
}

/**
 * First row of the reflection-convention product U^R_Φ'(x) = e^{iφ'_0 Z} ∏ [R(x) e^{iφ'_j Z}]
 * (the single-qubit model of the QSVT circuit on one singular vector pair). O(d) per point.
 * R(x) is not in SU(2) (det = −1), so both rows are tracked.
 */
export function reflectionQspMatrix(phases: ArrayLike<number>, x: number): QspMatrix & { readonly u10: { re: number; im: number }; readonly u11: { re: number; im: number } } {
  checkPhases(phases);
  if (!(x >= -1 && x <= 1)) throw new InvalidArgumentError(`QSP signal x must lie in [-1, 1], got ${x}`, { x });
  const s = Math.sqrt(Math.max(0, 1 - x * x));
  const c0 = Math.cos(phases[0]), s0 = Math.sin(phases[0]);
  // Rows of the running product M (2×2 complex).
  let m00r = c0, m00i = s0, m01r = 0, m01i = 0;
  let m10r = 0, m10i = 0, m11r = c0, m11i = -s0;
  for (let j = 1; j < phases.length; j++) {
    // M ← M·R: [a, b]·R = [a x + b s, a s − b x]
    const a00r = m00r * x + m01r * s, a00i = m00i * x + m01i * s;
    const a01r = m00r * s - m01r * x, a01i = m00i * s - m01i * x;
    const a10r = m10r * x + m11r * s, a10i = m10i * x + m11i * s;
    const a11r = m10r * s - m11r * x, a11i = m10i * s - m11i * x;
    // M ← M·diag(e^{iφ}, e^{−iφ})
    const c = Math.cos(phases[j]), sn = Math.sin(phases[j]);
    m00r = a00r * c - a00i * sn; m00i = a00r * sn + a00i * c;
    m10r = a10r * c - a10i * sn; m10i = a10r * sn + a10i * c;
    m01r = a01r * c + a01i * sn; m01i = a01i * c - a01r * sn;
    m11r = a11r * c + a11i * sn; m11i = a11i * c - a11r * sn;
  }
  return {
    u00: { re: m00r, im: m00i }, u01: { re: m01r, im: m01i },
    u10: { re: m10r, im: m10i }, u11: { re: m11r, im: m11i },
  };
}
