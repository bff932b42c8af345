import type { Op } from '../ir';
import { libraryAliasOf, libraryGateNames, makeMultiControlled, makeStdGate, stdGateInfo } from '../ops/gates';

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

/** Names of the original qelib1.inc (Cross et al. 2017, OpenQASM 2.0 spec, Appendix), from the gate table. */
export const QELIB1_GATES: readonly string[] = libraryGateNames('qelib1');

/**
 * Common extensions of qelib1.inc (as in Qiskit's copy of the file) that `include "qelib1.inc"`
 * also provides here, plus `ccz` (library 'qelib1-ext' of the gate table in src/ops/gates/stdGates.ts), from the gate table.
 */
export const QELIB1_EXTENSIONS: readonly string[] = libraryGateNames('qelib1-ext');

/** Gates of OpenQASM 3's stdgates.inc (OpenQASM 3 spec, "Standard library"), from the gate table. */
export const STDGATES_INC: readonly string[] = libraryGateNames('stdgates');

/** The built-in gate U(θ, φ, λ) of both OpenQASM versions: qelib1's u3 (no global phase), angles in radians. */
export const BUILTIN_U: GateEntry = Object.freeze({
  name: 'U', numParams: 3, numQubits: 1, kind: 'builtin' as const, hash: 'std:u3', make: (a: readonly number[]) => makeStdGate('u3', a),
});

function cachedMaker(name: string, numParams: number, make: (a: readonly number[]) => Op): (a: readonly number[]) => Op {
  if (numParams > 0) return make;
  let cached: Op | undefined;
  return (a) => (cached ??= make(a));
}

/** A table entry for a std gate of our library under `name` (aliases resolved). */
export function stdEntry(name: string, makeSpecial?: (name: string) => GateEntry | undefined): GateEntry | undefined {
  const special = makeSpecial?.(name);
  if (special) return special;
  if (name === 'u0') {
    // u0(γ) is an identity (a wait of γ gate times) with one parameter, unlike id.
    return { name, numParams: 1, numQubits: 1, kind: 'std', hash: 'std:u0', make: () => makeStdGate(libraryAliasOf(name)!) };
  }
  const lib = libraryAliasOf(name) ?? name;
  if (name === 'c3x' || name === 'c4x') {
    const k = name === 'c3x' ? 3 : 4;
    return { name, numParams: 0, numQubits: k + 1, kind: 'std', hash: `std:${name}`, make: cachedMaker(name, 0, () => makeMultiControlled('mcx', k)) };
  }
  const info = stdGateInfo(lib);
  if (!info) return undefined;
  return { name, numParams: info.numAngles, numQubits: info.numQubits, kind: 'std', hash: `std:${lib}`, make: cachedMaker(name, info.numAngles, (a) => makeStdGate(lib, a)) };
}
