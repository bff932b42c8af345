/**
 * Fixed, locale-independent number formatting for the schedule report. Everything goes through
 * `toPrecision`/`toFixed` (exactly specified by ECMAScript), so the same number always prints the
 * same characters, and no formatter ever prints "NaN", "Infinity" or "undefined".
 */

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};

/** Text shown for a value that is not a number (NaN) or missing (null/undefined). */
export const MISSING_TEXT = 'n/a';

/** "10⁻³" for exponent -3: a power of ten with Unicode superscript digits. */
export function formatPowerOfTen(exponent: number): string {
  return `10${String(Math.round(exponent)).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c])}`;
}

/** `Number(x.toPrecision(p))` as text, without trailing zeros ("1.5", not "1.500"). */
function trimmedPrecision(x: number, significantDigits: number): string {
  return String(Number(x.toPrecision(significantDigits)));
}

/**
 * A number for humans: plain decimals for 10⁻³ ≤ |x| < 10⁶ ("0.0123", "4520"), otherwise
 * scientific with a superscript exponent ("1.23×10⁸"); at most `significantDigits` digits.
 * ±Infinity → "∞"/"−∞", NaN/null/undefined → {@link MISSING_TEXT}.
 */
export function formatNumber(x: number | null | undefined, significantDigits = 4): string {
  if (x === null || x === undefined || Number.isNaN(x)) return MISSING_TEXT;
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-3 && a < 1e6) {
    const text = trimmedPrecision(x, significantDigits);
    // Rounding can carry 999999.7 up to 1e6: that one goes to the scientific branch.
    if (Math.abs(Number(text)) < 1e6 && !/e/.test(text)) return text;
  }
  const [mantissa, exponent] = x.toExponential(significantDigits - 1).split('e');
  const m = String(Number(mantissa));
  const pow = formatPowerOfTen(Number(exponent));
  return m === '1' ? pow : m === '-1' ? `−${pow}` : `${m}×${pow}`;
}

/** An integer with thin-space digit groups ("12 345"); non-integers go through {@link formatNumber}. */
export function formatInteger(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x) || !Number.isInteger(x) || Math.abs(x) >= 1e15) return formatNumber(x);
  const digits = String(Math.abs(x));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += '\u2009';
    out += digits[i];
  }
  return x < 0 ? `−${out}` : out;
}

const SMALL_UNITS: readonly (readonly [number, string])[] = [
  [1, 's'], [1e-3, 'ms'], [1e-6, 'µs'], [1e-9, 'ns'], [1e-12, 'ps'], [1e-15, 'fs'], [1e-18, 'as'],
];
const LARGE_UNITS: readonly (readonly [number, string])[] = [
  [365.25 * 86400, 'years'], [86400, 'days'], [3600, 'h'], [60, 'min'],
];

/**
 * A duration in seconds with a readable unit: attoseconds up to seconds (SI prefixes), then
 * minutes, hours, days and Julian years ("3.2 ms", "4.1 h", "2.3×10⁵ years"). 3 significant digits.
 */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return MISSING_TEXT;
  if (!Number.isFinite(seconds)) return seconds > 0 ? '∞ s' : '−∞ s';
  if (seconds === 0) return '0 s';
  const sign = seconds < 0 ? '−' : '';
  const a = Math.abs(seconds);
  if (a >= 60) {
    for (const [size, unit] of LARGE_UNITS) if (a >= size) return `${sign}${formatNumber(a / size, 3)} ${unit}`;
  }
  for (const [size, unit] of SMALL_UNITS) if (a >= size * 0.9995) return `${sign}${formatNumber(a / size, 3)} ${unit}`;
  return `${sign}${formatNumber(a / 1e-18, 3)} as`;
}

/**
 * A ratio as a multiplier ("×12.5", "×0.031"), for speed-ups; "—" when it is not a finite positive
 * number (e.g. 0/0), "×∞" for x/0 with x > 0.
 */
export function formatRatio(ratio: number): string {
  if (ratio === Infinity) return '×∞';
  if (!Number.isFinite(ratio) || ratio <= 0) return '—';
  return `×${formatNumber(ratio, 3)}`;
}

/** A fraction as a percentage with one decimal ("41.7%"). */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return MISSING_TEXT;
  return `${(fraction * 100).toFixed(1)}%`;
}
