import { Circuit, GateSpec, Op, OpCount, OpDef, OpStep, callsOfSteps, circuitOfSteps, makeOp } from '../../ir';
import { CMatrix } from '../../math/complexMatrix';
import { controlledMatrix } from '../gates/controlled';
import { McKind, makeMultiControlled } from '../gates/multiControlled';
import { makeStdGate } from '../gates/stdGates';
import { invertOp } from '../inverse';
import { unitaryOfOp } from '../unitaryOf';
import { GPHASE_DEF } from './gphase';
import { zyzOfMatrix } from './su2';

/** Parameters of a controlled op: `numControls` new controls (leading operands) on `inner`. */
export interface ControlledParams {
  readonly inner: Op;
  readonly numControls: number;
}

/** Std gates (and mc families) that are C^j(U) for U in an mc family: base kind and angle map. */
const MC_BASE: Readonly<Record<string, readonly [McKind, (a: readonly number[]) => readonly number[]]>> = {
  x: ['mcx', () => []], cx: ['mcx', () => []], ccx: ['mcx', () => []], mcx: ['mcx', () => []],
  z: ['mcz', () => []], cz: ['mcz', () => []], ccz: ['mcz', () => []], mcz: ['mcz', () => []],
  p: ['mcp', (a) => a], u1: ['mcp', (a) => a], cp: ['mcp', (a) => a], cu1: ['mcp', (a) => a], mcp: ['mcp', (a) => a],
  s: ['mcp', () => [Math.PI / 2]], sdg: ['mcp', () => [-Math.PI / 2]], t: ['mcp', () => [Math.PI / 4]], tdg: ['mcp', () => [-Math.PI / 4]],
  rx: ['mcrx', (a) => a], crx: ['mcrx', (a) => a], mcrx: ['mcrx', (a) => a],
  ry: ['mcry', (a) => a], cry: ['mcry', (a) => a], mcry: ['mcry', (a) => a],
  rz: ['mcrz', (a) => a], crz: ['mcrz', (a) => a], mcrz: ['mcrz', (a) => a],
};

/** Singly-controlled std gates for a single-qubit inner: name → [controlled name, angle map]. */
const SINGLE_CTRL: Readonly<Record<string, readonly [string, (a: readonly number[]) => readonly number[]]>> = {
  y: ['cy', () => []], h: ['ch', () => []], sx: ['csx', () => []], sxdg: ['csxdg', () => []],
  u3: ['cu3', (a) => a], u: ['cu', (a) => [...a, 0]], swap: ['cswap', () => []],
};

function isStdOrMc(op: Op): boolean {
  return op.def.name === op.name; // std gate families and mc families are named after the gate
}

/**
 * C^k(op): `numControls` controls (leading operands, active on |1⟩) on `op`. Canonicalizes:
 * k = 0 gives op; controls of controls add up; gates of the multi-controlled families give
 * mcx/mcz/mcp/mcrx/mcry/mcrz (so `ctrl @ x` is cx); y, h, sx, sxdg, u3, u, swap with one
 * control give cy, ch, csx, csxdg, cu3, cu, cswap; a controlled gphase is a phase gate.
 * Otherwise ops with a gateSpec get the `ctrl` family (gateSpec with the controls added up),
 * composites the `ctrlc` family (each gate of the body controlled, plus a controlled phase for
 * the body's global phase).
 */
export function makeControlled(op: Op, numControls: number): Op {
  if (!Number.isInteger(numControls) || numControls < 0) throw new Error(`makeControlled: invalid control count ${numControls}`);
  if (numControls === 0) return op;
  if (op.def === CONTROLLED_GATE_DEF || op.def === CONTROLLED_COMPOSITE_DEF) {
    const p = op.params as ControlledParams;
    return makeControlled(p.inner, p.numControls + numControls);
  }
  if (op.def === GPHASE_DEF) return makeMultiControlled('mcp', numControls - 1, [op.angles[0]]);
  if (isStdOrMc(op)) {
    const mc = MC_BASE[op.name];
    if (mc && op.def.gateSpec) {
      return makeMultiControlled(mc[0], op.def.gateSpec(op).numControls + numControls, mc[1](op.angles));
    }
    const single = SINGLE_CTRL[op.name];
    if (single && numControls === 1) return makeStdGate(single[0], single[1](op.angles));
  }
  const def = op.def.gateSpec ? CONTROLLED_GATE_DEF : CONTROLLED_COMPOSITE_DEF;
  return makeOp(def, {
    name: `c${numControls}_${op.name}`, angles: op.angles, params: { inner: op, numControls },
    numQubits: op.numQubits + numControls, paramsKey: `${numControls}|${op.key}`,
  });
}


/** Steps applying phase e^{iφ} when all of `ctrls` are |1⟩ (empty ctrls → undefined: a global phase). */
function controlledPhaseStep(ctrls: readonly number[], phaseRad: number): OpStep | undefined {
  if (ctrls.length === 0 || phaseRad === 0) return undefined;
  return [makeMultiControlled('mcp', ctrls.length - 1, [phaseRad]), ctrls];
}

/**
 * C^m(U) for a 2×2 unitary U with m ≥ 1 controls (operands 0..m−1) and target m, via
 * U = e^{iα} A X B X C with ABC = I (Barenco et al. 1995, Lemma 5.1 + Corollary 5.3):
 * C = Rz((δ−β)/2), B = Ry(−γ/2) Rz(−(δ+β)/2), A = Rz(β) Ry(γ/2), the X's are C^m X, and
 * e^{iα} becomes a phase on the controls (C^{m−1} P(α)).
 */
export function controlledSingleQubitSteps(numControls: number, target: CMatrix): readonly OpStep[] {
  const m = numControls;
  const ctrls = Array.from({ length: m }, (_, i) => i);
  const t = m;
  const { phaseRad, betaRad: b, gammaRad: g, deltaRad: d } = zyzOfMatrix(target);
  const out: OpStep[] = [];
  const rot = (name: string, a: number): void => { if (a !== 0) out.push([makeStdGate(name, [a]), [t]]); };
  rot('rz', (d - b) / 2);
  out.push([makeMultiControlled('mcx', m), [...ctrls, t]]);
  rot('rz', -(d + b) / 2);
  rot('ry', -g / 2);
  out.push([makeMultiControlled('mcx', m), [...ctrls, t]]);
  rot('ry', g / 2);
  rot('rz', b);
  const ph = controlledPhaseStep(ctrls, phaseRad);
  if (ph) out.push(ph);
  return out;
}

/** Steps controlling each gate of `inner`'s decomposition, plus a controlled phase for its global phase. */
function controlledBodySteps(inner: Op, k: number): readonly OpStep[] {
  if (!inner.def.decompose) throw new Error(`cannot decompose controlled '${inner.name}': it has no decomposition`);
  const body = inner.def.decompose(inner);
  const ctrls = Array.from({ length: k }, (_, i) => i);
  const out: OpStep[] = [];
  for (const ins of body.instructions) {
    if (ins.op.def.category === 'barrier') continue;
    if (ins.op.def.category !== 'unitary' || ins.condition) throw new Error(`cannot control non-unitary '${ins.op.name}' in '${inner.name}'`);
    out.push([makeControlled(ins.op, k), [...ctrls, ...ins.qubits.map((q) => q + k)]]);
  }
  const ph = controlledPhaseStep(ctrls, body.globalPhaseRad);
  if (ph) out.push(ph);
  return out;
}

function stepsOf(op: Op<ControlledParams>): readonly OpStep[] {
  const { inner, numControls: k } = op.params;
  if (inner.def.gateSpec) {
    const g = inner.def.gateSpec(inner);
    if (g.target.dim === 2) return controlledSingleQubitSteps(k + g.numControls, g.target);
  }
  return controlledBodySteps(inner, k);
}

const common = {
  category: 'unitary' as const,
  decompose: (op: Op<ControlledParams>): Circuit => circuitOfSteps(op.numQubits, stepsOf(op)),
  callsFromDecomposition: true,
  calls: (op: Op<ControlledParams>): readonly OpCount[] => callsOfSteps(stepsOf(op)),
  inverse: (op: Op<ControlledParams>): Op => makeControlled(invertOp(op.params.inner), op.params.numControls),
};

/**
 * Controlled gate whose inner op has a gateSpec (OpenQASM 3 `ctrl(k) @ g`): the gateSpec's
 * controls add up. Decomposition: the general controlled-U construction for single-qubit
 * targets, else control each gate of the inner decomposition.
 */
export const CONTROLLED_GATE_DEF: OpDef<ControlledParams> = Object.freeze({
  ...common,
  name: 'ctrl',
  summary: 'C^k(U) of a gate with a gateSpec (controls add up)',
  gateSpec: (op: Op<ControlledParams>): GateSpec => {
    const g = op.params.inner.def.gateSpec!(op.params.inner);
    return { numControls: g.numControls + op.params.numControls, target: g.target, structure: g.structure };
  },
  unitary: (op: Op<ControlledParams>): CMatrix => {
    const g = op.params.inner.def.gateSpec!(op.params.inner);
    return controlledMatrix(g.numControls + op.params.numControls, g.target);
  },
  examples: () => [makeControlled(makeStdGate('h'), 2), makeControlled(makeStdGate('u3', [0.3, 1.1, -0.4]), 3), makeControlled(makeStdGate('rxx', [0.8]), 1)],
});

/**
 * Controlled composite (inner without gateSpec, e.g. a user-defined gate): each gate of the
 * body is controlled, and the body's global phase becomes a phase gate on the controls.
 */
export const CONTROLLED_COMPOSITE_DEF: OpDef<ControlledParams> = Object.freeze({
  ...common,
  name: 'ctrlc',
  summary: 'C^k(op) of a composite op: controls every gate of its decomposition',
  unitary: (op: Op<ControlledParams>): CMatrix => controlledMatrix(op.params.numControls, unitaryOfOp(op.params.inner)),
  examples: () => [makeControlled(makeStdGate('rccx'), 1), makeControlled(makeStdGate('rccx'), 2)],
});
