import { escapeHtml } from './escapeHtml';
import { REPORT_CSS } from './reportStyles';

/**
 * A self-contained HTML page (one shared shell for every report page: doctype, UTF-8, viewport,
 * title, the report stylesheet inlined) around `bodyLines`, which go inside `<main>` as given
 * (already escaped HTML). Ends with a newline.
 */
export function renderHtmlPage(title: string, bodyLines: readonly string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...bodyLines,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
