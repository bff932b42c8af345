/**
 * `gate` definitions that an OpenQASM 3 file carries for the device-native gates it keeps outside
 * stdgates.inc. Bodies use only stdgates.inc gates that mean the same under the current
 * specification and Qiskit (no `U`, whose global phase differs between them), and equal this
 * library's gate of the same name exactly, global phase included, so `ctrl @` on them is exact too
 * (checked in test/emit/deviceEmit.test.ts). Angles in radians.
 */
import { braketGateNames } from '../ops/gates';
export const QASM3_DEFINITIONS: ReadonlyMap<string, { readonly params: readonly string[]; readonly qubits: readonly string[]; readonly body: string }> = new Map([
  ['rxx', { params: ['theta'], qubits: ['a', 'b'], body: 'h a; h b; cx a, b; rz(theta) b; cx a, b; h a; h b;' }],
  ['rzz', { params: ['theta'], qubits: ['a', 'b'], body: 'cx a, b; rz(theta) b; cx a, b;' }],
  ['ecr', { params: [], qubits: ['a', 'b'], body: 'h b; cx a, b; rz(pi/4) b; cx a, b; h b; x a; h b; cx a, b; rz(-pi/4) b; cx a, b; h b;' }],
  ['gpi', { params: ['phi'], qubits: ['a'], body: 'x a; rz(2*phi) a;' }],
  ['gpi2', { params: ['phi'], qubits: ['a'], body: 'rz(-phi) a; rx(pi/2) a; rz(phi) a;' }],
  ['u1q', { params: ['theta', 'phi'], qubits: ['a'], body: 'rz(-phi) a; rx(theta) a; rz(phi) a;' }],
  ['ms', { params: ['phi0', 'phi1'], qubits: ['a', 'b'], body: 'rz(-phi0) a; rz(-phi1) b; h a; h b; cx a, b; rz(pi/2) b; cx a, b; h a; h b; rz(phi0) a; rz(phi1) b;' }],
]);

/**
 * Amazon Braket's OpenQASM 3 names of library gates (built in, no include file): the gate table's
 * Braket column (src/ops/gates/stdGates.ts `braketName`), e.g. cx → cnot, p → phaseshift, sdg → si.
 */
export const BRAKET_NAMES: Readonly<Record<string, string>> = braketGateNames();
