import { EmitUnsupportedError } from '../errors';
import { Circuit, ExpansionOptions, Op, flatten } from '../ir';
import { INVERSE_DEF, InverseParams } from '../ops/inverse';
import { ControlledParams, CONTROLLED_COMPOSITE_DEF, CONTROLLED_GATE_DEF, FRACTIONAL_POWER_DEF, GPHASE_DEF, NEG_CONTROLLED_DEF, NegControlledParams,
  OPAQUE_GATE_DEF, OpaqueGateParams, POWER_DEF, PowerParams } from '../ops/modifiers';
import { checkRegisterNames, formatAngle, formatReal, operandNames, wholeRegisterOf } from './format';

/**
 * stdgates.inc gates written as themselves. Not u2/u3: stdgates.inc gives them a global phase
 * e^{−i(φ+λ)/2} that this library's (qelib1) u2/u3 do not have, so those are written as U.
 */
const STDGATES = new Set(['p', 'x', 'y', 'z', 'h', 's', 'sdg', 't', 'tdg', 'sx', 'rx', 'ry', 'rz', 'cx', 'cy', 'cz', 'cp',
  'crx', 'cry', 'crz', 'ch', 'swap', 'ccx', 'cswap', 'cu', 'id', 'u1']);
/** Library gates written with modifiers or another name (exactly equal matrices, phase included). */
const REWRITE: Readonly<Record<string, (a: readonly number[]) => string>> = {
  u: (a) => `U${argList(a)}`, u3: (a) => `U${argList(a)}`, u2: (a) => `U${argList([Math.PI / 2, ...a])}`, cu1: (a) => `cp${argList(a)}`,
  ccz: () => 'ctrl(2) @ z', csx: () => 'ctrl @ sx', csxdg: () => 'ctrl @ inv @ sx', sxdg: () => 'inv @ sx', cu3: (a) => `ctrl @ U${argList(a)}`,
};
const MC_TARGET: Readonly<Record<string, string>> = { mcx: 'x', mcz: 'z', mcp: 'p', mcrx: 'rx', mcry: 'ry', mcrz: 'rz' };
const RESERVED = new Set(['OPENQASM', 'include', 'qubit', 'bit', 'qreg', 'creg', 'gate', 'opaque', 'measure', 'reset', 'barrier', 'if', 'else',
  'for', 'while', 'in', 'const', 'int', 'uint', 'float', 'angle', 'bool', 'ctrl', 'negctrl', 'inv', 'pow', 'gphase', 'pi', 'tau', 'euler', 'U',
  'let', 'def', 'return', 'input', 'output', 'box', 'delay', 'duration', 'stretch', 'complex', 'true', 'false', ...STDGATES]);

function argList(angles: readonly number[]): string {
  return angles.length ? `(${angles.map(formatAngle).join(', ')})` : '';
}
const ctrlPrefix = (name: string, k: number): string => (k === 1 ? `${name} @ ` : `${name}(${k}) @ `);

/**
 * The OpenQASM 3 text of a single gate application of `op` (without operands), or undefined
 * when it has none and must be decomposed: stdgates.inc gates; U; multi-controlled gates as
 * `ctrl(k) @ x`; controlled / negatively controlled / inverse / power wrappers as modifiers
 * around a printable inner gate; opaque gates by name.
 */
function gateText(op: Op, memo: Map<string, string | null>): string | undefined {
  const hit = memo.get(op.key);
  if (hit !== undefined) return hit ?? undefined;
  const t = computeGateText(op, memo);
  memo.set(op.key, t ?? null);
  return t;
}

function computeGateText(op: Op, memo: Map<string, string | null>): string | undefined {
  const d = op.def;
  if (d === OPAQUE_GATE_DEF) return `${op.name}${argList(op.angles)}`;
  if (d.name === op.name) { // std gate or multi-controlled family
    if (STDGATES.has(op.name)) return `${op.name}${argList(op.angles)}`;
    const rw = REWRITE[op.name];
    if (rw) return rw(op.angles);
    const mc = MC_TARGET[op.name];
    if (mc && d.gateSpec) return `${ctrlPrefix('ctrl', d.gateSpec(op).numControls)}${mc}${argList(op.angles)}`;
    return undefined;
  }
  if (d === CONTROLLED_GATE_DEF || d === CONTROLLED_COMPOSITE_DEF) {
    const p = op.params as ControlledParams;
    const inner = gateText(p.inner, memo);
    return inner === undefined ? undefined : `${ctrlPrefix('ctrl', p.numControls)}${inner}`;
  }
  if (d === NEG_CONTROLLED_DEF) {
    const p = op.params as NegControlledParams;
    const inner = gateText(p.inner, memo);
    return inner === undefined ? undefined : `${ctrlPrefix('negctrl', p.numControls)}${inner}`;
  }
  if (d === INVERSE_DEF) {
    const inner = gateText((op.params as InverseParams).inner, memo);
    return inner === undefined ? undefined : `inv @ ${inner}`;
  }
  if (d === POWER_DEF || d === FRACTIONAL_POWER_DEF) {
    const p = op.params as PowerParams;
    const inner = gateText(p.inner, memo);
    const e = Number.isInteger(p.exponent) ? String(p.exponent) : formatReal(p.exponent);
    return inner === undefined ? undefined : `pow(${e}) @ ${inner}`;
  }
  if (d === GPHASE_DEF && op.numQubits === 0) return `gphase(${formatAngle(op.angles[0])})`;
  return undefined;
}

/**
 * Write a circuit as OpenQASM 3.0 with `include "stdgates.inc"`. Gates of stdgates.inc are
 * written by name, multi-controlled and controlled gates with `ctrl(k) @`, inverses and powers
 * with `inv @` / `pow(p) @`; other ops (user-defined gates, ccz-free composites) are flattened.
 * Registers become `qubit[n] name;` / `bit[n] name;`; the global phase is kept as a final
 * `gphase(θ);`. Conditions on a whole register print as `if (c == n)`, others as nested
 * single-bit conditions `if (c[i] == b)`. Opaque gates are declared with `opaque` (an
 * OpenQASM 2 construct this project's OpenQASM 3 parser accepts as an extension).
 * Output is byte-identical for identical input. Flattening is bounded by the expansion budget
 * (`options.maxExpandedGates`, ExpansionBudgetError before anything is built).
 */
export function emitQasm3(circuit: Circuit, options: ExpansionOptions = {}): string {
  const memo = new Map<string, string | null>();
  const flat = flatten(circuit, (op) => op.def.category !== 'unitary' || gateText(op, memo) !== undefined, options);
  checkRegisterNames(flat, RESERVED);
  const qn = operandNames(flat.qregs, flat.numQubits, 'qubit');
  const cn = operandNames(flat.cregs, flat.numClbits, 'clbit');
  const lines: string[] = ['OPENQASM 3.0;', 'include "stdgates.inc";'];
  const opaque = new Map<string, string>();
  for (const ins of flat.instructions) {
    if (ins.op.def !== OPAQUE_GATE_DEF) continue;
    const d = (ins.op as Op<OpaqueGateParams>).params.definition;
    const prev = opaque.get(d.name);
    if (prev !== undefined && prev !== d.hash) throw new EmitUnsupportedError(`two different opaque gates are named '${d.name}'; rename one`);
    if (prev === undefined) {
      if (RESERVED.has(d.name)) throw new EmitUnsupportedError(`opaque gate name '${d.name}' clashes with a stdgates.inc gate or keyword; rename it`);
      opaque.set(d.name, d.hash);
      const ps = Array.from({ length: d.numParams }, (_, i) => `p${i}`).join(', ');
      const qs = Array.from({ length: d.numQubits }, (_, i) => `a${i}`).join(', ');
      lines.push(`opaque ${d.name}${d.numParams ? `(${ps})` : ''} ${qs};`);
    }
  }
  for (const r of flat.qregs) lines.push(`qubit[${r.size}] ${r.name};`);
  for (const r of flat.cregs) lines.push(`bit[${r.size}] ${r.name};`);
  for (const ins of flat.instructions) {
    let prefix = '';
    if (ins.condition) {
      const reg = wholeRegisterOf(flat.cregs, ins.condition);
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
    const text = gateText(op, memo);
    if (text === undefined) throw new EmitUnsupportedError(`op '${op.name}' cannot be written in OpenQASM 3 (no decomposition into stdgates.inc gates)`, { op: op.name });
    lines.push(`${prefix}${text}${qs ? ' ' + qs : ''};`);
  }
  if (flat.globalPhaseRad !== 0) lines.push(`gphase(${formatAngle(flat.globalPhaseRad)});`);
  return lines.join('\n') + '\n';
}
