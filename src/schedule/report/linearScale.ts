/**
 * Linear axis scale with "nice" ticks (steps of 1, 2 or 5 × 10^k), the usual choice of plotting
 * libraries (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990). The domain is widened
 * to whole tick steps so every finite data value lies inside it.
 */
import { AxisScale, AxisTick, dataExtent } from './axisScale';
import { HTML_NUMBERS } from '../../format';

const { formatFixed, formatNumber } = HTML_NUMBERS;

/** Options of {@link makeLinearScale}. */
export interface LinearScaleOptions {
  /** About how many labelled ticks to aim for (default 6). */
  readonly targetTickCount?: number;
  /** Ticks only at integers (for step axes); the step is then at least 1. */
  readonly integer?: boolean;
  /** Extra values the domain must contain (e.g. a reference line), beyond the data. */
  readonly include?: readonly number[];
}

/** Largest magnitude treated as a finite data value (beyond it, differences overflow). */
const MAX_MAGNITUDE = 1e300;

/** The nice step (1, 2 or 5 × 10^k) closest above `rawStep`. */
export function niceStep(rawStep: number): number {
  const exponent = Math.floor(Math.log10(rawStep));
  const base = 10 ** exponent;
  const fraction = rawStep / base;
  const nice = fraction <= 1 + 1e-9 ? 1 : fraction <= 2 + 1e-9 ? 2 : fraction <= 5 + 1e-9 ? 5 : 10;
  return nice * base;
}

/** Tick label: as many decimals as the step needs, so 0.1, 0.2 print as "0.1", "0.2". */
function tickLabel(value: number, step: number): string {
  if (value === 0) return '0';
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const a = Math.abs(value);
  if (a >= 1e-3 && a < 1e6 && decimals <= 6) return formatFixed(value, decimals);
  return formatNumber(value, 3);
}

/**
 * A linear scale over the finite values of `values` (null, NaN and ±Infinity are ignored; the
 * chart clamps them later), mapped to [rangeMinPx, rangeMaxPx]. With no finite data the domain is
 * [0, 1]; a single value v gets a padded domain around it (never below 0 when all data are ≥ 0).
 */
export function makeLinearScale(
  values: readonly (number | null | undefined)[],
  rangeMinPx: number,
  rangeMaxPx: number,
  options: LinearScaleOptions = {},
): AxisScale {
  const target = Math.max(2, options.targetTickCount ?? 6);
  let { lo, hi } = dataExtent(values, options.include, (v) => Number.isFinite(v) && Math.abs(v) <= MAX_MAGNITUDE);
  if (lo > hi) {
    lo = 0;
    hi = 1;
  } else if (lo === hi) {
    const pad = options.integer ? 1 : lo === 0 ? 1 : Math.abs(lo) * 0.5;
    const nonNegative = lo >= 0;
    lo -= pad;
    hi += pad;
    if (nonNegative && lo < 0) lo = 0;
  }
  let step = niceStep((hi - lo) / (target - 1));
  if (options.integer) step = Math.max(1, Math.round(step));
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const ticks: AxisTick[] = [];
  for (let i = first; i <= last; i++) {
    // Round away binary noise (0.30000000000000004) before labelling.
    const value = Number((i * step).toPrecision(12));
    ticks.push({ value, label: tickLabel(value, step), major: true });
  }
  return {
    kind: 'linear',
    domainMin: ticks[0].value,
    domainMax: ticks[ticks.length - 1].value,
    rangeMinPx,
    rangeMaxPx,
    ticks,
  };
}
