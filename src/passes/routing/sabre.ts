import { Circuit, CircuitBuilder, Instruction } from '../../ir';
import { InvalidArgumentError, requireIntegerInRange } from '../../errors';
import { makeStdGate } from '../../ops';
import { makeRng } from '../../math/rng';
import { CouplingMap, adjacency, distanceMatrix } from './couplingMap';

/** Options of {@link routeSabre}. */
export interface SabreOptions {
  /** Seed of the random initial layout (default 1). */
  readonly seed?: number;
  /** Forward–backward layout refinement rounds (default 2; Li et al. use 1). */
  readonly layoutRounds?: number;
  /** Size of the look-ahead (extended) set (default 20) and its weight (default 0.5). */
  readonly extendedSetSize?: number;
  readonly extendedSetWeight?: number;
  /**
   * Independent layout trials (default 1): each draws its own random initial layout from the
   * seeded generator, refines it and routes; the trial with the fewest SWAPs is kept (ties: the
   * earlier trial). Qiskit's SabreLayout does the same with several seeds (Zou et al. 2024,
   * "LightSABRE", arXiv:2409.08368, Sec. III).
   */
  readonly trials?: number;
}

/** Most layout trials {@link routeSabre} accepts (each trial is 2·layoutRounds + 1 sweeps). */
export const MAX_ROUTING_TRIALS = 1000;

/** Check a layout-trial count: an integer in 1..{@link MAX_ROUTING_TRIALS} (InvalidArgumentError otherwise). Returns it. */
export function requireRoutingTrials(trials: number): number {
  return requireIntegerInRange(trials, 1, MAX_ROUTING_TRIALS, 'routing trials');
}

/** Result of routing. Layouts map logical qubit i (of the padded circuit) to a physical qubit. */
export interface RouteResult {
  readonly circuit: Circuit;
  readonly initialLayout: readonly number[];
  readonly finalLayout: readonly number[];
  readonly swapCount: number;
}

interface RoutingProblem {
  /** Per instruction: the two logical qubits of a 2-qubit unitary gate, or −1. */
  readonly a: Int32Array;
  readonly b: Int32Array;
  /** DAG successors (by qubit order) and predecessor counts. */
  readonly succ: number[][];
  readonly predCount: Int32Array;
}

function buildProblem(ins: readonly Instruction[], numQubits: number): RoutingProblem {
  const n = ins.length;
  const a = new Int32Array(n).fill(-1), b = new Int32Array(n).fill(-1);
  const succ: number[][] = Array.from({ length: n }, () => []);
  const predCount = new Int32Array(n);
  const last = new Int32Array(numQubits).fill(-1);
  for (let i = 0; i < n; i++) {
    const it = ins[i];
    const unitary = it.op.def.category === 'unitary';
    if (unitary && it.qubits.length > 2) {
      throw new InvalidArgumentError(`routing: '${it.op.name}' acts on ${it.qubits.length} qubits; lower the circuit to 1- and 2-qubit gates first (e.g. --target nam)`);
    }
    if (unitary && it.qubits.length === 2) { a[i] = it.qubits[0]; b[i] = it.qubits[1]; }
    const seen = new Set<number>();
    for (const q of it.qubits) {
      const p = last[q];
      if (p >= 0 && !seen.has(p)) { succ[p].push(i); predCount[i]++; seen.add(p); }
      last[q] = i;
    }
    // Measurements and conditioned gates talk through classical bits: keep them in program order
    // relative to everything (conservative: they depend on, and precede, gates on all qubits).
    if (it.condition || it.op.def.category === 'measure') {
      for (let q = 0; q < numQubits; q++) {
        const p = last[q];
        if (p >= 0 && p !== i && !seen.has(p)) { succ[p].push(i); predCount[i]++; seen.add(p); }
        last[q] = i;
      }
    }
  }
  return { a, b, succ, predCount };
}

interface PassOutput {
  readonly order: { kind: 'gate' | 'swap'; index: number; p0: number; p1: number }[];
  readonly layout: Int32Array;
}

/**
 * One SABRE sweep (Li, Ding, Xie 2019, "Tackling the qubit mapping problem for NISQ-era quantum
 * devices", Alg. 1): execute every front-layer gate whose qubits are adjacent; otherwise insert the
 * SWAP on an edge touching the front layer that minimizes
 *   max(decay) · ( Σ_F D / |F| + W · Σ_E D / |E| ),
 * with the decay factor discouraging swaps on the same qubits in a row. A release valve routes
 * the first front gate along a shortest path if no progress happens for a while.
 */
function sabreSweep(prob: RoutingProblem, n: number, map: CouplingMap, dist: Int32Array, adj: number[][], layout0: Int32Array,
  extSize: number, extWeight: number, recordOrder: boolean): PassOutput {
  const P = map.numPhysicalQubits;
  const layout = Int32Array.from(layout0); // logical → physical
  const inv = new Int32Array(P); // physical → logical
  for (let l = 0; l < layout.length; l++) inv[layout[l]] = l;
  const pred = Int32Array.from(prob.predCount);
  let front: number[] = [];
  for (let i = 0; i < n; i++) if (pred[i] === 0) front.push(i);
  const order: PassOutput['order'] = [];
  const decay = new Float64Array(P).fill(1);
  let sinceProgress = 0;
  let swapsSinceReset = 0;
  const executable = (i: number): boolean => prob.a[i] < 0 || dist[layout[prob.a[i]] * P + layout[prob.b[i]]] === 1;
  const doSwap = (p0: number, p1: number): void => {
    const l0 = inv[p0], l1 = inv[p1];
    inv[p0] = l1; inv[p1] = l0; layout[l1] = p0; layout[l0] = p1;
    if (recordOrder) order.push({ kind: 'swap', index: -1, p0, p1 });
  };
  while (front.length) {
    const ready = front.filter(executable);
    if (ready.length) {
      const readySet = new Set(ready);
      const nextFront = front.filter((i) => !readySet.has(i));
      for (const i of ready) {
        if (recordOrder) order.push({ kind: 'gate', index: i, p0: -1, p1: -1 });
        for (const s of prob.succ[i]) if (--pred[s] === 0) nextFront.push(s);
      }
      front = nextFront;
      sinceProgress = 0;
      decay.fill(1);
      continue;
    }
    if (sinceProgress > 3 * P) {
      // Release valve: walk the first front gate's qubits together along a shortest path.
      const g = front[0];
      let pa = layout[prob.a[g]];
      const pb = layout[prob.b[g]];
      while (dist[pa * P + pb] > 1) {
        const step = adj[pa].find((x) => dist[x * P + pb] === dist[pa * P + pb] - 1)!;
        doSwap(pa, step);
        pa = step;
      }
      sinceProgress = 0;
      continue;
    }
    // Extended set: the next 2-qubit gates after the front layer (breadth-first).
    const ext: number[] = [];
    const predCopy = new Map<number, number>();
    let layer = front;
    while (ext.length < extSize && layer.length) {
      const nxt: number[] = [];
      for (const i of layer) for (const s of prob.succ[i]) {
        const left = (predCopy.get(s) ?? pred[s]) - 1;
        predCopy.set(s, left);
        if (left === 0) { nxt.push(s); if (prob.a[s] >= 0 && ext.length < extSize) ext.push(s); }
      }
      layer = nxt;
    }
    const frontTwo = front.filter((i) => prob.a[i] >= 0);
    let best = Infinity, bestP0 = -1, bestP1 = -1;
    const candidates = new Set<number>();
    for (const i of frontTwo) for (const l of [prob.a[i], prob.b[i]]) {
      const p = layout[l];
      for (const q of adj[p]) candidates.add(p < q ? p * P + q : q * P + p);
    }
    const sorted = [...candidates].sort((x, y) => x - y);
    for (const key of sorted) {
      const p0 = Math.floor(key / P), p1 = key % P;
      const where = (l: number): number => { const p = layout[l]; return p === p0 ? p1 : p === p1 ? p0 : p; };
      let f = 0;
      for (const i of frontTwo) f += dist[where(prob.a[i]) * P + where(prob.b[i])];
      let e = 0;
      for (const i of ext) e += dist[where(prob.a[i]) * P + where(prob.b[i])];
      const h = Math.max(decay[p0], decay[p1]) * (f / frontTwo.length + (ext.length ? extWeight * e / ext.length : 0));
      if (h < best - 1e-12) { best = h; bestP0 = p0; bestP1 = p1; }
    }
    doSwap(bestP0, bestP1);
    decay[bestP0] += 0.001; decay[bestP1] += 0.001;
    if (++swapsSinceReset >= 5) { decay.fill(1); swapsSinceReset = 0; }
    sinceProgress++;
  }
  return { order, layout };
}

/**
 * Route a circuit of 1- and 2-qubit gates onto `map` with SABRE: random initial layout refined by
 * forward–backward sweeps, then a final forward sweep inserting SWAPs. The output acts on
 * physical qubits (one register `q` of map.numPhysicalQubits); every 2-qubit gate is on a coupled
 * pair. If U is the input unitary (padded with idle qubits), the output is
 * Π_final · U · Π_initial⁻¹ where Π_L sends logical qubit i to physical qubit L[i].
 */
export function routeSabre(circuit: Circuit, map: CouplingMap, opts: SabreOptions = {}): RouteResult {
  const P = map.numPhysicalQubits;
  const n = circuit.numQubits;
  if (n > P) throw new InvalidArgumentError(`routing: the circuit has ${n} qubits but coupling map ${map.name} has only ${P}; use a larger map`);
  const dist = distanceMatrix(map);
  const adj = adjacency(map);
  for (let p = 1; p < P; p++) if (dist[p] >= 1 << 20) throw new InvalidArgumentError(`coupling map ${map.name} is not connected (qubit ${p} unreachable from 0)`);
  const ins = circuit.instructions;
  const fwd = buildProblem(ins, n);
  const rev = buildProblem([...ins].reverse(), n);
  const rng = makeRng(opts.seed ?? 1);
  const extSize = opts.extendedSetSize ?? 20, extW = opts.extendedSetWeight ?? 0.5;
  const trials = requireRoutingTrials(opts.trials ?? 1);
  let best: { initial: Int32Array; out: PassOutput; swaps: number } | undefined;
  for (let t = 0; t < trials; t++) {
    // Random initial layout of the padded circuit (logical qubits n..P−1 are idle ancillas).
    const perm = Array.from({ length: P }, (_, i) => i);
    for (let i = P - 1; i > 0; i--) { const j = rng.int(i + 1); [perm[i], perm[j]] = [perm[j], perm[i]]; }
    let layout: Int32Array = Int32Array.from(perm);
    for (let r = 0; r < (opts.layoutRounds ?? 2); r++) {
      layout = sabreSweep(fwd, ins.length, map, dist, adj, layout, extSize, extW, false).layout;
      layout = sabreSweep(rev, ins.length, map, dist, adj, layout, extSize, extW, false).layout;
    }
    const out = sabreSweep(fwd, ins.length, map, dist, adj, layout, extSize, extW, true);
    const swaps = out.order.reduce((k, s) => k + (s.kind === 'swap' ? 1 : 0), 0);
    if (!best || swaps < best.swaps) best = { initial: layout, out, swaps };
  }
  const initialLayout = Array.from(best!.initial);
  const out = best!.out;
  const b = CircuitBuilder.withQubits(P);
  for (const r of circuit.cregs) b.addCreg(r.name, r.size);
  const SWAP = makeStdGate('swap');
  const cur = Int32Array.from(initialLayout);
  const inv = new Int32Array(P);
  for (let l = 0; l < P; l++) inv[cur[l]] = l;
  let swaps = 0;
  for (const step of out.order) {
    if (step.kind === 'swap') {
      b.apply(SWAP, [step.p0, step.p1]);
      const l0 = inv[step.p0], l1 = inv[step.p1];
      inv[step.p0] = l1; inv[step.p1] = l0; cur[l1] = step.p0; cur[l0] = step.p1;
      swaps++;
      continue;
    }
    const it = ins[step.index];
    b.apply(it.op, it.qubits.map((q) => cur[q]), { clbits: it.clbits, condition: it.condition });
  }
  b.addGlobalPhase(circuit.globalPhaseRad);
  return { circuit: b.build(), initialLayout, finalLayout: Array.from(cur), swapCount: swaps };
}
