import { K_CX, K_H, K_OPAQUE, K_P, K_X, WorkGate } from './gateList';
import { symmetricDifference } from './sortedIndexSets';

/** Simplified parities of the phase gates of a circuit (see {@link simplifiedParities}). */
export interface SimplifiedParities {
  /** Per gate: the class of the phase gate's parity after simplification (equal ids = equal parities up to the constant; −1 for non-phase and absorbed gates). */
  readonly classId: Int32Array;
  /** Number of distinct classes. */
  readonly numClasses: number;
  /** Per gate: the affine constant of that parity (1 = the gate sees parity ⊕ 1). */
  readonly negated: Uint8Array;
  /** Per gate: 1 when the phase gate was absorbed into the Clifford part (it must keep its angle and position). */
  readonly absorbed: Uint8Array;
  /** Path variables eliminated. */
  readonly eliminated: number;
}

/** Options of {@link simplifiedParities}. */
export interface PathSumOptions {
  /** Largest circuit (gates) to simplify; larger ones return undefined (default 20000). */
  readonly maxGates?: number;
  /**
   * Absorb phase gates with angles that are multiples of π/2 into the Clifford part of the path
   * sum (so their variables can be eliminated by the [HH] and [ω] rules); those gates are then
   * reported as `absorbed` and must not be merged or moved. Default false: every phase gate is a
   * term that can be merged.
   */
  readonly absorbClifford?: boolean;
  /** Work units per gate before elimination stops (default 64; any prefix of eliminations is sound). */
  readonly workPerGate?: number;
}

interface Affine { vars: number[]; c: number }

const HALF_PI = Math.PI / 2;

/** True when `a` is a multiple of π/2 (within 1e-9): a Clifford phase. */
function isCliffordAngle(a: number): boolean {
  const k = a / HALF_PI;
  return Math.abs(k - Math.round(k)) < 1e-9;
}

/**
 * Affine parities over GF(2) with an occurrence index (variable → containers), for the phase
 * terms ("gadgets") and the outputs of the path sum.
 */
class ParityTable {
  readonly vars: number[][] = [];
  readonly c: number[] = [];
  /**
   * Per variable: containers it was added to (append-only; entries go stale when the variable
   * leaves a container and are checked on use). Plain arrays instead of Sets: a few input
   * variables occur in thousands of terms, and Set growth dominated large circuits.
   */
  private readonly occ: (number[] | undefined)[];
  /** Per variable: the number of containers it occurs in now. */
  private readonly cnt: Int32Array;
  private readonly stamp: number[] = [];
  private epoch = 0;
  constructor(numVars: number) { this.occ = new Array<number[] | undefined>(numVars); this.cnt = new Int32Array(numVars); }
  add(a: Affine): number {
    const k = this.vars.length;
    this.vars.push(a.vars); this.c.push(a.c); this.stamp.push(0);
    for (const v of a.vars) this.addOcc(v, k);
    return k;
  }
  private addOcc(v: number, k: number): void { const s = this.occ[v]; if (s) s.push(k); else this.occ[v] = [k]; this.cnt[v]++; }
  count(v: number): number { return this.cnt[v]; }
  /** XOR the affine `delta` into every container of variable w; returns work done. */
  xorInto(w: number, deltaVars: readonly number[], deltaC: number): number {
    const idxs = this.occ[w];
    if (!idxs || this.cnt[w] === 0) return 0;
    const e = ++this.epoch;
    let work = idxs.length;
    const live: number[] = [];
    for (const k of idxs) {
      if (this.stamp[k] === e || !hasSorted(this.vars[k], w)) continue;
      this.stamp[k] = e;
      live.push(k);
    }
    for (const k of live) {
      const old = this.vars[k];
      const nv = symmetricDifference(old, deltaVars);
      work += old.length + deltaVars.length;
      // Occurrence updates for the variables of delta only (the others stay in the container).
      for (const v of deltaVars) {
        if (hasSorted(nv, v)) this.addOcc(v, k); else this.cnt[v]--;
      }
      this.vars[k] = nv; this.c[k] ^= deltaC;
    }
    // w leaves every container when delta contains it; otherwise it stays in exactly `live`.
    this.occ[w] = hasSorted(deltaVars, w) ? [] : live;
    return work;
  }
}

/** Binary search: does the sorted list contain v? */
function hasSorted(a: readonly number[], v: number): boolean {
  let lo = 0, hi = a.length - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (a[m] === v) return true;
    if (a[m] < v) lo = m + 1; else hi = m - 1;
  }
  return false;
}

/**
 * Sum-over-paths simplification for phase folding (Amy 2018, "Towards large-scale functional
 * verification of universal quantum circuits", Sec. 4, rules [HH] and [ω]; the path-sum form of
 * the pivot and local-complementation rewrites that ZX phase teleportation uses, Kissinger &
 * van de Wetering 2020, "Reducing T-count with the ZX-calculus").
 *
 * The path sum of a {H, X, CNOT, P, opaque} circuit is Σ_y e^{iφ(x,y)}|f(x,y)⟩ with φ = Clifford
 * part (π/2·Z₄-linear + π·quadratic form over GF(2)) + Σ_k θ_k·(parity_k) (the phase terms).
 * Each H gives a fresh path variable y and the quadratic term π·(old parity)·y. Rules, applied to
 * path variables y that occur in no phase term, no output and no opaque gate:
 *  - [HH] (linear coefficient 0 or π): Σ_y (−1)^{y·L} = 2·[L = 0]; solve L = 0 for a path
 *    variable w of L and substitute it everywhere (terms, outputs, Clifford part);
 *  - [ω] (linear coefficient ±π/2): Σ_y i^{±y}(−1)^{y·L} = √2·e^{±iπ/4}·e^{∓iπ/2·L}: drop y
 *    and add the Clifford term ∓π/2·L (local complementation).
 * Outputs are kept in a normal form where each output that contains a path variable is exactly
 * one variable (a bijective change of summation variables), so only those variables are blocked.
 * None of the rules reads a term's angle, so the same eliminations apply to every circuit that
 * differs from this one only in the angles of (non-absorbed) phase terms: phase gates whose
 * simplified parities agree may be merged (their angles summed at one of them).
 * Returns undefined when the circuit has more than `maxGates` gates; eliminations stop (soundly)
 * when the work budget is spent, so the cost stays linear in the gate count.
 */
export function simplifiedParities(gates: readonly WorkGate[], numQubits: number, opts: PathSumOptions = {}): SimplifiedParities | undefined {
  const maxGates = opts.maxGates ?? 20000;
  if (gates.length > maxGates) return undefined;
  const absorbClifford = opts.absorbClifford ?? false;
  let numVars = numQubits;
  for (const w of gates) {
    if (w.kind === K_H) numVars++;
    else if (w.kind === K_OPAQUE) numVars += w.ins!.qubits.length;
  }
  const isPath = new Uint8Array(numVars), pinned = new Uint8Array(numVars);
  let nextVar = 0;
  const newVar = (path: boolean): number => { isPath[nextVar] = path ? 1 : 0; return nextVar++; };
  const state: Affine[] = [];
  for (let q = 0; q < numQubits; q++) state.push({ vars: [newVar(false)], c: 0 });
  // Clifford part: adjacency of the π·u·v monomials, and Z₄ linear coefficients (units of π/2).
  const adj = new Array<Set<number> | undefined>(numVars);
  const lin4 = new Uint8Array(numVars);
  const addLin = (u: number, k: number): void => { lin4[u] = (lin4[u] + k) & 3; };
  let work = 0;
  const toggleEdge = (u: number, v: number): void => {
    if (u === v) { addLin(u, 2); return; }
    let s = adj[u];
    if (!s) { s = new Set(); adj[u] = s; }
    if (s.has(v)) { s.delete(v); adj[v]!.delete(u); return; }
    s.add(v);
    let t = adj[v];
    if (!t) { t = new Set(); adj[v] = t; }
    t.add(u);
  };
  /** Add k·π/2·(parity of vars ⊕ c) to the Clifford part (up to a global phase). */
  const addCliffordParity = (k: number, vars: readonly number[], c: number): void => {
    k &= 3;
    if (!k) return;
    if (c) k = (4 - k) & 3; // k·π/2·(1 − p) = const − k·π/2·p
    for (const v of vars) addLin(v, k);
    if (k & 1) {
      // π/2·(v₁ ⊕ … ⊕ v_m) = π/2·Σv_i + π·Σ_{i<j} v_i v_j (mod 2π).
      work += vars.length * vars.length;
      for (let i = 0; i < vars.length; i++) for (let j = i + 1; j < vars.length; j++) toggleEdge(vars[i], vars[j]);
    }
  };
  const terms = new ParityTable(numVars);
  const termOfGate = new Int32Array(gates.length).fill(-1);
  const absorbed = new Uint8Array(gates.length);
  for (let i = 0; i < gates.length; i++) {
    const w = gates[i];
    switch (w.kind) {
      case K_H: {
        const old = state[w.q0];
        const y = newVar(true);
        for (const a of old.vars) toggleEdge(a, y);
        if (old.c) addLin(y, 2);
        state[w.q0] = { vars: [y], c: 0 };
        break;
      }
      case K_X: state[w.q0] = { vars: state[w.q0].vars, c: state[w.q0].c ^ 1 }; break;
      case K_CX: {
        const c = state[w.q0], t = state[w.q1];
        state[w.q1] = { vars: symmetricDifference(t.vars, c.vars), c: t.c ^ c.c };
        break;
      }
      case K_P:
        if (absorbClifford && isCliffordAngle(w.angleRad)) {
          absorbed[i] = 1;
          addCliffordParity(Math.round(w.angleRad / HALF_PI), state[w.q0].vars, state[w.q0].c);
        } else {
          termOfGate[i] = terms.add({ vars: state[w.q0].vars, c: state[w.q0].c });
        }
        break;
      case K_OPAQUE:
        for (const q of w.ins!.qubits) {
          for (const v of state[q].vars) pinned[v] = 1;
          const y = newVar(true);
          pinned[y] = 1;
          state[q] = { vars: [y], c: 0 };
        }
        break;
      default: return undefined;
    }
  }
  const budget = (opts.workPerGate ?? 64) * gates.length + 1000;
  // Absorbing π/2 phases on wide parities costs quadratic work: give up (soundly) when the
  // Clifford part alone exceeds the budget.
  if (work > budget) return undefined;
  const outputs = new ParityTable(numVars);
  for (const s of state) outputs.add({ vars: s.vars, c: s.c });
  const isOutputPivot = new Uint8Array(nextVar);

  /** Replace variable w by the affine expression e (which may contain w itself) everywhere. */
  const replaceVar = (w: number, e: Affine): void => {
    const delta = symmetricDifference(e.vars, [w]);
    work += terms.xorInto(w, delta, e.c) + outputs.xorInto(w, delta, e.c);
    const nb = adj[w];
    if (nb && nb.size) {
      const us = [...nb];
      work += us.length * (e.vars.length + 1);
      for (const u of us) {
        toggleEdge(w, u);
        for (const v of e.vars) toggleEdge(v, u);
        if (e.c) addLin(u, 2);
      }
    }
    const k = lin4[w];
    if (k) { lin4[w] = 0; addCliffordParity(k, e.vars, e.c); }
  };
  /** Make output q a single path variable when it contains one (change of summation variables). */
  const normalizeOutput = (q: number): void => {
    const f = outputs.vars[q];
    if (f.length === 1 && isOutputPivot[f[0]]) return;
    let p = -1;
    for (let j = f.length - 1; j >= 0; j--) {
      const v = f[j];
      if (isPath[v] && !pinned[v] && !isOutputPivot[v]) { p = v; break; }
    }
    if (p < 0) return;
    // old p = new p ⊕ (f ⊕ p): output q becomes p.
    replaceVar(p, { vars: f.slice(), c: outputs.c[q] });
    isOutputPivot[p] = 1;
  };
  for (let q = 0; q < numQubits; q++) normalizeOutput(q);

  let eliminated = 0;
  for (let changed = true, guard = 0; changed && guard < 8 && work < budget; guard++) {
    changed = false;
    for (let y = 0; y < nextVar && work < budget; y++) {
      if (!isPath[y] || pinned[y] || terms.count(y) > 0 || outputs.count(y) > 0) continue;
      const nb = adj[y];
      const a = lin4[y];
      if (!nb || nb.size === 0) continue; // absent (or a free variable: nothing to gain)
      const L = [...nb].sort((u, v) => u - v);
      if (a & 1) {
        // [ω]: drop y, add −a·π/2·L.
        for (const u of L) toggleEdge(y, u);
        adj[y] = undefined; lin4[y] = 0;
        addCliffordParity(4 - a, L, 0);
        eliminated++;
        changed = true;
        continue;
      }
      let w = -1, best = Infinity;
      for (const v of L) {
        if (!isPath[v] || pinned[v]) continue;
        const cost = terms.count(v) + outputs.count(v) * 4 + (adj[v]?.size ?? 0);
        if (cost < best) { best = cost; w = v; }
      }
      if (w < 0) continue;
      // [HH]: Σ_y (−1)^{y·(L ⊕ a/2)} = 2·[L ⊕ a/2 = 0]; then w := (L ⊕ w) ⊕ a/2.
      for (const u of L) toggleEdge(y, u);
      adj[y] = undefined; lin4[y] = 0;
      const wasOutput = outputs.count(w) > 0;
      replaceVar(w, { vars: L.filter((v) => v !== w), c: a >> 1 });
      if (wasOutput) {
        isOutputPivot[w] = 0;
        for (let q = 0; q < numQubits; q++) normalizeOutput(q);
      }
      eliminated++;
      changed = true;
    }
  }
  // Intern the simplified parities (open addressing on typed arrays; no string keys).
  const numTerms = terms.vars.length;
  let cap = 16;
  while (cap < 2 * numTerms) cap <<= 1;
  const slots = new Int32Array(cap).fill(-1);
  const termClass = new Int32Array(numTerms);
  const repTerm: number[] = [];
  for (let k = 0; k < numTerms; k++) {
    const vs = terms.vars[k];
    let h = vs.length;
    for (const v of vs) h = Math.imul(h ^ v, 0x9e3779b1) ^ (h >>> 15);
    h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; // final avalanche: the slot uses the low bits
    let s = (h >>> 0) & (cap - 1);
    for (;;) {
      const c = slots[s];
      if (c < 0) { slots[s] = repTerm.length; termClass[k] = repTerm.length; repTerm.push(k); break; }
      const ws = terms.vars[repTerm[c]];
      let eq = ws.length === vs.length;
      for (let j = 0; eq && j < vs.length; j++) if (ws[j] !== vs[j]) eq = false;
      if (eq) { termClass[k] = c; break; }
      s = (s + 1) & (cap - 1);
    }
  }
  const classId = new Int32Array(gates.length).fill(-1);
  const negated = new Uint8Array(gates.length);
  for (let i = 0; i < gates.length; i++) {
    const k = termOfGate[i];
    if (k < 0) continue;
    classId[i] = termClass[k];
    negated[i] = terms.c[k];
  }
  return { classId, numClasses: repTerm.length, negated, absorbed, eliminated };
}
