/**
 * Base-10 logarithmic axis scale whose labelled ticks are whole powers of ten covering the data
 * (the domain is widened to the enclosing decades), with unlabelled 2×…9× minor ticks when only a
 * few decades are shown. Values a log axis cannot show (≤ 0, ±Infinity, NaN) are ignored here; the
 * chart clamps them with {@link placeOnScale} and notes it.
 */
import { AxisScale, AxisTick, dataExtent } from './axisScale';
import { formatPowerOfTen } from '../../format';

/** Options of {@link makeLogScale}. */
export interface LogScaleOptions {
  /** At most about this many labelled decade ticks (default 8); wider ranges label every k-th decade. */
  readonly maxMajorTicks?: number;
  /** Extra positive values the domain must contain (e.g. a reference line). */
  readonly include?: readonly number[];
}

/** floor/ceil of log10(v) that treat exact powers of ten exactly (log10(1e-3) may be -2.9999…). */
function decadeOf(v: number, mode: 'floor' | 'ceil'): number {
  const l = Math.log10(v);
  const r = Math.round(l);
  if (Math.abs(l - r) < 1e-9) return r;
  return mode === 'floor' ? Math.floor(l) : Math.ceil(l);
}

/**
 * A log10 scale over the finite positive values of `values`, mapped to [rangeMinPx, rangeMaxPx].
 * The domain is [10^a, 10^b] with integer a < b, 10^a ≤ min and 10^b ≥ max; a single decade
 * of data (min = max) is padded by one decade each side; no positive data gives [1, 10].
 */
export function makeLogScale(
  values: readonly (number | null | undefined)[],
  rangeMinPx: number,
  rangeMaxPx: number,
  options: LogScaleOptions = {},
): AxisScale {
  const maxMajor = Math.max(2, options.maxMajorTicks ?? 8);
  const { lo, hi } = dataExtent(values, options.include, (v) => Number.isFinite(v) && v > 0);
  let a: number;
  let b: number;
  if (lo > hi) {
    a = 0;
    b = 1;
  } else {
    a = decadeOf(lo, 'floor');
    b = decadeOf(hi, 'ceil');
    if (a === b) {
      a -= 1;
      b += 1;
    }
    // Keep 10^a and 10^b finite and nonzero; data beyond are clamped to the edges by the chart.
    a = Math.min(Math.max(a, -300), 299);
    b = Math.min(Math.max(b, a + 1), 300);
  }
  // Label every k-th decade so at most maxMajor labels appear; widen b to a whole number of k.
  const k = Math.max(1, Math.ceil((b - a) / (maxMajor - 1)));
  b = a + Math.ceil((b - a) / k) * k;
  const ticks: AxisTick[] = [];
  for (let e = a; e <= b; e++) {
    const major = (e - a) % k === 0;
    ticks.push({ value: 10 ** e, label: major ? formatPowerOfTen(e) : '', major });
    if (e < b && b - a <= 3) {
      for (let m = 2; m <= 9; m++) ticks.push({ value: m * 10 ** e, label: '', major: false });
    }
  }
  return { kind: 'log', domainMin: 10 ** a, domainMax: 10 ** b, rangeMinPx, rangeMaxPx, ticks };
}
