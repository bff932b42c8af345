/**
 * HTML/XML escaping for text that comes from a schedule report (block names, notes, config
 * values). One function serves element text and double- or single-quoted attribute values, in
 * HTML and in inline SVG alike.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escape `&`, `<`, `>`, `"` and `'` so `text` is inert as element content or as a quoted attribute
 * value. Control characters other than tab/newline/CR are replaced by U+FFFD (XML 1.0 forbids
 * them inside SVG).
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
}
