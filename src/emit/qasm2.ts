import { EmitUnsupportedError } from '../errors';
import { Circuit, ExpansionOptions, Op, flatten } from '../ir';
import { OPAQUE_GATE_DEF, OpaqueGateParams } from '../ops/modifiers';
import { checkRegisterNames, formatAngle, operandNames, wholeRegisterOf } from './format';

/** Gate set written by {@link emitQasm2}. */
export type Qasm2GateSet = 'qelib1' | 'qelib1-extended';

/** Options of {@link emitQasm2}. */
export interface EmitQasm2Options extends ExpansionOptions {
  /**
   * 'qelib1' (default): only the gates of the original qelib1.inc (Cross et al. 2017), which
   * every OpenQASM 2 consumer knows. 'qelib1-extended': also Qiskit's extensions (p, cp, sx,
   * sxdg, swap, cswap, crx, cry, rxx, rzz).
   */
  readonly gateSet?: Qasm2GateSet;
}

/** qelib1.inc gates written as themselves (u0 omitted; U and CX are written u3 and cx). */
const QELIB1 = new Set(['u3', 'u2', 'u1', 'cx', 'id', 'x', 'y', 'z', 'h', 's', 'sdg', 't', 'tdg', 'rx', 'ry', 'rz', 'cz', 'cy', 'ch', 'ccx', 'crz', 'cu1', 'cu3']);
const EXTENDED = new Set([...QELIB1, 'p', 'cp', 'sx', 'sxdg', 'swap', 'cswap', 'crx', 'cry', 'rxx', 'rzz']);
/** Library gates equal (as matrices) to a qelib1 gate under another name. */
const ALIAS: Readonly<Record<string, string>> = { u: 'u3', p: 'u1', cp: 'cu1' };
const RESERVED = new Set(['OPENQASM', 'include', 'qreg', 'creg', 'gate', 'opaque', 'measure', 'reset', 'barrier', 'if', 'pi', 'U', 'CX',
  'sin', 'cos', 'tan', 'exp', 'ln', 'sqrt', ...EXTENDED]);

function isStdGate(op: Op): boolean {
  return op.def.name === op.name;
}

/**
 * Write a circuit as OpenQASM 2.0 with `include "qelib1.inc"`. Ops outside the gate set are
 * flattened (decomposed recursively) until they are in it; the built-ins U and CX are never
 * written (u3 and cx instead). Registers and their names are kept; the global phase is dropped
 * (OpenQASM 2 cannot express it, so the output equals the input up to global phase).
 * Conditions must cover a whole classical register (`if(c==n)`), else EmitUnsupportedError.
 * Angles print with {@link formatAngle}; output is byte-identical for identical input.
 */
export function emitQasm2(circuit: Circuit, options: EmitQasm2Options = {}): string {
  const gateSet = options.gateSet === 'qelib1-extended' ? EXTENDED : QELIB1;
  const nameOf = (op: Op): string | undefined => {
    if (op.def === OPAQUE_GATE_DEF) return op.name;
    if (!isStdGate(op)) return undefined;
    const n = gateSet.has(op.name) ? op.name : ALIAS[op.name];
    return n !== undefined && gateSet.has(n) ? n : undefined;
  };
  const flat = flatten(circuit, (op) => op.def.category !== 'unitary' || nameOf(op) !== undefined, options);
  checkRegisterNames(flat, RESERVED);
  const qn = operandNames(flat.qregs, flat.numQubits, 'qubit');
  const cn = operandNames(flat.cregs, flat.numClbits, 'clbit');
  const lines: string[] = ['OPENQASM 2.0;', 'include "qelib1.inc";'];
  const opaque = new Map<string, Op<OpaqueGateParams>>();
  for (const ins of flat.instructions) {
    if (ins.op.def !== OPAQUE_GATE_DEF) continue;
    const prev = opaque.get(ins.op.name);
    const d = (ins.op as Op<OpaqueGateParams>).params.definition;
    if (prev && prev.params.definition.hash !== d.hash) {
      throw new EmitUnsupportedError(`two different opaque gates are named '${ins.op.name}'; rename one`, { name: ins.op.name });
    }
    if (!prev) {
      if (RESERVED.has(d.name)) throw new EmitUnsupportedError(`opaque gate name '${d.name}' clashes with a qelib1 gate or keyword; rename it`);
      opaque.set(ins.op.name, ins.op as Op<OpaqueGateParams>);
      const ps = Array.from({ length: d.numParams }, (_, i) => `p${i}`).join(',');
      const qs = Array.from({ length: d.numQubits }, (_, i) => `a${i}`).join(',');
      lines.push(`opaque ${d.name}${d.numParams ? `(${ps})` : ''} ${qs};`);
    }
  }
  for (const r of flat.qregs) lines.push(`qreg ${r.name}[${r.size}];`);
  for (const r of flat.cregs) lines.push(`creg ${r.name}[${r.size}];`);
  for (const ins of flat.instructions) {
    let prefix = '';
    if (ins.condition) {
      const reg = wholeRegisterOf(flat.cregs, ins.condition);
      if (!reg) {
        throw new EmitUnsupportedError(`OpenQASM 2 can only condition on a whole classical register (if(c==n)); ` +
          `an instruction '${ins.op.name}' is conditioned on clbits [${ins.condition.clbits.join(',')}]. Emit OpenQASM 3 instead, or condition on a whole register`);
      }
      prefix = `if(${reg.name}==${ins.condition.value}) `;
    }
    const op = ins.op;
    const qs = ins.qubits.map((q) => qn[q]).join(',');
    switch (op.def.category) {
      case 'measure': lines.push(`${prefix}measure ${qn[ins.qubits[0]]} -> ${cn[ins.clbits[0]]};`); continue;
      case 'reset': lines.push(`${prefix}reset ${qs};`); continue;
      case 'barrier': lines.push(`barrier ${qs};`); continue;
      default: break;
    }
    const name = nameOf(op);
    if (name === undefined) throw new EmitUnsupportedError(`op '${op.name}' has no decomposition into qelib1.inc gates`, { op: op.name });
    const angles = op.angles.length ? `(${op.angles.map(formatAngle).join(',')})` : '';
    lines.push(`${prefix}${name}${angles} ${qs};`);
  }
  return lines.join('\n') + '\n';
}
