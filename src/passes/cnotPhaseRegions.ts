import { K_CX, K_P, K_X, WorkGate } from './gateList';

/**
 * A CNOT+phase region of a gate list: a set of {X, CNOT, P} gates on `qubits` that is convex
 * (no dependency path leaves it and comes back) and that no other gate touches between the
 * region's first and last gate on each of its qubits. Such a region computes
 * |x⟩ ↦ e^{i f(x)} |L x ⊕ c⟩ (Amy, Maslov, Mosca 2014, "Polynomial-time T-depth optimization of
 * Clifford+T circuits via matroid partitioning", Sec. 3: phase polynomial + affine output) and can
 * be replaced by any circuit with the same f, L and c.
 */
export interface CnotPhaseRegion {
  /** Indices of the region's gates in the list, increasing. */
  readonly gateIdx: readonly number[];
  /** The region's qubits (local variable i = qubits[i]). */
  readonly qubits: readonly number[];
}

/**
 * Partition the {X, CNOT, P} gates of a list into CNOT+phase regions: regions grow along CNOTs
 * (two open regions touching one CNOT are merged) and a region closes for all its qubits as soon
 * as any other gate (H, CCZ, opaque) touches one of them. Closing the whole region keeps it convex
 * (a gate outside a region can only follow it). When a CNOT would join two regions into more
 * than `maxQubits` qubits, the smaller one is closed; with `strictCap` the other one is closed
 * too if it is already full, so no region exceeds `maxQubits`. Without it (the level-3 default)
 * a full region still absorbs the CNOT and grows past the cap — callers then leave it alone
 * (toddRegions.ts skips regions wider than its limit), which keeps level 3 fast.
 */
export function cnotPhaseRegions(gates: readonly WorkGate[], numQubits: number, maxQubits = 30, strictCap = false): CnotPhaseRegion[] {
  const regionOf = new Int32Array(numQubits).fill(-1);
  const members: (number[] | undefined)[] = [];
  const qubitsOf: (number[] | undefined)[] = [];
  const done: CnotPhaseRegion[] = [];
  const close = (r: number): void => {
    const qs = qubitsOf[r]!;
    for (const q of qs) regionOf[q] = -1;
    done.push({ gateIdx: members[r]!, qubits: qs.slice().sort((a, b) => a - b) });
    members[r] = undefined; qubitsOf[r] = undefined;
  };
  const open = (q: number): number => {
    let r = regionOf[q];
    if (r >= 0) return r;
    r = members.length;
    members.push([]); qubitsOf.push([q]);
    regionOf[q] = r;
    return r;
  };
  for (let i = 0; i < gates.length; i++) {
    const w = gates[i];
    if (w.kind === K_X || w.kind === K_P) { members[open(w.q0)]!.push(i); continue; }
    if (w.kind === K_CX) {
      let a = open(w.q0), b = open(w.q1);
      if (a !== b && qubitsOf[a]!.length + qubitsOf[b]!.length > maxQubits) {
        // Too wide: close the smaller region and start a fresh one on its qubit.
        const smallIsA = qubitsOf[a]!.length <= qubitsOf[b]!.length;
        close(smallIsA ? a : b);
        if (smallIsA) a = open(w.q0); else b = open(w.q1);
        // Still too wide (the other region is already full): close it as well (strict cap only).
        if (strictCap && qubitsOf[a]!.length + qubitsOf[b]!.length > maxQubits) {
          close(smallIsA ? b : a);
          if (smallIsA) b = open(w.q1); else a = open(w.q0);
        }
      }
      if (a !== b) {
        // Merge b into a (member lists stay sorted by merging).
        const ma = members[a]!, mb = members[b]!;
        const merged: number[] = [];
        let x = 0, y = 0;
        while (x < ma.length || y < mb.length) merged.push(y >= mb.length || (x < ma.length && ma[x] < mb[y]) ? ma[x++] : mb[y++]);
        members[a] = merged;
        for (const q of qubitsOf[b]!) { regionOf[q] = a; qubitsOf[a]!.push(q); }
        members[b] = undefined; qubitsOf[b] = undefined;
      }
      members[a]!.push(i);
      continue;
    }
    // Any other gate closes the regions of its qubits.
    const qs = w.ins ? w.ins.qubits : [w.q0, w.q1, w.q2].filter((q) => q >= 0);
    for (const q of qs) if (regionOf[q] >= 0) close(regionOf[q]);
  }
  for (let r = 0; r < members.length; r++) if (members[r]) close(r);
  return done.sort((x, y) => x.gateIdx[0] - y.gateIdx[0]);
}
