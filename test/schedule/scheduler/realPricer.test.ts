import { getHardwareProfile } from '../../../src/cost';
import { makeSolvePricer } from '../../../src/schedule/price';
import { formatScheduleReport, runQNewtonSchedule } from '../../../src/schedule/scheduler';

describe('runQNewtonSchedule with the real pricer (integration)', () => {
  const flopRatePerSecond = 1e10;
  const ns = makeSolvePricer({ solver: 'qsvt', profile: getHardwareProfile('qubit_gate_ns_e3'), qec: 'none', flopRatePerSecond, endToEnd: true });
  const atto = makeSolvePricer({ solver: 'qsvt', profile: getHardwareProfile('attosecond'), qec: 'none', flopRatePerSecond, endToEnd: true });
  const quick = { sgdLearningRates: [0.3], adamLearningRates: [0.01], sgdMaxSteps: 20, hfMaxSteps: 3, testCount: 200 };
  const report = runQNewtonSchedule({ ...quick, model: 'mlp:16-4-10:tanh', steps: 2, c: 0.5, flopRate: flopRatePerSecond, attosecondPricer: atto }, ns);

  it('every decision carries the pricer\'s own prices for its logged shape, and takes the cheaper', () => {
    // A fresh pricer (no shared memo) re-prices the logged shape independently.
    const fresh = makeSolvePricer({ solver: 'qsvt', profile: getHardwareProfile('qubit_gate_ns_e3'), qec: 'none', flopRatePerSecond, endToEnd: true });
    for (const d of report.decisions) {
      const shape = { n: d.n, sparsity: d.sparsity, nonZeroCount: d.nonZeroCount, kappa: d.kappaAfter, epsilon: 1e-2, alpha: d.alpha };
      expect(d.quantumSeconds).toBe(fresh.quantum(shape).totalSeconds);
      expect(d.quantumQueries).toBe(fresh.quantum(shape).blockEncodingQueries);
      expect(d.classicalSeconds).toBe(fresh.classical(shape).seconds);
      expect(d.classicalMethod).toBe(fresh.classical(shape).method);
      expect(d.choice).toBe(d.quantumSeconds < d.classicalSeconds ? 'quantum' : 'classical');
      expect(d.attosecondQuantumSeconds).toBeLessThan(d.quantumSeconds);
      // Read-out is on: ⌈N/ε²⌉ shots, each a state preparation plus a solver run (× repetitions).
      const p = fresh.quantum(shape);
      const shots = Math.ceil(d.n / 1e-4);
      expect(p.readoutShotCount).toBe(shots);
      expect(d.quantumSeconds).toBeCloseTo(shots * (p.solverSeconds + p.repetitions * p.statePreparationSeconds!), 6);
    }
  });

  it('with read-out off the same pricer is charged the solver runs only (the paper\'s accounting)', () => {
    const paper = runQNewtonSchedule({ ...quick, model: 'mlp:16-4-10:tanh', steps: 1, c: 0.5, flopRate: flopRatePerSecond, readout: false }, ns);
    for (const d of paper.decisions) {
      const shape = { n: d.n, sparsity: d.sparsity, nonZeroCount: d.nonZeroCount, kappa: d.kappaAfter, epsilon: 1e-2, alpha: d.alpha };
      expect(d.quantumSeconds).toBe(ns.quantum(shape).solverSeconds);
    }
    expect(paper.accounting!.label).toMatch(/paper/);
  });

  it('the attosecond finding is computed from the attosecond prices, not asserted', () => {
    const f = report.findings.find((x) => x.id === 'attosecond-quantum-wins')!;
    const qn = report.decisions.reduce((s, d) => s + Math.min(d.attosecondQuantumSeconds!, d.attosecondClassicalSeconds!), 0);
    const cn = report.decisions.reduce((s, d) => s + d.attosecondClassicalSeconds!, 0);
    expect(f.holds).toBe(qn < cn);
  });
});

describe('the scheduler prices each block with the data-loading construction the pricer chose', () => {
  const flopRatePerSecond = 1e10;
  const quick = { sgdLearningRates: [0.3], adamLearningRates: [0.01], sgdMaxSteps: 20, hfMaxSteps: 3, testCount: 200 };
  const opts = { solver: 'qsvt' as const, profile: getHardwareProfile('qubit_gate_ns_e3'), qec: 'surface_code' as const, flopRatePerSecond, endToEnd: true };
  const auto = makeSolvePricer({ ...opts, dataLoading: 'auto' });
  const qrom = makeSolvePricer(opts);
  const report = runQNewtonSchedule({ ...quick, model: 'mlp:16-4-10:tanh', steps: 1, c: 0.5, flopRate: flopRatePerSecond }, auto);

  it('each decision names the construction and is never slower than the QROM price of the same shape', () => {
    for (const d of report.decisions) {
      const shape = { n: d.n, sparsity: d.sparsity, nonZeroCount: d.nonZeroCount, kappa: d.kappaAfter, epsilon: 1e-2, alpha: d.alpha };
      const p = auto.quantum(shape);
      expect(d.dataLoading).toEqual({ label: p.dataLoading!.label, reason: p.dataLoading!.reason });
      expect(d.quantumSeconds).toBe(p.totalSeconds);
      expect(p.solverSeconds).toBeLessThanOrEqual(qrom.quantum(shape).solverSeconds);
      expect(qrom.quantum(shape).dataLoading!.label).toBe('qrom');
    }
    const labels = new Set(report.decisions.map((d) => d.dataLoading!.label));
    const text = formatScheduleReport(report).join('\n');
    for (const l of labels) expect(text).toContain(`${l} × ${report.decisions.filter((d) => d.dataLoading!.label === l).length}`);
  });
});
