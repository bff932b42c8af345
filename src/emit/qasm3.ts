import { EmitUnsupportedError } from '../errors';
import { Circuit, ExpansionOptions, Op, flatten } from '../ir';
import { BRAKET_OTHER_BUILTINS, libraryGateNames, stdGatesInLibrary } from '../ops/gates';
import { INVERSE_DEF, InverseParams } from '../ops/inverse';
import { ControlledParams, CONTROLLED_COMPOSITE_DEF, CONTROLLED_GATE_DEF, FRACTIONAL_POWER_DEF, GPHASE_DEF, NEG_CONTROLLED_DEF, NegControlledParams,
  OPAQUE_GATE_DEF, POWER_DEF, PowerParams } from '../ops/modifiers';
import { formatAngle, formatReal, operandNames, wholeRegisterOf } from './format';
import { IdentifierRules, withLegalRegisterNames } from './identifiers';
import { BRAKET_NAMES, QASM3_DEFINITIONS } from './qasm3Definitions';
import { countFlatStatements } from './statementCount';

/**
 * stdgates.inc gates written as themselves, from the gate table. Not u2/u3: stdgates.inc gives them
 * a global phase e^{−i(φ+λ)/2} that this library's (qelib1) u2/u3 do not have, so those are
 * written as U (`phaseDiffersIn` in the table).
 */
const STDGATES: ReadonlySet<string> = new Set(stdGatesInLibrary('stdgates', { exactPhase: true }));
/** Library gates written with modifiers or another name (exactly equal matrices, phase included). */
const REWRITE: Readonly<Record<string, (a: readonly number[]) => string>> = {
  u: (a) => `U${argList(a)}`, u3: (a) => `U${argList(a)}`, u2: (a) => `U${argList([Math.PI / 2, ...a])}`, cu1: (a) => `cp${argList(a)}`,
  ccz: () => 'ctrl(2) @ z', csx: () => 'ctrl @ sx', csxdg: () => 'ctrl @ inv @ sx', sxdg: () => 'inv @ sx', cu3: (a) => `cu${argList([...a, 0])}`,
};
const MC_TARGET: Readonly<Record<string, string>> = { mcx: 'x', mcz: 'z', mcp: 'p', mcrx: 'rx', mcry: 'ry', mcrz: 'rz' };
/**
 * Every keyword token of the OpenQASM 3 grammar (qasm3Lexer.g4; test/emit/conformance checks this
 * list against the vendored grammar), the built-in constants and U, and every gate name that
 * `include "stdgates.inc"` defines (including its OpenQASM 2 compatibility names).
 */
const KEYWORDS3 = ['OPENQASM', 'include', 'defcalgrammar', 'def', 'cal', 'defcal', 'gate', 'extern', 'box', 'let', 'break', 'continue', 'if',
  'else', 'end', 'return', 'for', 'while', 'in', 'switch', 'case', 'default', 'nop', 'pragma', 'input', 'output', 'const', 'readonly',
  'mutable', 'qreg', 'qubit', 'creg', 'bool', 'bit', 'int', 'uint', 'float', 'angle', 'complex', 'array', 'void', 'duration', 'stretch',
  'gphase', 'inv', 'pow', 'ctrl', 'negctrl', 'durationof', 'delay', 'reset', 'measure', 'barrier', 'true', 'false', 'im',
  'opaque', 'pi', 'tau', 'euler', 'U', 'sizeof'];

/** Identifiers of OpenQASM 3: ASCII words that are no keyword, constant or stdgates.inc gate. */
export const QASM3_IDENTIFIERS: IdentifierRules = Object.freeze({
  version: 'OpenQASM 3' as const,
  pattern: /^[A-Za-z_][A-Za-z0-9_]*$/,
  reserved: new Set([...KEYWORDS3, ...libraryGateNames('stdgates'), ...QASM3_DEFINITIONS.keys()]),
});

/** Identifiers of Braket's OpenQASM 3: also none of its built-in gate names. */
const BRAKET_IDENTIFIERS: IdentifierRules = Object.freeze({
  ...QASM3_IDENTIFIERS,
  reserved: new Set([...QASM3_IDENTIFIERS.reserved, ...Object.values(BRAKET_NAMES), ...BRAKET_OTHER_BUILTINS]),
});

/** Options of {@link emitQasm3}. */
export interface EmitQasm3Options extends ExpansionOptions {
  /** Device-native gates outside stdgates.inc to keep, each written with a `gate` definition ({@link QASM3_DEFINITIONS}). */
  readonly keepGates?: readonly string[];
  /**
   * 'stdgates' (default): `include "stdgates.inc"` and its names. 'braket': Amazon Braket's
   * built-in names ({@link BRAKET_NAMES}) without an include; no gate modifiers, everything else
   * decomposed.
   */
  readonly gateNames?: 'stdgates' | 'braket';
}

interface TextContext {
  readonly memo: Map<string, string | null>;
  readonly keep: ReadonlySet<string>;
  readonly braket: boolean;
}

function argList(angles: readonly number[]): string {
  return angles.length ? `(${angles.map(formatAngle).join(', ')})` : '';
}
const ctrlPrefix = (name: string, k: number): string => (k === 1 ? `${name} @ ` : `${name}(${k}) @ `);

/**
 * The OpenQASM 3 text of a single gate application of `op` (without operands), or undefined
 * when it has none and must be decomposed: stdgates.inc gates; U; multi-controlled gates as
 * `ctrl(k) @ x`; controlled / negatively controlled / inverse / power wrappers as modifiers
 * around a printable inner gate. Opaque gates throw EmitUnsupportedError.
 */
function gateText(op: Op, ctx: TextContext): string | undefined {
  const hit = ctx.memo.get(op.key);
  if (hit !== undefined) return hit ?? undefined;
  const t = computeGateText(op, ctx);
  ctx.memo.set(op.key, t ?? null);
  return t;
}

function computeGateText(op: Op, ctx: TextContext): string | undefined {
  const d = op.def;
  if (d === OPAQUE_GATE_DEF) {
    throw new EmitUnsupportedError(`opaque gate '${op.name}' cannot be written in OpenQASM 3, which has no opaque statement; give it a gate definition or emit OpenQASM 2`, { op: op.name });
  }
  if (ctx.braket) {
    const n = d.name === op.name ? BRAKET_NAMES[op.name] : undefined;
    return n === undefined ? undefined : `${n}${argList(op.angles)}`;
  }
  if (d.name === op.name) { // std gate or multi-controlled family
    if (STDGATES.has(op.name) || ctx.keep.has(op.name)) return `${op.name}${argList(op.angles)}`;
    const rw = REWRITE[op.name];
    if (rw) return rw(op.angles);
    const mc = MC_TARGET[op.name];
    if (mc && d.gateSpec) return `${ctrlPrefix('ctrl', d.gateSpec(op).numControls)}${mc}${argList(op.angles)}`;
    return undefined;
  }
  if (d === CONTROLLED_GATE_DEF || d === CONTROLLED_COMPOSITE_DEF) {
    const p = op.params as ControlledParams;
    const inner = gateText(p.inner, ctx);
    return inner === undefined ? undefined : `${ctrlPrefix('ctrl', p.numControls)}${inner}`;
  }
  if (d === NEG_CONTROLLED_DEF) {
    const p = op.params as NegControlledParams;
    const inner = gateText(p.inner, ctx);
    return inner === undefined ? undefined : `${ctrlPrefix('negctrl', p.numControls)}${inner}`;
  }
  if (d === INVERSE_DEF) {
    const inner = gateText((op.params as InverseParams).inner, ctx);
    return inner === undefined ? undefined : `inv @ ${inner}`;
  }
  if (d === POWER_DEF || d === FRACTIONAL_POWER_DEF) {
    const p = op.params as PowerParams;
    const inner = gateText(p.inner, ctx);
    const e = Number.isInteger(p.exponent) ? String(p.exponent) : formatReal(p.exponent);
    return inner === undefined ? undefined : `pow(${e}) @ ${inner}`;
  }
  if (d === GPHASE_DEF && op.numQubits === 0) return `gphase(${formatAngle(op.angles[0])})`;
  return undefined;
}

function qasm3Context(options: EmitQasm3Options): TextContext {
  for (const g of options.keepGates ?? []) {
    if (!QASM3_DEFINITIONS.has(g)) throw new EmitUnsupportedError(`gate '${g}' has no OpenQASM 3 definition in stdgates.inc gates; it cannot be kept`, { gate: g });
  }
  const braket = options.gateNames === 'braket';
  return { memo: new Map(), keep: new Set(braket ? [] : options.keepGates ?? []), braket };
}

/** Gate, measure, reset and barrier statements {@link emitQasm3} would write (without the final gphase), counted without flattening. */
export function qasm3StatementCount(circuit: Circuit, options: EmitQasm3Options = {}): number {
  const ctx = qasm3Context(options);
  return countFlatStatements(circuit, (op) => gateText(op, ctx) !== undefined);
}

/**
 * Write a circuit as OpenQASM 3.0 with `include "stdgates.inc"` (or with Amazon Braket's gate
 * names, options.gateNames = 'braket'). Kept device-native gates get a `gate` definition
 * (options.keepGates, {@link QASM3_DEFINITIONS}). Gates of stdgates.inc are
 * written by name, multi-controlled and controlled gates with `ctrl(k) @`, inverses and powers
 * with `inv @` / `pow(p) @`; other ops (user-defined gates, ccz-free composites) are flattened.
 * Registers become `qubit[n] name;` / `bit[n] name;`; the global phase is kept as a final
 * `gphase(θ);`. Conditions on a whole register print as `if (c == n)`, others as nested
 * single-bit conditions `if (c[i] == b)`. Controlled-U3 is written `cu(θ, φ, λ, 0)`, which
 * stdgates.inc and Qiskit read alike (not `ctrl @ U`, whose control phase depends on U's global
 * phase convention). Register names that are keywords or library gate names are renamed by
 * {@link withLegalRegisterNames} (`end` → `r_end`). Opaque gates are refused (EmitUnsupportedError):
 * OpenQASM 3 has no `opaque` statement.
 * Output is byte-identical for identical input. Flattening is bounded by the expansion budget
 * (`options.maxExpandedGates`, ExpansionBudgetError before anything is built).
 */
export function emitQasm3(circuit: Circuit, options: EmitQasm3Options = {}): string {
  const braket = options.gateNames === 'braket';
  const ctx = qasm3Context(options);
  const flat = flatten(circuit, (op) => op.def.category !== 'unitary' || gateText(op, ctx) !== undefined, options);
  const named = withLegalRegisterNames(flat, braket ? BRAKET_IDENTIFIERS : QASM3_IDENTIFIERS);
  const qn = operandNames(named.qregs, named.numQubits, 'qubit');
  const cn = operandNames(named.cregs, named.numClbits, 'clbit');
  const lines: string[] = braket ? ['OPENQASM 3.0;'] : ['OPENQASM 3.0;', 'include "stdgates.inc";'];
  const used = new Set(flat.instructions.map((ins) => ins.op.name));
  for (const [name, d] of QASM3_DEFINITIONS) {
    if (ctx.keep.has(name) && used.has(name)) lines.push(`gate ${name}${d.params.length ? `(${d.params.join(', ')})` : ''} ${d.qubits.join(', ')} { ${d.body} }`);
  }
  for (const r of named.qregs) lines.push(`qubit[${r.size}] ${r.name};`);
  for (const r of named.cregs) lines.push(`bit[${r.size}] ${r.name};`);
  for (const ins of flat.instructions) {
    let prefix = '';
    if (ins.condition) {
      const reg = wholeRegisterOf(named.cregs, ins.condition);
      if (reg) prefix = `if (${reg.name} == ${ins.condition.value}) `;
      else {
        const bits = ins.condition.clbits;
        for (let i = 0; i < bits.length; i++) prefix += `if (${cn[bits[i]]} == ${Math.floor(ins.condition.value / 2 ** i) % 2}) `;
      }
    }
    const op = ins.op;
    const qs = ins.qubits.map((q) => qn[q]).join(', ');
    switch (op.def.category) {
      case 'measure': lines.push(`${prefix}${cn[ins.clbits[0]]} = measure ${qn[ins.qubits[0]]};`); continue;
      case 'reset': lines.push(`${prefix}reset ${qs};`); continue;
      case 'barrier': lines.push(`barrier ${qs};`); continue;
      default: break;
    }
    const text = gateText(op, ctx);
    if (text === undefined) throw new EmitUnsupportedError(`op '${op.name}' cannot be written in OpenQASM 3 (no decomposition into stdgates.inc gates)`, { op: op.name });
    lines.push(`${prefix}${text}${qs ? ' ' + qs : ''};`);
  }
  if (flat.globalPhaseRad !== 0) lines.push(`gphase(${formatAngle(flat.globalPhaseRad)});`);
  return lines.join('\n') + '\n';
}
