import { UnknownNameError } from '../../errors';
import { stdGatesInLibrary } from '../../ops/gates';

/** Names of the hardware gate sets that {@link lowerTo} targets. */
export type TargetGateSet = 'nam' | 'ibm' | 'ion' | 'clifford+t' | DeviceTargetName;

/** Targets that are today's devices (gate set + coupling map + dialect, lowering/devices.ts). */
export type DeviceTargetName = 'ibm-heron' | 'ibm-heron-fractional' | 'ibm-eagle' | 'ionq' | 'quantinuum' | 'braket';

/** Every target name, in display order. */
export const TARGET_GATE_SETS: readonly TargetGateSet[] = ['nam', 'ibm', 'ion', 'clifford+t', 'ibm-heron', 'ibm-heron-fractional', 'ibm-eagle', 'ionq', 'quantinuum', 'braket'];

/**
 * Unitary gate names allowed by each target (non-unitary measure/reset/barrier are always allowed),
 * derived from the library column of the gate table (src/ops/gates/stdGates.ts):
 * - nam: {h, x, cx, rz} (Nam et al. 2018);
 * - ibm: {rz, sx, x, cx} (IBM Quantum basis gates);
 * - ion: {rx, ry, rz, rxx} (trapped ions: single-qubit rotations and the Mølmer–Sørensen XX gate);
 * - clifford+t: {h, s, sdg, t, tdg, x, y, z, cx} (other rotations synthesized by gridsynth, see lowerTo.ts);
 * - ibm-heron: {cz, rz, sx, x} (IBM Heron r1/r2 basis gates, without the fractional rzz/rx);
 * - ibm-heron-fractional: {cz, rz, sx, x, rx, rzz} (Heron with the fractional RZZ(θ), 0 < θ ≤ π/2, and RX(θ);
 *   ZZ rotations become one rzz instead of 2 cz, and a single-qubit run needing two sx becomes
 *   Rz·Rx·Rz with one rx, see lowerToDevice.ts);
 * - ibm-eagle: {ecr, rz, sx, x} (IBM Eagle r3 basis gates);
 * - ionq: {gpi, gpi2, ms} (IonQ native gates, angles in radians);
 * - quantinuum: {rzz, u1q, rz} (Quantinuum H-series: ZZPhase, U1q, Rz);
 * - braket: {h, x, cx, rz}, written with Amazon Braket's OpenQASM names (cnot, ...).
 */
export const GATE_SETS: Readonly<Record<TargetGateSet, ReadonlySet<string>>> = Object.freeze(
  Object.fromEntries(TARGET_GATE_SETS.map((t): [TargetGateSet, ReadonlySet<string>] => [t, new Set(stdGatesInLibrary(t))])) as unknown as Record<TargetGateSet, ReadonlySet<string>>);

/** Parse a target name (case-insensitive; 'clifford_t' and 'cliffordt' are accepted too). */
export function parseTargetGateSet(name: string): TargetGateSet {
  const n = name.toLowerCase().replace(/[_ ]/g, '+');
  const canon = n === 'cliffordt' ? 'clifford+t' : n;
  if ((TARGET_GATE_SETS as readonly string[]).includes(canon)) return canon as TargetGateSet;
  throw new UnknownNameError('target gate set', name, TARGET_GATE_SETS);
}
