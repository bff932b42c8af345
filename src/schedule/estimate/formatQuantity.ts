/**
 * Locale-independent number formatting for the estimate tables: plain digits with thousands
 * separators for moderate integers, `toPrecision` for moderate reals, scientific (1.234e12)
 * otherwise, and durations with SI prefixes or calendar units for readability.
 */

/** Text for a missing or non-finite value. */
export const MISSING = 'n/a';

function withSeparators(intText: string): string {
  return intText.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Scientific notation with `digits` significant digits and no '+' in the exponent: 1.235e12. */
export function formatScientific(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return MISSING;
  return x.toExponential(digits - 1).replace('e+', 'e');
}

/** A count: exact with separators below 10⁹ when integral ("65,536"), else scientific. */
export function formatCount(x: number): string {
  if (!Number.isFinite(x)) return MISSING;
  if (Number.isInteger(x) && Math.abs(x) < 1e9) return (x < 0 ? '-' : '') + withSeparators(String(Math.abs(x)));
  return formatScientific(x);
}

/** A real number: up to `digits` significant digits, plain in [1e-3, 1e6), scientific outside. */
export function formatReal(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return MISSING;
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-3 && a < 1e6) {
    const t = String(Number(x.toPrecision(digits)));
    // Rounding can carry 999999.7 up to 1e6: that one goes to the scientific branch.
    if (!t.includes('e') && Math.abs(Number(t)) < 1e6) return t;
  }
  return formatScientific(x, digits);
}

const SI_DOWN: ReadonlyArray<readonly [number, string]> = [[1, 's'], [1e-3, 'ms'], [1e-6, 'µs'], [1e-9, 'ns'], [1e-12, 'ps'], [1e-15, 'fs'], [1e-18, 'as']];
const CALENDAR: ReadonlyArray<readonly [number, string]> = [[365.25 * 86400, 'years'], [86400, 'days'], [3600, 'h'], [60, 'min']];

/**
 * A duration for humans: SI prefixes below one second ("12.3 µs"), seconds up to a minute, then
 * min / h / days / years; years beyond 10⁶ in scientific notation ("3.2e9 years").
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return MISSING;
  if (seconds === 0) return '0 s';
  if (seconds < 60) {
    for (const [scale, unit] of SI_DOWN) {
      if (seconds >= scale) return `${formatReal(seconds / scale, 3)} ${unit}`;
    }
    return `${formatScientific(seconds, 3)} s`;
  }
  for (const [scale, unit] of CALENDAR) {
    if (seconds >= scale) return `${formatReal(seconds / scale, 3)} ${unit}`;
  }
  return `${formatReal(seconds, 3)} s`;
}
