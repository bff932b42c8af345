import { GateList, K_CCZ, K_CX, K_OPAQUE, WorkGate } from './gateList';

/**
 * Mutable per-wire doubly-linked view of a {@link GateList}, local to one pass run: each gate
 * knows its predecessor and successor on every qubit it touches, so rewrites that look along a
 * wire cost O(1) per step instead of rescanning the circuit (Nam et al. 2018, Sec. 4: every
 * rule is applied by walking wires). Gates are removed by unlinking and may be changed in
 * place on the same qubits, so index order stays a valid time order.
 */
export interface WireDag {
  readonly numQubits: number;
  readonly kind: Int8Array;
  /** Operands: q[3i], q[3i+1], q[3i+2] (−1 when unused); for opaque gates see `wide`. */
  readonly q: Int32Array;
  readonly angleRad: Float64Array;
  readonly alive: Uint8Array;
  /** Qubits of each gate, in slot order (slot s of gate i ↔ links at slotBase[i] + s). */
  readonly slotBase: Int32Array;
  readonly slotQubit: Int32Array;
  readonly next: Int32Array;
  readonly prev: Int32Array;
  readonly head: Int32Array;
  readonly tail: Int32Array;
  globalPhaseRad: number;
  readonly list: GateList;
}

/** Number of qubits gate w acts on. */
function arity(w: WorkGate): number {
  return w.kind === K_OPAQUE ? w.ins!.qubits.length : w.kind === K_CCZ ? 3 : w.kind === K_CX ? 2 : 1;
}

/** Build the linked view of a gate list. */
export function buildDag(list: GateList): WireDag {
  const n = list.gates.length;
  const numQubits = list.shell.numQubits;
  const kind = new Int8Array(n), q = new Int32Array(3 * n).fill(-1), angleRad = new Float64Array(n), alive = new Uint8Array(n).fill(1);
  const slotBase = new Int32Array(n + 1);
  let slots = 0;
  for (let i = 0; i < n; i++) { slotBase[i] = slots; slots += arity(list.gates[i]); }
  slotBase[n] = slots;
  const slotQubit = new Int32Array(slots), next = new Int32Array(slots).fill(-1), prev = new Int32Array(slots).fill(-1);
  const head = new Int32Array(numQubits).fill(-1), tail = new Int32Array(numQubits).fill(-1);
  for (let i = 0; i < n; i++) {
    const w = list.gates[i];
    kind[i] = w.kind; q[3 * i] = w.q0; q[3 * i + 1] = w.q1; q[3 * i + 2] = w.q2; angleRad[i] = w.angleRad;
    const m = arity(w);
    const qs = w.kind === K_OPAQUE ? w.ins!.qubits : undefined;
    for (let s = 0; s < m; s++) {
      const qb = qs ? qs[s] : s === 0 ? w.q0 : s === 1 ? w.q1 : w.q2, slot = slotBase[i] + s;
      slotQubit[slot] = qb;
      const t = tail[qb];
      if (t < 0) head[qb] = i; else next[slotOf(slotBase, slotQubit, t, qb)] = i;
      prev[slot] = t;
      tail[qb] = i;
    }
  }
  return { numQubits, kind, q, angleRad, alive, slotBase, slotQubit, next, prev, head, tail, globalPhaseRad: list.globalPhaseRad, list };
}

function slotOf(slotBase: Int32Array, slotQubit: Int32Array, i: number, qb: number): number {
  for (let s = slotBase[i]; s < slotBase[i + 1]; s++) if (slotQubit[s] === qb) return s;
  throw new Error(`wireDag: gate ${i} does not act on qubit ${qb}`);
}

/** The next live gate after gate i on qubit qb, or −1. */
export function nextOn(d: WireDag, i: number, qb: number): number {
  return d.next[slotOf(d.slotBase, d.slotQubit, i, qb)];
}

/** The previous live gate before gate i on qubit qb, or −1. */
export function prevOn(d: WireDag, i: number, qb: number): number {
  return d.prev[slotOf(d.slotBase, d.slotQubit, i, qb)];
}

/** Unlink gate i from all its wires. */
export function removeGate(d: WireDag, i: number): void {
  if (!d.alive[i]) return;
  d.alive[i] = 0;
  for (let s = d.slotBase[i]; s < d.slotBase[i + 1]; s++) {
    const qb = d.slotQubit[s], p = d.prev[s], nx = d.next[s];
    if (p < 0) d.head[qb] = nx; else d.next[slotOf(d.slotBase, d.slotQubit, p, qb)] = nx;
    if (nx < 0) d.tail[qb] = p; else d.prev[slotOf(d.slotBase, d.slotQubit, nx, qb)] = p;
  }
}

/** The live gates as a gate list (time order = index order). */
export function dagToList(d: WireDag): GateList {
  const gates: WorkGate[] = [];
  const orig = d.list.gates;
  for (let i = 0; i < d.kind.length; i++) {
    if (!d.alive[i]) continue;
    const o = orig[i];
    // Reuse unchanged gate records (most of them): fewer allocations on large circuits.
    if (o.kind === d.kind[i] && o.q0 === d.q[3 * i] && o.q1 === d.q[3 * i + 1] && o.angleRad === d.angleRad[i]) { gates.push(o); continue; }
    gates.push({ kind: d.kind[i], q0: d.q[3 * i], q1: d.q[3 * i + 1], q2: d.q[3 * i + 2], angleRad: d.angleRad[i], ins: o.ins });
  }
  return { shell: d.list.shell, gates, globalPhaseRad: d.globalPhaseRad };
}

/**
 * Apply `sweep` (a rewrite pass over the DAG returning its rewrite count) until it changes nothing,
 * at most `maxSweeps` times. Returns the new list (the input itself when nothing changed) and the
 * total rewrite count.
 */
export function sweepToFixedPoint(list: GateList, sweep: (d: WireDag) => number, maxSweeps: number): { list: GateList; changes: number } {
  const d = buildDag(list);
  let total = 0;
  for (let s = 0; s < maxSweeps; s++) {
    const c = sweep(d);
    total += c;
    if (c === 0) break;
  }
  return { list: total ? dagToList(d) : list, changes: total };
}
