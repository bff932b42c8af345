import { bitIndices, popcountMask, unitMask } from './parityMask';
import type { RegionGate } from './regionSynthesis';

/**
 * GraySynth: CNOT+phase synthesis of |x⟩ ↦ e^{i Σ θ_j (p_j·x)} |L x ⊕ c⟩ on k qubits (Amy,
 * Azimzadeh, Mosca 2018, "On the CNOT-complexity of CNOT-phase circuits", Sec. 4, Algorithm 1):
 * the parity matrix (one column per phase term, in coordinates of what the qubits currently
 * hold) is split recursively on the row that is most often 0 or most often 1, like a Gray code
 * walk over the columns; inside a branch with a target qubit t (every column has row t = 1), a
 * row j that is 1 on every column of the branch is cleared by CNOT(j → t). A column whose
 * coordinates become a unit vector e_q is realized by its phase gate on qubit q at that moment.
 * Columns the recursion leaves (CNOTs of one branch change the coordinates of others) are placed
 * greedily (fewest CNOTs first); then the remaining linear map is synthesized by Gauss–Jordan
 * elimination (with greedy weight-reducing row operations first when k ≤ 64). Parities are
 * bigint masks (any width), `outputs[q]` is row q of L. Pure and deterministic.
 */
export function graySynth(k: number, terms: readonly { parity: bigint; angleRad: number }[], outputs: readonly bigint[], constants: readonly number[]): RegionGate[] {
  const live = terms.filter((t) => t.parity !== 0n);
  const m = live.length;
  const W = Math.max(1, (m + 31) >>> 5);
  // rows[q]: bit j = coordinate q of column j; weight[j] = popcount of column j; done[j] once placed.
  const rows: Uint32Array[] = Array.from({ length: k }, () => new Uint32Array(W));
  const weight = new Int32Array(m);
  const done = new Uint8Array(m);
  live.forEach((t, j) => { for (const q of bitIndices(t.parity)) rows[q][j >>> 5] |= 1 << (j & 31); weight[j] = popcountMask(t.parity); });
  const state: bigint[] = Array.from({ length: k }, (_, q) => unitMask(q));
  const out: RegionGate[] = [];
  const bit = (q: number, j: number): number => (rows[q][j >>> 5] >>> (j & 31)) & 1;
  const place = (j: number): void => {
    let q = 0;
    while (!bit(q, j)) q++;
    out.push({ kind: 'p', a: q, b: -1, angleRad: live[j].angleRad });
    rows[q][j >>> 5] &= ~(1 << (j & 31));
    done[j] = 1;
  };
  // CNOT(c → t): qubit t now holds s_t ⊕ s_c, so coordinate c of every column absorbs coordinate t.
  const cx = (c: number, t: number): void => {
    out.push({ kind: 'cx', a: c, b: t, angleRad: 0 });
    state[t] ^= state[c];
    const rc = rows[c], rt = rows[t];
    for (let w = 0; w < W; w++) {
      let flip = rt[w];
      if (!flip) continue;
      const old = rc[w];
      rc[w] = old ^ flip;
      while (flip) {
        const low = flip & -flip;
        const j = (w << 5) + 31 - Math.clz32(low);
        weight[j] += old & low ? -1 : 1;
        if (weight[j] === 1) place(j);
        flip ^= low;
      }
    }
  };
  for (let j = 0; j < m; j++) if (weight[j] === 1) place(j);
  interface Branch { readonly cols: readonly number[]; readonly free: readonly number[]; readonly target: number }
  const stack: Branch[] = [{ cols: live.map((_, j) => j), free: Array.from({ length: k }, (_, q) => q), target: -1 }];
  while (stack.length) {
    const br = stack.pop()!;
    let cols = br.cols.filter((j) => !done[j]);
    if (!cols.length) continue;
    const t = br.target;
    if (t >= 0) {
      for (let changed = true; changed && cols.length;) {
        changed = false;
        for (let j = 0; j < k && cols.length; j++) {
          if (j === t || !cols.every((c) => bit(j, c))) continue;
          if (!cols.every((c) => bit(t, c))) break; // invariant broken by another branch: leave to the greedy
          cx(j, t);
          cols = cols.filter((c) => !done[c]);
          changed = true;
        }
      }
      if (!cols.length) continue;
    }
    if (!br.free.length) continue;
    let best = -1, bestCount = -1;
    for (const q of br.free) {
      let ones = 0;
      for (const c of cols) ones += bit(q, c);
      const score = Math.max(ones, cols.length - ones);
      if (score > bestCount) { bestCount = score; best = q; }
    }
    const free = br.free.filter((q) => q !== best);
    const zero = cols.filter((c) => !bit(best, c)), one = cols.filter((c) => bit(best, c));
    stack.push({ cols: zero, free, target: t });
    stack.push({ cols: one, free, target: t >= 0 ? t : best });
  }
  // Leftovers: fewest CNOTs first, CNOTs from the other coordinates onto one of them.
  for (;;) {
    let j = -1;
    for (let c = 0; c < m; c++) if (!done[c] && (j < 0 || weight[c] < weight[j])) j = c;
    if (j < 0) break;
    const support: number[] = [];
    for (let q = 0; q < k; q++) if (bit(q, j)) support.push(q);
    const target = support[0];
    for (const q of support.slice(1)) if (!done[j]) cx(q, target);
  }
  for (const g of linearNetwork(k, state, outputs)) { out.push(g); }
  for (let q = 0; q < k; q++) if (constants[q]) out.push({ kind: 'x', a: q, b: -1, angleRad: 0 });
  return out;
}

/**
 * CNOTs taking qubit states `from` (row q = the parity qubit q holds) to `to`: E with E·from = to
 * is reduced to I by row operations (greedy weight-reducing ones first when k ≤ 64, then
 * Gauss–Jordan), applied in reverse. Throws when the states do not span the same space.
 */
export function linearNetwork(k: number, from: readonly bigint[], to: readonly bigint[]): RegionGate[] {
  // Coordinates of each `to` row in the basis `from`: echelon basis with tags.
  const basis: { v: bigint; tag: bigint; low: bigint }[] = [];
  const reduce = (v0: bigint, t0: bigint): [bigint, bigint] => {
    let v = v0, t = t0;
    for (const b of basis) if (v & b.low) { v ^= b.v; t ^= b.tag; }
    return [v, t];
  };
  for (let r = 0; r < k; r++) {
    const [v, t] = reduce(from[r], unitMask(r));
    if (!v) throw new Error('linearNetwork: start state not invertible');
    const low = v & -v;
    for (const b of basis) if (b.v & low) { b.v ^= v; b.tag ^= t; }
    basis.push({ v, tag: t, low });
  }
  const e = to.map((row) => { const [v, t] = reduce(row, 0n); if (v) throw new Error('linearNetwork: output map not invertible'); return t; });
  const ops: [number, number][] = [];
  const rowOp = (c: number, t: number): void => { e[t] ^= e[c]; ops.push([c, t]); };
  if (k <= 64) {
    for (;;) {
      let bc = -1, bt = -1, bd = 0;
      for (let t = 0; t < k; t++) for (let c = 0; c < k; c++) {
        if (c === t) continue;
        const d = popcountMask(e[t] ^ e[c]) - popcountMask(e[t]);
        if (d < bd) { bd = d; bc = c; bt = t; }
      }
      if (bd >= 0) break;
      rowOp(bc, bt);
    }
  }
  for (let col = 0; col < k; col++) {
    const m = unitMask(col);
    if (!(e[col] & m)) {
      let r = -1;
      for (let x = col + 1; x < k; x++) if (e[x] & m) { r = x; break; }
      if (r < 0) throw new Error('linearNetwork: singular output map');
      rowOp(r, col);
    }
    for (let x = 0; x < k; x++) if (x !== col && (e[x] & m)) rowOp(col, x);
  }
  const out: RegionGate[] = [];
  for (let i = ops.length - 1; i >= 0; i--) out.push({ kind: 'cx', a: ops[i][0], b: ops[i][1], angleRad: 0 });
  return out;
}
