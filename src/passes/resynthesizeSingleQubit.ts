import { Circuit, CircuitBuilder, Instruction, Op } from '../ir';
import { Pass, makePass } from './pass';
import { CMatrix, identityC } from '../math/complexMatrix';
import { makeStdGate, unitaryOfOp } from '../ops';
import { normalizeAngleRad } from './gateList';
import { U3Angles, mul2, phaseBetween, u3AnglesOf } from './lowering/euler';

/**
 * Gate basis for single-qubit runs: 'nam' = {rz, h, x}; 'zsx' = {rz, sx, x} (IBM);
 * 'zsxrx' = {rz, sx, x, rx} (IBM Heron with the fractional rx: any run is Rz·Rx·Rz, one pulse);
 * 'zyz' = {rz, ry} (trapped ions); 'zu1q' = {rz, u1q} (Quantinuum); 'gpi' = {gpi, gpi2} (IonQ,
 * no virtual Z: Rz(θ) = GPi(θ/2)·GPi(0)); 'u3' = one u3.
 */
export type SingleQubitBasis = 'nam' | 'zsx' | 'zsxrx' | 'zyz' | 'zu1q' | 'gpi' | 'u3';

const PI = Math.PI;
const BASIS_GATES: Readonly<Record<SingleQubitBasis, ReadonlySet<string>>> = {
  nam: new Set(['rz', 'h', 'x']), zsx: new Set(['rz', 'sx', 'x']), zsxrx: new Set(['rz', 'sx', 'x', 'rx']), zyz: new Set(['rz', 'ry']), zu1q: new Set(['rz', 'u1q']),
  gpi: new Set(['gpi', 'gpi2']), u3: new Set(['u3']),
};

/** Gate name and angles (radians), in time order. */
type Seq = readonly (readonly [string, ...number[]])[];
/** Rotations that are the identity at angle 0 (dropped then); gpi(0) = X is not one of them. */
const ROTATIONS = new Set(['rz', 'ry', 'rx']);

function candidates(a: U3Angles, basis: SingleQubitBasis): Seq[] {
  const { thetaRad: t, phiRad: f, lambdaRad: l } = a;
  switch (basis) {
    case 'u3': return [[], [['u3', t, f, l]]];
    case 'zyz': return [[['rz', f + l]], [['rz', l], ['ry', t], ['rz', f]]];
    // Ry(θ) = U1q(θ, π/2).
    case 'zu1q': return [[['rz', f + l]], [['rz', l], ['u1q', t, PI / 2], ['rz', f]]];
    // Rz(a) = GPi(a/2)·GPi(0); Rz(φ)·Ry(θ)·Rz(λ) = GPi2(φ)·GPi2(π+φ−θ)·Rz(φ−θ+λ) (Z moved through
    // GPi2: Rz(a)·GPi2(b) = GPi2(a+b)·Rz(a); Ry(θ) = GPi2(0)·Rz(−θ)·GPi2(π)).
    case 'gpi': return [[], [['gpi', 0], ['gpi', (f + l) / 2]],
      [['gpi', 0], ['gpi', (f - t + l) / 2], ['gpi2', PI + f - t], ['gpi2', f]]];
    case 'zsx': return [
      [['rz', f + l]], [['rz', l + PI - f], ['x']], [['rz', l + PI], ['x'], ['rz', f]],
      [['rz', l - PI / 2], ['sx'], ['rz', f + PI / 2]],
      [['rz', l], ['sx'], ['rz', t + PI], ['sx'], ['rz', f + PI]],
      [['rz', l], ['sx'], ['rz', t - PI], ['sx'], ['rz', f]],
    ];
    // Ry(θ) = Rz(π/2)·Rx(θ)·Rz(−π/2): the ZYZ form with one rx; the x and sx forms first (same length or shorter).
    case 'zsxrx': return [
      [['rz', f + l]], [['rz', l + PI - f], ['x']], [['rx', t]], [['rz', l + PI], ['x'], ['rz', f]],
      [['rz', l - PI / 2], ['sx'], ['rz', f + PI / 2]],
      [['rz', l - PI / 2], ['rx', t], ['rz', f + PI / 2]],
    ];
    case 'nam': return [
      [['rz', f + l]], [['rz', l + PI - f], ['x']], [['rz', l + PI], ['x'], ['rz', f]],
      [['rz', l + PI], ['h'], ['rz', f]],
      [['rz', l - PI / 2], ['h'], ['rz', t], ['h'], ['rz', f + PI / 2]],
    ];
  }
}

function toOps(seq: Seq, basis: SingleQubitBasis): Op[] {
    const ops: Op[] = [];
  for (const [name, ...angles] of seq) {
    const a = name === 'u3' ? angles : angles.map(normalizeAngleRad);
    if (ROTATIONS.has(name) && Math.abs(a[0]) < 1e-12) continue;
    ops.push(makeStdGate(name, a));
  }
  return ops;
}

function matrixOfOps(ops: readonly Op[]): CMatrix {
  let m = identityC(2);
  for (const op of ops) m = mul2(unitaryOfOp(op), m);
  return m;
}

/**
 * Shortest sequence over `basis` equal to the 2×2 unitary `u` up to global phase: ZYZ Euler
 * angles (Nielsen & Chuang Thm. 4.1) rewritten per basis (Rx = H·Rz·H; IBM's
 * U3(θ,φ,λ) ≅ Rz(φ+π)·SX·Rz(θ+π)·SX·Rz(λ), McKay et al. 2017), with shorter special forms tried
 * first; every candidate is checked numerically (1e-9). Returns the ops in time order and the phase
 * φ with u = e^{iφ}·(product of ops).
 */
export function synthesizeSingleQubit(u: CMatrix, basis: SingleQubitBasis): { ops: readonly Op[]; phaseRad: number } {
  const angles = u3AnglesOf(u);
  let best: { ops: readonly Op[]; phaseRad: number } | undefined;
  for (const seq of candidates(angles, basis)) {
    const ops = toOps(seq, basis);
    if (best && ops.length >= best.ops.length) continue;
    const { phaseRad, errorAbs } = phaseBetween(u, matrixOfOps(ops));
    if (errorAbs < 1e-9) best = { ops, phaseRad };
  }
  if (!best) throw new Error('synthesizeSingleQubit: no candidate matched (bug)');
  return best;
}

function isSingleQubitUnitary(ins: Instruction): boolean {
  return ins.op.def.category === 'unitary' && ins.op.numQubits === 1 && !ins.condition;
}

/**
 * Resynthesize every maximal run of single-qubit gates on one wire into the shortest sequence
 * over `basis` (exact up to a tracked global phase). A run is replaced when it contains a gate
 * outside the basis or when the new sequence is shorter, so the pass never adds gates to runs
 * already in the basis.
 */
export function resynthesizeSingleQubitRuns(circuit: Circuit, basis: SingleQubitBasis): { circuit: Circuit; changed: boolean } {
  // First a dry run (no circuit built): most calls inside optimization loops change nothing.
  if (!resynthesize(circuit, basis, false).changed) return { circuit, changed: false };
  return resynthesize(circuit, basis, true);
}

function resynthesize(circuit: Circuit, basis: SingleQubitBasis, build: boolean): { circuit: Circuit; changed: boolean } {
  const b = new CircuitBuilder();
  if (build) {
    for (const r of circuit.qregs) b.addQreg(r.name, r.size);
    for (const r of circuit.cregs) b.addCreg(r.name, r.size);
  }
  const runs: Instruction[][] = Array.from({ length: circuit.numQubits }, () => []);
  let phase = circuit.globalPhaseRad;
  let changed = false;
  const allowed = BASIS_GATES[basis];
  const flush = (q: number): void => {
    const run = runs[q];
    if (!run.length) return;
    runs[q] = [];
    const inBasisRun = run.every((i) => allowed.has(i.op.name));
    // Two basis gates never shrink (pairs that cancel or merge are the cancellation pass's job).
    if (inBasisRun && run.length < 3) { if (build) for (const i of run) b.apply(i.op, [q]); return; }
    const u = matrixOfOps(run.map((i) => i.op));
    const s = synthesizeSingleQubit(u, basis);
    if (inBasisRun && s.ops.length >= run.length) { if (build) for (const i of run) b.apply(i.op, [q]); return; }
    changed = true;
    if (build) for (const op of s.ops) b.apply(op, [q]);
    phase += s.phaseRad;
  };
  for (const ins of circuit.instructions) {
    if (isSingleQubitUnitary(ins)) { runs[ins.qubits[0]].push(ins); continue; }
    for (const q of ins.qubits) flush(q);
    if (ins.condition) for (let q = 0; q < circuit.numQubits; q++) flush(q);
    if (build) b.apply(ins.op, ins.qubits, { clbits: ins.clbits, condition: ins.condition });
  }
  for (let q = 0; q < circuit.numQubits; q++) flush(q);
  if (!build) return { circuit, changed };
  b.addGlobalPhase(normalizeAngleRad(phase));
  return { circuit: changed ? b.build() : circuit, changed };
}

/**
 * Pass: resynthesize single-qubit runs over `basis` ({@link resynthesizeSingleQubitRuns}).
 * Preserves every property except the gate-set ones it cannot know (the output uses the basis).
 */
export function resynthesizeRunsPass(basis: SingleQubitBasis): Pass {
  return makePass({
    name: `resynthesizeSingleQubit(${basis})`, requires: ['stdGatesOnly'], ensures: [],
    preserves: basis === 'nam' ? 'all' : ['stdGatesOnly', 'noCcz', 'routed', ...(basis === 'zsx' ? ['ibmBasis' as const] : basis === 'zyz' ? ['ionBasis' as const] : [])],
    run: (c) => resynthesizeSingleQubitRuns(c, basis),
  });
}
