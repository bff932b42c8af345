import { Instruction } from '../../ir';

/** Default cap on the candidate placements {@link findPerfectLayout} tries before giving up. */
export const PERFECT_LAYOUT_MAX_STEPS = 100_000;

/**
 * A layout that needs no SWAP at all, if one is found: an injective map of the logical qubits
 * 0..numLogical−1 to physical qubits such that every pair of qubits sharing a 2-qubit unitary
 * gate lands on a coupled pair (a subgraph monomorphism of the interaction graph into the
 * coupling graph). The search is a backtracking one in the spirit of VF2 (Cordella et al. 2004;
 * Qiskit's VF2Layout runs such a search before SABRE): logical qubits in breadth-first order from
 * the one with most partners, each placed next to the image of an already placed partner, with
 * the degree bound deg_map(p) ≥ deg_interaction(l). Gives up (undefined) after `maxSteps` tried
 * placements, so it is a bounded, deterministic pre-pass; undefined means "not found", not
 * "none exists". Logical qubits without 2-qubit gates go to the lowest free physical qubits.
 * Returns logical → physical for the logical qubits only.
 */
export function findPerfectLayout(instructions: readonly Instruction[], numLogical: number, adj: readonly (readonly number[])[],
  maxSteps = PERFECT_LAYOUT_MAX_STEPS): number[] | undefined {
  const P = adj.length;
  if (numLogical > P) return undefined;
  const partners: Set<number>[] = Array.from({ length: numLogical }, () => new Set<number>());
  for (const it of instructions) {
    if (it.op.def.category !== 'unitary' || it.qubits.length !== 2) continue;
    const [a, b] = it.qubits;
    partners[a].add(b); partners[b].add(a);
  }
  const coupled = new Set<number>();
  for (let p = 0; p < P; p++) for (const q of adj[p]) coupled.add(p * P + q);
  // Placement order: per connected component (largest degree first), breadth-first.
  const order: number[] = [];
  const queued = new Uint8Array(numLogical);
  const byDegree = Array.from({ length: numLogical }, (_, l) => l).filter((l) => partners[l].size > 0)
    .sort((x, y) => partners[y].size - partners[x].size || x - y);
  for (const root of byDegree) {
    if (queued[root]) continue;
    queued[root] = 1;
    for (let h = order.push(root) - 1; h < order.length; h++) {
      const next = [...partners[order[h]]].filter((l) => !queued[l]).sort((x, y) => partners[y].size - partners[x].size || x - y);
      for (const l of next) { queued[l] = 1; order.push(l); }
    }
  }
  const place = new Int32Array(numLogical).fill(-1);
  const used = new Uint8Array(P);
  let steps = 0;
  const fits = (l: number, p: number): boolean => {
    if (used[p] || adj[p].length < partners[l].size) return false;
    for (const m of partners[l]) if (place[m] >= 0 && !coupled.has(place[m] * P + p)) return false;
    return true;
  };
  const search = (k: number): boolean => {
    if (k === order.length) return true;
    const l = order[k];
    let anchor = -1;
    for (const m of partners[l]) if (place[m] >= 0) { anchor = place[m]; break; }
    const candidates = anchor >= 0 ? adj[anchor] : Array.from({ length: P }, (_, p) => p);
    for (const p of candidates) {
      if (++steps > maxSteps) return false;
      if (!fits(l, p)) continue;
      place[l] = p; used[p] = 1;
      if (search(k + 1)) return true;
      place[l] = -1; used[p] = 0;
      if (steps > maxSteps) return false;
    }
    return false;
  };
  if (!search(0)) return undefined;
  let free = 0;
  for (let l = 0; l < numLogical; l++) {
    if (place[l] >= 0) continue;
    while (used[free]) free++;
    place[l] = free; used[free] = 1;
  }
  return Array.from(place);
}
