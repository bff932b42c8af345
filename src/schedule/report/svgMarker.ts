/**
 * Point markers for charts and legends: a few shapes, so series differ by shape as well as colour
 * (readable in greyscale and for colour-blind readers).
 */
import { formatPx, svgEl } from './svgElement';

/** Marker shapes; 'triangleUp'/'triangleDown' also flag values clamped to the top/bottom edge. */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangleUp' | 'triangleDown';

/** How one marker looks. */
export interface MarkerStyle {
  readonly shape: MarkerShape;
  readonly color: string;
  /** Outline only (white fill) instead of filled. */
  readonly hollow?: boolean;
  /** Half-size in px (default 4). */
  readonly radiusPx?: number;
}

/**
 * SVG markup of one marker centred at (cx, cy) px. `content` (already-escaped markup, e.g. a
 * `<title>` tooltip) goes inside the element.
 */
export function renderMarker(style: MarkerStyle, cx: number, cy: number, content?: string): string {
  const r = style.radiusPx ?? 4;
  const paint = { fill: style.hollow ? '#ffffff' : style.color, stroke: style.color, 'stroke-width': 1.5 };
  switch (style.shape) {
    case 'circle':
      return svgEl('circle', { cx, cy, r, ...paint }, content);
    case 'square':
      return svgEl('rect', { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r, ...paint }, content);
    case 'diamond':
      return svgEl('polygon', { points: polygonPoints([[cx, cy - r * 1.3], [cx + r * 1.3, cy], [cx, cy + r * 1.3], [cx - r * 1.3, cy]]), ...paint }, content);
    case 'triangleUp':
      return svgEl('polygon', { points: polygonPoints([[cx, cy - r * 1.3], [cx + r * 1.2, cy + r], [cx - r * 1.2, cy + r]]), ...paint }, content);
    case 'triangleDown':
      return svgEl('polygon', { points: polygonPoints([[cx, cy + r * 1.3], [cx + r * 1.2, cy - r], [cx - r * 1.2, cy - r]]), ...paint }, content);
  }
}

/** "x1,y1 x2,y2 …" with fixed 2-decimal formatting. */
export function polygonPoints(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y]) => `${formatPx(x)},${formatPx(y)}`).join(' ');
}
