/**
 * The full decisions table of a schedule report as an HTML fragment: one row per (step, block)
 * solve with κ before/after, sparsity, α, projected quantum and classical seconds, the choice and
 * how the applied direction was computed. Every report string is escaped.
 */
import { estimateMark } from '../scheduler/formatSchedule';
import { decisionFlipFactor, describeFlipFactor } from '../scheduler/flipFactor';
import type { ScheduleDecision } from '../scheduler/report';
import { escapeHtml } from './escapeHtml';
import { HTML_NUMBERS } from '../../format';

const { formatCount, formatDuration, formatNumber } = HTML_NUMBERS;

const HEADERS: readonly string[] = [
  'step', 'block', 'N', 'κ before', 'κ after', 'd (nnz/row)', 'nnz', 'α', 'queries',
  'quantum time', 'classical time', 'flip factor (quantum time ×)', 'choice', 'applied', 'loss before → after',
];

/** The flip factor (classical / quantum seconds, flipFactor.ts) and its reading. */
function flipCell(d: ScheduleDecision): string {
  const f = decisionFlipFactor(d);
  if (f === null) return `<td class="num">${escapeHtml(describeFlipFactor(f))}</td>`;
  return `<td class="num">×${escapeHtml(formatNumber(f))}<div class="note">${escapeHtml(describeFlipFactor(f))}</div></td>`;
}

/** One table row. */
function decisionRow(d: ScheduleDecision): string {
  const kappaBefore = d.kappaBefore === null ? 'not defined' : formatNumber(d.kappaBefore);
  const note = d.kappaNote ? `<div class="note">${escapeHtml(d.kappaNote)}</div>` : '';
  const applied = d.applied === 'simulated-circuit'
    ? `simulated circuit${d.simulationFidelity === undefined ? '' : ` (fidelity ${escapeHtml(formatNumber(d.simulationFidelity, 6))})`}`
    : d.solveMethod === 'hvp-cg' ? 'CG on Hessian-vector products (matrix-free; ≈ = estimated)' : 'classical solve';
  const e = (f: string): string => escapeHtml(estimateMark(d, f));
  const cells = [
    `<td class="num">${formatCount(d.step)}</td>`,
    `<th scope="row">${escapeHtml(d.block)}</th>`,
    `<td class="num">${formatCount(d.n)}</td>`,
    `<td class="num">${escapeHtml(kappaBefore)}${note}</td>`,
    `<td class="num">${e('kappaAfter')}${escapeHtml(formatNumber(d.kappaAfter))}</td>`,
    `<td class="num">${e('sparsity')}${formatCount(d.sparsity)}</td>`,
    `<td class="num">${e('nonZeroCount')}${formatCount(d.nonZeroCount)}</td>`,
    `<td class="num">${e('alpha')}${escapeHtml(formatNumber(d.alpha))}</td>`,
    `<td class="num">${escapeHtml(formatNumber(d.quantumQueries))}</td>`,
    `<td class="num${d.choice === 'quantum' ? ' chosen' : ''}">${escapeHtml(formatDuration(d.quantumSeconds))}</td>`,
    `<td class="num${d.choice === 'classical' ? ' chosen' : ''}">${escapeHtml(formatDuration(d.classicalSeconds))} (${escapeHtml(d.classicalMethod)})</td>`,
    flipCell(d),
    `<td class="choice-${d.choice === 'quantum' ? 'quantum' : 'classical'}">${escapeHtml(d.choice)}</td>`,
    `<td${d.applied === 'simulated-circuit' ? ' class="simulated"' : ''}>${applied}</td>`,
    `<td class="num">${escapeHtml(formatNumber(d.lossBefore, 6))} → ${escapeHtml(formatNumber(d.lossAfter, 6))}</td>`,
  ];
  return `<tr>${cells.join('')}</tr>`;
}

/** The decisions table; a short paragraph instead when there are no decisions. */
export function renderDecisionsTable(decisions: readonly ScheduleDecision[]): string {
  if (decisions.length === 0) return '<p>No decisions were recorded in this run.</p>';
  return '<div class="table-scroll"><table class="decisions"><caption>Every scheduling decision (projected times; the time of the chosen solver is bold)</caption>' +
    `<thead><tr>${HEADERS.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>` +
    `<tbody>${decisions.map(decisionRow).join('\n')}</tbody></table></div>`;
}
