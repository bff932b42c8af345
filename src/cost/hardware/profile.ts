import { InvalidArgumentError } from '../../errors';

/**
 * A physical-qubit hardware profile: operation times (nanoseconds) and error rates (probability per
 * operation) of a gate-based machine. Field names follow the Azure Quantum Resource Estimator's
 * `qubitParams` (Beverland et al., arXiv:2211.07629, Appendix A / Table 1), with units in the names.
 */
export interface HardwareProfile {
  /** Registry name, e.g. 'qubit_gate_ns_e3'. */
  readonly name: string;
  /** One-line human description. */
  readonly description: string;
  /** Only gate-based instruction sets are modelled here (single-qubit gates, two-qubit gates, measurement). */
  readonly instructionSet: 'gateBased';
  /** Time of a single-qubit Clifford gate, ns. */
  readonly oneQubitGateTimeNs: number;
  /** Time of a two-qubit gate (CNOT/CZ), ns. */
  readonly twoQubitGateTimeNs: number;
  /** Time of a single-qubit Pauli measurement, ns. */
  readonly oneQubitMeasurementTimeNs: number;
  /** Time to reset a qubit to |0⟩, ns. */
  readonly resetTimeNs: number;
  /** Time of a physical T gate, ns. */
  readonly tGateTimeNs: number;
  /** Error probability of a single-qubit Clifford gate. */
  readonly oneQubitGateErrorRate: number;
  /** Error probability of a two-qubit gate. */
  readonly twoQubitGateErrorRate: number;
  /** Error probability of a single-qubit measurement (readout). */
  readonly oneQubitMeasurementErrorRate: number;
  /** Error probability of a physical T gate / T-state preparation (input to distillation). */
  readonly tGateErrorRate: number;
  /** Error probability of an idle qubit per gate slot. */
  readonly idleErrorRate: number;
  /** Where the numbers come from (paper, section, or 'user'). */
  readonly reference: string;
}

/** Names of the time fields of a {@link HardwareProfile} (all in ns, all must be > 0). */
export const TIME_FIELDS = [
  'oneQubitGateTimeNs', 'twoQubitGateTimeNs', 'oneQubitMeasurementTimeNs', 'resetTimeNs', 'tGateTimeNs',
] as const;

/** Names of the error-rate fields of a {@link HardwareProfile} (all must lie in the open interval (0, 1)). */
export const ERROR_RATE_FIELDS = [
  'oneQubitGateErrorRate', 'twoQubitGateErrorRate', 'oneQubitMeasurementErrorRate', 'tGateErrorRate', 'idleErrorRate',
] as const;

/**
 * Check every time is a finite number > 0 and every error rate lies in (0, 1); return the profile
 * frozen. Throws {@link InvalidArgumentError} naming the offending field.
 */
export function validateProfile(profile: HardwareProfile): HardwareProfile {
  for (const f of TIME_FIELDS) {
    const v = profile[f];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      throw new InvalidArgumentError(
        `hardware profile '${profile.name}': ${f} must be a finite time in ns > 0, got ${String(v)}`,
        { profile: profile.name, field: f, value: v });
    }
  }
  for (const f of ERROR_RATE_FIELDS) {
    const v = profile[f];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v >= 1) {
      throw new InvalidArgumentError(
        `hardware profile '${profile.name}': ${f} must be an error probability in (0, 1), got ${String(v)}`,
        { profile: profile.name, field: f, value: v });
    }
  }
  return Object.freeze({ ...profile });
}

/**
 * Clifford error rate of the profile: max(one-qubit gate, two-qubit gate, idle) error rates
 * (the Azure RE's `clifford_error_rate` for gate-based qubits).
 */
export function cliffordErrorRate(profile: HardwareProfile): number {
  return Math.max(profile.oneQubitGateErrorRate, profile.twoQubitGateErrorRate, profile.idleErrorRate);
}

/**
 * Physical error rate p entering the surface-code formula: max(Clifford error rate, readout error
 * rate), as in the Azure RE's `logical_error_rate` (arXiv:2211.07629, Appendix B).
 */
export function physicalErrorRate(profile: HardwareProfile): number {
  return Math.max(cliffordErrorRate(profile), profile.oneQubitMeasurementErrorRate);
}
