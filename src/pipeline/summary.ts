/**
 * The newcomer summary of a pipeline run: what was trained and scheduled, what was compiled and how
 * well the simulation agreed with the classical solve, and what the network's full Newton system
 * would cost. Plain text lines, deterministic for a given result apart from the measured wall time.
 */
import { formatChange, formatCount, formatDuration, formatFixed, formatNumber, formatScientific, formatTable } from '../format';
import type { CompiledBlock } from './compileBlock';
import type { ScheduleReport } from '../schedule/scheduler';
import { NetworkSolveEstimate } from '../schedule/estimate';

/** Inputs of {@link pipelineSummary}. */
export interface SummaryInput {
  readonly schedule: ScheduleReport;
  readonly compiled: CompiledBlock;
  readonly estimates: readonly NetworkSolveEstimate[];
  /** κ used for the network-size estimates (the median block κ of the last step). */
  readonly kappaAssumed: number;
}


function mark(h: boolean | null): string {
  return h === null ? '—' : h ? '✓' : '✗';
}

/** Summary lines (see the file comment). */
export function pipelineSummary(input: SummaryInput): string[] {
  const { schedule: s, compiled: c, estimates } = input;
  const cfg = s.config;
  const out: string[] = [];
  const decisions = s.decisions;
  const quantum = decisions.filter((d) => d.choice === 'quantum').length;
  const simulated = decisions.filter((d) => d.applied === 'simulated-circuit').length;
  const kAfter = decisions.map((d) => d.kappaAfter);
  const loss0 = s.lossHistory[0], loss1 = s.lossHistory[s.lossHistory.length - 1];
  out.push('1. Q-Newton training with scheduling');
  out.push(`   Trained ${String(cfg.model)} on MNIST for ${String(cfg.steps)} Newton steps (batch ${String(cfg.batchSize)}): mini-batch loss ${formatFixed(loss0, 4)} → ${formatFixed(loss1, 4)}.`);
  out.push(`   Every step, each layer block's Hessian was regularized (c = ${String(cfg.c)}), pruned to ≤ ${String(cfg.sparsity)} non-zeros per row, and its solve priced`);
  out.push(`   on ${String(cfg.hardware)} (${String(cfg.qec)}, ${String(cfg.costModel)} cost model) against a classical solver: ${quantum} of ${decisions.length} solves were cheaper on the quantum machine` +
    (simulated > 0 ? ` (${simulated} solved by simulating the circuit)` : '') + '.');
  if (kAfter.length > 0) out.push(`   κ after regularization ranged ${formatNumber(Math.min(...kAfter), 3)} … ${formatNumber(Math.max(...kAfter), 3)}.`);
  out.push(...formatTable(['strategy', 'projected', 'steps'], s.totals.map((t) => [
    t.strategy, formatDuration(t.projectedSeconds), t.steps === null ? 'did not reach the target loss (a lower bound)' : String(t.steps),
  ]), ['l', 'r', 'l'], '   '));
  out.push('   (every strategy pays every phase it needs under one FLOP model: gradients, Hessians or HVPs, pruning, κ, solves, line search;');
  out.push(`    ${s.accounting ? s.accounting.label : 'quantum accounting not recorded'})`);
  out.push('   The paper\'s findings on this run (✓ holds, ✗ does not, — not testable here):');
  for (const f of s.findings) out.push(`   ${mark(f.holds)} ${f.statement}`);
  out.push('');
  const r = c.solverReport;
  out.push(`2. One block compiled: ${c.name} (${c.n}×${c.n}), QSVT over a ${r.blockEncoding} block encoding, κ = ${formatNumber(r.kappa, 4)}, polynomial degree ${r.degree}`);
  out.push(...formatTable(['circuit', 'qubits', 'gates', 'CNOT', 'T', 'fidelity vs classical', 'success prob.'], [
    ['synthesized', String(c.synthesized.qubits), formatCount(c.synthesized.totalGates), formatCount(c.synthesized.cnotGates), formatCount(c.synthesized.tGates),
      formatFixed(c.synthesized.fidelity, 6), formatScientific(c.synthesized.successProbability, 4)],
    [`optimized (level ${c.optimizeReport.level})`, String(c.optimized.qubits), `${formatCount(c.optimized.totalGates)} (${formatChange(c.synthesized.totalGates, c.optimized.totalGates)})`,
      `${formatCount(c.optimized.cnotGates)} (${formatChange(c.synthesized.cnotGates, c.optimized.cnotGates)})`, `${formatCount(c.optimized.tGates)} (${formatChange(c.synthesized.tGates, c.optimized.tGates)})`,
      formatFixed(c.optimized.fidelity, 6), formatScientific(c.optimized.successProbability, 4)],
  ], ['l', 'r', 'r', 'r', 'r', 'r', 'r'], '   '));
  out.push('   (gates counted in the Nam basis {h, x, cx, rz}; fidelity = |⟨x_classical|x_circuit⟩|² after post-selecting the ancillas)');
  out.push('');
  out.push(`3. What the full Newton system of a network costs (N = parameters, d = ${estimates[0]?.problem.sparsity ?? ''}, κ = ${formatNumber(input.kappaAssumed, 3)} = median block κ of the last step (assumed), ε = ${estimates[0]?.problem.epsilon ?? ''})`);
  out.push(...formatTable(['parameters', 'logical qubits', 'T states', 'physical qubits', 'quantum solve', '+ read-out', 'classical solve', 'cheaper'],
    estimates.map((e) => [formatCount(e.problem.n), formatCount(e.logical.qubits), formatCount(e.physical ? e.physical.tStates : e.logical.t + 4 * e.logical.toffoli),
      e.physical ? formatCount(e.physical.physicalQubits) : 'n/a', formatDuration(e.runtime.solverSeconds), formatDuration(e.endToEnd.totalSeconds),
      formatDuration(e.classical.bestSeconds), `${e.verdict.cheaper} (end to end: ${e.verdict.cheaperEndToEnd})`]),
    ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'], '   '));
  out.push(`   hardware ${estimates[0]?.hardware.name ?? ''}; the quantum solve yields a solution STATE — reading x out needs ~N/ε² repetitions (the "+ read-out" column).`);
  return out;
}
