import { K_CX, K_H, K_OPAQUE, K_P, K_X, WorkGate } from './gateList';

/** Simplified parities of the phase gates of a circuit (see {@link simplifiedParities}). */
export interface SimplifiedParities {
  /** Per gate: a canonical key of the phase gate's parity after simplification ('' for non-phase gates). */
  readonly keys: readonly string[];
  /** Per gate: the affine constant of that parity (1 = the gate sees parity ⊕ 1). */
  readonly negated: Uint8Array;
  /** Path variables eliminated. */
  readonly eliminated: number;
}

interface Affine { vars: number[]; c: number }

function xorSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) out.push(a[i++]);
    else if (a[i] > b[j]) out.push(b[j++]);
    else { i++; j++; }
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/**
 * Sum-over-paths simplification for phase folding (Amy 2018, "Towards large-scale functional
 * verification of universal quantum circuits", Sec. 4, rule [HH]; the same reduction that ZX
 * phase teleportation performs, Kissinger & van de Wetering 2020). Build the path sum of a
 * {H, X, CNOT, P, opaque} circuit: qubits carry affine parities of input and path variables, each
 * H contributes the quadratic phase π·(old parity)·y. A path variable y that appears in no
 * output, no rotation parity and no opaque gate, with phase π·y·L (L affine), sums to the
 * constraint L = 0; solving it for another path variable w and substituting everywhere can make
 * different rotation parities equal. Both the original circuit and any circuit that differs only
 * in merged rotation angles admit the same eliminations, so rotations whose simplified parities
 * agree may be merged. Returns undefined when the circuit is larger than `maxGates`; stops
 * eliminating (soundly) when a work budget of 64 operations per gate is spent.
 */
export function simplifiedParities(gates: readonly WorkGate[], numQubits: number, maxGates = 20000): SimplifiedParities | undefined {
  if (gates.length > maxGates) return undefined;
  let nextVar = 0;
  const isPath: boolean[] = [];
  const pinned: boolean[] = [];
  const newVar = (path: boolean): number => { isPath.push(path); pinned.push(false); return nextVar++; };
  const state: Affine[] = [];
  for (let q = 0; q < numQubits; q++) state.push({ vars: [newVar(false)], c: 0 });
  // Quadratic form over GF(2) (phase π·Q): adjacency sets for monomials u·v and a set of linear terms.
  const adj = new Map<number, Set<number>>();
  const lin = new Set<number>();
  const toggleMono = (u: number, v: number): void => {
    if (u === v) { if (lin.has(u)) lin.delete(u); else lin.add(u); return; }
    for (const [x, y] of [[u, v], [v, u]]) {
      let s = adj.get(x);
      if (!s) { s = new Set(); adj.set(x, s); }
      if (s.has(y)) s.delete(y); else s.add(y);
    }
  };
  const toggleLin = (u: number): void => { if (lin.has(u)) lin.delete(u); else lin.add(u); };
  const terms: Affine[] = [];
  const termOfGate = new Int32Array(gates.length).fill(-1);
  for (let i = 0; i < gates.length; i++) {
    const w = gates[i];
    switch (w.kind) {
      case K_H: {
        const old = state[w.q0];
        const y = newVar(true);
        for (const a of old.vars) toggleMono(a, y);
        if (old.c) toggleLin(y);
        state[w.q0] = { vars: [y], c: 0 };
        break;
      }
      case K_X: state[w.q0] = { vars: state[w.q0].vars, c: state[w.q0].c ^ 1 }; break;
      case K_CX: {
        const c = state[w.q0], t = state[w.q1];
        state[w.q1] = { vars: xorSorted(t.vars, c.vars), c: t.c ^ c.c };
        break;
      }
      case K_P:
        termOfGate[i] = terms.length;
        terms.push({ vars: state[w.q0].vars, c: state[w.q0].c });
        break;
      case K_OPAQUE:
        for (const q of w.ins!.qubits) {
          for (const v of state[q].vars) pinned[v] = true;
          const y = newVar(true);
          pinned[y] = true;
          state[q] = { vars: [y], c: 0 };
        }
        break;
      default: return undefined;
    }
  }
  // Where each variable occurs (terms and outputs), for the elimination conditions.
  const inTerms = new Map<number, Set<number>>();
  const addOcc = (v: number, t: number): void => { let s = inTerms.get(v); if (!s) { s = new Set(); inTerms.set(v, s); } s.add(t); };
  terms.forEach((t, k) => t.vars.forEach((v) => addOcc(v, k)));
  const outputs = new Set<number>();
  for (const s of state) for (const v of s.vars) outputs.add(v);
  // Outputs also change under substitution: track them as pseudo-terms with index −1 − q.
  const outTerms = state.map((s) => ({ vars: s.vars, c: s.c }));
  const inOut = new Map<number, Set<number>>();
  outTerms.forEach((t, q) => t.vars.forEach((v) => { let s = inOut.get(v); if (!s) { s = new Set(); inOut.set(v, s); } s.add(q); }));

  // Work budget: eliminations stop (soundly: any prefix of eliminations is valid) after
  // 64 units of work per gate, so adversarial inputs stay near-linear.
  let work = 0;
  const budget = 64 * gates.length + 1000;
  const substitute = (w: number, rep: Affine): void => {
    // Q: monomials w·u → rep·u; linear w → rep.
    const nb = adj.get(w);
    if (nb) {
      work += nb.size * (rep.vars.length + 1);
      for (const u of [...nb]) {
        toggleMono(w, u);
        for (const v of rep.vars) toggleMono(v, u);
        if (rep.c) toggleLin(u);
      }
      adj.delete(w);
    }
    if (lin.has(w)) { lin.delete(w); for (const v of rep.vars) toggleLin(v); }
    const retarget = (list: Affine[], occ: Map<number, Set<number>>, idxs: Set<number> | undefined): void => {
      if (!idxs) return;
      for (const k of [...idxs]) {
        const t = list[k];
        const nv = xorSorted(t.vars, [w, ...rep.vars].sort((a, b) => a - b));
        work += t.vars.length + rep.vars.length;
        for (const v of t.vars) occ.get(v)?.delete(k);
        list[k] = { vars: nv, c: t.c ^ rep.c };
        for (const v of nv) { let s = occ.get(v); if (!s) { s = new Set(); occ.set(v, s); } s.add(k); }
      }
    };
    retarget(terms, inTerms, inTerms.get(w));
    retarget(outTerms, inOut, inOut.get(w));
  };

  let eliminated = 0;
  for (let changed = true, guard = 0; changed && guard < 8 && work < budget; guard++) {
    changed = false;
    for (let y = 0; y < nextVar && work < budget; y++) {
      if (!isPath[y] || pinned[y] || (inTerms.get(y)?.size ?? 0) > 0 || (inOut.get(y)?.size ?? 0) > 0) continue;
      const nb = adj.get(y);
      const L: Affine = { vars: nb ? [...nb].sort((a, b) => a - b) : [], c: lin.has(y) ? 1 : 0 };
      if (!nb && !lin.has(y)) continue; // y absent from the path sum (already eliminated)
      if (L.vars.length === 0) continue; // L = 1: zero amplitude (cannot happen for unitaries); L = 0 handled above
      let w = -1, best = Infinity;
      for (const v of L.vars) {
        if (!isPath[v] || pinned[v] || v === y) continue;
        const cost = (inTerms.get(v)?.size ?? 0) + (adj.get(v)?.size ?? 0);
        if (cost < best) { best = cost; w = v; }
      }
      if (w < 0) continue;
      // Remove y: Σ_y (−1)^{y·L} = 2·[L = 0]; then w := L ⊕ w.
      for (const u of [...nb!]) toggleMono(y, u);
      adj.delete(y);
      lin.delete(y);
      substitute(w, { vars: L.vars.filter((v) => v !== w), c: L.c });
      eliminated++;
      changed = true;
    }
  }
  const keys: string[] = new Array(gates.length).fill('');
  const negated = new Uint8Array(gates.length);
  for (let i = 0; i < gates.length; i++) {
    const k = termOfGate[i];
    if (k < 0) continue;
    keys[i] = terms[k].vars.join(',');
    negated[i] = terms[k].c;
  }
  return { keys, negated, eliminated };
}
