/**
 * `gate` definitions that an OpenQASM 2 file carries for every gate it uses outside the
 * published qelib1.inc (Cross et al. 2017, arXiv:1707.03429, Appendix; vendored as
 * test/fixtures/qelib1/qelib1.inc). Bodies call only qelib1.inc gates, so any OpenQASM 2 reader
 * gives them one meaning; each equals this library's gate of the same name up to a global phase,
 * which OpenQASM 2 cannot express and which no OpenQASM 2 gate can control (checked in
 * test/emit/qasm2Definitions.test.ts against the op's matrix and with the `quantum-circuit`
 * package). Angle conventions are the library's: rxx(θ) = exp(−iθ/2·X⊗X), rzz(θ) = exp(−iθ/2·Z⊗Z),
 * gpi / gpi2 / ms / u1q in radians. Bodies use each parameter first in declaration order and
 * avoid the name `phi` for multi-parameter gates: the `quantum-circuit` package binds arguments in
 * order of first use in the body and evaluates `phi` as a constant (1.618…) there.
 */
export interface Qasm2Definition {
  readonly params: readonly string[];
  readonly qubits: readonly string[];
  /** Statements of the body, qelib1.inc gates only. */
  readonly body: string;
}

/** Definitions by gate name, in the order they are written. */
export const QASM2_DEFINITIONS: ReadonlyMap<string, Qasm2Definition> = new Map<string, Qasm2Definition>([
  ['p', { params: ['lambda'], qubits: ['a'], body: 'u1(lambda) a;' }],
  ['cp', { params: ['lambda'], qubits: ['a', 'b'], body: 'cu1(lambda) a,b;' }],
  ['sx', { params: [], qubits: ['a'], body: 'sdg a; h a; sdg a;' }],
  ['sxdg', { params: [], qubits: ['a'], body: 's a; h a; s a;' }],
  ['swap', { params: [], qubits: ['a', 'b'], body: 'cx a,b; cx b,a; cx a,b;' }],
  ['cswap', { params: [], qubits: ['a', 'b', 'c'], body: 'cx c,b; ccx a,b,c; cx c,b;' }],
  ['crx', { params: ['theta'], qubits: ['a', 'b'], body: 'u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b;' }],
  ['cry', { params: ['theta'], qubits: ['a', 'b'], body: 'ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b;' }],
  ['rxx', { params: ['theta'], qubits: ['a', 'b'], body: 'h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b;' }],
  ['ryy', { params: ['theta'], qubits: ['a', 'b'], body: 'rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b;' }],
  ['rzz', { params: ['theta'], qubits: ['a', 'b'], body: 'cx a,b; rz(theta) b; cx a,b;' }],
  ['ecr', { params: [], qubits: ['a', 'b'], body: 'h b; cx a,b; rz(pi/4) b; cx a,b; h b; x a; h b; cx a,b; rz(-pi/4) b; cx a,b; h b;' }],
  ['gpi', { params: ['phi'], qubits: ['a'], body: 'u3(pi,phi,pi-phi) a;' }],
  ['gpi2', { params: ['phi'], qubits: ['a'], body: 'rz(-phi) a; rx(pi/2) a; rz(phi) a;' }],
  ['u1q', { params: ['theta', 'phi0'], qubits: ['a'], body: 'u3(theta,phi0-pi/2,pi/2-phi0) a;' }],
  ['ms', { params: ['phi0', 'phi1'], qubits: ['a', 'b'], body: 'rz(-phi0) a; rz(-phi1) b; h a; h b; cx a,b; rz(pi/2) b; cx a,b; h a; h b; rz(phi0) a; rz(phi1) b;' }],
]);

/** The `gate` statement of a definition. */
export function qasm2DefinitionText(name: string, d: Qasm2Definition): string {
  return `gate ${name}${d.params.length ? `(${d.params.join(',')})` : ''} ${d.qubits.join(',')} { ${d.body} }`;
}
