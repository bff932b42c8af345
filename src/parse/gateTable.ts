import type { Op } from '../ir';
import { makeMultiControlled, makeStdGate, stdGateInfo } from '../ops/gates';

/**
 * A gate name known to a parser: its arity and how to make an op for given angles (radians).
 * `hash` identifies the definition (std gates: 'std:<name>'); user-gate hashes include the hashes
 * of the gates their bodies call.
 */
export interface GateEntry {
  readonly name: string;
  readonly numParams: number;
  readonly numQubits: number;
  readonly kind: 'builtin' | 'std' | 'defined' | 'opaque';
  readonly hash: string;
  readonly make: (angles: readonly number[]) => Op;
  /** True for library extensions that a file's own `gate` definition may replace (not in the original qelib1.inc). */
  readonly overridable?: boolean;
}

/** Names of the original qelib1.inc (Cross et al. 2017, OpenQASM 2.0 spec, Appendix). */
export const QELIB1_GATES: readonly string[] = [
  'u3', 'u2', 'u1', 'cx', 'id', 'u0', 'x', 'y', 'z', 'h', 's', 'sdg', 't', 'tdg', 'rx', 'ry', 'rz',
  'cz', 'cy', 'ch', 'ccx', 'crz', 'cu1', 'cu3',
];

/**
 * Common extensions of qelib1.inc (as in Qiskit's copy of the file) that `include "qelib1.inc"`
 * also provides here, plus `ccz`, which is in no standard library but appears in the Nam et al.
 * benchmark files (documented extension: doubly-controlled Z).
 */
export const QELIB1_EXTENSIONS: readonly string[] = [
  'u', 'p', 'cp', 'sx', 'sxdg', 'csx', 'swap', 'cswap', 'crx', 'cry', 'cu', 'rxx', 'rzz', 'rccx',
  'c3x', 'c4x', 'c3sqrtx', 'rc3x', 'ccz',
];

/** Gates of OpenQASM 3's stdgates.inc (OpenQASM 3 spec, "Standard library"). */
export const STDGATES_INC: readonly string[] = [
  'p', 'x', 'y', 'z', 'h', 's', 'sdg', 't', 'tdg', 'sx', 'rx', 'ry', 'rz', 'cx', 'cy', 'cz', 'cp',
  'crx', 'cry', 'crz', 'ch', 'swap', 'ccx', 'cswap', 'cu', 'CX', 'phase', 'cphase', 'id', 'u1', 'u2', 'u3',
];

/** The built-in gate U(θ, φ, λ) of both OpenQASM versions: qelib1's u3 (no global phase), angles in radians. */
export const BUILTIN_U: GateEntry = Object.freeze({
  name: 'U', numParams: 3, numQubits: 1, kind: 'builtin' as const, hash: 'std:u3', make: (a: readonly number[]) => makeStdGate('u3', a),
});

/** Aliases: library name → our std gate. */
const ALIASES: Readonly<Record<string, string>> = { CX: 'cx', phase: 'p', cphase: 'cp' };

function cachedMaker(name: string, numParams: number, make: (a: readonly number[]) => Op): (a: readonly number[]) => Op {
  if (numParams > 0) return make;
  let cached: Op | undefined;
  return (a) => (cached ??= make(a));
}

/** A table entry for a std gate of our library under `name` (aliases resolved). */
export function stdEntry(name: string, makeSpecial?: (name: string) => GateEntry | undefined): GateEntry | undefined {
  const special = makeSpecial?.(name);
  if (special) return special;
  const lib = ALIASES[name] ?? name;
  if (name === 'u0') {
    return { name, numParams: 1, numQubits: 1, kind: 'std', hash: 'std:u0', make: () => makeStdGate('id') };
  }
  if (name === 'c3x' || name === 'c4x') {
    const k = name === 'c3x' ? 3 : 4;
    return { name, numParams: 0, numQubits: k + 1, kind: 'std', hash: `std:${name}`, make: cachedMaker(name, 0, () => makeMultiControlled('mcx', k)) };
  }
  const info = stdGateInfo(lib);
  if (!info) return undefined;
  return { name, numParams: info.numAngles, numQubits: info.numQubits, kind: 'std', hash: `std:${lib}`, make: cachedMaker(name, info.numAngles, (a) => makeStdGate(lib, a)) };
}
