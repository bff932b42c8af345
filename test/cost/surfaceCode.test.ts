import {
  SURFACE_CODE, algorithmicLogicalDepth, algorithmicLogicalQubits, getHardwareProfile, getQecScheme, logicalCycleTimeNs,
  logicalErrorRatePerCycle, minCodeDistance, physicalQubitsPerLogicalQubit, profileFromObject, splitErrorBudget,
  tStateCount, tStatesPerRotation,
} from '../../src/cost';
import { BudgetUnmetError, InvalidArgumentError, UnknownNameError } from '../../src/errors';

const e3 = getHardwareProfile('qubit_gate_ns_e3');
const e4 = getHardwareProfile('qubit_gate_ns_e4');

describe('surface code model', () => {
  // Azure RE reference report: "0.03 · (0.001/0.01)^((19+1)/2)" = 3.00e-12, cycle 7,600 ns, 722 qubits.
  it('reproduces the reference logical qubit at d = 19', () => {
    expect(logicalErrorRatePerCycle(SURFACE_CODE, e3, 19)).toBeCloseTo(3e-12, 20);
    expect(logicalCycleTimeNs(e3, 19)).toBe(7600);
    expect(physicalQubitsPerLogicalQubit(19)).toBe(722);
  });

  // Independent check: the RE's closed form d = ⌈2·ln(a/P)/ln(p*/p) − 1⌉ rounded up to odd
  // (Beverland et al., Eq. E2) against our smallest-odd-d search.
  it.each([[e3, 9.402880421971184e-12], [e3, 1e-6], [e3, 3.1e-7], [e4, 1e-15], [e4, 2.5e-9], [e3, 1e-3]])(
    'minimum distance matches the closed form (p=%#)', (profile, requiredRate) => {
      const p = Math.max(profile.twoQubitGateErrorRate, profile.oneQubitMeasurementErrorRate);
      const closed = Math.ceil((2 * Math.log(0.03 / requiredRate)) / Math.log(0.01 / p) - 1) | 1;
      expect(minCodeDistance(SURFACE_CODE, profile, requiredRate)).toBe(Math.max(1, closed));
    });

  it('reference required rate 9.40e-12 gives d = 19 (Azure RE report)', () => {
    expect(minCodeDistance(SURFACE_CODE, e3, 9.402880421971184e-12)).toBe(19);
  });

  it('throws BudgetUnmetError when no distance ≤ max suffices', () => {
    expect(() => minCodeDistance(SURFACE_CODE, e3, 1e-40)).toThrow(BudgetUnmetError);
    expect(() => minCodeDistance({ ...SURFACE_CODE, maxCodeDistance: 5 }, e3, 1e-9)).toThrow(BudgetUnmetError);
  });

  it('rejects hardware at or above threshold', () => {
    const bad = profileFromObject({ base: 'qubit_gate_ns_e3', twoQubitGateErrorRate: 0.02 });
    expect(() => logicalErrorRatePerCycle(SURFACE_CODE, bad, 5)).toThrow(InvalidArgumentError);
  });

  it('knows surface_code and rejects other names', () => {
    expect(getQecScheme('surface_code')).toBe(SURFACE_CODE);
    expect(() => getQecScheme('floquet_code')).toThrow(UnknownNameError);
  });
});

describe('layout, depth, T states and budget (Azure RE reference input)', () => {
  const counts = { logicalQubitCount: 100, tCount: 0, rotationCount: 112110, rotationDepth: 2001, cczCount: 0, ccixCount: 0, measurementCount: 0 };

  // Published values: 230 logical qubits after layout, 21 T states per rotation, depth 154,131,
  // 2,354,310 T states (microsoft/qsharp resource_estimator/src/system/test_report.json).
  it('reproduces the published breakdown', () => {
    const budget = splitErrorBudget(1e-3, counts);
    const tPerRot = tStatesPerRotation(counts.rotationCount, budget.rotations)!;
    expect(algorithmicLogicalQubits(100)).toBe(230);
    expect(tPerRot).toBe(21);
    expect(algorithmicLogicalDepth(counts, tPerRot)).toBe(154131);
    expect(tStateCount(counts, tPerRot)).toBe(2354310);
  });

  it.each([
    // counts                                           budget   logical    tStates    rotations
    [{ tCount: 0, rotationCount: 5, rotationDepth: 5, cczCount: 0 }, 3e-3, 1e-3, 1e-3, 1e-3],
    [{ tCount: 7, rotationCount: 0, rotationDepth: 0, cczCount: 0 }, 3e-3, 1.5e-3, 1.5e-3, 0],
    [{ tCount: 0, rotationCount: 0, rotationDepth: 0, cczCount: 2 }, 3e-3, 1.5e-3, 1.5e-3, 0],
    [{ tCount: 0, rotationCount: 0, rotationDepth: 0, cczCount: 0 }, 3e-3, 3e-3, 0, 0],
  ])('splits the budget like the RE: %j', (partial, total, logical, tStates, rotations) => {
    const c = { logicalQubitCount: 4, ccixCount: 0, measurementCount: 1, ...partial };
    const b = splitErrorBudget(total, c);
    expect(b.logical).toBeCloseTo(logical, 15);
    expect(b.tStates).toBeCloseTo(tStates, 15);
    expect(b.rotations).toBeCloseTo(rotations, 15);
  });

  it.each([0, 1, -0.1, 2, Number.NaN])('rejects total budget %p', (eps) => {
    expect(() => splitErrorBudget(eps, counts)).toThrow(InvalidArgumentError);
  });

  it('rejects explicit parts that leave rotations without budget', () => {
    expect(() => splitErrorBudget({ logical: 1e-3, tStates: 1e-3, rotations: 0 }, counts)).toThrow(InvalidArgumentError);
    expect(splitErrorBudget({ logical: 1e-3, tStates: 2e-3, rotations: 3e-3 }, counts).rotations).toBe(3e-3);
  });
});
