/**
 * The one place numeric range checks of library arguments are written: each throws an
 * {@link InvalidArgumentError} whose message names the quantity (not a CLI flag: the CLI adds
 * its own flag names) and the accepted range. NaN and ±Infinity fail every check.
 */
import { InvalidArgumentError } from './errors';

/** `value` must lie in the open interval (0, 1) (errors, probabilities, budgets). Returns it. */
export function requireOpenUnitInterval(value: number, what: string): number {
  if (!(value > 0 && value < 1)) throw new InvalidArgumentError(`${what} must lie in (0, 1), got ${value}`, { [what]: value });
  return value;
}

/** `value` must be finite and > 0. Returns it. */
export function requirePositiveFinite(value: number, what: string): number {
  if (!(value > 0 && Number.isFinite(value))) throw new InvalidArgumentError(`${what} must be a finite number > 0, got ${value}`, { [what]: value });
  return value;
}

/** `value` must be an integer ≥ `min`. Returns it. */
export function requireIntegerAtLeast(value: number, min: number, what: string): number {
  if (!(Number.isInteger(value) && value >= min)) throw new InvalidArgumentError(`${what} must be an integer ≥ ${min}, got ${value}`, { [what]: value });
  return value;
}

/** `value` must be an integer in `min..max` (inclusive). Returns it. */
export function requireIntegerInRange(value: number, min: number, max: number, what: string): number {
  if (!(Number.isInteger(value) && value >= min && value <= max)) throw new InvalidArgumentError(`${what} must be an integer in ${min}..${max}, got ${value}`, { [what]: value });
  return value;
}
