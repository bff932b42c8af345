import { estimatePhysicalFromCounts, getHardwareProfile, LogicalCounts, measuredGridsynthTCount, tStatesPerRotationBy } from '../../src/cost';
import { BudgetUnmetError, InvalidArgumentError } from '../../src/errors';

const COUNTS: LogicalCounts = {
  logicalQubitCount: 20, tCount: 1000, rotationCount: 100, rotationDepth: 10, cczCount: 0, ccixCount: 0, measurementCount: 0,
};
const PROFILE = getHardwareProfile('qubit_gate_ns_e3');

describe('surface-code estimate: T states per rotation from measured gridsynth', () => {
  it("'gridsynth' prices a rotation at the measured Ross–Selinger T-count (near 3·log₂(1/ε_rot)), not the RE formula", () => {
    const budget = 0.03; // split in thirds: ε_syn = 0.01, ε_rot = 1e-4
    const formula = estimatePhysicalFromCounts(COUNTS, PROFILE, { errorBudget: budget });
    const measured = estimatePhysicalFromCounts(COUNTS, PROFILE, { errorBudget: budget, rotationSynthesis: 'gridsynth' });
    expect(formula.tStatesPerRotationSource).toBe('azure-re-formula');
    expect(formula.tStatesPerRotation).toBe(Math.ceil(0.53 * Math.log2(100 / 0.01) + 5.3));
    expect(measured.tStatesPerRotationSource).toBe('gridsynth-measured');
    const curve = 3 * Math.log2(1 / 1e-4);
    expect(measured.tStatesPerRotation).toBeGreaterThan(curve - 6);
    expect(measured.tStatesPerRotation).toBeLessThanOrEqual(curve + 10);
    expect(measured.tStatesPerRotation).toBe(measuredGridsynthTCount(1e-4));
    expect(measured.tStateCount).toBe(COUNTS.tCount + 100 * measured.tStatesPerRotation);
  });

  it('a caller-measured T per rotation is used as given', () => {
    const r = estimatePhysicalFromCounts(COUNTS, PROFILE, { errorBudget: 0.03, rotationSynthesis: 31 });
    expect(r.tStatesPerRotation).toBe(31);
    expect(r.tStatesPerRotationSource).toBe('caller-measured');
    expect(r.tStateCount).toBe(1000 + 3100);
    expect(() => tStatesPerRotationBy(-1, 5, 0.1)).toThrow(InvalidArgumentError);
    expect(tStatesPerRotationBy('gridsynth', 0, 0.1)).toBeUndefined();
  });

  it('gridsynth below its double-precision limit is a typed error naming the limit', () => {
    const many: LogicalCounts = { ...COUNTS, rotationCount: 1e10, rotationDepth: 1e6 };
    expect(() => estimatePhysicalFromCounts(many, PROFILE, { errorBudget: 1e-3, rotationSynthesis: 'gridsynth' })).toThrow(BudgetUnmetError);
    expect(() => estimatePhysicalFromCounts(many, PROFILE, { errorBudget: 1e-3, rotationSynthesis: 'gridsynth' })).toThrow(/limit 1e-12/);
  });
});
