/**
 * The one classification of rotation angles used by every count (stats, optimize, compile,
 * estimate, the Nam-convention counts, the scheduler's prices): an angle within
 * {@link ANGLE_CLASS_TOLERANCE_RAD} of a multiple of π/2 is Clifford, within it of an odd multiple
 * of π/4 it is T-like (one T or T† up to Cliffords), otherwise it is an arbitrary rotation that
 * needs synthesis.
 */

/**
 * Absolute tolerance in radians for {@link classifyAngle}. 1e-9 rad is far below any synthesis
 * precision a user asks for (a rotation synthesized to ε ≥ 1e-9 could equally be that T gate) and
 * far above double rounding of angles written as decimal multiples of π (≈ 1e-15).
 */
export const ANGLE_CLASS_TOLERANCE_RAD = 1e-9;

/** What a rotation by this angle costs in Clifford+T: nothing non-Clifford, one T, or a synthesized rotation. */
export type AngleClass = 'clifford' | 't' | 'rotation';

/** Classify a rotation angle (radians): see the file comment. */
export function classifyAngle(angleRad: number): AngleClass {
  const quarter = Math.PI / 4;
  const k = Math.round(angleRad / quarter);
  if (!(Math.abs(angleRad - k * quarter) <= ANGLE_CLASS_TOLERANCE_RAD)) return 'rotation';
  return k % 2 === 0 ? 'clifford' : 't';
}

/** True when `angleRad` is T-like (an odd multiple of π/4 within the tolerance). */
export function isTLikeAngle(angleRad: number): boolean {
  return classifyAngle(angleRad) === 't';
}
