import { makeRng } from '../math/rng';
import { GateList, K_CCZ, K_CX, K_H, K_OPAQUE, K_P, K_X, WorkGate, isZeroAngle, normalizeAngleRad, viaGateList } from './gateList';
import { Pass, makePass } from './pass';
import { simplifiedParities } from './pathSum';
import { symmetricDifference } from './sortedIndexSets';

/**
 * Where a merged rotation is placed among the occurrences of its parity: the first, the last, or
 * ('float', Nam et al. 2018's "floating" rotations) the first occurrence that does not sit between
 * two gates that would cancel without it (CX·CX on its target wire, H·H, X·X).
 */
export type FoldPlacement = 'first' | 'last' | 'float';

/** Result of {@link foldPhases}. */
export interface FoldResult {
  readonly list: GateList;
  /** Phase gates before and after (CCZs count as their 7 rotations). */
  readonly rotationsBefore: number;
  readonly rotationsAfter: number;
  /** Path variables the path-sum simplification eliminated (0 when it did not run). */
  readonly pathSumEliminated?: number;
  /** Whether the path-sum simplification ran (it is skipped on circuits above its size limit). */
  readonly pathSumRan?: boolean;
}

const Q = Math.PI / 4;

/**
 * Expand every CCZ(a,b,c) into 6 CNOT + 7 P(±π/4) (the phase polynomial
 * π/4·(a + b + c − a⊕b − a⊕c − b⊕c + a⊕b⊕c) = π·abc; Amy, Maslov, Mosca 2014, Fig. 8), tagging
 * the seven rotations with the CCZ's index so phase folding can pick its polarity (CCZ = CCZ†,
 * so negating all seven angles is also a valid decomposition).
 */
function expandCcz(gates: readonly WorkGate[], roles?: Int8Array): { gates: WorkGate[]; group: Int32Array; groups: number; mask: Uint8Array; pairSide: Uint8Array } {
  let numCcz = 0;
  for (const w of gates) if (w.kind === K_CCZ) numCcz++;
  const size = gates.length + 12 * numCcz;
  const out: WorkGate[] = new Array(size);
  const group = new Int32Array(size).fill(-1), mask = new Uint8Array(size), pairSide = new Uint8Array(size);
  let n = 0, groups = 0;
  // Gate records are immutable: share one record per (CNOT pair) and per (qubit, ±π/4), so large
  // circuits do not allocate (and the GC does not copy) 13 fresh records per CCZ.
  const shared = new Map<number, WorkGate>();
  let nq = 1;
  for (const w of gates) if (w.kind === K_CCZ) nq = Math.max(nq, w.q0 + 1, w.q1 + 1, w.q2 + 1);
  const sharedGate = (key: number, make: () => WorkGate): WorkGate => {
    let r = shared.get(key);
    if (!r) { r = make(); shared.set(key, r); }
    return r;
  };
  for (const w of gates) {
    if (w.kind !== K_CCZ) { out[n++] = w; continue; }
    const ops = [w.q0, w.q1, w.q2];
    const g = groups++;
    // Role: which operand plays c (the wire carrying the four rotations a⊕b⊕c, a⊕c, b⊕c, c).
    const r = roles ? roles[g] : 2;
    const ia = r === 0 ? 1 : 0, ib = r === 2 ? 1 : 2;
    const a = ops[ia], b = ops[ib], c = ops[r];
    const A = 1 << ia, B = 1 << ib, C = 1 << r;
    const cx = (x: number, y: number): void => { out[n++] = sharedGate(x * nq + y, () => ({ kind: K_CX, q0: x, q1: y, q2: -1, angleRad: 0 })); };
    const p = (x: number, s: number, m: number): void => {
      group[n] = g; mask[n] = m; pairSide[n] = m & C ? 0 : 1;
      out[n++] = sharedGate(-1 - (2 * x + (s > 0 ? 1 : 0)), () => ({ kind: K_P, q0: x, q1: -1, q2: -1, angleRad: s * Q }));
    };
    cx(b, c); p(c, -1, B | C); cx(a, c); p(c, 1, A | B | C); cx(b, c); p(c, -1, A | C); cx(a, c); p(b, 1, B); p(c, 1, C);
    cx(a, b); p(a, 1, A); p(b, -1, A | B); cx(a, b);
  }
  return { gates: out, group, groups, mask, pairSide };
}

/**
 * Choose, per CCZ, which operand carries the four "c-side" rotations so that as many as possible
 * of the three "pair-side" terms (a, b, a⊕b) vanish after folding: then the CX(a,b) pair of the
 * decomposition cancels (6 → 4 CNOTs). `nonzero[g][mask]` says whether the folded class of the
 * term with operand subset `mask` has a non-vanishing angle.
 */
function chooseRoles(nonzero: readonly Uint8Array[]): Int8Array {
  const roles = new Int8Array(nonzero.length);
  for (let g = 0; g < nonzero.length; g++) {
    let best = 2, bestCost = Infinity;
    for (const r of [2, 0, 1]) {
      let cost = 0;
      for (let m = 1; m < 8; m++) if (!(m & (1 << r)) && nonzero[g][m]) cost++;
      if (cost < bestCost) { bestCost = cost; best = r; }
    }
    roles[g] = best;
  }
  return roles;
}

/**
 * Phase folding over the whole circuit with path variables (sum-over-paths form; Amy, Maslov,
 * Mosca 2014 "Polynomial-time T-depth optimization…" Sec. 4 for CNOT+T regions, extended across
 * Hadamards as in Amy 2018 "Towards large-scale functional verification of universal quantum
 * circuits", Sec. 6): each qubit holds an affine parity of variables; H and opaque gates give
 * their qubits fresh variables; X flips the affine constant; CNOT adds parities. The circuit's
 * path sum is a product of path amplitudes and e^{iθ·parity} terms, so all rotations on equal
 * parities can be summed into one rotation at one of their positions without changing the
 * unitary (global phase included). CCZ polarities are chosen greedily so merged angles vanish
 * where possible. Parities are sparse sorted lists with Zobrist hashes, so the pass runs in O(gates · parity size).
 */
export function foldPhases(list: GateList, placement: FoldPlacement = 'float', mergeRotations = true, pathSum: PathSumMode = 'terms'): FoldResult {
  if (!mergeRotations || !list.gates.some((g) => g.kind === K_CCZ)) return foldWithRoles(list, placement, mergeRotations, undefined, pathSum).result;
  // Fold once with default CCZ roles to learn which terms survive, then re-expand with better roles.
  const first = foldWithRoles(list, placement, mergeRotations, undefined, pathSum);
  return foldWithRoles(list, placement, mergeRotations, chooseRoles(first.nonzero), pathSum).result;
}

/**
 * How phase folding uses the simplified path sum ({@link simplifiedParities}): 'off' (plain
 * parities), 'terms' (every phase gate is a mergeable term), 'absorb' (phase gates by multiples
 * of π/2 join the Clifford part, so more path variables can be eliminated; only the others merge).
 */
export type PathSumMode = 'off' | 'terms' | 'absorb';

/**
 * Phase folding twice: with Clifford phases absorbed into the path sum (merges more non-Clifford
 * rotations), then with every phase gate a term (merges the Clifford ones too). Each fold alone
 * preserves the unitary.
 */
export function foldPhasesDeep(list: GateList, placement: FoldPlacement = 'float'): FoldResult {
  const a = foldPhases(list, placement, true, 'absorb');
  // Without path-sum eliminations (or too large to simplify) the second fold finds nothing new.
  if (!a.pathSumEliminated) return a;
  const b = foldPhases(a.list, placement, true, 'terms');
  return { list: b.list, rotationsBefore: a.rotationsBefore, rotationsAfter: b.rotationsAfter, pathSumEliminated: a.pathSumEliminated, pathSumRan: true };
}

function foldWithRoles(list: GateList, placement: FoldPlacement, mergeRotations: boolean, roles?: Int8Array, pathSum: PathSumMode = 'terms'): { result: FoldResult; nonzero: Uint8Array[] } {
  const { gates, group, groups, mask, pairSide } = expandCcz(list.gates, roles);
  const numQubits = list.shell.numQubits;
  // Count variables: one per qubit, plus one per H, plus one per opaque operand.
  let numVars = numQubits;
  for (const w of gates) {
    if (w.kind === K_H) numVars++;
    else if (w.kind === K_OPAQUE) numVars += w.ins!.qubits.length;
  }
  const rng = makeRng(0x5eed);
  const zLo = new Int32Array(numVars), zHi = new Int32Array(numVars);
  for (let v = 0; v < numVars; v++) { zLo[v] = (rng.next() * 4294967296) | 0; zHi[v] = (rng.next() * 4294967296) | 0; }
  // Parity of each qubit: sorted variable indices (sparse; CNOT = symmetric difference).
  const par: number[][] = new Array(numQubits);
  const hLo = new Int32Array(numQubits), hHi = new Int32Array(numQubits), cst = new Uint8Array(numQubits);
  let nextVar = 0;
  const fresh = (q: number): void => {
    const v = nextVar++;
    par[q] = [v];
    hLo[q] = zLo[v]; hHi[q] = zHi[v]; cst[q] = 0;
  };
  for (let q = 0; q < numQubits; q++) fresh(q);

  // Parity classes.
  const classOf = new Int32Array(gates.length).fill(-1);
  const negated = new Uint8Array(gates.length);
  // Parity classes in an open-addressing hash table on typed arrays (keyed by the 64-bit Zobrist
  // hash, verified against the stored sparse parity): a Map keyed by doubles allocates per entry
  // and was the super-linear hot spot on the gf2^n family.
  let numP = 0;
  for (const w of gates) if (w.kind === K_P) numP++;
  let cap = 16;
  while (cap < 2 * numP) cap <<= 1;
  const slots = new Int32Array(cap).fill(-1);
  const classLo = new Int32Array(numP), classHi = new Int32Array(numP);
  // Each class stores its parity sparsely (the set variable indices): most parities have few terms.
  const classBits: number[][] = [];
  const classFirst: number[] = [], classLast: number[] = [];
  const lookup = (q: number, i: number): number => {
    const lo = hLo[q], hi = hHi[q];
    const pq = par[q];
    let s = (Math.imul(lo ^ (hi >>> 7), 0x9e3779b1) >>> 0) & (cap - 1);
    for (;;) {
      const k = slots[s];
      if (k < 0) break;
      if (classLo[k] === lo && classHi[k] === hi) {
        const bits = classBits[k];
        let eq = bits.length === pq.length;
        for (let j = 0; eq && j < bits.length; j++) if (bits[j] !== pq[j]) eq = false;
        if (eq) { classLast[k] = i; return k; }
      }
      s = (s + 1) & (cap - 1);
    }
    const k = classBits.length;
    slots[s] = k;
    classLo[k] = lo; classHi[k] = hi;
    classBits.push(pq);
    classFirst.push(i); classLast.push(i);
    return k;
  };

  let rotationsBefore = 0;
  for (let i = 0; i < gates.length; i++) {
    const w = gates[i];
    switch (w.kind) {
      case K_H: fresh(w.q0); break;
      case K_X: cst[w.q0] ^= 1; break;
      case K_CX: {
        par[w.q1] = symmetricDifference(par[w.q1], par[w.q0]);
        hLo[w.q1] ^= hLo[w.q0]; hHi[w.q1] ^= hHi[w.q0]; cst[w.q1] ^= cst[w.q0];
        break;
      }
      case K_P:
        rotationsBefore++;
        classOf[i] = lookup(w.q0, i);
        negated[i] = cst[w.q0];
        break;
      case K_OPAQUE:
        for (const q of w.ins!.qubits) fresh(q);
        break;
      default: throw new Error(`foldPhases: unexpected gate kind ${w.kind}`);
    }
  }

  // Stronger classes from the simplified path sum (small circuits only).
  let numClasses = classBits.length;
  const simp = pathSum === 'off' ? undefined : simplifiedParities(gates, numQubits, { absorbClifford: pathSum === 'absorb' });
  if (simp && simp.eliminated > 0) {
    // Classes 0..numClasses−1 are the simplified parities; absorbed gates get classes of their own.
    classFirst.length = 0; classLast.length = 0;
    for (let k = 0; k < simp.numClasses; k++) { classFirst.push(-1); classLast.push(-1); }
    for (let i = 0; i < gates.length; i++) {
      if (classOf[i] < 0) continue;
      let k: number;
      if (simp.absorbed[i]) {
        // Absorbed into the Clifford part: keeps its angle and position.
        k = classFirst.length; classFirst.push(i); classLast.push(i);
      } else {
        k = simp.classId[i];
        if (classFirst[k] < 0) classFirst[k] = i;
        classLast[k] = i;
        negated[i] = simp.negated[i];
      }
      classOf[i] = k;
    }
    numClasses = classFirst.length;
  }
  // Sum the fixed rotations per class: P(θ) on (p ⊕ 1) = e^{iθ}·e^{−iθ·p}.
  const sum = new Float64Array(numClasses);
  let phase = list.globalPhaseRad;
  const groupMembers: number[][] = Array.from({ length: groups }, () => []);
  for (let i = 0; i < gates.length; i++) {
    const k = classOf[i];
    if (k < 0) continue;
    if (group[i] >= 0) { groupMembers[group[i]].push(i); continue; }
    const th = gates[i].angleRad;
    if (negated[i]) { sum[k] -= th; phase += th; } else sum[k] += th;
  }
  // Greedy CCZ polarity: the sign that leaves fewer non-vanishing class sums.
  const cost = (a: number): number => (isZeroAngle(a, 1e-9) ? 0 : 1);
  const groupSign = new Int8Array(groups);
  for (let g = 0; g < groups; g++) {
    const members = groupMembers[g];
    let delta = 0;
    for (const i of members) {
      const k = classOf[i];
      const th = negated[i] ? -gates[i].angleRad : gates[i].angleRad;
      delta += cost(sum[k] + th) - cost(sum[k] - th);
    }
    const s = delta <= 0 ? 1 : -1;
    groupSign[g] = s;
    for (const i of members) {
      const th = s * gates[i].angleRad;
      if (negated[i]) { sum[classOf[i]] -= th; phase += th; } else sum[classOf[i]] += th;
    }
  }

  // Choose each class's position.
  const chosen = new Int32Array(numClasses);
  for (let k = 0; k < chosen.length; k++) chosen[k] = placement === 'last' ? classLast[k] : classFirst[k];
  if (placement === 'float' && mergeRotations) {
    const blocking = blockingRotations(gates, numQubits);
    for (let i = 0; i < gates.length; i++) if (pairSide[i]) blocking[i] = 1;
    const done = new Uint8Array(numClasses);
    // A ±π/2 class goes between two H if it can (H·S·H → S†·H·S† then removes an H pair).
    for (let i = 0; i < gates.length; i++) {
      const k = classOf[i];
      if (k < 0 || done[k] || blocking[i] !== 2) continue;
      if (Math.abs(Math.abs(normalizeAngleRad(sum[k])) - Math.PI / 2) < 1e-9) { chosen[k] = i; done[k] = 1; }
    }
    for (let i = 0; i < gates.length; i++) {
      const k = classOf[i];
      if (k < 0 || done[k]) continue;
      if (!blocking[i]) { chosen[k] = i; done[k] = 1; }
    }
  }
  // Emit: the merged rotation of each class at its chosen occurrence.
  const out: WorkGate[] = new Array(gates.length);
  let numOut = 0;
  let rotationsAfter = 0;
  for (let i = 0; i < gates.length; i++) {
    const w = gates[i];
    const k = classOf[i];
    if (k < 0) { out[numOut++] = w; continue; }
    if (!mergeRotations) {
      out[numOut++] = group[i] < 0 ? w : phaseGate(w.q0, groupSign[group[i]] * w.angleRad);
      continue;
    }
    if (i !== chosen[k]) continue;
    const total = normalizeAngleRad(sum[k]);
    if (isZeroAngle(total, 1e-12)) continue;
    rotationsAfter++;
    const a = negated[i] ? -total : total;
    if (negated[i]) phase += total;
    out[numOut++] = a === w.angleRad ? w : phaseGate(w.q0, a);
  }
  out.length = numOut;
  const nonzero = Array.from({ length: groups }, () => new Uint8Array(8));
  for (let i = 0; i < gates.length; i++) {
    if (group[i] >= 0 && !isZeroAngle(sum[classOf[i]], 1e-9)) nonzero[group[i]][mask[i]] = 1;
  }
  if (!mergeRotations) {
    // Gates were emitted unchanged (only CCZ signs chosen): the global phase is the input's.
    return { result: { list: { shell: list.shell, gates: out, globalPhaseRad: list.globalPhaseRad }, rotationsBefore, rotationsAfter: rotationsBefore }, nonzero };
  }
  return { result: { list: { shell: list.shell, gates: out, globalPhaseRad: normalizeAngleRad(phase) }, rotationsBefore, rotationsAfter, pathSumEliminated: simp?.eliminated ?? 0, pathSumRan: simp !== undefined }, nonzero };
}

/** A phase gate record (fixed shape, so the emitting loop stays monomorphic). */
function phaseGate(q: number, angleRad: number): WorkGate {
  return { kind: K_P, q0: q, q1: -1, q2: -1, angleRad };
}

/**
 * For each phase gate: does it sit between two non-phase gates on its wire that would cancel
 * without it (1: CX·CX with this wire as target, X·X; 2: H·H)? Phase gates are ignored as neighbours.
 */
function blockingRotations(gates: readonly WorkGate[], numQubits: number): Uint8Array {
  const n = gates.length;
  const prevNP = new Int32Array(n).fill(-1);
  const blocking = new Uint8Array(n);
  const last = new Int32Array(numQubits).fill(-1);
  const qubitsOf = (w: WorkGate): readonly number[] => (w.kind === K_OPAQUE ? w.ins!.qubits : w.kind === K_CX ? [w.q0, w.q1] : [w.q0]);
  for (let i = 0; i < n; i++) {
    const w = gates[i];
    if (w.kind === K_P) { prevNP[i] = last[w.q0]; continue; }
    for (const q of qubitsOf(w)) last[q] = i;
  }
  last.fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    const w = gates[i];
    if (w.kind !== K_P) { for (const q of qubitsOf(w)) last[q] = i; continue; }
    const a = prevNP[i], b = last[w.q0];
    if (a < 0 || b < 0) continue;
    const ga = gates[a], gb = gates[b];
    if (ga.kind !== gb.kind) continue;
    if (ga.kind === K_H) blocking[i] = 2;
    else if (ga.kind === K_X) blocking[i] = 1;
    else if (ga.kind === K_CX && ga.q0 === gb.q0 && ga.q1 === gb.q1 && ga.q1 === w.q0) blocking[i] = 1;
  }
  return blocking;
}

/**
 * Expand every CCZ with its default polarity (no folding): the Nam-basis form of a circuit for
 * lowering without optimization.
 */
export function expandAllCcz(list: GateList): GateList {
  if (!list.gates.some((g) => g.kind === K_CCZ)) return list;
  return { ...list, gates: expandCcz(list.gates).gates };
}

/**
 * Pass: phase folding with path variables ({@link foldPhases}, merged rotations floated to a
 * non-blocking occurrence); expands CCZ. Changed when the rotation count drops (or a CCZ was expanded).
 */
export const foldPhasesPass: Pass = makePass({
  name: 'foldPhases', requires: ['namBasis'], ensures: ['noCcz'], preserves: 'all',
  run: (c) => viaGateList(c, (l) => {
    const r = foldPhases(l, 'float');
    const hadCcz = l.gates.some((g) => g.kind === K_CCZ);
    return { list: r.list, changes: (hadCcz ? 1 : 0) + r.rotationsBefore - r.rotationsAfter };
  }),
});

/**
 * Pass: {@link foldPhasesDeep} — phase folding over the simplified path sum with Clifford phases
 * absorbed (phase teleportation in path-sum form), then plain path-sum folding; expands CCZ.
 */
export const foldPhasesDeepPass: Pass = makePass({
  name: 'foldPhasesDeep', requires: ['namBasis'], ensures: ['noCcz'], preserves: 'all',
  run: (c) => viaGateList(c, (l) => {
    const r = foldPhasesDeep(l, 'float');
    const hadCcz = l.gates.some((g) => g.kind === K_CCZ);
    return { list: r.list, changes: (hadCcz ? 1 : 0) + r.rotationsBefore - r.rotationsAfter };
  }),
});
