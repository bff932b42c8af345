/**
 * A line chart as one inline SVG string: linear x axis, linear or log y axis, one polyline per
 * series (split at missing values), markers, dashed horizontal reference lines, a legend below,
 * and notes on everything the axes could not show as-is (clamped ∞ or ≤ 0 values, gaps,
 * thinned-out long series). Pure: same spec → same string.
 */
import { AxisScale, placeOnScale } from './axisScale';
import { escapeHtml } from './escapeHtml';
import { HTML_NUMBERS } from '../../format';
import { makeLinearScale } from './linearScale';
import { makeLogScale } from './logScale';
import { PlotBox, renderGrid, renderXAxis, renderYAxis } from './svgAxes';
import { ChartOutput, renderSvgDocument } from './svgDocument';
import { formatPx, svgEl, svgText } from './svgElement';
import { LegendItem, renderLegend } from './svgLegend';
import { MarkerShape, MarkerStyle, renderMarker } from './svgMarker';

const { formatNumber } = HTML_NUMBERS;

/** One data point; `y` null (or NaN) = no value here (a gap in the line). */
export interface LinePoint {
  readonly x: number;
  readonly y: number | null;
}

/** One line of the chart. */
export interface LineSeries {
  readonly name: string;
  readonly points: readonly LinePoint[];
  /** CSS colour, e.g. "#0072b2". */
  readonly color: string;
  readonly dashed?: boolean;
  /** Marker shape at each point ('none' = line only). */
  readonly marker: MarkerShape | 'none';
  readonly hollowMarker?: boolean;
}

/** A horizontal dashed line at a data value (e.g. the target loss). */
export interface ReferenceLine {
  readonly y: number;
  readonly label: string;
}

/** Everything {@link renderLineChart} draws. Units belong in the axis labels. */
export interface LineChartSpec {
  /** Unique id in the page (ASCII letters, digits, '-'). */
  readonly id: string;
  readonly title: string;
  /** Plain-language description of what is plotted (goes in the SVG's <desc>). */
  readonly description: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly yScale: 'linear' | 'log';
  /** Integer ticks on the x axis (training steps). */
  readonly xInteger?: boolean;
  readonly series: readonly LineSeries[];
  readonly referenceLines?: readonly ReferenceLine[];
  /** Extra legend entries (e.g. a key explaining dashed vs solid). */
  readonly extraLegend?: readonly LegendItem[];
  /** Legend of the series themselves (default: one entry per series). */
  readonly seriesLegend?: readonly LegendItem[];
  readonly widthPx?: number;
  readonly plotHeightPx?: number;
  /** Markers are drawn only while a series has at most this many points (default 60). */
  readonly maxMarkersPerSeries?: number;
  /** Longer series are thinned to this many evenly spaced points, first and last kept (default 1500). */
  readonly maxPointsPerSeries?: number;
}

const MARGIN = { leftPx: 88, rightPx: 24, topPx: 14, axisBelowPx: 50, legendGapPx: 6, bottomPx: 8 } as const;

/** Indices 0..n-1 thinned to at most `max`, evenly spaced, always keeping the first and the last. */
export function thinIndices(n: number, maxCount: number): number[] {
  const max = Math.max(2, Math.floor(maxCount));
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  for (let k = 0; k < max; k++) out.push(Math.round((k * (n - 1)) / (max - 1)));
  return out;
}

/** One polyline per run of drawable points; returns markup and the count of points drawn. */
function seriesMarkup(
  s: LineSeries,
  seriesIndex: number,
  xScale: AxisScale,
  yScale: AxisScale,
  maxMarkers: number,
  maxPoints: number,
  tally: { clampedHigh: string[]; clampedLow: string[]; missing: string[]; thinned: string[] },
): string {
  const idx = thinIndices(s.points.length, maxPoints);
  if (idx.length < s.points.length) tally.thinned.push(`${s.name}: ${s.points.length} points, ${idx.length} drawn`);
  const runs: string[][] = [[]];
  const markers: string[] = [];
  let clampedHigh = 0;
  let clampedLow = 0;
  let missing = 0;
  const drawMarkers = s.marker !== 'none' && idx.length <= maxMarkers;
  for (const i of idx) {
    const p = s.points[i];
    const px = placeOnScale(xScale, p.x);
    const py = placeOnScale(yScale, p.y);
    if (px.kind === 'missing' || py.kind === 'missing') {
      missing++;
      if (runs[runs.length - 1].length > 0) runs.push([]);
      continue;
    }
    runs[runs.length - 1].push(`${formatPx(px.px)},${formatPx(py.px)}`);
    const tip = svgEl('title', {}, escapeHtml(`${s.name} at x = ${formatNumber(p.x)}: ${formatNumber(p.y)}`));
    if (py.kind === 'clampedHigh' || py.kind === 'clampedLow') {
      if (py.kind === 'clampedHigh') clampedHigh++;
      else clampedLow++;
      const shape = py.kind === 'clampedHigh' ? 'triangleUp' : 'triangleDown';
      markers.push(renderMarker({ shape, color: s.color, hollow: s.hollowMarker, radiusPx: 5 }, px.px, py.px, tip));
    } else if (drawMarkers) {
      markers.push(renderMarker({ shape: s.marker as MarkerShape, color: s.color, hollow: s.hollowMarker }, px.px, py.px, tip));
    }
  }
  if (clampedHigh > 0) tally.clampedHigh.push(`${s.name} (${clampedHigh})`);
  if (clampedLow > 0) tally.clampedLow.push(`${s.name} (${clampedLow})`);
  if (missing > 0) tally.missing.push(`${s.name} (${missing})`);
  const lines = runs
    .filter((r) => r.length > 0)
    .map((r) =>
      svgEl('polyline', {
        'data-series': seriesIndex,
        points: r.join(' '),
        fill: 'none',
        stroke: s.color,
        'stroke-width': 2,
        'stroke-linejoin': 'round',
        'stroke-dasharray': s.dashed ? '6 4' : undefined,
      }),
    );
  return svgEl('g', { class: 'series', 'data-name': s.name }, lines.join('') + markers.join(''));
}

/** The notes for one chart from the tallies of clamped, missing and thinned points. */
function chartNotes(yScale: AxisScale, tally: { clampedHigh: string[]; clampedLow: string[]; missing: string[]; thinned: string[] }): string[] {
  const notes: string[] = [];
  if (tally.clampedHigh.length > 0) {
    notes.push(`Values above the axis range (∞) are drawn on the top edge as ▲: ${tally.clampedHigh.join(', ')}.`);
  }
  if (tally.clampedLow.length > 0) {
    const what = yScale.kind === 'log' ? 'Values ≤ 0 (not representable on a log axis)' : 'Values below the axis range (−∞)';
    notes.push(`${what} are drawn on the bottom edge as ▼: ${tally.clampedLow.join(', ')}.`);
  }
  if (tally.missing.length > 0) notes.push(`Points without a value are left out (gaps in the line): ${tally.missing.join(', ')}.`);
  if (tally.thinned.length > 0) notes.push(`Long series are thinned for drawing: ${tally.thinned.join('; ')}.`);
  return notes;
}

/** Render a line chart. Non-finite values never reach the SVG: they are clamped or skipped and noted. */
export function renderLineChart(spec: LineChartSpec): ChartOutput {
  const widthPx = spec.widthPx ?? 760;
  const plotHeightPx = spec.plotHeightPx ?? 300;
  const box: PlotBox = {
    leftPx: MARGIN.leftPx,
    topPx: MARGIN.topPx,
    widthPx: widthPx - MARGIN.leftPx - MARGIN.rightPx,
    heightPx: plotHeightPx,
  };
  const xs: number[] = [];
  const ys: (number | null)[] = [];
  for (const s of spec.series) {
    for (const p of s.points) {
      xs.push(p.x);
      ys.push(p.y);
    }
  }
  const refs = (spec.referenceLines ?? []).filter((r) => Number.isFinite(r.y) && (spec.yScale === 'linear' || r.y > 0));
  const xScale = makeLinearScale(xs, box.leftPx, box.leftPx + box.widthPx, { integer: spec.xInteger, targetTickCount: 8 });
  const yScale = spec.yScale === 'log'
    ? makeLogScale(ys, box.topPx + box.heightPx, box.topPx, { include: refs.map((r) => r.y) })
    : makeLinearScale(ys, box.topPx + box.heightPx, box.topPx, { include: refs.map((r) => r.y) });

  const tally = { clampedHigh: [] as string[], clampedLow: [] as string[], missing: [] as string[], thinned: [] as string[] };
  const body: string[] = [renderGrid(box, xScale, yScale)];
  for (const r of refs) {
    const p = placeOnScale(yScale, r.y);
    if (p.kind === 'missing') continue;
    body.push(svgEl('g', { class: 'reference' },
      svgEl('line', { x1: box.leftPx, y1: p.px, x2: box.leftPx + box.widthPx, y2: p.px, stroke: '#555555', 'stroke-width': 1, 'stroke-dasharray': '2 3' }) +
      svgText(r.label, { x: box.leftPx + box.widthPx - 4, y: p.px - 4, 'text-anchor': 'end', 'font-size': 11, fill: '#555555' })));
  }
  spec.series.forEach((s, i) => body.push(seriesMarkup(s, i, xScale, yScale, spec.maxMarkersPerSeries ?? 60, spec.maxPointsPerSeries ?? 1500, tally)));
  const drawable = spec.series.some((s) => s.points.some((p) => placeOnScale(yScale, p.y).kind !== 'missing'));
  if (!drawable) {
    body.push(svgText('No data to plot', { x: box.leftPx + box.widthPx / 2, y: box.topPx + box.heightPx / 2, 'text-anchor': 'middle', 'font-size': 14, fill: '#777777' }));
  }
  body.push(renderXAxis(box, xScale, spec.xLabel), renderYAxis(box, yScale, spec.yLabel));

  const legendItems: LegendItem[] = [
    ...(spec.seriesLegend ??
      spec.series.map((s): LegendItem => ({
        label: s.name,
        color: s.color,
        kind: 'line',
        dashed: s.dashed,
        marker: s.marker === 'none' ? undefined : ({ shape: s.marker, color: s.color, hollow: s.hollowMarker } as MarkerStyle),
      }))),
    ...(spec.extraLegend ?? []),
  ];
  const legendTop = box.topPx + box.heightPx + MARGIN.axisBelowPx + MARGIN.legendGapPx;
  const legend = renderLegend(legendItems, box.leftPx, legendTop, box.widthPx);
  body.push(legend.svg);
  const heightPx = legendTop + legend.heightPx + MARGIN.bottomPx;

  const notes = chartNotes(yScale, tally);
  const description = [
    spec.description,
    `x axis: ${spec.xLabel}, linear. y axis: ${spec.yLabel}, ${spec.yScale === 'log' ? 'logarithmic (base 10)' : 'linear'}.`,
    ...notes,
  ].join(' ');
  return { svg: renderSvgDocument({ id: spec.id, widthPx, heightPx, title: spec.title, description }, body.join('')), notes };
}
