/**
 * The newcomer-facing summary of a schedule report as an HTML fragment: what was scheduled, how
 * many solves went quantum vs classical (overall and per block), projected totals per strategy,
 * the speed-up ratio, and the paper's findings checked on this run (✓ holds, ✗ does not, — not
 * testable). Findings: Li, Liu, Wang, Chen, "Q-Newton", arXiv:2405.00252.
 */
import type { FindingCheck, ScheduleDecision, ScheduleReport, StrategyTotal } from '../scheduler/report';
import { escapeHtml } from './escapeHtml';
import { HTML_NUMBERS } from '../../format';
import { blockOrder, stepOrder } from './decisionOrder';
import { CHOICE_COLORS, STRATEGY_LABELS } from './reportPalette';

const { formatCount, formatDuration, formatNumber, formatPercent, formatRatio } = HTML_NUMBERS;

/** How the solves of a run were split between the solvers. */
export interface ChoiceCounts {
  /** Number of decisions (linear solves). */
  readonly total: number;
  readonly quantum: number;
  readonly classical: number;
  /** Decisions whose applied direction came from a simulated circuit. */
  readonly simulated: number;
  /** Distinct steps and blocks. */
  readonly stepCount: number;
  readonly blockCount: number;
}

/** Count quantum/classical/simulated decisions. */
export function countChoices(decisions: readonly ScheduleDecision[]): ChoiceCounts {
  let quantum = 0;
  let simulated = 0;
  for (const d of decisions) {
    if (d.choice === 'quantum') quantum++;
    if (d.applied === 'simulated-circuit') simulated++;
  }
  return {
    total: decisions.length,
    quantum,
    classical: decisions.length - quantum,
    simulated,
    stepCount: stepOrder(decisions).length,
    blockCount: blockOrder(decisions).length,
  };
}

/**
 * Projected speed-up of `candidate` over `baseline`: baseline seconds ÷ candidate seconds
 * (> 1 = candidate faster). null when either strategy is missing or the ratio is undefined (0/0, ∞/∞).
 */
export function speedUpRatio(
  totals: readonly StrategyTotal[],
  baseline: StrategyTotal['strategy'],
  candidate: StrategyTotal['strategy'],
): number | null {
  const b = totals.find((t) => t.strategy === baseline);
  const c = totals.find((t) => t.strategy === candidate);
  if (!b || !c) return null;
  const r = b.projectedSeconds / c.projectedSeconds;
  return Number.isNaN(r) ? null : r;
}

/** "3.2 times faster" / "4.1 times slower" / "as fast as" for a speed-up ratio. */
function speedUpSentence(ratio: number | null, candidate: string, baseline: string): string {
  if (ratio === null) return `The speed-up of ${candidate} over ${baseline} is not defined on this run.`;
  if (ratio === Infinity) return `${candidate} is projected to take no time compared with ${baseline} (ratio ×∞).`;
  if (ratio === 0) return `${candidate} is projected to take unboundedly longer than ${baseline} (ratio 0).`;
  if (Math.abs(ratio - 1) < 5e-3) return `${candidate} and ${baseline} are projected to take the same time (${formatRatio(ratio)}).`;
  return ratio > 1
    ? `${candidate} is projected to be <strong>${formatNumber(ratio, 3)} times faster</strong> than ${baseline} (${formatRatio(ratio)}).`
    : `${candidate} is projected to be <strong>${formatNumber(1 / ratio, 3)} times slower</strong> than ${baseline} (${formatRatio(ratio)}).`;
}

/** Symbol, CSS class and accessible word for a finding's `holds`. */
function findingMark(holds: boolean | null): { symbol: string; cls: string; word: string } {
  if (holds === true) return { symbol: '✓', cls: 'holds', word: 'holds' };
  if (holds === false) return { symbol: '✗', cls: 'fails', word: 'does not hold' };
  return { symbol: '—', cls: 'untested', word: 'not testable on this run' };
}

/** The findings list (escaped statements and details). */
export function renderFindingsHtml(findings: readonly FindingCheck[]): string {
  if (findings.length === 0) return '<p>No findings were checked on this run.</p>';
  const items = findings.map((f) => {
    const m = findingMark(f.holds);
    return `<li class="finding ${m.cls}"><span class="mark" role="img" aria-label="${m.word}">${m.symbol}</span> ` +
      `<span class="statement">${escapeHtml(f.statement)}</span> <span class="verdict">(${m.word})</span>` +
      `<div class="detail">${escapeHtml(f.detail)}</div></li>`;
  });
  return `<ul class="findings">${items.join('')}</ul>`;
}

/** Cell text of an optional step count (null: not reached). */
function stepsCell(x: number | null | undefined): string {
  return x === undefined ? '' : x === null ? 'not reached' : formatCount(x);
}

/** Table of projected totals per strategy, with the accounting they were made under. */
function totalsTable(report: ScheduleReport): string {
  if (report.totals.length === 0) return '<p>No strategy totals were projected.</p>';
  const measured = report.measured?.strategies ?? {};
  const rows = report.totals.map((t) => {
    const m = measured[t.strategy];
    return `<tr><th scope="row">${escapeHtml(STRATEGY_LABELS[t.strategy] ?? t.strategy)}</th>` +
      `<td class="num">${t.steps === null ? 'not reached' : formatCount(t.steps)}</td>` +
      `<td class="num">${stepsCell(t.stepsToTestAccuracy)}</td>` +
      `<td class="num">${escapeHtml(formatDuration(t.projectedSeconds))}</td>` +
      `<td class="num">${escapeHtml(formatNumber(t.projectedSeconds))}</td>` +
      `<td class="num">${t.solveSeconds === undefined ? '' : escapeHtml(formatNumber(t.solveSeconds))}</td>` +
      `<td class="num">${m === undefined ? '' : escapeHtml(formatNumber(m))}</td>` +
      `<td class="num">${t.testAccuracy === undefined ? '' : escapeHtml(formatPercent(t.testAccuracy))}</td>` +
      `<td>${escapeHtml(t.note ?? '')}` +
      (t.phases && t.phases.length > 0 ? `<div class="phases">phases: ${t.phases.map((p) => `${escapeHtml(p.phase)} ${escapeHtml(formatDuration(p.seconds))}`).join(', ')}</div>` : '') +
      (t.sweep ? `<div class="sweep">learning-rate sweep: ${t.sweep.map((x) => `η = ${escapeHtml(formatNumber(x.learningRate))}: ${x.steps === null ? `not reached in ${formatCount(x.stepsRun)}` : `${formatCount(x.steps)} steps`}`).join('; ')}</div>` : '') +
      '</td></tr>';
  });
  const accounting = report.accounting
    ? `<p class="accounting"><strong>Accounting:</strong> ${escapeHtml(report.accounting.label)}. Classical phases at ${escapeHtml(formatNumber(report.accounting.flopRate))} flop/s under one FLOP model; ` +
      `test accuracy on ${formatCount(report.accounting.testCount)} held-out MNIST digits. Measured seconds: training compute as run on this machine (Q-Newton's quantum solves cannot run here and are left out).</p>`
    : '';
  return accounting + '<table class="totals"><caption>Projected totals per strategy (cost model, every phase each strategy needs) and measured time</caption>' +
    `<thead><tr><th scope="col">strategy</th><th scope="col">steps to reach loss ${escapeHtml(formatNumber(report.targetLoss))}</th>` +
    `<th scope="col">steps to reach test accuracy${report.testAccuracy === undefined ? '' : ` ${escapeHtml(formatPercent(report.testAccuracy))}`}</th>` +
    '<th scope="col">projected time</th><th scope="col">projected seconds (s)</th><th scope="col">solves only (s)</th>' +
    '<th scope="col">measured here (s)</th><th scope="col">test accuracy</th><th scope="col">note</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`;
}

/** Per-block split of choices and the first/last κ after regularization. */
function blockTable(decisions: readonly ScheduleDecision[]): string {
  const blocks = blockOrder(decisions);
  if (blocks.length === 0) return '';
  const rows = blocks.map((b) => {
    const ds = decisions.filter((d) => d.block === b);
    const q = ds.filter((d) => d.choice === 'quantum').length;
    return `<tr><th scope="row">${escapeHtml(b)}</th><td class="num">${formatCount(ds[0].n)}</td><td class="num">${formatCount(ds.length)}</td>` +
      `<td class="num">${formatCount(q)}</td><td class="num">${formatCount(ds.length - q)}</td>` +
      `<td class="num">${escapeHtml(formatNumber(ds[0].kappaAfter))} → ${escapeHtml(formatNumber(ds[ds.length - 1].kappaAfter))}</td></tr>`;
  });
  return '<table class="blocks"><caption>Solver choices per parameter block</caption>' +
    '<thead><tr><th scope="col">block</th><th scope="col">size N</th><th scope="col">solves</th><th scope="col">quantum</th>' +
    '<th scope="col">classical</th><th scope="col">κ after regularization, first → last step</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`;
}

/** The summary section (an HTML fragment, all report strings escaped). */
export function renderSummaryHtml(report: ScheduleReport): string {
  const c = countChoices(report.decisions);
  const parts: string[] = [];
  parts.push(
    '<p class="explain">Q-Newton trains a neural network with Newton steps: at every training step, for every parameter ' +
    'block, it solves a linear system <em>H·x = g</em> with that block\'s Hessian <em>H</em>. A quantum linear-system ' +
    'solver\'s cost grows with the condition number κ and the row sparsity d of the regularized, pruned Hessian ' +
    '(about d·κ·log(N·κ/ε) block-encoding queries) but only logarithmically with the block size N; a classical ' +
    'solver\'s cost grows with N (up to N³ for a dense factorization). For each solve the scheduler projects both costs with the configured hardware and ' +
    'error-correction model and picks the cheaper one. All times in the totals are <strong>projections</strong> ' +
    'from that cost model (every phase: gradients, Hessians or Hessian-vector products, pruning, κ, solves, line search); ' +
    'the measured column is the wall-clock time of the same computation on this machine.</p>',
  );
  if (c.total === 0) {
    parts.push('<p class="counts">No solves were scheduled in this run.</p>');
  } else {
    parts.push(
      `<p class="counts">This run made <strong>${formatCount(c.total)}</strong> linear solves ` +
      `(${formatCount(c.blockCount)} block(s) × ${formatCount(c.stepCount)} step(s)): ` +
      `<span class="choice-quantum" style="border-color:${CHOICE_COLORS.quantum}"><strong>${formatCount(c.quantum)}</strong> quantum</span> ` +
      `(${formatPercent(c.quantum / c.total)}) and ` +
      `<span class="choice-classical" style="border-color:${CHOICE_COLORS.classical}"><strong>${formatCount(c.classical)}</strong> classical</span> ` +
      `(${formatPercent(c.classical / c.total)}).` +
      (c.simulated > 0 ? ` In ${formatCount(c.simulated)} of them the applied direction was computed by simulating the circuit (tiny blocks only).` : '') +
      '</p>',
    );
  }
  parts.push(totalsTable(report));
  const names = (s: StrategyTotal['strategy']): string => escapeHtml(STRATEGY_LABELS[s]);
  const sentences: string[] = [];
  if (report.totals.some((t) => t.strategy === 'classical-newton') && report.totals.some((t) => t.strategy === 'q-newton')) {
    sentences.push(speedUpSentence(speedUpRatio(report.totals, 'classical-newton', 'q-newton'), names('q-newton'), names('classical-newton')));
  }
  for (const other of ['hessian-free-newton', 'sgd', 'adam'] as const) {
    if (report.totals.some((t) => t.strategy === other) && report.totals.some((t) => t.strategy === 'q-newton')) {
      sentences.push(speedUpSentence(speedUpRatio(report.totals, other, 'q-newton'), names('q-newton'), names(other)));
    }
  }
  const unreached = report.totals.filter((t) => t.steps === null);
  if (unreached.length > 0) {
    sentences.push(`Did not reach the target loss within its step cap (time shown covers the steps it ran): ${unreached.map((t) => names(t.strategy)).join(', ')}.`);
  }
  if (sentences.length > 0) parts.push(`<p class="speedup">${sentences.join(' ')}</p>`);
  parts.push(blockTable(report.decisions));
  parts.push('<h3>The paper\'s findings, checked on this run</h3>', renderFindingsHtml(report.findings));
  return parts.join('\n');
}
