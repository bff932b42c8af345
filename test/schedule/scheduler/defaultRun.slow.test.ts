import { getHardwareProfile } from '../../../src/cost';
import { makeSolvePricer } from '../../../src/schedule/price';
import { runQNewtonSchedule } from '../../../src/schedule/scheduler';

// The pipeline's default run: mlp:49-16-10:tanh (blocks 784, 16, 160, 10), 5 steps, surface code.
describe('default Q-Newton run (slow)', () => {
  const flopRatePerSecond = 1e10;
  const pricer = makeSolvePricer({ solver: 'qsvt', profile: getHardwareProfile('qubit_gate_ns_e3'), qec: 'surface_code', flopRatePerSecond, endToEnd: true });
  const atto = makeSolvePricer({ solver: 'qsvt', profile: getHardwareProfile('attosecond'), qec: 'surface_code', flopRatePerSecond, endToEnd: true });
  const report = runQNewtonSchedule({ model: 'mlp:49-16-10:tanh', steps: 5, simulateMaxN: 16, flopRate: flopRatePerSecond, attosecondPricer: atto }, pricer);

  it('lowers the evaluation loss, logs 20 decisions and checks every finding', () => {
    const ev = report.evalLossHistory as readonly number[];
    expect(ev[5]).toBeLessThan(ev[0] - 0.2);
    expect(report.decisions).toHaveLength(20);
    expect(report.findings).toHaveLength(4);
    for (const f of report.findings) expect(f.detail.length).toBeGreaterThan(20);
  });

  it('every simulated solve has fidelity > 0.99 and every decision takes the cheaper price', () => {
    for (const d of report.decisions) {
      expect(d.choice).toBe(d.quantumSeconds < d.classicalSeconds ? 'quantum' : 'classical');
      if (d.applied === 'simulated-circuit') expect(d.simulationFidelity).toBeGreaterThan(0.99);
    }
  });
});
