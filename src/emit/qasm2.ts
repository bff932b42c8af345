import { EmitUnsupportedError } from '../errors';
import { Circuit, ExpansionOptions, Op, flatten } from '../ir';
import { distanceUpToPhaseC } from '../math/complexMatrix';
import { isStdGate as isLibraryGate, libraryGateNames, makeStdGate, stdGateInfo, stdGatesInLibrary } from '../ops/gates';
import { DEFINED_GATE_DEF, OPAQUE_GATE_DEF, OpaqueGateParams } from '../ops/modifiers';
import { formatAngle, operandNames, wholeRegisterOf } from './format';
import { IdentifierRules, legalNames, withLegalRegisterNames } from './identifiers';
import { QASM2_DEFINITIONS, qasm2DefinitionText } from './qasm2Definitions';
import { countFlatStatements } from './statementCount';

/** Gate set written by {@link emitQasm2}. */
export type Qasm2GateSet = 'qelib1' | 'qelib1-extended';

/** Options of {@link emitQasm2}. */
export interface EmitQasm2Options extends ExpansionOptions {
  /**
   * 'qelib1' (default): only the gates of the published qelib1.inc (Cross et al. 2017), which
   * every OpenQASM 2 consumer knows. 'qelib1-extended': also keep Qiskit's extensions (p, cp, sx,
   * sxdg, swap, cswap, crx, cry, rxx, rzz) as themselves, each with a `gate` definition in the file.
   */
  readonly gateSet?: Qasm2GateSet;
  /**
   * Further gates to keep as themselves (a device's native gates, e.g. ecr, gpi, gpi2, ms, u1q),
   * each written with its `gate` definition ({@link QASM2_DEFINITIONS}).
   */
  readonly keepGates?: readonly string[];
}

/**
 * qelib1.inc gates written as themselves, from the gate table (u0 omitted: not a gate of ours; U
 * and CX are written u3 and cx). Not cu3: the published qelib1.inc defines cu3 without the phase
 * e^{i(φ+λ)/2} on the control, so this library's exact controlled-U3 is written as its
 * decomposition into u1, cx and u3 (`phaseDiffersIn` in the table).
 */
const QELIB1: ReadonlySet<string> = new Set(stdGatesInLibrary('qelib1', { exactPhase: true }));
/** qelib1.inc extensions that 'qelib1-extended' keeps: those with a definition in qelib1 gates. */
const EXTENDED: readonly string[] = stdGatesInLibrary('qelib1-ext').filter((g) => QASM2_DEFINITIONS.has(g));
/** Library gates equal (as matrices) to a qelib1 gate under another name. */
const ALIAS: Readonly<Record<string, string>> = { u: 'u3', p: 'u1', cp: 'cu1' };
const KEYWORDS = ['OPENQASM', 'include', 'qreg', 'creg', 'gate', 'opaque', 'measure', 'reset', 'barrier', 'if', 'pi', 'U', 'CX',
  'sin', 'cos', 'tan', 'exp', 'ln', 'sqrt'];

/**
 * Identifiers of OpenQASM 2: `[a-z][A-Za-z0-9_]*` (2.0 grammar; Qiskit's qasm2 lexer), not a
 * keyword and not a gate of qelib1.inc, of its common extensions or of the definitions we write.
 */
export const QASM2_IDENTIFIERS: IdentifierRules = Object.freeze({
  version: 'OpenQASM 2' as const,
  pattern: /^[a-z][A-Za-z0-9_]*$/,
  reserved: new Set([...KEYWORDS, ...libraryGateNames('qelib1'), ...EXTENDED, ...QASM2_DEFINITIONS.keys()]),
});

/** The gates kept as themselves and the name each op is written by (undefined = flatten it). */
function qasm2Naming(options: EmitQasm2Options): { kept: ReadonlySet<string>; nameOf: (op: Op) => string | undefined } {
  const kept = new Set<string>(QELIB1);
  for (const g of [...(options.gateSet === 'qelib1-extended' ? EXTENDED : []), ...(options.keepGates ?? [])]) {
    if (!QELIB1.has(g) && !QASM2_DEFINITIONS.has(g)) throw new EmitUnsupportedError(`gate '${g}' has no OpenQASM 2 definition in qelib1.inc gates; it cannot be kept`, { gate: g });
    kept.add(g);
  }
  const recognized = new Map<string, string | null>();
  const nameOf = (op: Op): string | undefined => {
    if (op.def === OPAQUE_GATE_DEF) return op.name;
    if (op.def === DEFINED_GATE_DEF) return definedAsKept(op, kept, recognized);
    if (op.def.name !== op.name) return undefined;
    const n = kept.has(op.name) ? op.name : ALIAS[op.name];
    return n !== undefined && kept.has(n) ? n : undefined;
  };
  return { kept, nameOf };
}

/** Gate, measure, reset and barrier statements {@link emitQasm2} would write, counted without flattening. */
export function qasm2StatementCount(circuit: Circuit, options: EmitQasm2Options = {}): number {
  const { nameOf } = qasm2Naming(options);
  return countFlatStatements(circuit, (op) => nameOf(op) !== undefined);
}

/**
 * Write a circuit as OpenQASM 2.0 with `include "qelib1.inc"`. Ops outside the gate set are
 * flattened (decomposed recursively) until they are in it; the built-ins U and CX are never
 * written (u3 and cx instead). Every kept gate outside the published qelib1.inc gets a `gate`
 * definition in qelib1 gates ({@link QASM2_DEFINITIONS}) before its first use, so every reader
 * gives the file one meaning. A user-defined gate that has the name and the matrix of a kept gate
 * (a file this emitter wrote, read back) is written by that name again. Register and opaque-gate
 * names not legal in OpenQASM 2 are renamed by {@link legalNames} (`Anc` → `r_Anc`). The global
 * phase is dropped (OpenQASM 2 cannot express it, so the output equals the input up to global
 * phase). Conditions must cover a whole classical register (`if(c==n)`), else
 * EmitUnsupportedError. Angles print with {@link formatAngle}; output is byte-identical for
 * identical input.
 */
export function emitQasm2(circuit: Circuit, options: EmitQasm2Options = {}): string {
  const { kept, nameOf } = qasm2Naming(options);
  const flat = withLegalRegisterNames(flatten(circuit, (op) => op.def.category !== 'unitary' || nameOf(op) !== undefined, options), QASM2_IDENTIFIERS);
  const qn = operandNames(flat.qregs, flat.numQubits, 'qubit');
  const cn = operandNames(flat.cregs, flat.numClbits, 'clbit');
  const lines: string[] = ['OPENQASM 2.0;', 'include "qelib1.inc";'];
  const used = new Set(flat.instructions.map((ins) => ins.op.def.category === 'unitary' ? nameOf(ins.op) : undefined));
  for (const [name, d] of QASM2_DEFINITIONS) if (used.has(name) && kept.has(name) && !QELIB1.has(name)) lines.push(qasm2DefinitionText(name, d));
  const opaqueNames = opaqueGateNames(flat);
  const opaque = new Map<string, string>();
  for (const ins of flat.instructions) {
    if (ins.op.def !== OPAQUE_GATE_DEF) continue;
    const d = (ins.op as Op<OpaqueGateParams>).params.definition;
    const prev = opaque.get(d.name);
    if (prev !== undefined && prev !== d.hash) throw new EmitUnsupportedError(`two different opaque gates are named '${d.name}'; rename one`, { name: d.name });
    if (prev === undefined) {
      opaque.set(d.name, d.hash);
      const ps = Array.from({ length: d.numParams }, (_, i) => `p${i}`).join(',');
      const qs = Array.from({ length: d.numQubits }, (_, i) => `a${i}`).join(',');
      lines.push(`opaque ${opaqueNames.get(d.name)}${d.numParams ? `(${ps})` : ''} ${qs};`);
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
    const name = op.def === OPAQUE_GATE_DEF ? opaqueNames.get(op.name) : nameOf(op);
    if (name === undefined) throw new EmitUnsupportedError(`op '${op.name}' has no decomposition into qelib1.inc gates`, { op: op.name });
    const angles = op.angles.length ? `(${op.angles.map(formatAngle).join(',')})` : '';
    lines.push(`${prefix}${name}${angles} ${qs};`);
  }
  return lines.join('\n') + '\n';
}

/** Opaque gate names made legal ({@link legalNames}), checked against the register names too. */
function opaqueGateNames(flat: Circuit): ReadonlyMap<string, string> {
  const names = [...new Set(flat.instructions.filter((i) => i.op.def === OPAQUE_GATE_DEF).map((i) => i.op.name))];
  const map = legalNames(names, QASM2_IDENTIFIERS, 'opaque gate');
  const regs = new Set([...flat.qregs, ...flat.cregs].map((r) => r.name));
  for (const [n, m] of map) if (regs.has(m)) throw new EmitUnsupportedError(`opaque gate '${n}' and a register would both be named '${m}'; rename one`, { name: n });
  return map;
}

/** Phase-insensitive match of a user-defined gate with a kept library gate of the same name. */
const MATCH_TOL = 1e-9;

function definedAsKept(op: Op, kept: ReadonlySet<string>, memo: Map<string, string | null>): string | undefined {
  const hit = memo.get(op.key);
  if (hit !== undefined) return hit ?? undefined;
  let out: string | null = null;
  const info = kept.has(op.name) && isLibraryGate(op.name) ? stdGateInfo(op.name) : undefined;
  if (info && info.numAngles === op.angles.length && info.numQubits === op.numQubits && op.def.unitary) {
    const lib = makeStdGate(op.name, op.angles);
    if (distanceUpToPhaseC(op.def.unitary(op), lib.def.unitary!(lib)) < MATCH_TOL) out = op.name;
  }
  memo.set(op.key, out);
  return out ?? undefined;
}
