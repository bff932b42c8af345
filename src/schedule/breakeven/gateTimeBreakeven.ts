/**
 * (a) of `qnewton breakeven`: the factor s by which every operation time of a hardware profile
 * must be multiplied for the quantum time to equal a classical time T_c. The price is linear in
 * the times (scaleProfile.ts), so s = T_c / T_q(1); this is checked, not assumed: the quantum time
 * is recomputed on the scaled profile, and when it misses T_c by more than 1e-9 (relative) s is
 * found by bisection on log s instead.
 */
import type { HardwareProfile } from '../../cost';
import { scaleProfileTimes } from './scaleProfile';

/** Relative tolerance below which the linear solution is accepted without bisection. */
export const LINEAR_TOLERANCE = 1e-9;

/** The solved factor and how well it equalizes the two times. */
export interface ScaleSolution {
  readonly factor: number;
  /** Quantum time on the profile scaled by `factor`, seconds. */
  readonly quantumSecondsAtFactor: number;
  /** |T_q(s) − T_c| / T_c. */
  readonly relativeResidual: number;
  /** |T_q(2) / T_q(1) − 2| / 2: how far the price is from linear in the times. */
  readonly linearityResidual: number;
  readonly method: 'linear' | 'bisection';
}

/**
 * Solve T_q(s) = `targetSeconds` for s, where T_q(s) = `priceAt(profile scaled by s)` (increasing
 * in s). `baseSeconds` = T_q(1).
 */
export function solveGateTimeFactor(profile: HardwareProfile, targetSeconds: number, priceAt: (p: HardwareProfile) => number): ScaleSolution {
  const at = (s: number): number => priceAt(s === 1 ? profile : scaleProfileTimes(profile, s));
  const base = at(1);
  const linearityResidual = Math.abs(at(2) / base - 2) / 2;
  const s0 = targetSeconds / base;
  const q0 = at(s0);
  const r0 = Math.abs(q0 - targetSeconds) / targetSeconds;
  if (r0 <= LINEAR_TOLERANCE) return Object.freeze({ factor: s0, quantumSecondsAtFactor: q0, relativeResidual: r0, linearityResidual, method: 'linear' as const });
  let lo = s0, hi = s0;
  for (let i = 0; i < 200 && at(lo) > targetSeconds; i++) lo /= 2;
  for (let i = 0; i < 200 && at(hi) < targetSeconds; i++) hi *= 2;
  for (let i = 0; i < 200 && hi / lo > 1 + 1e-13; i++) {
    const mid = Math.sqrt(lo * hi);
    if (at(mid) < targetSeconds) lo = mid; else hi = mid;
  }
  const s = Math.sqrt(lo * hi);
  const q = at(s);
  return Object.freeze({ factor: s, quantumSecondsAtFactor: q, relativeResidual: Math.abs(q - targetSeconds) / targetSeconds, linearityResidual, method: 'bisection' as const });
}
