/**
 * A timeline heatmap as one inline SVG string: columns are x values (training steps), rows are
 * named tracks (parameter blocks), each cell is coloured by a category (quantum / classical) and
 * may carry a flag mark (a simulated circuit was run). Cells carry <title> tooltips; a legend
 * explains colours and the flag. Pure: same spec → same string.
 */
import { makeLinearScale } from './linearScale';
import { ChartOutput, renderSvgDocument } from './svgDocument';
import { escapeHtml } from './escapeHtml';
import { svgEl, svgText } from './svgElement';
import { LegendItem, renderLegend } from './svgLegend';
import { renderMarker } from './svgMarker';

/** A colour category of cells. */
export interface TimelineCategory {
  readonly key: string;
  readonly label: string;
  readonly color: string;
}

/** One coloured cell. */
export interface TimelineCell {
  /** Index into `columns`. */
  readonly column: number;
  /** Index into `rows`. */
  readonly row: number;
  /** Key of a {@link TimelineCategory}. */
  readonly category: string;
  readonly flagged?: boolean;
  /** Hover text (plain; escaped here). */
  readonly tooltip: string;
}

/** Everything {@link renderTimelineChart} draws. */
export interface TimelineChartSpec {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly xLabel: string;
  readonly yLabel: string;
  /** x value of each column, in drawing order (e.g. the step numbers). */
  readonly columns: readonly number[];
  /** Row names, top to bottom. */
  readonly rows: readonly string[];
  readonly cells: readonly TimelineCell[];
  readonly categories: readonly TimelineCategory[];
  /** Legend text of the flag mark, e.g. "simulated circuit". */
  readonly flagLabel: string;
  readonly widthPx?: number;
  readonly rowHeightPx?: number;
}

const MARGIN = { leftPx: 120, rightPx: 24, topPx: 24, axisBelowPx: 50, legendGapPx: 6, bottomPx: 8 } as const;
const EMPTY_COLOR = '#eeeeee';
const MAX_ROW_LABEL_CHARS = 15;

/** Render the heatmap; cells outside the column/row ranges or with unknown categories are skipped and noted. */
export function renderTimelineChart(spec: TimelineChartSpec): ChartOutput {
  const widthPx = spec.widthPx ?? 760;
  const rowHeightPx = spec.rowHeightPx ?? 24;
  const nCols = spec.columns.length;
  const nRows = spec.rows.length;
  const left = MARGIN.leftPx;
  const top = MARGIN.topPx;
  const plotW = widthPx - MARGIN.leftPx - MARGIN.rightPx;
  const plotH = Math.max(1, nRows) * rowHeightPx;
  const cellW = nCols > 0 ? plotW / nCols : plotW;
  const colorOf = new Map(spec.categories.map((c) => [c.key, c.color] as const));
  const body: string[] = [svgEl('rect', { x: left, y: top, width: plotW, height: plotH, fill: EMPTY_COLOR })];

  const occupied = new Set<number>();
  const cellParts: string[] = [];
  const flagParts: string[] = [];
  let skipped = 0;
  let flagged = 0;
  const gap = cellW >= 6 ? 0.5 : 0;
  const flagRadius = Math.max(1.5, Math.min(4, cellW / 4, rowHeightPx / 4));
  for (const c of spec.cells) {
    const color = colorOf.get(c.category);
    if (color === undefined || !Number.isInteger(c.column) || !Number.isInteger(c.row) || c.column < 0 || c.column >= nCols || c.row < 0 || c.row >= nRows) {
      skipped++;
      continue;
    }
    occupied.add(c.row * nCols + c.column);
    const x = left + c.column * cellW;
    const y = top + c.row * rowHeightPx;
    const tip = svgEl('title', {}, escapeHtml(c.tooltip));
    cellParts.push(svgEl('rect', { x: x + gap, y: y + gap, width: Math.max(0.5, cellW - 2 * gap), height: rowHeightPx - 2 * gap, fill: color, 'data-category': c.category }, tip));
    if (c.flagged) {
      flagged++;
      flagParts.push(renderMarker({ shape: 'circle', color: '#000000', hollow: true, radiusPx: flagRadius }, x + cellW / 2, y + rowHeightPx / 2, tip));
    }
  }
  body.push(svgEl('g', { class: 'cells' }, cellParts.join('')), svgEl('g', { class: 'flags' }, flagParts.join('')));
  if (nCols === 0 || nRows === 0) {
    body.push(svgText('No decisions to plot', { x: left + plotW / 2, y: top + plotH / 2 + 5, 'text-anchor': 'middle', 'font-size': 14, fill: '#777777' }));
  }

  // Row labels (block names) left of the rows, shortened; the full name is in a tooltip.
  spec.rows.forEach((name, r) => {
    const short = name.length <= MAX_ROW_LABEL_CHARS ? name : `${name.slice(0, MAX_ROW_LABEL_CHARS - 1)}…`;
    body.push(svgEl('text', { x: left - 8, y: top + r * rowHeightPx + rowHeightPx / 2 + 4, 'text-anchor': 'end', 'font-size': 11 },
      `${svgEl('title', {}, escapeHtml(name))}${escapeHtml(short)}`));
  });
  // The row-axis title sits above the row labels (rotated text would not fit a few short rows).
  body.push(svgText(spec.yLabel, { x: left - 8, y: top - 8, 'text-anchor': 'end', 'font-size': 12, class: 'axis-title' }));

  // x axis: nice integer ticks over column indices, labelled with the column's x value.
  const y0 = top + plotH;
  const axis: string[] = [svgEl('line', { x1: left, y1: y0, x2: left + plotW, y2: y0, stroke: '#333333', 'stroke-width': 1 })];
  if (nCols > 0) {
    const idxScale = makeLinearScale([0, nCols - 1], 0, 1, { integer: true, targetTickCount: 10 });
    for (const t of idxScale.ticks) {
      if (t.value < 0 || t.value > nCols - 1) continue;
      const x = left + (t.value + 0.5) * cellW;
      axis.push(svgEl('line', { x1: x, y1: y0, x2: x, y2: y0 + 5, stroke: '#333333', 'stroke-width': 1 }));
      axis.push(svgText(String(spec.columns[t.value]), { x, y: y0 + 18, 'text-anchor': 'middle', 'font-size': 11 }));
    }
  }
  axis.push(svgText(spec.xLabel, { x: left + plotW / 2, y: y0 + 38, 'text-anchor': 'middle', 'font-size': 12, class: 'axis-title' }));
  body.push(svgEl('g', { class: 'x-axis' }, axis.join('')));

  const legendItems: LegendItem[] = spec.categories.map((c) => ({ label: c.label, color: c.color, kind: 'swatch' }));
  if (flagged > 0) legendItems.push({ label: spec.flagLabel, color: '#000000', kind: 'marker', marker: { shape: 'circle', color: '#000000', hollow: true } });
  if (occupied.size < nCols * nRows) legendItems.push({ label: 'no decision', color: EMPTY_COLOR, kind: 'swatch' });
  const legendTop = y0 + MARGIN.axisBelowPx + MARGIN.legendGapPx;
  const legend = renderLegend(legendItems, left, legendTop, plotW);
  body.push(legend.svg);
  const heightPx = legendTop + legend.heightPx + MARGIN.bottomPx;

  const notes: string[] = [];
  if (flagged > 0) notes.push(`${flagged} cell(s) marked ○ applied a direction from a simulated circuit (tiny blocks only).`);
  if (skipped > 0) notes.push(`${skipped} cell(s) could not be placed and are not drawn.`);
  const description = [spec.description, `Columns: ${spec.xLabel}; rows: ${spec.yLabel}.`, ...notes].join(' ');
  return { svg: renderSvgDocument({ id: spec.id, widthPx, heightPx, title: spec.title, description }, body.join('')), notes };
}
