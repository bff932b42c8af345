import { estimatePhysicalFromCounts, getHardwareProfile, LogicalCounts } from '../../src/cost';
import { BudgetUnmetError, InvalidArgumentError, UnknownNameError } from '../../src/errors';

/**
 * The Azure Quantum Resource Estimator's reference report for its standard test input
 * (100 logical qubits, 112,110 rotations, rotation depth 2,001; qubit_gate_ns_e3; surface_code;
 * error budget 1e-3). Source: microsoft/qsharp, resource_estimator/src/system/test_report.json
 * (fields logicalQubit, physicalCounts, physicalCounts.breakdown, physicalCountsFormatted).
 */
const REFERENCE = {
  codeDistance: 19,
  logicalCycleTimeNs: 7600,
  logicalErrorRate: 3.000000000000003e-12,
  physicalQubitsPerLogicalQubit: 722,
  algorithmicLogicalDepth: 154131,
  algorithmicLogicalQubits: 230,
  clockFrequency: 131578.94736842104,
  logicalDepth: 154131,
  numTfactories: 242,
  numTfactoryRuns: 9729,
  numTsPerRotation: 21,
  numTstates: 2354310,
  physicalQubitsForAlgorithm: 166060,
  physicalQubitsForTfactories: 8063440,
  requiredLogicalQubitErrorRate: 9.402880421971184e-12,
  requiredLogicalTstateErrorRate: 1.4158430000014154e-10,
  physicalQubits: 8229500,
  rqops: 30263158,
  runtime: 1171395600,
  // T factory (physicalCountsFormatted): 33.32k qubits, 120 µs, 255 input T states, 1 output,
  // rounds "15-to-1 space efficient, 15-to-1 RM prep", units "17, 1", distances "7, 19",
  // qubits per round "33.32k, 22.38k", runtime per round "36 µs, 84 µs", output error 2.16e-11.
  tfactoryPhysicalQubits: 33320,
  tfactoryRuntimeNs: 120000,
  numInputTstates: 255,
};

const REFERENCE_COUNTS: LogicalCounts = {
  logicalQubitCount: 100, tCount: 0, rotationCount: 112110, rotationDepth: 2001, cczCount: 0, ccixCount: 0, measurementCount: 0,
};

describe('Azure RE reference report (qubit_gate_ns_e3, surface code, budget 1e-3)', () => {
  const r = estimatePhysicalFromCounts(REFERENCE_COUNTS, getHardwareProfile('qubit_gate_ns_e3'),
    { scheme: 'surface_code', errorBudget: 1e-3 });

  it.each([
    ['codeDistance', r.codeDistance, REFERENCE.codeDistance],
    ['logicalCycleTime', r.logicalCycleTimeNs, REFERENCE.logicalCycleTimeNs],
    ['physicalQubitsPerLogicalQubit', r.physicalQubitsPerLogicalQubit, REFERENCE.physicalQubitsPerLogicalQubit],
    ['algorithmicLogicalQubits', r.algorithmicLogicalQubitCount, REFERENCE.algorithmicLogicalQubits],
    ['algorithmicLogicalDepth', r.algorithmicLogicalDepth, REFERENCE.algorithmicLogicalDepth],
    ['logicalDepth', r.logicalCycleCount, REFERENCE.logicalDepth],
    ['numTsPerRotation', r.tStatesPerRotation, REFERENCE.numTsPerRotation],
    ['numTstates', r.tStateCount, REFERENCE.numTstates],
    ['numTfactories', r.factoryCopyCount, REFERENCE.numTfactories],
    ['numTfactoryRuns', r.factoryRunCount, REFERENCE.numTfactoryRuns],
    ['physicalQubitsForAlgorithm', r.physicalQubitsForAlgorithm, REFERENCE.physicalQubitsForAlgorithm],
    ['physicalQubitsForTfactories', r.physicalQubitsForFactories, REFERENCE.physicalQubitsForTfactories],
    ['physicalQubits', r.physicalQubitCount, REFERENCE.physicalQubits],
    ['runtime', r.runtimeNs, REFERENCE.runtime],
    ['rqops', r.rqops, REFERENCE.rqops],
    ['tfactory physical qubits', r.factory?.physicalQubitCount, REFERENCE.tfactoryPhysicalQubits],
    ['tfactory runtime', r.factory?.durationNs, REFERENCE.tfactoryRuntimeNs],
    ['tfactory input T states', r.factory?.inputTStateCount, REFERENCE.numInputTstates],
  ])('%s is exactly the published value', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it.each([
    ['logicalErrorRate', r.logicalErrorRatePerCycle, REFERENCE.logicalErrorRate],
    ['clockFrequency', r.clockFrequencyHz, REFERENCE.clockFrequency],
    ['requiredLogicalQubitErrorRate', r.requiredLogicalQubitErrorRate, REFERENCE.requiredLogicalQubitErrorRate],
    ['requiredLogicalTstateErrorRate', r.requiredTStateErrorRate!, REFERENCE.requiredLogicalTstateErrorRate],
    ['tstateLogicalErrorRate (2.16e-11)', Number(r.factory!.outputErrorRate.toPrecision(3)), 2.16e-11],
  ])('%s agrees with the published value to 1e-9 relative', (_name, actual, expected) => {
    expect(Math.abs(actual - expected) / expected).toBeLessThan(1e-9);
  });

  it('T factory rounds match the published breakdown', () => {
    expect(r.factory!.rounds.map((x) => [x.unitName, x.unitCount, x.codeDistance, x.physicalQubitCount, x.durationNs])).toEqual([
      ['15-to-1 space efficient', 17, 7, 33320, 36400],
      ['15-to-1 RM prep', 1, 19, 22382, 83600],
    ]);
    expect(r.factory!.outputTStateCount).toBe(1);
  });
});

describe('physical estimate edge cases', () => {
  const e3 = getHardwareProfile('qubit_gate_ns_e3');
  const clifford: LogicalCounts = { logicalQubitCount: 10, tCount: 0, rotationCount: 0, rotationDepth: 0, cczCount: 0, ccixCount: 0, measurementCount: 1000 };

  it('a Clifford+measurement algorithm needs no factory and gets the whole budget for logical errors', () => {
    const r = estimatePhysicalFromCounts(clifford, e3, { errorBudget: 1e-2 });
    expect([r.factory, r.factoryCopyCount, r.physicalQubitsForFactories, r.tStateCount]).toEqual([null, 0, 0, 0]);
    expect(r.errorBudget.logical).toBe(1e-2);
    // Independent check of the distance: P_L(d) ≤ 1e-2/(Q_alg·C) and P_L(d−2) above it.
    const qAlg = 2 * 10 + Math.ceil(Math.sqrt(80)) + 1;
    const required = 1e-2 / (qAlg * 1000);
    const pl = (d: number) => 0.03 * 0.1 ** ((d + 1) / 2);
    expect(pl(r.codeDistance)).toBeLessThanOrEqual(required);
    expect(pl(r.codeDistance - 2)).toBeGreaterThan(required);
    expect(r.runtimeNs).toBe(1000 * r.logicalCycleTimeNs);
  });

  it('a tiny algorithm is stretched to one factory run', () => {
    const r = estimatePhysicalFromCounts({ ...clifford, tCount: 1, measurementCount: 0 }, e3, { errorBudget: 1e-3 });
    expect(r.logicalCycleCount).toBeGreaterThan(r.algorithmicLogicalDepth);
    expect(r.runtimeNs).toBeGreaterThanOrEqual(r.factory!.durationNs);
    expect(r.factoryCopyCount).toBe(1);
  });

  it('more T gates never need fewer factory qubits per unit time', () => {
    const a = estimatePhysicalFromCounts({ ...clifford, tCount: 1e4 }, e3);
    const b = estimatePhysicalFromCounts({ ...clifford, tCount: 1e6 }, e3);
    expect(b.tStateCount).toBe(1e6);
    expect(b.physicalQubitCount).toBeGreaterThanOrEqual(a.physicalQubitCount);
    expect(b.codeDistance).toBeGreaterThanOrEqual(a.codeDistance);
  });

  it('slower trapped-ion hardware takes longer for the same counts', () => {
    const fast = estimatePhysicalFromCounts({ ...clifford, cczCount: 500 }, e3);
    const slow = estimatePhysicalFromCounts({ ...clifford, cczCount: 500 }, getHardwareProfile('qubit_gate_us_e3'));
    expect(slow.runtimeNs / fast.runtimeNs).toBeGreaterThan(100);
  });

  it.each([
    ['budget 0', { errorBudget: 0 }, InvalidArgumentError],
    ['budget 1', { errorBudget: 1 }, InvalidArgumentError],
    ['unknown QEC scheme', { scheme: 'color_code' }, UnknownNameError],
    ['distance cap too small', { maxCodeDistance: 3 }, BudgetUnmetError],
    ['tiny budget', { errorBudget: 1e-300 }, BudgetUnmetError],
  ])('%s is rejected', (_label, options, errorClass) => {
    expect(() => estimatePhysicalFromCounts(REFERENCE_COUNTS, e3, options as never)).toThrow(errorClass);
  });

  it('T states that no factory can distil throw BudgetUnmetError naming the T factory', () => {
    // 15-to-1 needs 35·p_T³ < p_T, i.e. p_T < 0.169; with p_T = 0.2 every unit makes T states worse.
    const noisyT = { ...e3, name: 'noisy_t', tGateErrorRate: 0.2 };
    expect(() => estimatePhysicalFromCounts({ ...clifford, tCount: 100 }, noisyT)).toThrow(/T factory/);
    expect(() => estimatePhysicalFromCounts({ ...clifford, tCount: 100 }, noisyT)).toThrow(BudgetUnmetError);
  });

  it.each([
    ['negative count', { ...clifford, tCount: -1 }],
    ['zero qubits', { ...clifford, logicalQubitCount: 0 }],
    ['rotations without depth', { ...clifford, rotationCount: 3, rotationDepth: 0 }],
    ['no work', { ...clifford, measurementCount: 0 }],
  ])('invalid counts (%s) throw InvalidArgumentError', (_label, counts) => {
    expect(() => estimatePhysicalFromCounts(counts, e3)).toThrow(InvalidArgumentError);
  });
});
