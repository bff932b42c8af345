/**
 * The outer `<svg>` element of a chart: explicit size and viewBox, an accessible name and
 * description (`<title>`/`<desc>` referenced by aria-labelledby), a white background, and a
 * common font. Inline SVG in HTML needs no xmlns, but it is set so a chart copied out of the page
 * is a valid standalone .svg file.
 */
import { escapeHtml } from './escapeHtml';
import { svgAttrs } from './svgElement';

/** What the outer element needs. `id` must be unique in the page (ASCII letters, digits, '-'). */
export interface SvgDocumentSpec {
  readonly id: string;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Accessible name (also a hover tooltip). */
  readonly title: string;
  /** Accessible long description: what is plotted, scales, units, clamping notes. */
  readonly description: string;
}

/** An SVG chart and the notes (plain text) that should be shown next to it. */
export interface ChartOutput {
  readonly svg: string;
  readonly notes: readonly string[];
}

/** `<svg …><title/><desc/><rect background/>{body}</svg>`. */
export function renderSvgDocument(spec: SvgDocumentSpec, body: string): string {
  const id = spec.id.replace(/[^A-Za-z0-9-]/g, '-');
  const open = `<svg${svgAttrs({
    xmlns: 'http://www.w3.org/2000/svg',
    id,
    class: 'chart',
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    width: spec.widthPx,
    height: spec.heightPx,
    viewBox: `0 0 ${Math.round(spec.widthPx)} ${Math.round(spec.heightPx)}`,
    'font-family': 'system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif',
  })}>`;
  return (
    open +
    `<title id="${id}-title">${escapeHtml(spec.title)}</title>` +
    `<desc id="${id}-desc">${escapeHtml(spec.description)}</desc>` +
    `<rect x="0" y="0" width="${Math.round(spec.widthPx)}" height="${Math.round(spec.heightPx)}" fill="#ffffff"/>` +
    body +
    '</svg>'
  );
}
