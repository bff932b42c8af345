import { UnknownNameError } from '../../errors';

/** Names of the hardware gate sets that {@link lowerTo} targets. */
export type TargetGateSet = 'nam' | 'ibm' | 'ion' | 'clifford+t';

/** Every target name, in display order. */
export const TARGET_GATE_SETS: readonly TargetGateSet[] = ['nam', 'ibm', 'ion', 'clifford+t'];

/**
 * Unitary gate names allowed by each target (non-unitary measure/reset/barrier are always allowed):
 * - nam: {h, x, cx, rz} (Nam et al. 2018);
 * - ibm: {rz, sx, x, cx} (IBM Quantum basis gates);
 * - ion: {rx, ry, rz, rxx} (trapped ions: single-qubit rotations and the Mølmer–Sørensen XX gate);
 * - clifford+t: {h, s, sdg, t, tdg, x, y, z, cx} (other rotations synthesized by gridsynth, see lowerTo.ts).
 */
export const GATE_SETS: Readonly<Record<TargetGateSet, ReadonlySet<string>>> = {
  nam: new Set(['h', 'x', 'cx', 'rz']),
  ibm: new Set(['rz', 'sx', 'x', 'cx']),
  ion: new Set(['rx', 'ry', 'rz', 'rxx']),
  'clifford+t': new Set(['h', 's', 'sdg', 't', 'tdg', 'x', 'y', 'z', 'cx']),
};

/** Parse a target name (case-insensitive; 'clifford_t' and 'cliffordt' are accepted too). */
export function parseTargetGateSet(name: string): TargetGateSet {
  const n = name.toLowerCase().replace(/[_ ]/g, '+');
  const canon = n === 'cliffordt' ? 'clifford+t' : n;
  if ((TARGET_GATE_SETS as readonly string[]).includes(canon)) return canon as TargetGateSet;
  throw new UnknownNameError('target gate set', name, TARGET_GATE_SETS);
}
