import { Circuit, CircuitBuilder, Instruction, Op, flatten } from '../ir';
import { PhaseFormGate, makeStdGate, phaseFormGateNames, stdGatePhaseForm } from '../ops';

/**
 * Compact working form of a circuit for the optimization passes: the Nam et al. (2018) basis
 * {H, X, CNOT, P(θ)} plus CCZ (kept whole until a pass decomposes it with a chosen polarity) and
 * "opaque" instructions (anything else: measure, reset, barrier, conditioned or unknown ops),
 * which passes never move gates across. Struct-of-arrays so the passes touch no per-gate
 * objects in their hot loops. P(θ) = diag(1, e^{iθ}) is used internally instead of Rz(θ)
 * (they differ by the global phase e^{iθ/2}, tracked in `globalPhaseRad`).
 */
export const K_H = 0;
/** Pauli X. */
export const K_X = 1;
/** CNOT: q0 = control, q1 = target. */
export const K_CX = 2;
/** Phase gate P(angle) on q0. */
export const K_P = 3;
/** CCZ on q0, q1, q2 (symmetric). */
export const K_CCZ = 4;
/** Any other instruction, kept verbatim (`ins`). */
export const K_OPAQUE = 5;

/** One gate of the working form (only used outside hot loops: building and emitting). */
export interface WorkGate {
  readonly kind: number;
  readonly q0: number;
  readonly q1: number;
  readonly q2: number;
  readonly angleRad: number;
  readonly ins?: Instruction;
}

/** A circuit in the working form: gates in time order, plus shell data to rebuild a Circuit. */
export interface GateList {
  readonly shell: Circuit;
  readonly gates: readonly WorkGate[];
  readonly globalPhaseRad: number;
}

const TWO_PI = 2 * Math.PI;

/** Reduce an angle to (−π, π]. */
export function normalizeAngleRad(a: number): number {
  let r = a % TWO_PI;
  if (r <= -Math.PI) r += TWO_PI;
  else if (r > Math.PI) r -= TWO_PI;
  return r;
}

/** True when `a` is a multiple of 2π within `tolRad`. */
export function isZeroAngle(a: number, tolRad = 1e-12): boolean {
  return Math.abs(normalizeAngleRad(a)) < tolRad;
}

/** Names of the gates the working form reads directly: those the gate table gives a working form (everything else is flattened first). */
const DIRECT: ReadonlySet<string> = new Set(phaseFormGateNames());

/** Working-form kind of each gate of the table's phase forms. */
const KIND_OF: Readonly<Record<PhaseFormGate, number>> = { h: K_H, x: K_X, cx: K_CX, p: K_P, ccz: K_CCZ };

/**
 * Convert a circuit to the working form. Composite unitary ops are flattened through their
 * decompositions down to standard gates; each standard gate becomes its exact working form from
 * the gate table (e.g. U(θ,φ,λ) = P(φ)·Ry(θ)·P(λ), Ry(θ) = S·H·Rz(θ)·H·S†, CZ = H·CX·H, SWAP = 3 CX,
 * CCX = H·CCZ·H).
 * Conditioned and non-unitary instructions stay opaque.
 */
export function toGateList(circuit: Circuit): GateList {
  const isLeaf = (op: Op): boolean => DIRECT.has(op.name) || op.def.category !== 'unitary';
  // Flattening rebuilds the circuit; skip it when there is nothing to flatten (the common case inside pass loops).
  const flat = circuit.instructions.every((ins) => isLeaf(ins.op) || !ins.op.def.decompose) ? circuit : flatten(circuit, isLeaf);
  const gates: WorkGate[] = [];
  let phase = flat.globalPhaseRad;
  const g = (kind: number, q0: number, q1 = -1, q2 = -1, angleRad = 0): void => { gates.push({ kind, q0, q1, q2, angleRad }); };
  for (const ins of flat.instructions) {
    const op = ins.op;
    const q = ins.qubits;
    if (ins.condition || op.def.category !== 'unitary' || !DIRECT.has(op.name)) {
      gates.push({ kind: K_OPAQUE, q0: q[0] ?? -1, q1: -1, q2: -1, angleRad: 0, ins });
      continue;
    }
    // The gate table's exact working form (src/ops/gates/stdGates.ts phaseForm), on this instruction's qubits.
    const form = stdGatePhaseForm(op.name, op.angles)!;
    for (const [kind, operands, angleRad] of form.steps) g(KIND_OF[kind], q[operands[0]], operands.length > 1 ? q[operands[1]] : -1, operands.length > 2 ? q[operands[2]] : -1, angleRad);
    phase += form.phaseRad;
  }
  return { shell: flat, gates, globalPhaseRad: phase };
}

/**
 * Rebuild a Circuit from the working form, in the Nam basis {h, x, cx, rz} (CCZ as 'ccz',
 * opaque instructions verbatim). Phase gates become rz with the exact global phase; phases
 * that are multiples of 2π are dropped.
 */
export function fromGateList(list: GateList): Circuit {
  const b = new CircuitBuilder();
  for (const r of list.shell.qregs) b.addQreg(r.name, r.size);
  for (const r of list.shell.cregs) b.addCreg(r.name, r.size);
  let phase = list.globalPhaseRad;
  const H = makeStdGate('h'), X = makeStdGate('x'), CX = makeStdGate('cx'), CCZ = makeStdGate('ccz');
  const rzCache = new Map<number, Op>();
  for (const w of list.gates) {
    switch (w.kind) {
      case K_H: b.apply(H, [w.q0]); break;
      case K_X: b.apply(X, [w.q0]); break;
      case K_CX: b.apply(CX, [w.q0, w.q1]); break;
      case K_CCZ: b.apply(CCZ, [w.q0, w.q1, w.q2]); break;
      case K_P: {
        const a = normalizeAngleRad(w.angleRad);
        if (Math.abs(a) < 1e-12) break; // P(2πk) = I
        // P(a) = e^{ia/2} Rz(a); also account for the 2π multiple removed by normalization
        // (P is 2π-periodic, so nothing to add for it).
        let rz = rzCache.get(a);
        if (!rz) { rz = makeStdGate('rz', [a]); rzCache.set(a, rz); }
        b.apply(rz, [w.q0]);
        phase += a / 2;
        break;
      }
      default: {
        const ins = w.ins!;
        b.apply(ins.op, ins.qubits, { clbits: ins.clbits, condition: ins.condition });
      }
    }
  }
  b.addGlobalPhase(normalizeAngleRad(phase));
  return b.build();
}

/**
 * Run a gate-list transformation as a circuit transformation: convert, transform, convert back
 * only when something changed (so an unchanged circuit is returned as the same object).
 */
export function viaGateList(circuit: Circuit, f: (list: GateList) => { list: GateList; changes: number }): { circuit: Circuit; changed: boolean } {
  const r = f(toGateList(circuit));
  return r.changes ? { circuit: fromGateList(r.list), changed: true } : { circuit, changed: false };
}
