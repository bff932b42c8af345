/** Plain-text tables with aligned columns (two-space gutters, a dashed rule under the header). */

/** Column alignment: 'l' left, 'r' right. */
export type Align = 'l' | 'r';

/**
 * Lay out `rows` under `headers` as aligned text lines, each prefixed by `indent`. `align` gives
 * one alignment per column (default: first column left, the others right). Rows shorter than the
 * header are padded with empty cells.
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly Align[], indent = '  '): string[] {
  const cols = headers.length;
  const al: readonly Align[] = align ?? headers.map((_, i) => (i === 0 ? 'l' : 'r'));
  const cell = (r: readonly string[], i: number): string => r[i] ?? '';
  const widths = headers.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...cell(r, i)].length)));
  const pad = (s: string, i: number): string => {
    const fill = ' '.repeat(widths[i] - [...s].length);
    return al[i] === 'r' ? fill + s : s + fill;
  };
  const line = (r: readonly string[]): string => indent + Array.from({ length: cols }, (_, i) => pad(cell(r, i), i)).join('  ').trimEnd();
  return [line(headers), indent + widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}
