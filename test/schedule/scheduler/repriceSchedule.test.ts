import { getHardwareProfile } from '../../../src/cost';
import { InvalidArgumentError } from '../../../src/errors';
import { makeSolvePricer } from '../../../src/schedule/price';
import { repriceSchedule, runQNewtonSchedule, ScheduleReport } from '../../../src/schedule/scheduler';

/** The report without its wall-clock parts (the only parts that differ between two runs). */
function deterministic(r: ScheduleReport): unknown {
  const { measured, wallSeconds, ...rest } = r;
  void wallSeconds;
  return { ...rest, strategies: Object.keys(measured?.strategies ?? {}) };
}

describe('repriceSchedule', () => {
  const flopRatePerSecond = 1e10;
  const ns = makeSolvePricer({ solver: 'qsvt', profile: getHardwareProfile('qubit_gate_ns_e3'), qec: 'surface_code', costModel: 'compiled', flopRatePerSecond, endToEnd: true });
  const atto = () => makeSolvePricer({ solver: 'qsvt', profile: getHardwareProfile('attosecond'), qec: 'none', costModel: 'query', flopRatePerSecond, endToEnd: true });
  const options = { sgdLearningRates: [0.3], adamLearningRates: [0.01], sgdMaxSteps: 20, hfMaxSteps: 3, testCount: 200, model: 'mlp:16-4-10:tanh', steps: 2, c: 0.5, flopRate: flopRatePerSecond };
  const base = runQNewtonSchedule(options, ns);

  it.each([true, false])('equals a direct run with the new pricer (read-out %s)', (readout) => {
    const direct = runQNewtonSchedule({ ...options, readout }, atto());
    const repriced = repriceSchedule(base, atto(), readout);
    expect(deterministic(repriced)).toEqual(deterministic(direct));
    // The re-pricing changed something (else the check above proves nothing).
    expect(repriced.decisions.map((d) => d.quantumSeconds)).not.toEqual(base.decisions.map((d) => d.quantumSeconds));
  });

  it('refuses a pricer with another FLOP rate (the classical phases would no longer match)', () => {
    const slow = makeSolvePricer({ solver: 'qsvt', profile: getHardwareProfile('attosecond'), qec: 'none', flopRatePerSecond: 1e9, endToEnd: true });
    expect(() => repriceSchedule(base, slow, true)).toThrow(InvalidArgumentError);
  });

  it('refuses a run whose updates applied simulated circuits', () => {
    const sim = { ...base, decisions: base.decisions.map((d, i) => (i === 0 ? { ...d, applied: 'simulated-circuit' as const } : d)) };
    expect(() => repriceSchedule(sim, atto(), true)).toThrow(/simulated circuits/);
  });
});
