/**
 * Plain-text rendering of a {@link ScheduleReport} for terminals: the per-decision table (step,
 * block, N, κ before→after, d, α, quantum and classical seconds, choice), the loss trajectory,
 * the strategy totals and the findings. Pure: returns lines, prints nothing.
 */
import { formatDuration, formatFixed, formatPercent, formatScientific, formatTable } from '../../format';
import { decisionFlipFactor } from './flipFactor';
import type { PhaseName, ScheduleDecision, ScheduleReport, StrategyName, StrategyTotal } from './report';

/** Seconds, κ and factors in the tables: 3 significant digits, scientific. */
function sci(x: number): string {
  return formatScientific(x, 3);
}

function kappa(x: number | null): string {
  return x === null ? '∞' : sci(x);
}

/** '≈' before a field the decision reports as an estimate (ScheduleDecision.estimated, e.g. matrix-free d and α). */
export function estimateMark(d: ScheduleDecision, field: string): string {
  return d.estimated?.includes(field) ? '≈' : '';
}

/** Flip factor of a decision (flipFactor.ts), recomputed from its two times so old reports show it too. */
function flipText(d: ScheduleDecision): string {
  const f = decisionFlipFactor(d);
  return f === null ? '—' : sci(f);
}

function row(d: ScheduleDecision): string[] {
  const flags = [
    d.applied === 'simulated-circuit' ? `sim F=${formatFixed(d.simulationFidelity, 4)}` : '', d.hessianMode === 'matrix-free' ? 'matrix-free' : '', d.stepSize === 0 ? 'skipped' : '',
    d.solveConverged === false ? `CG not converged in ${d.solveIterations}, see note` : '',
  ].filter((s) => s).join(', ');
  const e = (f: string): string => estimateMark(d, f);
  return [
    String(d.step + 1), d.block, String(d.n), `${kappa(d.kappaBefore)}→${e('kappaAfter')}${sci(d.kappaAfter)}`, `${e('sparsity')}${d.sparsity}`, `${e('alpha')}${formatFixed(d.alpha, 2)}`,
    sci(d.quantumSeconds), sci(d.classicalSeconds), flipText(d), d.choice + (flags ? ` (${flags})` : ''),
    d.stepSize === undefined ? '' : String(d.stepSize), `${formatFixed(d.lossBefore, 4)}→${formatFixed(d.lossAfter, 4)}`,
  ];
}

/** The decision table as aligned text lines (header first). */
export function formatDecisionTable(decisions: readonly ScheduleDecision[]): string[] {
  const header = ['step', 'block', 'N', 'κ before→after', 'd', 'α', 'quantum s', 'classical s', 'flip ×', 'choice', 'η', 'batch loss'];
  // step and block left-aligned, the numbers right-aligned.
  return formatTable(header, decisions.map(row), header.map((_, i) => (i < 2 ? 'l' : 'r')), '');
}

/** The whole report as text lines: table, losses, totals, findings. */
export function formatScheduleReport(report: ScheduleReport): string[] {
  const lines = formatDecisionTable(report.decisions);
  const q = report.decisions.filter((d) => d.choice === 'quantum').length;
  lines.push('');
  lines.push(`${report.decisions.length} decisions: ${q} quantum, ${report.decisions.length - q} classical` +
    `; ${report.decisions.filter((d) => d.applied === 'simulated-circuit').length} solved by a simulated circuit` +
    `; ${report.decisions.filter((d) => d.stepSize === 0).length} updates skipped by the line search`);
  const free = report.decisions.filter((d) => d.hessianMode === 'matrix-free');
  if (free.length > 0) {
    lines.push(`${free.length} matrix-free decisions (Hessian never formed; step by CG on Hessian-vector products): ≈ marks estimates — d and α from ${free[0].matrixFree?.sampledRows ?? '?'} sampled Hessian rows, κ after of the regularized, unpruned operator`);
  }
  lines.push(`mini-batch loss per step: ${report.lossHistory.map((l) => formatFixed(l, 4)).join(' → ')}`);
  if (report.evalLossHistory) lines.push(`evaluation loss per step: ${report.evalLossHistory.map((l) => formatFixed(l, 4)).join(' → ')}`);
  lines.push(`target loss (final evaluation loss of the Newton run): ${formatFixed(report.targetLoss, 4)}`);
  if (report.testAccuracy !== undefined) lines.push(`held-out test accuracy of the Newton run: ${formatPercent(report.testAccuracy)} (${report.accounting?.testCount ?? '?'} MNIST digits not used for training)`);
  lines.push('');
  lines.push(...formatTotals(report));
  lines.push('');
  lines.push('findings:');
  for (const f of report.findings) {
    const verdict = f.holds === null ? 'not testable' : f.holds ? 'holds' : 'does not hold';
    lines.push(`  [${verdict}] ${f.id}: ${f.statement}`);
    lines.push(`      ${f.detail}`);
  }
  lines.push('');
  lines.push(`wall time ${formatDuration(report.wallSeconds)}`);
  return lines;
}

const PHASE_COLUMNS: readonly PhaseName[] = ['gradient', 'hessian', 'hvp', 'prune', 'kappa', 'classicalSolve', 'quantumSolve', 'lineSearch', 'update'];
const PHASE_HEADERS: Readonly<Record<PhaseName, string>> = {
  gradient: 'gradient', hessian: 'Hessian', hvp: 'HVPs', prune: 'prune', kappa: 'κ', classicalSolve: 'classical solve',
  quantumSolve: 'quantum solve', lineSearch: 'line search', update: 'update',
};

function phaseSeconds(t: StrategyTotal, p: PhaseName): string {
  const ph = t.phases?.find((x) => x.phase === p);
  return ph ? sci(ph.seconds) : '';
}

/**
 * The strategy totals as text: the accounting label, a table with steps to the target loss and to
 * the test accuracy, projected seconds split by phase, the solve-only seconds, measured seconds and
 * test accuracy; then the notes and the learning-rate sweeps.
 */
export function formatTotals(report: ScheduleReport): string[] {
  const lines: string[] = [];
  lines.push(`projected totals (every phase each strategy needs, at ${report.accounting ? sci(report.accounting.flopRate) : '?'} flop/s; quantum solves from the pricer):`);
  if (report.accounting) lines.push(`  accounting: ${report.accounting.label}`);
  const loading = new Map<string, number>();
  for (const d of report.decisions) if (d.dataLoading) loading.set(d.dataLoading.label, (loading.get(d.dataLoading.label) ?? 0) + 1);
  if (loading.size) {
    lines.push(`  data loading of the quantum prices (fastest per run within the qubit budget, per shape): ${[...loading].map(([l, c]) => `${l} × ${c}`).join(', ')}`);
  }
  const used = PHASE_COLUMNS.filter((p) => report.totals.some((t) => t.phases?.some((x) => x.phase === p)));
  const measured = report.measured?.strategies ?? {};
  const rows = report.totals.map((t) => [
    t.strategy, t.steps === null ? 'not reached' : String(t.steps),
    t.stepsToTestAccuracy === undefined ? '' : t.stepsToTestAccuracy === null ? 'not reached' : String(t.stepsToTestAccuracy),
    sci(t.projectedSeconds), ...used.map((p) => phaseSeconds(t, p)), t.solveSeconds === undefined ? '' : sci(t.solveSeconds),
    measured[t.strategy as StrategyName] === undefined ? '' : formatFixed(measured[t.strategy as StrategyName], 3),
    t.testAccuracy === undefined ? '' : formatPercent(t.testAccuracy),
  ]);
  lines.push(...formatTable(
    ['strategy', 'steps to loss', 'steps to test acc.', 'projected s', ...used.map((p) => `${PHASE_HEADERS[p]} s`), 'solves only s', 'measured s', 'test acc.'],
    rows, ['l', ...Array.from({ length: 4 + used.length + 2 }, () => 'r' as const)],
  ));
  for (const t of report.totals) if (t.note) lines.push(`  ${t.strategy}: ${t.note}`);
  for (const t of report.totals) {
    if (!t.sweep) continue;
    lines.push(`  ${t.strategy} learning-rate sweep (picked η = ${t.learningRate}): ` + t.sweep.map((x) =>
      `η = ${x.learningRate}: ${x.steps === null ? `not reached in ${x.stepsRun}` : `${x.steps} steps`}, final eval loss ${formatFixed(x.finalEvalLoss, 4)}`).join('; '));
  }
  if (report.measured) {
    lines.push(`  measured s: training compute as run on this machine (evaluation checks excluded); Q-Newton's quantum solves cannot run here and are left out of its measured time` +
      (report.measured.sweeps.sgd !== undefined ? `; whole sweeps: sgd ${formatDuration(report.measured.sweeps.sgd)}, adam ${formatDuration(report.measured.sweeps.adam ?? 0)}` : ''));
  }
  return lines;
}
