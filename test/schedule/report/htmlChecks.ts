/** Small structural checks on rendered HTML/SVG strings (a tag-balance checker, attribute readers). */

const VOID_ELEMENTS = new Set(['meta', 'br', 'hr', 'img', 'input', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr']);

/**
 * Every opening tag is closed in the right order (void elements and `<x/>` need no close); returns
 * the list of problems (empty = balanced). Good enough for markup whose text is fully escaped.
 */
export function tagBalanceProblems(markup: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  for (const m of markup.matchAll(re)) {
    const [, closing, rawName, rest] = m;
    const name = rawName.toLowerCase();
    if (closing) {
      const top = stack.pop();
      if (top !== name) problems.push(`</${name}> closes <${top ?? 'nothing'}> at ${m.index}`);
    } else if (!rest.trimEnd().endsWith('/') && !VOID_ELEMENTS.has(name)) {
      stack.push(name);
    }
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  return problems;
}

/** The `<svg …>…</svg>` blocks of a page. */
export function svgBlocks(html: string): string[] {
  return [...html.matchAll(/<svg[\s>][\s\S]*?<\/svg>/g)].map((m) => m[0]);
}

/** The one svg with the given id. */
export function svgById(html: string, id: string): string {
  const found = svgBlocks(html).filter((s) => s.includes(` id="${id}"`));
  if (found.length !== 1) throw new Error(`expected one svg with id ${id}, found ${found.length}`);
  return found[0];
}

/** Point counts of every `<polyline data-series="i" points="…">`, summed per series index. */
export function polylinePointCounts(svg: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (const m of svg.matchAll(/<polyline data-series="(\d+)" points="([^"]*)"/g)) {
    const i = Number(m[1]);
    const n = m[2].trim() === '' ? 0 : m[2].trim().split(/\s+/).length;
    counts.set(i, (counts.get(i) ?? 0) + n);
  }
  return counts;
}

/** Number of polylines of each series (runs between gaps). */
export function polylineRunCounts(svg: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (const m of svg.matchAll(/<polyline data-series="(\d+)"/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  return counts;
}

/** All numbers appearing in coordinate-like attributes. */
export function numericAttributeValues(svg: string): number[] {
  const out: number[] = [];
  for (const m of svg.matchAll(/ (?:x|y|x1|x2|y1|y2|cx|cy|r|width|height)="([^"]*)"/g)) out.push(Number(m[1]));
  for (const m of svg.matchAll(/ points="([^"]*)"/g)) for (const pair of m[1].trim().split(/\s+/)) for (const v of pair.split(',')) out.push(Number(v));
  return out;
}
