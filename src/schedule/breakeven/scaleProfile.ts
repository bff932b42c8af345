/**
 * A hardware profile with every operation time multiplied by one factor (error rates unchanged):
 * the knob of the break-even analysis. Scaling all times together keeps the surface-code code
 * distance and factory layout (they depend on error rates only), so prices are linear in the factor.
 */
import type { HardwareProfile } from '../../cost';
import { TIME_FIELDS, validateProfile } from '../../cost';
import { requirePositiveFinite } from '../../errors';

/** `profile` with each of TIME_FIELDS × `factor` (> 0), renamed `name×factor`. */
export function scaleProfileTimes(profile: HardwareProfile, factor: number): HardwareProfile {
  requirePositiveFinite(factor, 'gate-time scale factor');
  const scaled: Record<string, unknown> = { ...profile, name: `${profile.name}×${factor}` };
  for (const f of TIME_FIELDS) scaled[f] = profile[f] * factor;
  return validateProfile(scaled as unknown as HardwareProfile);
}
