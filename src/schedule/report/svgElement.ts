/**
 * Tiny string builders for SVG markup: one element with escaped attributes, and fixed pixel
 * formatting (2 decimals, trailing zeros dropped) so output is byte-stable and never contains NaN.
 */
import { escapeHtml } from './escapeHtml';

/** Attribute values: strings are escaped, numbers formatted with {@link formatPx}, undefined skipped. */
export type SvgAttrs = Readonly<Record<string, string | number | undefined>>;

/**
 * A pixel coordinate or length as text: rounded to 0.01 px. A non-finite number (a bug upstream;
 * scales clamp before this) becomes "0" so the SVG stays valid and never says "NaN".
 */
export function formatPx(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const text = String(Number(value.toFixed(2)));
  return text === '-0' ? '0' : text;
}

/** ` name="value"` pairs in the given (stable) order. */
export function svgAttrs(attrs: SvgAttrs): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? formatPx(value) : escapeHtml(value)}"`;
  }
  return out;
}

/**
 * `<tag attrs/>` when `content` is undefined, else `<tag attrs>content</tag>`. `content` is raw
 * markup: escape text with escapeHtml before passing it (or use {@link svgText}).
 */
export function svgEl(tag: string, attrs: SvgAttrs, content?: string): string {
  return content === undefined ? `<${tag}${svgAttrs(attrs)}/>` : `<${tag}${svgAttrs(attrs)}>${content}</${tag}>`;
}

/** A `<text>` element whose content is escaped plain text. */
export function svgText(text: string, attrs: SvgAttrs): string {
  return svgEl('text', attrs, escapeHtml(text));
}
