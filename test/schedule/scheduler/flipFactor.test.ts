import { getHardwareProfile, HardwareProfile } from '../../../src/cost';
import { makeSolvePricer } from '../../../src/schedule/price';
import type { QecChoice, CostModel } from '../../../src/schedule/price';
import { formatScientific } from '../../../src/format';
import { decisionFlipFactor, describeFlipFactor, formatDecisionTable, runQNewtonSchedule } from '../../../src/schedule/scheduler';

/** Every time field of a profile multiplied by `factor` (error rates unchanged). */
function scaledProfile(p: HardwareProfile, factor: number): HardwareProfile {
  return {
    ...p, name: `${p.name}x${factor}`,
    oneQubitGateTimeNs: p.oneQubitGateTimeNs * factor, twoQubitGateTimeNs: p.twoQubitGateTimeNs * factor,
    oneQubitMeasurementTimeNs: p.oneQubitMeasurementTimeNs * factor, resetTimeNs: p.resetTimeNs * factor, tGateTimeNs: p.tGateTimeNs * factor,
  };
}

describe('flip factor of a decision: scaling every quantum time by it flips the choice (re-priced, not assumed)', () => {
  const flopRatePerSecond = 1e10;
  const base = getHardwareProfile('qubit_gate_ns_e3');
  it.each<[QecChoice, CostModel, boolean, number, number, number]>([
    ['none', 'compiled', false, 64, 4, 30],
    ['surface_code', 'compiled', true, 256, 8, 100],
    ['none', 'query', false, 1024, 8, 50],
    ['none', 'query', true, 4096, 16, 10],
  ])('qec %s, cost model %s, read-out %s, N = %i, d = %i, κ = %i', (qec, costModel, endToEnd, n, sparsity, kappa) => {
    const shape = { n, sparsity, kappa, epsilon: 1e-2 };
    const priceAt = (factor: number): { q: number; c: number } => {
      const pr = makeSolvePricer({ solver: 'qsvt', profile: scaledProfile(base, factor), qec, costModel, endToEnd, flopRatePerSecond });
      return { q: pr.quantum(shape).totalSeconds, c: pr.classical(shape).seconds };
    };
    const at1 = priceAt(1);
    const f = decisionFlipFactor({ quantumSeconds: at1.q, classicalSeconds: at1.c })!;
    expect(f).toBeGreaterThan(0);
    const chosenAt = (factor: number): string => { const p = priceAt(factor); return p.q < p.c ? 'quantum' : 'classical'; };
    // just below f quantum wins, just above it classical wins: the decision flips at f (±0.1 %)
    expect(chosenAt(f * 0.999)).toBe('quantum');
    expect(chosenAt(f * 1.001)).toBe('classical');
    // and the quantum time is linear in the profile's times (the premise of the flip factor)
    expect(priceAt(f).q).toBeCloseTo(at1.c, -Math.floor(Math.log10(at1.c)) + 6);
  });

  it('undefined for non-finite or zero times; readings say which way', () => {
    expect(decisionFlipFactor({ quantumSeconds: Infinity, classicalSeconds: 1 })).toBeNull();
    expect(decisionFlipFactor({ quantumSeconds: 0, classicalSeconds: 1 })).toBeNull();
    expect(describeFlipFactor(null)).toBe('no finite flip');
    expect(describeFlipFactor(4)).toBe('flips if quantum 4× slower');
    expect(describeFlipFactor(1e-5)).toBe('flips if quantum 100000× faster');
    expect(describeFlipFactor(1e-7)).toBe('flips if quantum 1e7× faster');
    expect(describeFlipFactor(1 / 3)).toBe('flips if quantum 3× faster');
  });

  it('the schedule records it per decision (JSON) and shows it in the text table', () => {
    const pr = makeSolvePricer({ solver: 'qsvt', profile: base, qec: 'none', flopRatePerSecond, endToEnd: false });
    const report = runQNewtonSchedule({ sgdLearningRates: [0.3], adamLearningRates: [0.01], sgdMaxSteps: 5, hfMaxSteps: 1, testCount: 100,
      model: 'mlp:16-4-10:tanh', steps: 1, c: 0.5, flopRate: flopRatePerSecond, readout: false }, pr);
    expect(report.decisions.length).toBeGreaterThan(0);
    for (const d of report.decisions) {
      expect(d.flipFactor).toBe(d.classicalSeconds / d.quantumSeconds);
      expect(d.choice === 'quantum').toBe(d.flipFactor! > 1);
    }
    const table = formatDecisionTable(report.decisions);
    expect(table[0]).toMatch(/flip ×/);
    expect(table[2]).toContain(formatScientific(report.decisions[0].flipFactor!, 3)); // under the header and its rule
    expect(JSON.parse(JSON.stringify(report)).decisions[0].flipFactor).toBe(report.decisions[0].flipFactor);
  });
});
