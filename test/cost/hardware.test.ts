import {
  criticalPathRuntimeNs, getHardwareProfile, hardwareProfileNames, parseHardwareProfileJson, profileFromObject,
} from '../../src/cost';
import { InvalidArgumentError, UnknownNameError } from '../../src/errors';

describe('built-in hardware profiles', () => {
  it('include superconducting, trapped-ion, neutral-atom and attosecond machines', () => {
    expect(hardwareProfileNames()).toEqual(expect.arrayContaining([
      'qubit_gate_ns_e3', 'qubit_gate_ns_e4', 'qubit_gate_us_e3', 'qubit_gate_us_e4', 'neutral_atom', 'attosecond']));
  });

  // Published Azure RE qubit_gate_ns_e3 parameters (test_report.json of microsoft/qsharp resource_estimator):
  // 50 ns gates, 100 ns measurement, all error rates 1e-3.
  it('qubit_gate_ns_e3 matches the Azure RE parameters', () => {
    const p = getHardwareProfile('qubit_gate_ns_e3');
    expect([p.oneQubitGateTimeNs, p.twoQubitGateTimeNs, p.tGateTimeNs, p.oneQubitMeasurementTimeNs]).toEqual([50, 50, 50, 100]);
    expect([p.oneQubitGateErrorRate, p.twoQubitGateErrorRate, p.oneQubitMeasurementErrorRate, p.tGateErrorRate, p.idleErrorRate])
      .toEqual([1e-3, 1e-3, 1e-3, 1e-3, 1e-3]);
  });

  it.each([
    ['qubit_gate_ns_e3', 'qubit_gate_us_e3', 2000], // trapped ions are 2000× slower per 2q gate
    ['qubit_gate_ns_e3', 'attosecond', 50 / 1e-9],
  ])('%s vs %s two-qubit gate time ratio', (fast, slow, ratio) => {
    const a = getHardwareProfile(fast).twoQubitGateTimeNs;
    const b = getHardwareProfile(slow).twoQubitGateTimeNs;
    expect(Math.max(a, b) / Math.min(a, b)).toBeCloseTo(ratio, 6);
  });

  it('aliases resolve and unknown names throw UnknownNameError', () => {
    expect(getHardwareProfile('superconducting').name).toBe('qubit_gate_ns_e3');
    expect(getHardwareProfile('trapped_ion').name).toBe('qubit_gate_us_e3');
    expect(() => getHardwareProfile('qubit_gate_ps_e9')).toThrow(UnknownNameError);
  });
});

describe('JSON hardware profiles', () => {
  it('overrides fields of a base profile', () => {
    const p = parseHardwareProfileJson('{"base":"qubit_gate_ns_e3","twoQubitGateErrorRate":5e-4,"name":"mine"}');
    expect(p.name).toBe('mine');
    expect(p.twoQubitGateErrorRate).toBe(5e-4);
    expect(p.oneQubitMeasurementTimeNs).toBe(100);
  });

  it('accepts a full definition', () => {
    const p = profileFromObject({
      name: 'full', oneQubitGateTimeNs: 10, twoQubitGateTimeNs: 20, oneQubitMeasurementTimeNs: 30, resetTimeNs: 40,
      tGateTimeNs: 10, oneQubitGateErrorRate: 1e-4, twoQubitGateErrorRate: 2e-4, oneQubitMeasurementErrorRate: 3e-4,
      tGateErrorRate: 4e-4, idleErrorRate: 5e-5,
    });
    expect([p.name, p.resetTimeNs, p.idleErrorRate, p.reference]).toEqual(['full', 40, 5e-5, 'user']);
  });

  it.each([
    ['unknown base', '{"base":"qubit_gate_xx"}', UnknownNameError],
    ['unknown field', '{"base":"qubit_gate_ns_e3","gateTime":5}', UnknownNameError],
    ['negative time', '{"base":"qubit_gate_ns_e3","twoQubitGateTimeNs":-1}', InvalidArgumentError],
    ['zero time', '{"base":"qubit_gate_ns_e3","oneQubitMeasurementTimeNs":0}', InvalidArgumentError],
    ['error rate 0', '{"base":"qubit_gate_ns_e3","tGateErrorRate":0}', InvalidArgumentError],
    ['error rate 1', '{"base":"qubit_gate_ns_e3","idleErrorRate":1}', InvalidArgumentError],
    ['error rate > 1', '{"base":"qubit_gate_ns_e3","oneQubitGateErrorRate":1.5}', InvalidArgumentError],
    ['string number', '{"base":"qubit_gate_ns_e3","oneQubitGateTimeNs":"5"}', InvalidArgumentError],
    ['missing fields', '{"name":"x","oneQubitGateTimeNs":5}', InvalidArgumentError],
    ['Majorana', '{"base":"qubit_gate_ns_e3","instructionSet":"Majorana"}', InvalidArgumentError],
    ['not JSON', '{base:', InvalidArgumentError],
    ['array', '[1,2]', InvalidArgumentError],
  ])('rejects %s', (_label, text, errorClass) => {
    expect(() => parseHardwareProfileJson(text)).toThrow(errorClass);
  });
});

describe('critical-path runtime', () => {
  it.each([
    ['qubit_gate_ns_e3', { oneQubitLayerCount: 3, twoQubitLayerCount: 2, measurementLayerCount: 1 }, 3 * 50 + 2 * 50 + 100],
    ['qubit_gate_us_e3', { oneQubitLayerCount: 0, twoQubitLayerCount: 10, measurementLayerCount: 0, resetLayerCount: 2 }, 12 * 100_000],
    ['neutral_atom', { oneQubitLayerCount: 4, twoQubitLayerCount: 4, measurementLayerCount: 1 }, 4 * 1000 + 4 * 250 + 500_000],
  ])('%s %j', (name, depth, expectedNs) => {
    expect(criticalPathRuntimeNs(depth, getHardwareProfile(name))).toBeCloseTo(expectedNs, 9);
  });

  it('rejects negative layer counts', () => {
    expect(() => criticalPathRuntimeNs({ oneQubitLayerCount: -1, twoQubitLayerCount: 0, measurementLayerCount: 0 },
      getHardwareProfile('qubit_gate_ns_e3'))).toThrow(InvalidArgumentError);
  });
});
