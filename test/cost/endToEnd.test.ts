import {
  endToEndQuantumCost, getHardwareProfile, statePreparationCost, tomographyReadoutCost,
} from '../../src/cost';
import { InvalidArgumentError } from '../../src/errors';

describe('gradient state preparation (Möttönen real-amplitude cascade)', () => {
  // Level k of the cascade is a uniformly controlled Ry with k controls: 2^k angles and, for k ≥ 1, 2^k CNOTs.
  it.each([2, 3, 4, 100, 1024, 1025, 60000])('N = %d', (n) => {
    const c = statePreparationCost(n, 1e-3);
    let qubits = 0;
    while (2 ** qubits < n) qubits++;
    let rotations = 0;
    let cnots = 0;
    for (let k = 0; k < qubits; k++) { rotations += 2 ** k; if (k > 0) cnots += 2 ** k; }
    expect([c.qubitCount, c.rotationCount, c.cnotCount]).toEqual([qubits, rotations, cnots]);
    expect(c.rotationCount).toBeLessThan(2 * n); // "about N rotations"
    expect(c.tCount).toBe(c.rotationCount * Math.ceil(0.53 * Math.log2(c.rotationCount / 1e-3) + 5.3));
  });

  it.each([[1, 1e-3], [2.5, 1e-3], [8, 0], [8, 1]])('rejects N=%p ε=%p', (n, eps) => {
    expect(() => statePreparationCost(n, eps)).toThrow(InvalidArgumentError);
  });
});

describe('tomographic read-out', () => {
  it.each([[1024, 0.01, 100, 10_240_000], [10, 0.1, 7, 1000], [3, 0.3, 1, 34]])(
    'N=%d ε=%p per-shot %p ns → %d shots', (n, eps, perShot, shots) => {
      const r = tomographyReadoutCost(n, eps, perShot);
      expect(r.shotCount).toBe(shots);
      expect(r.totalRuntimeNs).toBe(shots * perShot);
    });

  it.each([[0, 0.1, 1], [4, 0, 1], [4, 1, 1], [4, 0.1, 0]])('rejects N=%p ε=%p t=%p', (n, eps, t) => {
    expect(() => tomographyReadoutCost(n, eps, t)).toThrow(InvalidArgumentError);
  });
});

describe('end-to-end quantum cost', () => {
  it('shows state preparation, solver and read-out separately and multiplies the per-shot runtime by the shots', () => {
    const solverCounts = { logicalQubitCount: 20, tCount: 10_000, rotationCount: 0, rotationDepth: 0, cczCount: 2000, ccixCount: 0, measurementCount: 100 };
    const r = endToEndQuantumCost({ amplitudeCount: 256, solverCounts, profile: getHardwareProfile('qubit_gate_ns_e3'), readoutEpsilon: 0.1 });
    expect(r.statePreparation.rotationCount).toBe(255);
    expect(r.perShotPhysical.logicalCounts.rotationCount).toBe(255);
    expect(r.perShotPhysical.logicalCounts.tCount).toBe(10_000);
    expect(r.readout.shotCount).toBe(25_600);
    expect(r.totalRuntimeNs).toBe(25_600 * r.perShotPhysical.runtimeNs);
    expect(r.perShotPhysical.runtimeNs).toBeGreaterThan(r.solverPhysical.runtimeNs);
    expect(r.perShotPhysical.runtimeNs).toBeGreaterThan(r.statePreparationPhysical.runtimeNs);
  });
});
