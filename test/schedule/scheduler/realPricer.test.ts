import { getHardwareProfile } from '../../../src/cost';
import { makeSolvePricer } from '../../../src/schedule/price';
import { runQNewtonSchedule } from '../../../src/schedule/scheduler';

describe('runQNewtonSchedule with the real pricer (integration)', () => {
  const flopRatePerSecond = 1e10;
  const ns = makeSolvePricer({ solver: 'qsvt', profile: getHardwareProfile('qubit_gate_ns_e3'), qec: 'none', flopRatePerSecond });
  const atto = makeSolvePricer({ solver: 'qsvt', profile: getHardwareProfile('attosecond'), qec: 'none', flopRatePerSecond });
  const report = runQNewtonSchedule({ model: 'mlp:16-4-10:tanh', steps: 2, c: 0.5, flopRate: flopRatePerSecond, attosecondPricer: atto }, ns);

  it('every decision carries the pricer\'s own prices for its logged shape, and takes the cheaper', () => {
    // A fresh pricer (no shared memo) re-prices the logged shape independently.
    const fresh = makeSolvePricer({ solver: 'qsvt', profile: getHardwareProfile('qubit_gate_ns_e3'), qec: 'none', flopRatePerSecond });
    for (const d of report.decisions) {
      const shape = { n: d.n, sparsity: d.sparsity, nonZeroCount: d.nonZeroCount, kappa: d.kappaAfter, epsilon: 1e-2, alpha: d.alpha };
      expect(d.quantumSeconds).toBe(fresh.quantum(shape).totalSeconds);
      expect(d.quantumQueries).toBe(fresh.quantum(shape).blockEncodingQueries);
      expect(d.classicalSeconds).toBe(fresh.classical(shape).seconds);
      expect(d.classicalMethod).toBe(fresh.classical(shape).method);
      expect(d.choice).toBe(d.quantumSeconds < d.classicalSeconds ? 'quantum' : 'classical');
      expect(d.attosecondQuantumSeconds).toBeLessThan(d.quantumSeconds);
    }
  });

  it('the attosecond finding is computed from the attosecond prices, not asserted', () => {
    const f = report.findings.find((x) => x.id === 'attosecond-quantum-wins')!;
    const qn = report.decisions.reduce((s, d) => s + Math.min(d.attosecondQuantumSeconds!, d.attosecondClassicalSeconds!), 0);
    const cn = report.decisions.reduce((s, d) => s + d.attosecondClassicalSeconds!, 0);
    expect(f.holds).toBe(qn < cn);
  });
});
