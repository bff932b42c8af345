/**
 * `renderScheduleHtml(report)`: the whole schedule report as one self-contained HTML5 page (inline
 * CSS and SVG, no scripts, no external URLs; works offline). Deterministic: the same report gives
 * byte-identical HTML (no dates, fixed number formatting, stable ordering). Q-Newton: Li, Liu, Wang,
 * Chen, arXiv:2405.00252.
 */
import { InvalidArgumentError } from '../../errors';
import type { ScheduleReport } from '../scheduler/report';
import { renderDecisionsTable } from './decisionsTable';
import { escapeHtml } from './escapeHtml';
import { HTML_NUMBERS } from '../../format';
import { renderHtmlPage } from './htmlPage';
import { renderScheduleCharts } from './scheduleCharts';
import { renderSummaryHtml } from './scheduleSummary';
import { ChartOutput } from './svgDocument';

const { formatDuration, formatNumber } = HTML_NUMBERS;

/** Title of the page. */
export const REPORT_TITLE = 'Q-Newton schedule report';

/** A config value as text: integers in full, other numbers with 6 significant digits. */
export function formatConfigValue(value: string | number | boolean): string {
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 1e15 ? String(value) : formatNumber(value, 6);
  return String(value);
}

/** The configuration table (keys in the report's order). */
function configTable(config: ScheduleReport['config']): string {
  const entries = Object.entries(config);
  if (entries.length === 0) return '<p>No configuration was recorded.</p>';
  const rows = entries.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(formatConfigValue(v))}</td></tr>`);
  return `<table class="config"><thead><tr><th scope="col">setting</th><th scope="col">value</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** One chart in a <figure> with a heading and its notes as the caption. */
function figure(heading: string, explanation: string, chart: ChartOutput): string {
  const notes = chart.notes.map((n) => `<p class="chart-note">${escapeHtml(n)}</p>`).join('');
  return `<figure><h3>${escapeHtml(heading)}</h3>\n${chart.svg}\n<figcaption><p>${escapeHtml(explanation)}</p>${notes}</figcaption></figure>`;
}

/** Throw a clear error when `report` is not shaped like a version-1 {@link ScheduleReport}. */
function checkReport(report: ScheduleReport): void {
  const r = report as unknown as Record<string, unknown> | null;
  if (r === null || typeof r !== 'object') throw new InvalidArgumentError('schedule report must be an object (the JSON that `qnewton train --json` or `qnewton run` writes)');
  if (r.version !== 1) throw new InvalidArgumentError(`schedule report has version ${String(r.version)}; this renderer reads version 1`, { version: r.version });
  for (const key of ['decisions', 'totals', 'findings', 'lossHistory'] as const) {
    if (!Array.isArray(r[key])) throw new InvalidArgumentError(`schedule report field '${key}' must be an array`, { field: key });
  }
  if (r.config === null || typeof r.config !== 'object') throw new InvalidArgumentError("schedule report field 'config' must be an object", { field: 'config' });
}

/**
 * Render a {@link ScheduleReport} as a self-contained HTML page: title and configuration, a
 * summary for newcomers (solver split, projected totals per strategy, speed-up, findings ✓/✗/—),
 * four inline-SVG charts (κ over training, cumulative projected time, decision timeline, loss),
 * and the full decisions table. All report strings are HTML-escaped.
 * @throws InvalidArgumentError when the report is not a version-1 report.
 */
export function renderScheduleHtml(report: ScheduleReport): string {
  checkReport(report);
  const charts = renderScheduleCharts(report);
  const wall = Number.isFinite(report.wallSeconds) ? `This run took ${escapeHtml(formatDuration(report.wallSeconds))} of wall-clock time (measured). ` : '';
  const body = [
    `<h1>${escapeHtml(REPORT_TITLE)}</h1>`,
    `<p class="meta">${wall}Target loss for comparing strategies: ${escapeHtml(formatNumber(report.targetLoss))}. Report format version 1.</p>`,
    '<section id="config"><h2>Configuration</h2>',
    configTable(report.config),
    '</section>',
    '<section id="summary"><h2>Summary</h2>',
    renderSummaryHtml(report),
    '</section>',
    '<section id="charts"><h2>Charts</h2>',
    figure('(a) Condition number κ over training', 'Log scale. Regularization (adding c·max|H|·I) lowers κ; the quantum solver\'s cost grows with κ, so falling κ favours it.', charts.kappa),
    figure('(b) Cumulative projected time per strategy', 'Log scale, seconds. Each line adds up the projected time of every step so far; lower is better.', charts.cumulativeTime),
    figure('(c) Decision timeline', 'One cell per linear solve: which solver the scheduler picked for each block at each step. Hover a cell for the projected times.', charts.timeline),
    figure('(d) Loss over training', 'Mini-batch loss as training proceeds, with the target loss the strategies are compared at.', charts.loss),
    '</section>',
    '<section id="decisions"><h2>All decisions</h2>',
    renderDecisionsTable(report.decisions),
    '</section>',
    '<footer>Generated by qnewton. Method: Li, Liu, Wang, Chen, "Q-Newton: hybrid quantum-classical scheduling for accelerating neural network training with Newton\'s gradient descent", arXiv:2405.00252.</footer>',
  ];
  return renderHtmlPage(REPORT_TITLE, body);
}
