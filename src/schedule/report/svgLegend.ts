/**
 * A chart legend laid out in rows below the plot: each item is a line sample (with an optional
 * marker and dash) or a filled swatch, followed by its escaped label.
 */
import { MarkerStyle, renderMarker } from './svgMarker';
import { escapeHtml } from './escapeHtml';
import { svgEl, svgText } from './svgElement';

/** One legend entry. */
export interface LegendItem {
  readonly label: string;
  readonly color: string;
  /** 'line': a short line (dashed if `dashed`) with `marker` on it; 'swatch': a filled square. */
  readonly kind: 'line' | 'swatch' | 'marker';
  readonly dashed?: boolean;
  readonly marker?: MarkerStyle;
}

/** Rendered legend and the vertical space it uses (px). */
export interface LegendLayout {
  readonly svg: string;
  readonly heightPx: number;
}

const ROW_HEIGHT_PX = 18;
const MAX_LABEL_CHARS = 40;
/** Approximate advance of one 12 px sans-serif character (no font metrics offline; errs wide). */
const CHAR_WIDTH_PX = 7;
const SAMPLE_WIDTH_PX = 28;
const ITEM_GAP_PX = 18;

/** Label shortened to at most 40 characters (full text stays in a <title> tooltip). */
function shortLabel(label: string): string {
  return label.length <= MAX_LABEL_CHARS ? label : `${label.slice(0, MAX_LABEL_CHARS - 1)}…`;
}

/**
 * Lay out `items` in rows starting at (leftPx, topPx): all items get the width of the longest
 * (shortened) label, and as many fit in a row of `widthPx` as possible.
 */
export function renderLegend(items: readonly LegendItem[], leftPx: number, topPx: number, widthPx: number): LegendLayout {
  if (items.length === 0) return { svg: '', heightPx: 0 };
  const longest = Math.max(...items.map((it) => shortLabel(it.label).length));
  const itemWidthPx = Math.min(widthPx, SAMPLE_WIDTH_PX + longest * CHAR_WIDTH_PX + ITEM_GAP_PX);
  const perRow = Math.max(1, Math.floor(widthPx / itemWidthPx));
  const parts: string[] = [];
  items.forEach((item, i) => {
    const x = leftPx + (i % perRow) * itemWidthPx;
    const y = topPx + Math.floor(i / perRow) * ROW_HEIGHT_PX + ROW_HEIGHT_PX / 2;
    let sample = '';
    if (item.kind === 'swatch') {
      sample = svgEl('rect', { x, y: y - 6, width: 22, height: 12, fill: item.color, stroke: '#333333', 'stroke-width': 0.5 });
    } else {
      if (item.kind === 'line') {
        sample = svgEl('line', { x1: x, y1: y, x2: x + 22, y2: y, stroke: item.color, 'stroke-width': 2, 'stroke-dasharray': item.dashed ? '5 3' : undefined });
      }
      if (item.marker) sample += renderMarker(item.marker, x + 11, y);
    }
    const label = svgText(shortLabel(item.label), { x: x + SAMPLE_WIDTH_PX, y: y + 4, 'font-size': 12 });
    parts.push(svgEl('g', { class: 'legend-item' }, `${svgEl('title', {}, escapeHtml(item.label))}${sample}${label}`));
  });
  const rows = Math.ceil(items.length / perRow);
  return { svg: svgEl('g', { class: 'legend' }, parts.join('')), heightPx: rows * ROW_HEIGHT_PX };
}
