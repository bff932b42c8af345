import { UnknownNameError } from '../../errors';
import { HardwareProfile, validateProfile } from './profile';

/**
 * Built-in hardware profiles. The four `qubit_gate_*` profiles are the Azure Quantum Resource
 * Estimator's predefined gate-based qubit parameters (Beverland et al., arXiv:2211.07629, Table 1;
 * the Azure RE's `qubitParams`, whose reference report lists e.g. qubit_gate_ns_e3 as 50 ns gates,
 * 100 ns measurement, all error rates 1e-3). The RE has no reset time; we assume a reset takes as
 * long as a measurement (measure-and-flip).
 */
const RE_REF = 'Azure Quantum Resource Estimator predefined qubitParams; Beverland et al., arXiv:2211.07629, Table 1';

const superconductingE3: HardwareProfile = {
  name: 'qubit_gate_ns_e3',
  description: 'superconducting / spin qubits, ns-scale gates, 1e-3 error rates (Azure RE qubit_gate_ns_e3)',
  instructionSet: 'gateBased',
  oneQubitGateTimeNs: 50, twoQubitGateTimeNs: 50, oneQubitMeasurementTimeNs: 100, resetTimeNs: 100, tGateTimeNs: 50,
  oneQubitGateErrorRate: 1e-3, twoQubitGateErrorRate: 1e-3, oneQubitMeasurementErrorRate: 1e-3,
  tGateErrorRate: 1e-3, idleErrorRate: 1e-3,
  reference: RE_REF,
};

const superconductingE4: HardwareProfile = {
  ...superconductingE3,
  name: 'qubit_gate_ns_e4',
  description: 'superconducting / spin qubits, ns-scale gates, 1e-4 error rates (Azure RE qubit_gate_ns_e4)',
  oneQubitGateErrorRate: 1e-4, twoQubitGateErrorRate: 1e-4, oneQubitMeasurementErrorRate: 1e-4,
  tGateErrorRate: 1e-4, idleErrorRate: 1e-4,
};

const trappedIonE3: HardwareProfile = {
  name: 'qubit_gate_us_e3',
  description: 'trapped-ion qubits, 100 µs operations, 1e-3 Clifford / 1e-6 T error rates (Azure RE qubit_gate_us_e3)',
  instructionSet: 'gateBased',
  oneQubitGateTimeNs: 100_000, twoQubitGateTimeNs: 100_000, oneQubitMeasurementTimeNs: 100_000,
  resetTimeNs: 100_000, tGateTimeNs: 100_000,
  oneQubitGateErrorRate: 1e-3, twoQubitGateErrorRate: 1e-3, oneQubitMeasurementErrorRate: 1e-3,
  tGateErrorRate: 1e-6, idleErrorRate: 1e-3,
  reference: RE_REF,
};

const trappedIonE4: HardwareProfile = {
  ...trappedIonE3,
  name: 'qubit_gate_us_e4',
  description: 'trapped-ion qubits, 100 µs operations, 1e-4 Clifford / 1e-6 T error rates (Azure RE qubit_gate_us_e4)',
  oneQubitGateErrorRate: 1e-4, twoQubitGateErrorRate: 1e-4, oneQubitMeasurementErrorRate: 1e-4, idleErrorRate: 1e-4,
};

/**
 * Neutral atoms (Rydberg). Two-qubit CZ: 99.5 % fidelity, ≈ 250 ns single-pulse time-optimal gate
 * (Evered et al., "High-fidelity parallel entangling gates on a neutral-atom quantum computer",
 * Nature 622, 268 (2023)). Single-qubit gates: 99.9 % fidelity (Radnaev et al., arXiv:2408.08288,
 * local gate fidelity 99.902 %), ≈ 1 µs Raman pulses. Readout: imaging-based, we assume 500 µs and
 * 5e-3 error (order of magnitude of published mid-circuit readout; an assumption, not one paper's number).
 */
const neutralAtom: HardwareProfile = {
  name: 'neutral_atom',
  description: 'neutral-atom (Rydberg) qubits: 250 ns CZ at 5e-3 error, µs single-qubit gates, 500 µs readout',
  instructionSet: 'gateBased',
  oneQubitGateTimeNs: 1_000, twoQubitGateTimeNs: 250, oneQubitMeasurementTimeNs: 500_000, resetTimeNs: 500_000,
  tGateTimeNs: 1_000,
  oneQubitGateErrorRate: 1e-3, twoQubitGateErrorRate: 5e-3, oneQubitMeasurementErrorRate: 5e-3,
  tGateErrorRate: 1e-3, idleErrorRate: 1e-3,
  reference: 'Evered et al., Nature 622, 268 (2023) (CZ); Radnaev et al., arXiv:2408.08288 (1q); readout assumed',
};

/**
 * The Q-Newton paper's hypothetical fast machine (Li, Liu, Wang, Chen, arXiv:2405.00252, which
 * "hypothesize[s] a future scenario where the gate time of quantum machines is reduced, possibly
 * realized by attoseconds physics"). We could not find the exact gate time the paper assumes, so
 * every operation takes 1 attosecond = 1e-9 ns. Error rates are not given by the paper; we assume
 * the 1e-4 rates of qubit_gate_ns_e4 so that error-corrected estimates are meaningful.
 */
const attosecond: HardwareProfile = {
  name: 'attosecond',
  description: 'hypothetical attosecond-gate machine of Q-Newton (arXiv:2405.00252): 1 as operations, 1e-4 errors (assumed)',
  instructionSet: 'gateBased',
  oneQubitGateTimeNs: 1e-9, twoQubitGateTimeNs: 1e-9, oneQubitMeasurementTimeNs: 1e-9, resetTimeNs: 1e-9,
  tGateTimeNs: 1e-9,
  oneQubitGateErrorRate: 1e-4, twoQubitGateErrorRate: 1e-4, oneQubitMeasurementErrorRate: 1e-4,
  tGateErrorRate: 1e-4, idleErrorRate: 1e-4,
  reference: 'Li, Liu, Wang, Chen, arXiv:2405.00252 (attosecond scenario); 1 as gate time and 1e-4 errors assumed',
};

const BUILTIN: ReadonlyMap<string, HardwareProfile> = new Map(
  [superconductingE3, superconductingE4, trappedIonE3, trappedIonE4, neutralAtom, attosecond]
    .map((p) => [p.name, validateProfile(p)] as const));

/** Aliases accepted by {@link getHardwareProfile} (technology names → default profile). */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['superconducting', 'qubit_gate_ns_e3'],
  ['trapped_ion', 'qubit_gate_us_e3'],
  ['ion', 'qubit_gate_us_e3'],
  ['neutral-atom', 'neutral_atom'],
]);

/** Names of all built-in hardware profiles, in a stable order. */
export function hardwareProfileNames(): readonly string[] {
  return [...BUILTIN.keys()];
}

/**
 * Look up a built-in profile by name (or alias: superconducting, trapped_ion, ion, neutral-atom).
 * Throws {@link UnknownNameError} listing the known names.
 */
export function getHardwareProfile(name: string): HardwareProfile {
  const p = BUILTIN.get(ALIASES.get(name) ?? name);
  if (!p) throw new UnknownNameError('hardware profile', name, [...BUILTIN.keys(), ...ALIASES.keys()]);
  return p;
}
