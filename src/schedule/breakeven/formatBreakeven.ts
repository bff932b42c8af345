/** Text report of `qnewton breakeven`: the gate-time table (a), the crossover-N table (b), the assumptions (c). */
import { formatDuration, formatNumber, formatScientific, formatTable } from '../../format';
import { CrossoverResult, MAX_SEARCH_N } from './crossoverSearch';
import type { BreakevenReport, GateTimeBreakevenRow } from './analyzeBreakeven';
import { LOADING_CHOICES, LoadingChoice } from './variants';

const LOADING_LABEL: Readonly<Record<LoadingChoice, string>> = { compiled_qrom: 'QROM (compiled)', query_qram: 'QRAM (query model)' };

/** Display name of a loading choice. */
export function loadingLabel(loading: LoadingChoice): string {
  return LOADING_LABEL[loading];
}

function nText(n: number): string {
  return Number.isInteger(Math.log10(n)) ? `10^${Math.log10(n)}` : formatScientific(n, 3);
}

/** One cell of the crossover table: "N ≥ 1.81e8", "all N ≥ 10", "never up to N = 10^15". */
export function formatCrossover(r: CrossoverResult): string {
  if (r.outcome === 'unpriced') return 'not priceable*';
  const until = r.losesAgainN === undefined ? '' : ` until ${formatScientific(r.losesAgainN, 3)}`;
  if (r.outcome === 'always') return `${until ? '' : 'all '}N ≥ ${nText(r.crossoverN!)}${until}`;
  if (r.outcome === 'from') return `N ≥ ${formatScientific(r.crossoverN!, 3)}${until}`;
  return `never up to N = ${nText(r.searchedUpToN)}${r.stoppedBy === undefined ? '' : '*'}`;
}

function gateCells(r: GateTimeBreakevenRow): string[] {
  return [`×${formatScientific(r.factor, 3)}`, formatDuration(r.twoQubitGateTimeNs / 1e9), r.logicalCycleTimeNs === undefined ? '—' : formatDuration(r.logicalCycleTimeNs / 1e9)];
}

/** The report as text lines. */
export function formatBreakeven(report: BreakevenReport): string[] {
  const p = report.problem, c = report.classical;
  const lines = [
    `Break-even of one Newton-system solve: N = ${formatScientific(p.n, 3)}, d = ${p.sparsity}, κ = ${formatNumber(p.kappa)}, ε = ${formatNumber(p.epsilon)}`,
    `classical: CG ${formatDuration(c.cgSeconds)}, Cholesky ${formatDuration(c.choleskySeconds)} at ${formatScientific(c.flopRatePerSecond, 3)} flop/s (${c.flopRateSource})`,
    '',
    `(a) gate-time factor on '${report.hardware.name}' (two-qubit gate ${formatDuration(report.hardware.twoQubitGateTimeNs / 1e9)}) at which quantum = classical;`,
    '    every operation time × factor; factor < 1 = the hardware must get that much faster',
  ];
  const rows = report.variants.map((v) => [
    v.variant.solver, loadingLabel(v.variant.loading), v.variant.readout ? 'yes' : 'no',
    ...(v.refused !== undefined ? ['refused†'] : [formatDuration(v.quantumSeconds!), ...gateCells(v.vsCg!), ...gateCells(v.vsCholesky!)]),
  ]);
  lines.push(...formatTable(['solver', 'data loading', 'read-out', 'quantum', '× vs CG', '2q gate', 'cycle', '× vs Cholesky', '2q gate', 'cycle'], rows,
    ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r']));
  const refusals = new Map<string, string>();
  for (const v of report.variants) if (v.refused !== undefined && !refusals.has(v.variant.solver)) refusals.set(v.variant.solver, v.refused);
  for (const [solver, why] of refusals) lines.push(`  † ${solver}: ${why}`);
  if (report.searchProfiles.length) {
    lines.push('', '(b) smallest N at which quantum beats the better of CG and Cholesky on today\'s profiles (same d, κ, ε)');
    const crossRows = report.variants.map((v) => [
      v.variant.solver, loadingLabel(v.variant.loading), v.variant.readout ? 'yes' : 'no',
      ...report.searchProfiles.map((name) => (v.refused !== undefined ? 'refused†' : formatCrossover(v.crossover[name]))),
    ]);
    lines.push(...formatTable(['solver', 'data loading', 'read-out', ...report.searchProfiles], crossRows, ['l', 'l', 'l', ...report.searchProfiles.map(() => 'r' as const)]));
    const stopped = report.variants.filter((v) => v.refused === undefined).flatMap((v) => report.searchProfiles.map((name) => [name, v.crossover[name]] as const)).filter(([, r]) => r.stoppedBy !== undefined);
    const seen = new Set<string>();
    for (const [name, r] of stopped) {
      if (seen.has(name)) continue;
      seen.add(name);
      lines.push(`  * ${name}: the pricer stops there, e.g. ${r.stoppedBy}`);
    }
    lines.push(`  N is searched up to min(${nText(MAX_SEARCH_N)}, the largest N·d the 52-bit oracle index allows); "until M": quantum loses again at grid point M`);
  }
  lines.push('', '(c) assumptions');
  for (const l of Object.keys(LOADING_CHOICES) as LoadingChoice[]) lines.push(`  ${loadingLabel(l)}: ${LOADING_CHOICES[l].assumption}`);
  return lines;
}
