/**
 * Axes for a rectangular plot area: the plot box record, grid lines at major ticks, tick marks and
 * labels, and the axis titles (units belong in the title text, e.g. "projected time (s)").
 */
import { AxisScale, scaleToPx } from './axisScale';
import { svgEl, svgText } from './svgElement';

/** The plot area inside an SVG, in px from the SVG's top-left corner. */
export interface PlotBox {
  readonly leftPx: number;
  readonly topPx: number;
  readonly widthPx: number;
  readonly heightPx: number;
}

const AXIS_COLOR = '#333333';
const GRID_COLOR = '#e3e3e3';

/** Light horizontal and vertical grid lines at the major ticks of the two scales (either may be null). */
export function renderGrid(box: PlotBox, xScale: AxisScale | null, yScale: AxisScale | null): string {
  const lines: string[] = [];
  for (const t of xScale?.ticks ?? []) {
    if (!t.major) continue;
    const x = scaleToPx(xScale as AxisScale, t.value);
    lines.push(svgEl('line', { x1: x, y1: box.topPx, x2: x, y2: box.topPx + box.heightPx, stroke: GRID_COLOR, 'stroke-width': 1 }));
  }
  for (const t of yScale?.ticks ?? []) {
    if (!t.major) continue;
    const y = scaleToPx(yScale as AxisScale, t.value);
    lines.push(svgEl('line', { x1: box.leftPx, y1: y, x2: box.leftPx + box.widthPx, y2: y, stroke: GRID_COLOR, 'stroke-width': 1 }));
  }
  return svgEl('g', { class: 'grid' }, lines.join(''));
}

/**
 * The bottom axis: baseline, tick marks (long for major, short for minor), labels under major
 * ticks, and the axis title centred below.
 */
export function renderXAxis(box: PlotBox, scale: AxisScale, title: string): string {
  const y0 = box.topPx + box.heightPx;
  const parts = [svgEl('line', { x1: box.leftPx, y1: y0, x2: box.leftPx + box.widthPx, y2: y0, stroke: AXIS_COLOR, 'stroke-width': 1 })];
  for (const t of scale.ticks) {
    const x = scaleToPx(scale, t.value);
    parts.push(svgEl('line', { x1: x, y1: y0, x2: x, y2: y0 + (t.major ? 5 : 3), stroke: AXIS_COLOR, 'stroke-width': 1 }));
    if (t.major && t.label) parts.push(svgText(t.label, { x, y: y0 + 18, 'text-anchor': 'middle', 'font-size': 11 }));
  }
  parts.push(svgText(title, { x: box.leftPx + box.widthPx / 2, y: y0 + 38, 'text-anchor': 'middle', 'font-size': 12, class: 'axis-title' }));
  return svgEl('g', { class: 'x-axis' }, parts.join(''));
}

/** The left axis: baseline, ticks, labels right-aligned left of it, and a rotated axis title. */
export function renderYAxis(box: PlotBox, scale: AxisScale, title: string): string {
  const x0 = box.leftPx;
  const parts = [svgEl('line', { x1: x0, y1: box.topPx, x2: x0, y2: box.topPx + box.heightPx, stroke: AXIS_COLOR, 'stroke-width': 1 })];
  for (const t of scale.ticks) {
    const y = scaleToPx(scale, t.value);
    parts.push(svgEl('line', { x1: x0 - (t.major ? 5 : 3), y1: y, x2: x0, y2: y, stroke: AXIS_COLOR, 'stroke-width': 1 }));
    if (t.major && t.label) parts.push(svgText(t.label, { x: x0 - 8, y: y + 4, 'text-anchor': 'end', 'font-size': 11 }));
  }
  const cx = x0 - 62;
  const cy = box.topPx + box.heightPx / 2;
  parts.push(svgText(title, { x: cx, y: cy, 'text-anchor': 'middle', 'font-size': 12, transform: `rotate(-90 ${cx} ${cy})`, class: 'axis-title' }));
  return svgEl('g', { class: 'y-axis' }, parts.join(''));
}
