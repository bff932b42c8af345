/**
 * Re-price a finished schedule under another quantum pricer and read-out accounting, without
 * re-running the training: when no circuit was simulated (every update applied the classical
 * direction, simulateMaxN = 0), the trajectory, the Hessians, their shapes and every classical
 * phase do not depend on the quantum pricer; only each decision's quantum price, hence its
 * choice, the Q-Newton total and the findings that read them, do. So one run can be shown under
 * several hardware profiles / cost models / read-out settings (bench/claims.ts) at the price of
 * one. The baselines (Hessian-free Newton, SGD, Adam) are kept as they are: they never price a
 * quantum solve. A test checks the result equals a direct run with the new pricer.
 */
import { InvalidArgumentError } from '../../errors';
import type { SolvePricer, SolveShape } from '../price/types';
import { accountingLabel, quantumSolveAccount } from './decisionAccount';
import { checkAttosecondQuantumWins, checkHighKappaClassical, checkKappaFalls, checkLessTrainingTime } from './findings';
import { dataLoadingOfPrice } from './dataLoadingOfPrice';
import { decisionFlipFactor } from './flipFactor';
import type { ScheduleDecision, ScheduleReport, SolveChoice } from './report';
import { measuredNewtonSeconds, newtonTotals } from './strategyTotals';

/** The decision rule of one logged decision under `pricer` (classical price kept: it depends only on the FLOP rate). */
function repriceDecision(d: ScheduleDecision, epsilon: number, pricer: SolvePricer, readout: boolean, keepAttosecond: boolean): ScheduleDecision {
  const shape: SolveShape = { n: d.n, sparsity: d.sparsity, nonZeroCount: d.nonZeroCount, kappa: d.kappaAfter, epsilon, alpha: d.alpha };
  if (d.hessianMode !== 'matrix-free') {
    // The matrix-free path compares with CG on HVPs (its own account); the exact path with the pricer's classical solve.
    const c = pricer.classical(shape);
    if (c.seconds !== d.classicalSeconds) {
      throw new InvalidArgumentError(`step ${d.step}, block ${d.block}: the new pricer prices the classical solve at ${c.seconds} s, the run at ${d.classicalSeconds} s; re-pricing keeps the classical phases, so make the pricer with the run's FLOP rate`);
    }
  }
  const qp = pricer.quantum(shape);
  const quantum = quantumSolveAccount(qp, readout);
  const choice: SolveChoice = quantum.totalSeconds < d.classicalSeconds ? 'quantum' : 'classical';
  const { attosecondQuantumSeconds, attosecondClassicalSeconds, dataLoading, ...rest } = d;
  void dataLoading; // the new price's construction replaces it
  return {
    ...rest,
    quantumSeconds: quantum.totalSeconds,
    quantumQueries: qp.blockEncodingQueries, ...dataLoadingOfPrice(qp),
    flipFactor: decisionFlipFactor({ quantumSeconds: quantum.totalSeconds, classicalSeconds: d.classicalSeconds }),
    choice,
    ...(keepAttosecond && attosecondQuantumSeconds !== undefined ? { attosecondQuantumSeconds, attosecondClassicalSeconds } : {}),
    ...(d.account ? { account: { ...d.account, quantumSolve: quantum } } : {}),
  };
}

/**
 * `report` re-priced with `pricer` and `readout` (see the module comment). InvalidArgumentError
 * when a decision applied a simulated circuit (its update depended on the quantum choice), or when
 * the new pricer's classical prices differ from the run's (another FLOP rate). The attosecond
 * prices are kept only when the read-out setting is unchanged.
 */
export function repriceSchedule(report: ScheduleReport, pricer: SolvePricer, readout: boolean): ScheduleReport {
  if (report.decisions.some((d) => d.applied === 'simulated-circuit')) {
    throw new InvalidArgumentError('the run applied simulated circuits, so its trajectory depends on the quantum choices; re-run it with the new pricer instead of re-pricing');
  }
  const epsilon = Number(report.config.epsilon);
  const steps = Number(report.config.steps);
  if (!(epsilon > 0 && epsilon < 1) || !Number.isInteger(steps) || steps < 1) {
    throw new InvalidArgumentError(`the report's config lacks a valid epsilon and steps (got ${report.config.epsilon}, ${report.config.steps})`);
  }
  const keepAttosecond = (report.accounting?.readout ?? report.config.readout) === readout;
  const decisions = report.decisions.map((d) => repriceDecision(d, epsilon, pricer, readout, keepAttosecond));
  const newtonOld = new Map(report.totals.map((t) => [t.strategy, t]));
  const newton = newtonTotals(decisions, steps, readout).map((t) => {
    const old = newtonOld.get(t.strategy);
    return {
      ...t,
      ...(old?.stepsToTestAccuracy !== undefined ? { stepsToTestAccuracy: old.stepsToTestAccuracy } : {}),
      ...(old?.testAccuracy !== undefined ? { testAccuracy: old.testAccuracy } : {}),
      ...(old?.finalEvalLoss !== undefined ? { finalEvalLoss: old.finalEvalLoss } : {}),
    };
  });
  const totals = [...newton, ...report.totals.filter((t) => t.strategy !== 'q-newton' && t.strategy !== 'classical-newton')];
  const measured = report.measured && {
    ...report.measured,
    strategies: { ...report.measured.strategies, 'q-newton': measuredNewtonSeconds(report.measured.decisions, decisions, true, true) },
  };
  return {
    ...report,
    config: { ...report.config, readout },
    decisions,
    totals,
    findings: [checkKappaFalls(decisions, steps), checkHighKappaClassical(decisions), checkLessTrainingTime(totals, readout), checkAttosecondQuantumWins(decisions)],
    ...(report.accounting ? { accounting: { ...report.accounting, readout, label: accountingLabel(readout) } } : {}),
    ...(measured ? { measured } : {}),
  };
}
