import { CircuitBuilder } from '../ir';
import { InvalidCircuitError } from '../errors';
import { GateList, K_CCZ, K_CX, K_H, K_OPAQUE, K_P, WorkGate } from './gateList';

/**
 * Hadamard gadgetization (Heyfron & Campbell 2018, "An efficient quantum compiler that reduces T
 * count", arXiv:1712.01557, Sec. III, Fig. 3; Vandaele 2024, arXiv:2407.08695, Sec. 2): every
 * internal Hadamard is replaced by a gadget on a fresh ancilla, so the circuit becomes one
 * CNOT+phase circuit over the original qubits and the ancillas, bracketed by Hadamards only at
 * the very beginning and end.
 *
 * The gadget for H on a logical qubit held by wire w: ancilla a prepared in |+⟩ (H on |0⟩), then
 * CZ(w, a) written as phase gates P(π/2)_w P(π/2)_a CX(w,a) P(−π/2)_a CX(w,a) (the phase
 * π·x_w·x_a), after which the logical qubit lives on wire a and wire w is retired; projecting w on
 * ⟨+| gives Σ_y (−1)^{xy}|y⟩/2 = H|x⟩/√2 on a. At the end the wires are permuted (SWAPs as three
 * CNOTs, part of the CNOT+phase circuit) so logical qubit q is back on wire q and the retired wires
 * are the ancilla register; each ancilla then gets H, and the gadget is defined by post-selecting
 * every ancilla on |0⟩:
 *   (I ⊗ ⟨0|^{⊗h}) G (I ⊗ |0⟩^{⊗h}) = 2^{−h/2} e^{iφ} U.
 * (The measurement form: measure the retired wire in the X basis; outcome − needs X on the
 * logical wire at the gadget's position, equivalently the Clifford C·X·C† at the end, C the
 * remaining CNOT+phase circuit — Clifford because C is in the third level of the Clifford
 * hierarchy. That correction is not generated here.)
 *
 * Leading Hadamards (the first gate on their qubit) and trailing ones (the last) stay outside the
 * phase-polynomial part and cost no ancilla. Circuits with measurement, reset, classical control
 * or other non-unitary instructions are refused (InvalidCircuitError): the gadget's post-selection
 * is only defined for a unitary circuit.
 */

/** A gadgetized gate list and what the gadgets need. */
export interface GadgetizedList {
  /** The circuit on n + h qubits; ancillas are qubits n … n+h−1 (register {@link ancillaRegister}). */
  readonly list: GateList;
  /** Qubits of the input (n). */
  readonly originalQubits: number;
  /** Ancillas added, one per internal Hadamard (h). */
  readonly ancillas: number;
  /** Name of the ancilla register appended to the input's registers. */
  readonly ancillaRegister: string;
}

const HALF_PI = Math.PI / 2;

function qubitsOf(w: WorkGate): number[] {
  if (w.kind === K_CX) return [w.q0, w.q1];
  if (w.kind === K_CCZ) return [w.q0, w.q1, w.q2];
  return [w.q0];
}

/** Throw when the list cannot be gadgetized (non-unitary or classically controlled instructions). */
export function assertGadgetizable(list: GateList): void {
  for (let i = 0; i < list.gates.length; i++) {
    const w = list.gates[i];
    if (w.kind !== K_OPAQUE) continue;
    const ins = w.ins!;
    const what = ins.condition ? `classically controlled '${ins.op.name}'` : ins.op.def.category !== 'unitary' ? `'${ins.op.name}' (${ins.op.def.category})` : `'${ins.op.name}'`;
    throw new InvalidCircuitError(`Hadamard gadgets need a unitary circuit of H, X, CNOT, phase and CCZ gates, but gate ${i} is ${what}; ` +
      'remove mid-circuit measurements, resets and classical control, or use --ancillas none', { gateIndex: i, op: ins.op.name });
  }
}

/**
 * Replace every internal Hadamard of `list` by a Hadamard gadget (see the file comment). The
 * result's qubit count is n + h. Pure and deterministic.
 */
export function gadgetizeHadamards(list: GateList): GadgetizedList {
  assertGadgetizable(list);
  const gates = list.gates;
  const n = list.shell.numQubits;
  const firstOn = new Int32Array(n).fill(-1), lastOn = new Int32Array(n).fill(-1);
  gates.forEach((w, i) => { for (const q of qubitsOf(w)) { if (firstOn[q] < 0) firstOn[q] = i; lastOn[q] = i; } });
  const isInternalH = (w: WorkGate, i: number): boolean => w.kind === K_H && firstOn[w.q0] !== i && lastOn[w.q0] !== i;
  const h = gates.reduce((s, w, i) => s + (isInternalH(w, i) ? 1 : 0), 0);
  const names = new Set(list.shell.qregs.map((r) => r.name));
  let reg = 'anc';
  for (let s = 1; names.has(reg); s++) reg = `anc${s}`;
  const b = new CircuitBuilder();
  for (const r of list.shell.qregs) b.addQreg(r.name, r.size);
  if (h) b.addQreg(reg, h);
  for (const r of list.shell.cregs) b.addCreg(r.name, r.size);
  const shell = b.build();

  const out: WorkGate[] = [];
  const g = (kind: number, q0: number, q1 = -1, q2 = -1, angleRad = 0): void => { out.push({ kind, q0, q1, q2, angleRad }); };
  for (let a = n; a < n + h; a++) g(K_H, a);
  const cur = Array.from({ length: n }, (_, q) => q);
  const retired: number[] = [];
  const trailing: number[] = [];
  let next = n;
  gates.forEach((w, i) => {
    if (w.kind === K_H) {
      if (lastOn[w.q0] === i && firstOn[w.q0] !== i) { trailing.push(w.q0); return; }
      if (firstOn[w.q0] === i) { g(K_H, cur[w.q0]); return; }
      const wire = cur[w.q0], a = next++;
      g(K_P, wire, -1, -1, HALF_PI); g(K_P, a, -1, -1, HALF_PI); g(K_CX, wire, a); g(K_P, a, -1, -1, -HALF_PI); g(K_CX, wire, a);
      cur[w.q0] = a;
      retired.push(wire);
      return;
    }
    out.push({ ...w, q0: cur[w.q0], q1: w.q1 >= 0 ? cur[w.q1] : -1, q2: w.q2 >= 0 ? cur[w.q2] : -1 });
  });
  // Permutation: wire cur[q] → q; retired wires → ancilla wires (those already there stay).
  const dest = new Int32Array(n + h).fill(-1);
  for (let q = 0; q < n; q++) dest[cur[q]] = q;
  const freeAnc = new Set<number>();
  for (let a = n; a < n + h; a++) freeAnc.add(a);
  for (const r of retired) if (r >= n) { dest[r] = r; freeAnc.delete(r); }
  const free = [...freeAnc].sort((x, y) => x - y);
  for (const r of retired) if (r < n) dest[r] = free.shift()!;
  // Realize the permutation by swaps along cycles: content of wire x must move to dest[x].
  const at = Array.from({ length: n + h }, (_, x) => x); // at[wire] = original wire whose content it holds
  const where = Array.from({ length: n + h }, (_, x) => x);
  const swap = (u: number, v: number): void => {
    g(K_CX, u, v); g(K_CX, v, u); g(K_CX, u, v);
    const cu = at[u], cv = at[v];
    at[u] = cv; at[v] = cu; where[cv] = u; where[cu] = v;
  };
  for (let t = 0; t < n + h; t++) {
    // Wire t must end with the content x that has dest[x] = t.
    const x = dest.indexOf(t);
    if (where[x] !== t) swap(where[x], t);
  }
  for (const q of trailing) g(K_H, q);
  for (let a = n; a < n + h; a++) g(K_H, a);
  return { list: { shell, gates: out, globalPhaseRad: list.globalPhaseRad }, originalQubits: n, ancillas: h, ancillaRegister: reg };
}
