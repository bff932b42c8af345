/**
 * The four charts of the schedule report, built from a {@link ScheduleReport}: κ per block over
 * training (before/after regularization, log y), cumulative projected time per strategy (log y),
 * the quantum/classical decision timeline, and the loss curve. Q-Newton: Li, Liu, Wang, Chen,
 * arXiv:2405.00252 (κ falls as training proceeds; the quantum solver pays off for
 * well-conditioned, sparse blocks).
 */
import type { ScheduleReport } from '../scheduler/report';
import { blockOrder, stepOrder } from './decisionOrder';
import { HTML_NUMBERS } from '../../format';
import { LineSeries, renderLineChart } from './lineChart';
import { ChartOutput } from './svgDocument';
import { LegendItem } from './svgLegend';
import { CHOICE_COLORS, SERIES_COLORS, STRATEGY_COLORS, STRATEGY_LABELS } from './reportPalette';
import { renderTimelineChart, TimelineCell } from './timelineChart';

const { formatDuration, formatNumber } = HTML_NUMBERS;

/** The four charts, each with its notes. */
export interface ScheduleCharts {
  readonly kappa: ChartOutput;
  readonly cumulativeTime: ChartOutput;
  readonly timeline: ChartOutput;
  readonly loss: ChartOutput;
}

function colorOf(i: number): string {
  return SERIES_COLORS[i % SERIES_COLORS.length];
}

/** Chart (a): κ before (dashed, hollow squares) and after (solid, filled circles) regularization per block. */
export function renderKappaChart(report: ScheduleReport): ChartOutput {
  const blocks = blockOrder(report.decisions);
  const series: LineSeries[] = [];
  const legend: LegendItem[] = [];
  blocks.forEach((block, i) => {
    const ds = report.decisions.filter((d) => d.block === block);
    const color = colorOf(i);
    series.push({ name: `${block} κ after`, color, marker: 'circle', points: ds.map((d) => ({ x: d.step, y: d.kappaAfter })) });
    series.push({ name: `${block} κ before`, color, marker: 'square', hollowMarker: true, dashed: true, points: ds.map((d) => ({ x: d.step, y: d.kappaBefore })) });
    legend.push({ label: block, color, kind: 'swatch' });
  });
  const key: LegendItem[] = blocks.length === 0 ? [] : [
    { label: 'κ after regularization', color: '#555555', kind: 'line', marker: { shape: 'circle', color: '#555555' } },
    { label: 'κ before regularization', color: '#555555', kind: 'line', dashed: true, marker: { shape: 'square', color: '#555555', hollow: true } },
  ];
  return renderLineChart({
    id: 'chart-kappa',
    title: 'Condition number κ of each block Hessian over training',
    description:
      `κ of each parameter block's Hessian at each training step, before regularization (dashed) and after ` +
      `regularization and pruning (solid; this is what the solver sees). ${blocks.length} block(s).`,
    xLabel: 'training step',
    yLabel: 'condition number κ (dimensionless)',
    yScale: 'log',
    xInteger: true,
    series,
    seriesLegend: legend,
    extraLegend: key,
  });
}

/** Chart (b): cumulative projected seconds after each step, one line per strategy. */
export function renderCumulativeTimeChart(report: ScheduleReport): ChartOutput {
  const series: LineSeries[] = report.totals.map((t, i) => ({
    name: STRATEGY_LABELS[t.strategy] ?? t.strategy,
    color: STRATEGY_COLORS[t.strategy] ?? colorOf(i),
    marker: (['circle', 'square', 'diamond'] as const)[i % 3],
    points: t.cumulativeSeconds.map((s, k) => ({ x: k + 1, y: s })),
  }));
  return renderLineChart({
    id: 'chart-cumulative',
    title: 'Cumulative projected time per strategy',
    description:
      'Projected time spent in linear solves (Newton strategies) or gradient steps (SGD) summed over training ' +
      'steps, from the cost model, not measured.',
    xLabel: 'training step',
    yLabel: 'cumulative projected time (s)',
    yScale: 'log',
    xInteger: true,
    series,
  });
}

/** Chart (c): which solver each (step, block) used; ○ marks a simulated circuit. */
export function renderDecisionTimeline(report: ScheduleReport): ChartOutput {
  const blocks = blockOrder(report.decisions);
  const steps = stepOrder(report.decisions);
  const rowOf = new Map(blocks.map((b, i) => [b, i] as const));
  const colOf = new Map(steps.map((s, i) => [s, i] as const));
  const cells: TimelineCell[] = report.decisions.map((d) => ({
    column: colOf.get(d.step) as number,
    row: rowOf.get(d.block) as number,
    category: d.choice,
    flagged: d.applied === 'simulated-circuit',
    tooltip:
      `step ${d.step}, block ${d.block} (N = ${d.n}): ${d.choice}; projected ${formatDuration(d.quantumSeconds)} quantum ` +
      `vs ${formatDuration(d.classicalSeconds)} classical (${d.classicalMethod}); κ after = ${formatNumber(d.kappaAfter)}` +
      (d.applied === 'simulated-circuit'
        ? `; direction from a simulated circuit${d.simulationFidelity === undefined ? '' : `, fidelity ${formatNumber(d.simulationFidelity, 6)}`}`
        : ''),
  }));
  return renderTimelineChart({
    id: 'chart-timeline',
    title: 'Solver chosen for each block at each training step',
    description: 'Each cell is one linear solve: blue = projected cheaper on the quantum solver, orange = classical solver.',
    xLabel: 'training step',
    yLabel: 'parameter block',
    columns: steps,
    rows: blocks,
    cells,
    categories: [
      { key: 'quantum', label: 'quantum solver', color: CHOICE_COLORS.quantum },
      { key: 'classical', label: 'classical solver', color: CHOICE_COLORS.classical },
    ],
    flagLabel: 'simulated circuit applied',
  });
}

/** Chart (d): mini-batch loss at the start of each step (last point: after the final step), with the target loss. */
export function renderLossChart(report: ScheduleReport): ChartOutput {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of report.lossHistory) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  // A log axis only when the loss is positive and spans two or more decades.
  const yScale = lo <= hi && lo > 0 && hi / lo >= 100 ? 'log' : 'linear';
  return renderLineChart({
    id: 'chart-loss',
    title: 'Mini-batch loss over training',
    description: 'Mini-batch loss at the start of each training step; the last point is the loss after the final step. The dotted line is the target loss all strategies are compared at.',
    xLabel: 'training step',
    yLabel: 'mini-batch loss (dimensionless)',
    yScale,
    xInteger: true,
    series: [{ name: 'loss', color: '#0072b2', marker: 'circle', points: report.lossHistory.map((v, i) => ({ x: i, y: v })) }],
    referenceLines: Number.isFinite(report.targetLoss) ? [{ y: report.targetLoss, label: `target loss ${formatNumber(report.targetLoss)}` }] : [],
  });
}

/** All four charts of the report. */
export function renderScheduleCharts(report: ScheduleReport): ScheduleCharts {
  return {
    kappa: renderKappaChart(report),
    cumulativeTime: renderCumulativeTimeChart(report),
    timeline: renderDecisionTimeline(report),
    loss: renderLossChart(report),
  };
}
