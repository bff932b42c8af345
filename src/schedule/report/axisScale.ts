/**
 * The axis-scale record shared by the linear and log scales: a data interval mapped onto a pixel
 * interval, with precomputed ticks, plus the one function that places a data value on it
 * (clamping what the axis cannot show instead of emitting NaN or off-canvas coordinates).
 */

/** One axis tick. `major` ticks get a label and a grid line; minor ticks only a short mark. */
export interface AxisTick {
  /** Data value of the tick (in the axis's units). */
  readonly value: number;
  /** Text label ('' for minor ticks). */
  readonly label: string;
  readonly major: boolean;
}

/** A linear or base-10 logarithmic scale from data units to SVG pixels. */
export interface AxisScale {
  readonly kind: 'linear' | 'log';
  /** Data interval shown (for 'log': both > 0). domainMin maps to rangeMinPx. */
  readonly domainMin: number;
  readonly domainMax: number;
  /** Pixel interval; for a y axis rangeMinPx is the bottom (larger) coordinate. */
  readonly rangeMinPx: number;
  readonly rangeMaxPx: number;
  /** Ticks in increasing data order, all inside [domainMin, domainMax]. */
  readonly ticks: readonly AxisTick[];
}

/** Where a data value ended up on a scale. */
export type Placement =
  | { readonly kind: 'inside'; readonly px: number }
  /** Clamped to the low edge (log axis: value ≤ 0; or -Infinity). */
  | { readonly kind: 'clampedLow'; readonly px: number }
  /** Clamped to the high edge (+Infinity, or beyond the domain). */
  | { readonly kind: 'clampedHigh'; readonly px: number }
  /** Not drawable at all (null, undefined, NaN). */
  | { readonly kind: 'missing' };

/** Data → pixel without checks (value must be inside the domain; positive for log). */
function project(scale: AxisScale, value: number): number {
  const t = scale.kind === 'log'
    ? (Math.log10(value) - Math.log10(scale.domainMin)) / (Math.log10(scale.domainMax) - Math.log10(scale.domainMin))
    : (value - scale.domainMin) / (scale.domainMax - scale.domainMin);
  return scale.rangeMinPx + t * (scale.rangeMaxPx - scale.rangeMinPx);
}

/**
 * Place a data value on the scale. null/NaN → 'missing'; values the axis cannot show (≤ 0 or
 * below the domain → low edge, +Infinity or above → high edge) are clamped and reported as such,
 * so a chart can draw them with a distinct marker and say so in a note. The returned pixel is
 * always finite.
 */
export function placeOnScale(scale: AxisScale, value: number | null | undefined): Placement {
  if (value === null || value === undefined || Number.isNaN(value)) return { kind: 'missing' };
  // The scale's domain is built to contain every finite data value, so only ±Infinity, log-axis
  // values ≤ 0, and values a caller did not pass when building the scale land outside it.
  if (value > scale.domainMax) return { kind: 'clampedHigh', px: scale.rangeMaxPx };
  if (value < scale.domainMin) return { kind: 'clampedLow', px: scale.rangeMinPx };
  return { kind: 'inside', px: project(scale, value) };
}

/** Pixel of a value known to be inside the domain (ticks, reference lines); clamps otherwise. */
export function scaleToPx(scale: AxisScale, value: number): number {
  const p = placeOnScale(scale, value);
  return p.kind === 'missing' ? scale.rangeMinPx : p.px;
}

/**
 * [lo, hi] of the values (data plus extra `include` values) that `accept` admits; lo > hi
 * (Infinity, -Infinity) when none does. null and undefined are always skipped.
 */
export function dataExtent(
  values: readonly (number | null | undefined)[], include: readonly number[] | undefined, accept: (v: number) => boolean,
): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of [...values, ...(include ?? [])]) {
    if (v === null || v === undefined || !accept(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return { lo, hi };
}
