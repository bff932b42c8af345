import { formatScientific } from '../../format';
import { BudgetUnmetError, InvalidArgumentError, UnknownNameError } from '../../errors';
import { HardwareProfile, physicalErrorRate } from '../hardware/profile';

/**
 * A quantum error-correction scheme in the Azure RE's parametrization (Beverland et al.,
 * arXiv:2211.07629, Appendix B; Fowler et al., arXiv:1208.0928, Eq. 11): the logical error rate
 * per logical cycle is P_L(d) = crossingPrefactor · (p / errorCorrectionThreshold)^((d+1)/2).
 */
export interface QecScheme {
  readonly name: string;
  /** Prefactor a of P_L (0.03 for the gate-based surface code). */
  readonly crossingPrefactor: number;
  /** Threshold p* (0.01 for the gate-based surface code). */
  readonly errorCorrectionThreshold: number;
  /** Largest code distance considered (the Azure RE's default is 50, so the largest odd one is 49). */
  readonly maxCodeDistance: number;
}

/**
 * The gate-based rotated surface code as modelled by the Azure RE: a = 0.03, p* = 0.01,
 * logical cycle time (4·t_2q + 2·t_meas)·d, 2·d² physical qubits per logical qubit.
 */
export const SURFACE_CODE: QecScheme = Object.freeze({
  name: 'surface_code',
  crossingPrefactor: 0.03,
  errorCorrectionThreshold: 0.01,
  maxCodeDistance: 50,
});

const SCHEMES: ReadonlyMap<string, QecScheme> = new Map([['surface_code', SURFACE_CODE]]);

/** Names of the known QEC schemes. */
export function qecSchemeNames(): readonly string[] {
  return [...SCHEMES.keys()];
}

/** Look up a QEC scheme by name ('surface_code'); throws {@link UnknownNameError} otherwise. */
export function getQecScheme(name: string): QecScheme {
  const s = SCHEMES.get(name === 'surfaceCode' || name === 'surface-code' ? 'surface_code' : name);
  if (!s) throw new UnknownNameError('QEC scheme', name, [...SCHEMES.keys()]);
  return s;
}

/**
 * Logical error rate per logical cycle of one distance-`codeDistance` patch:
 * a · (p/p*)^((d+1)/2), p = max(Clifford, readout) physical error rate (integer exponent as in the RE).
 * Throws {@link InvalidArgumentError} when p ≥ p* (below-threshold operation is impossible).
 */
export function logicalErrorRatePerCycle(scheme: QecScheme, profile: HardwareProfile, codeDistance: number): number {
  const p = physicalErrorRate(profile);
  if (p >= scheme.errorCorrectionThreshold) {
    throw new InvalidArgumentError(
      `physical error rate ${p} of '${profile.name}' is not below the ${scheme.name} threshold ` +
      `${scheme.errorCorrectionThreshold}; error correction cannot help`, { p, threshold: scheme.errorCorrectionThreshold });
  }
  return scheme.crossingPrefactor * Math.pow(p / scheme.errorCorrectionThreshold, Math.floor((codeDistance + 1) / 2));
}

/** Logical cycle time in ns of the gate-based surface code: (4·t_2q + 2·t_meas)·d (Azure RE default formula). */
export function logicalCycleTimeNs(profile: HardwareProfile, codeDistance: number): number {
  return (4 * profile.twoQubitGateTimeNs + 2 * profile.oneQubitMeasurementTimeNs) * codeDistance;
}

/** Physical qubits of one surface-code logical qubit: 2·d² (data + measurement qubits, Azure RE default). */
export function physicalQubitsPerLogicalQubit(codeDistance: number): number {
  return 2 * codeDistance * codeDistance;
}

/**
 * Smallest odd code distance d ≤ scheme.maxCodeDistance with P_L(d) ≤ `requiredLogicalErrorRate`
 * (Beverland et al., Eq. E2). Throws {@link BudgetUnmetError} if none exists.
 */
export function minCodeDistance(scheme: QecScheme, profile: HardwareProfile, requiredLogicalErrorRate: number): number {
  for (let d = 1; d <= scheme.maxCodeDistance; d += 2) {
    if (logicalErrorRatePerCycle(scheme, profile, d) <= requiredLogicalErrorRate) return d;
  }
  throw new BudgetUnmetError(
    `no code distance ≤ ${scheme.maxCodeDistance} reaches logical error rate ${formatScientific(requiredLogicalErrorRate, 4)} ` +
    `per qubit and cycle on '${profile.name}'; increase the error budget or use better qubits`,
    { requiredLogicalErrorRate, maxCodeDistance: scheme.maxCodeDistance });
}
