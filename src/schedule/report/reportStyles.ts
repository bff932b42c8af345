/**
 * The inline stylesheet of the schedule report page: readable widths, tables with right-aligned
 * numbers, the quantum/classical colours, and print-friendly figures. No external fonts or URLs.
 */
import { CHOICE_COLORS } from './reportPalette';

/** CSS text placed in the page's <style> element. */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #fafafa; color: #1b1b1b; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 28px 48px; background: #ffffff; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 10px; border-bottom: 1px solid #dddddd; padding-bottom: 4px; }
h3 { font-size: 16px; margin: 20px 0 8px; }
p.meta { color: #555555; margin: 0 0 12px; }
table { border-collapse: collapse; margin: 10px 0 16px; font-size: 13px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border: 1px solid #dddddd; padding: 3px 8px; vertical-align: top; text-align: left; }
thead th { background: #f2f2f2; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.chosen { font-weight: 700; }
td.choice-quantum { color: ${CHOICE_COLORS.quantum}; font-weight: 600; }
td.choice-classical { color: #9a6100; font-weight: 600; }
td.simulated { font-style: italic; }
span.choice-quantum, span.choice-classical { border-bottom: 3px solid; padding: 0 2px; }
div.note { font-size: 11px; color: #666666; white-space: normal; max-width: 220px; }
.table-scroll { overflow-x: auto; }
table.config td { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
ul.findings { list-style: none; padding-left: 0; }
li.finding { margin: 8px 0; }
li.finding .mark { display: inline-block; width: 1.4em; font-weight: 700; font-size: 17px; }
li.holds .mark { color: #1a7f37; }
li.fails .mark { color: #c62828; }
li.untested .mark { color: #777777; }
li.finding .verdict { color: #555555; font-size: 13px; }
li.finding .detail { margin-left: 1.9em; color: #333333; font-size: 13px; }
figure { margin: 18px 0 28px; }
figure svg { max-width: 100%; height: auto; border: 1px solid #eeeeee; }
figcaption { font-size: 13px; color: #444444; max-width: 760px; }
figcaption p { margin: 4px 0; }
footer { margin-top: 36px; font-size: 12px; color: #666666; }
@media print { body { background: #ffffff; } main { padding: 0; } figure { break-inside: avoid; } }
`;
