/**
 * The one number and duration formatter of the project: terminal tables, reports, summaries, notes
 * and the HTML report all print numbers through it. Locale-independent (only `toPrecision` /
 * `toExponential`, exactly specified by ECMAScript), so the same number always prints the same
 * characters; no formatter prints "NaN", "Infinity" or "undefined".
 *
 * One rule, two renderings ({@link NumberStyle}): 'text' is plain ASCII for terminals and files
 * ("-1.5e-7", "1,234,567"); 'html' is typeset for the HTML report ("−1.5×10⁻⁷", "1 234 567" with
 * thin spaces). Within a style every negative number starts with the same minus sign
 * ({@link minusSign}) and −x prints as that sign followed by the text of x.
 */

/** 'text': ASCII for terminals and files; 'html': typeset (×10ⁿ with superscripts, U+2212 minus, thin-space groups). */
export type NumberStyle = 'text' | 'html';

/** Text for a value that is NaN or missing (null / undefined). */
export const MISSING_TEXT = 'n/a';

/** The minus sign of a style: '-' in text, U+2212 '−' in html. */
export function minusSign(style: NumberStyle): string {
  return style === 'html' ? '\u2212' : '-';
}

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};

/** "10⁻³" for exponent -3: a power of ten with Unicode superscript digits (html style). */
export function formatPowerOfTen(exponent: number): string {
  return `10${String(Math.round(exponent)).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c])}`;
}

/** |x| (finite, > 0) in scientific notation with at most `digits` significant digits, trailing zeros dropped. */
function scientificOfMagnitude(a: number, digits: number, style: NumberStyle): string {
  const [mantissa, exponent] = a.toExponential(digits - 1).split('e');
  const m = String(Number(mantissa));
  const e = Number(exponent);
  if (style === 'text') return `${m}e${e}`;
  return m === '1' ? formatPowerOfTen(e) : `${m}×${formatPowerOfTen(e)}`;
}

/** Signed text of a number from the text of its magnitude. */
function signed(x: number, magnitudeText: string, style: NumberStyle): string {
  return x < 0 ? minusSign(style) + magnitudeText : magnitudeText;
}

/** Shared handling of NaN / missing / ±∞ / 0; undefined when x is a finite non-zero number. */
function special(x: number | null | undefined, style: NumberStyle): string | undefined {
  if (x === null || x === undefined || Number.isNaN(x)) return MISSING_TEXT;
  if (x === Infinity) return '∞';
  if (x === -Infinity) return `${minusSign(style)}∞`;
  if (x === 0) return '0';
  return undefined;
}

/**
 * Scientific notation with at most `digits` significant digits: "1.235e12" (text),
 * "1.235×10¹²" (html). NaN / missing → {@link MISSING_TEXT}, ±∞ → "∞" / "-∞".
 */
export function formatScientific(x: number | null | undefined, digits = 4, style: NumberStyle = 'text'): string {
  const s = special(x, style);
  if (s !== undefined) return s;
  return signed(x!, scientificOfMagnitude(Math.abs(x!), digits, style), style);
}

/**
 * A number for humans: plain decimals for 10⁻³ ≤ |x| < 10⁶ ("0.0123", "4520"), scientific
 * outside ({@link formatScientific}); at most `digits` significant digits, no trailing zeros.
 */
export function formatNumber(x: number | null | undefined, digits = 4, style: NumberStyle = 'text'): string {
  const s = special(x, style);
  if (s !== undefined) return s;
  const a = Math.abs(x!);
  if (a >= 1e-3 && a < 1e6) {
    const text = String(Number(a.toPrecision(digits)));
    // Rounding can carry 999999.7 up to 1e6: that one goes to the scientific branch.
    if (!text.includes('e') && Number(text) < 1e6) return signed(x!, text, style);
  }
  return signed(x!, scientificOfMagnitude(a, digits, style), style);
}

/** Largest integer printed digit by digit by {@link formatCount}; larger ones are scientific. */
export const MAX_EXACT_COUNT = 1e9;

/**
 * A count: an integer below {@link MAX_EXACT_COUNT} exactly, in groups of three digits
 * ("65,536" text, "65 536" html with thin spaces); anything else through {@link formatNumber}.
 */
export function formatCount(x: number | null | undefined, style: NumberStyle = 'text'): string {
  if (x === null || x === undefined || !Number.isInteger(x) || Math.abs(x) >= MAX_EXACT_COUNT) return formatNumber(x, 4, style);
  const separator = style === 'html' ? '\u2009' : ',';
  return signed(x, String(Math.abs(x)).replace(/\B(?=(\d{3})+(?!\d))/g, separator), style);
}

const SMALL_UNITS: ReadonlyArray<readonly [number, string]> = [
  [1, 's'], [1e-3, 'ms'], [1e-6, 'µs'], [1e-9, 'ns'], [1e-12, 'ps'], [1e-15, 'fs'], [1e-18, 'as'],
];
const LARGE_UNITS: ReadonlyArray<readonly [number, string]> = [
  [365.25 * 86400, 'years'], [86400, 'days'], [3600, 'h'], [60, 'min'],
];

/**
 * A duration in seconds with a readable unit, 3 significant digits: SI prefixes from attoseconds
 * to seconds ("12.3 µs"; a value that rounds up to the next unit takes it: 0.99996 s → "1 s"),
 * then min, h, days and Julian years ("4.1 h", "2.3e7 years"). Negative durations are signed
 * like numbers; NaN / missing → {@link MISSING_TEXT}; ±∞ → "∞ s".
 */
export function formatDuration(seconds: number | null | undefined, style: NumberStyle = 'text'): string {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return MISSING_TEXT;
  const sign = seconds < 0 ? minusSign(style) : '';
  const a = Math.abs(seconds);
  if (a === Infinity) return `${sign}∞ s`;
  if (a === 0) return '0 s';
  const inUnit = (size: number, unit: string): string => `${sign}${formatNumber(a / size, 3, style)} ${unit}`;
  if (a >= 60) {
    for (const [size, unit] of LARGE_UNITS) if (a >= size) return inUnit(size, unit);
  }
  for (const [size, unit] of SMALL_UNITS) if (a >= size * 0.9995) return inUnit(size, unit);
  return inUnit(1e-18, 'as');
}

/**
 * A ratio as a multiplier ("×12.5", "×0.031"), for speed-ups; "—" when it is not a finite positive
 * number (e.g. 0/0), "×∞" for x/0 with x > 0.
 */
export function formatRatio(ratio: number, style: NumberStyle = 'text'): string {
  if (ratio === Infinity) return '×∞';
  if (!Number.isFinite(ratio) || ratio <= 0) return '—';
  return `×${formatNumber(ratio, 3, style)}`;
}

/** A fraction as a percentage with one decimal ("41.7%"); NaN / ±∞ → {@link MISSING_TEXT}. */
export function formatPercent(fraction: number, style: NumberStyle = 'text'): string {
  if (!Number.isFinite(fraction)) return MISSING_TEXT;
  const t = (Math.abs(fraction) * 100).toFixed(1);
  return t === '0.0' ? '0.0%' : `${signed(fraction, t, style)}%`;
}

/**
 * A number with exactly `decimals` digits after the point ("3.14", "-0.50"), for fixed-width
 * columns; same specials as {@link formatNumber}; |x| ≥ 10²¹ (where fixed notation ends) scientific.
 */
export function formatFixed(x: number | null | undefined, decimals: number, style: NumberStyle = 'text'): string {
  const s = special(x, style);
  if (s !== undefined) return s === '0' ? (0).toFixed(decimals) : s;
  if (Math.abs(x!) >= 1e21) return formatScientific(x, 4, style);
  const t = Math.abs(x!).toFixed(decimals);
  return Number(t) === 0 ? t : signed(x!, t, style);
}

/** The formatters of one style, bound (`const { formatNumber } = numberFormats('html')`). */
export interface NumberFormats {
  formatNumber(x: number | null | undefined, digits?: number): string;
  formatScientific(x: number | null | undefined, digits?: number): string;
  formatCount(x: number | null | undefined): string;
  formatDuration(seconds: number | null | undefined): string;
  formatRatio(ratio: number): string;
  formatPercent(fraction: number): string;
  formatFixed(x: number | null | undefined, decimals: number): string;
}

/** The formatters of `style` with the style bound. */
export function numberFormats(style: NumberStyle): NumberFormats {
  return Object.freeze({
    formatNumber: (x: number | null | undefined, digits?: number) => formatNumber(x, digits, style),
    formatScientific: (x: number | null | undefined, digits?: number) => formatScientific(x, digits, style),
    formatCount: (x: number | null | undefined) => formatCount(x, style),
    formatDuration: (s: number | null | undefined) => formatDuration(s, style),
    formatRatio: (r: number) => formatRatio(r, style),
    formatPercent: (f: number) => formatPercent(f, style),
    formatFixed: (x: number | null | undefined, decimals: number) => formatFixed(x, decimals, style),
  });
}

/** The html-style formatters (the HTML report). */
export const HTML_NUMBERS: NumberFormats = numberFormats('html');

/** A byte count with a binary unit: "512 B", "1.5 KiB", "12.3 MiB", "2.25 GiB" (GiB above 10⁶ scientific). */
export function formatBytes(bytes: number, style: NumberStyle = 'text'): string {
  if (!Number.isFinite(bytes)) return formatNumber(bytes, 4, style);
  const a = Math.abs(bytes);
  const sign = bytes < 0 ? minusSign(style) : '';
  if (a >= 1024 ** 3 * 1e6) return `${sign}${formatScientific(a / 1024 ** 3, 3, style)} GiB`;
  if (a >= 1024 ** 3) return `${sign}${formatFixed(a / 1024 ** 3, 2, style)} GiB`;
  if (a >= 1024 ** 2) return `${sign}${formatFixed(a / 1024 ** 2, 1, style)} MiB`;
  if (a >= 1024) return `${sign}${formatFixed(a / 1024, 1, style)} KiB`;
  return `${sign}${formatCount(a, style)} B`;
}

/** Seconds as a clock (progress ETA): "0:07", "12:03", "1:02:03"; "--:--" when unknown or negative. */
export function formatClock(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const two = (x: number): string => (x < 10 ? `0${x}` : String(x));
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/** The relative change from `before` to `after` as a signed percentage ("+12.5%", "-3%"); "0%" when before = 0 = after. */
export function formatChange(before: number, after: number, style: NumberStyle = 'text'): string {
  if (before === 0) return after === 0 ? '0%' : MISSING_TEXT;
  const r = (after - before) / before;
  if (!Number.isFinite(r)) return MISSING_TEXT;
  const t = formatPercent(r, style);
  return r > 0 ? `+${t}` : t;
}
