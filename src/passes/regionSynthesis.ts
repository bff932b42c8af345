import { makeRng } from '../math/rng';
import { graySynth } from './graySynth';

/**
 * Synthesis of a CNOT+phase circuit from its phase polynomial and affine output map (the
 * "parity network" problem; Amy, Azimzadeh, Mosca 2018, "On the CNOT-complexity of CNOT-phase
 * circuits", Sec. 3, greedy flavour), on local qubits 0..k−1 with parities as bit masks.
 * Written here instead of reusing synth/: the passes work on gate-list records and bit masks.
 */

/** One gate of a synthesized region: CX (control, target), X (q), or P(angle) on q. */
export interface RegionGate {
  readonly kind: 'cx' | 'x' | 'p';
  readonly a: number;
  readonly b: number;
  readonly angleRad: number;
}

/** Coordinates of `p` in the basis of the rows `s` (k × k, invertible) as a mask over rows; −1 when outside the span. */
function coordinates(s: readonly number[], p: number): number {
  // Echelon basis keyed by lowest set bit, each with a tag of the rows it combines: reducing in
  // increasing bit order only adds higher bits, so one ascending pass reduces a vector.
  const vecByBit = new Int32Array(32).fill(0), tagByBit = new Int32Array(32).fill(0);
  const reduce = (v0: number, t0: number): [number, number] => {
    let v = v0, t = t0;
    for (let bit = 0; bit < 31 && v; bit++) if (((v >>> bit) & 1) && vecByBit[bit]) { v ^= vecByBit[bit]; t ^= tagByBit[bit]; }
    return [v, t];
  };
  for (let r = 0; r < s.length; r++) {
    const [v, t] = reduce(s[r], 1 << r);
    if (v) { const b = lowestBit(v); vecByBit[b] = v; tagByBit[b] = t; }
  }
  const [v, t] = reduce(p, 0);
  return v ? -1 : t;
}

/**
 * Columns of S⁻¹ as masks (S = the rows `s`, invertible): the coordinates of p in the basis
 * `s` are the parities of p & cols[r]. One Gauss–Jordan per state, then O(k) per parity.
 */
function inverseColumns(s: readonly number[]): number[] {
  const k = s.length;
  const a = s.slice(), inv = s.map((_, i) => 1 << i);
  for (let col = 0; col < k; col++) {
    const m = 1 << col;
    let p = -1;
    for (let r = col; r < k; r++) if (a[r] & m) { p = r; break; }
    if (p < 0) throw new Error('synthesizeCnotPhase: state not invertible');
    if (p !== col) { [a[p], a[col]] = [a[col], a[p]]; [inv[p], inv[col]] = [inv[col], inv[p]]; }
    for (let r = 0; r < k; r++) if (r !== col && (a[r] & m)) { a[r] ^= a[col]; inv[r] ^= inv[col]; }
  }
  // inv rows: inv·S = I, so tag = p·S⁻¹ and column r of S⁻¹ collects bit r of every inv row.
  const cols = new Array<number>(k).fill(0);
  for (let i = 0; i < k; i++) for (let r = 0; r < k; r++) if ((inv[i] >>> r) & 1) cols[r] |= 1 << i;
  return cols;
}

function parityOf(x: number): number { x ^= x >>> 16; x ^= x >>> 8; x ^= x >>> 4; x ^= x >>> 2; x ^= x >>> 1; return x & 1; }

function tagOf(cols: readonly number[], p: number): number {
  let t = 0;
  for (let r = 0; r < cols.length; r++) if (parityOf(p & cols[r])) t |= 1 << r;
  return t;
}

function lowestBit(x: number): number { return x ? 31 - Math.clz32(x & -x) : 32; }
function popcount(x: number): number { let c = 0; while (x) { x &= x - 1; c++; } return c; }

/**
 * Synthesize |x⟩ ↦ e^{i Σ θ_j (p_j·x)} |L x ⊕ c⟩ on k qubits: phase terms (parity mask, angle)
 * are placed greedily, cheapest next (make some qubit hold the parity with the fewest CNOTs,
 * the state change is kept; optionally the target qubit is chosen by a one-step lookahead),
 * then the remaining linear map is synthesized (greedy weight-reducing row operations, then
 * Gauss–Jordan without row swaps), then X on the qubits with c = 1. `outputs[q]` is row q of L.
 * Sixteen variants (term order, lookahead, forward or backward) are built; the one with the
 * fewest CNOTs is returned.
 */
export function synthesizeCnotPhase(k: number, terms: readonly { parity: number; angleRad: number }[], outputs: readonly number[], constants: readonly number[]): RegionGate[] {
  const identity = Array.from({ length: k }, (_, i) => 1 << i);
  const cxCount = (gs: readonly RegionGate[]): number => gs.filter((g) => g.kind === 'cx').length;
  let out: RegionGate[] | undefined;
  // Variants: a few shuffled term orders (greedy ties are broken by order; seeded, so
  // deterministic) × with/without lookahead × forward (state I → L) or backward (the network of
  // the inverse, state L → I with negated angles, reversed: the greedy is asymmetric).
  const rng = makeRng(0x70dd);
  for (let attempt = 0; attempt < 4; attempt++) {
    const order = terms.slice();
    if (attempt > 0) for (let i = order.length - 1; i > 0; i--) { const j = rng.int(i + 1); [order[i], order[j]] = [order[j], order[i]]; }
    for (const lookahead of [false, true]) {
      const fwd = parityNetwork(k, identity, order, outputs, lookahead);
      const bwd = parityNetwork(k, outputs, order.map((t) => ({ parity: t.parity, angleRad: -t.angleRad })), identity, lookahead)
        .reverse().map((g) => (g.kind === 'p' ? { ...g, angleRad: -g.angleRad } : g));
      for (const c of [fwd, bwd]) if (!out || cxCount(c) < cxCount(out)) out = c;
    }
  }
  for (let q = 0; q < k; q++) if (constants[q]) out!.push({ kind: 'x', a: q, b: -1, angleRad: 0 });
  return out!;
}

/** Widest region {@link synthesizeCnotPhase} handles (its parities are 32-bit numbers). */
const NUMBER_MASK_MAX_QUBITS = 30;

/**
 * Synthesize a CNOT+phase region with parities as bigint masks (any width): up to
 * {@link NUMBER_MASK_MAX_QUBITS} qubits the one with fewer CNOTs of {@link synthesizeCnotPhase}
 * and {@link graySynth} (only the former when `withGraySynth` is false), wider by graySynth
 * (one pass, no variants: its cost grows with k·m per CNOT).
 */
export function synthesizeParityRegion(k: number, terms: readonly { parity: bigint; angleRad: number }[], outputs: readonly bigint[], constants: readonly number[],
  withGraySynth = true): RegionGate[] {
  if (k > NUMBER_MASK_MAX_QUBITS) return graySynth(k, terms, outputs, constants);
  if (!withGraySynth) return synthesizeCnotPhase(k, terms.map((t) => ({ parity: Number(t.parity), angleRad: t.angleRad })), outputs.map(Number), constants);
  const gray = graySynth(k, terms, outputs, constants);
  const greedy = synthesizeCnotPhase(k, terms.map((t) => ({ parity: Number(t.parity), angleRad: t.angleRad })), outputs.map(Number), constants);
  const cx = (gs: readonly RegionGate[]): number => gs.reduce((n, g) => n + (g.kind === 'cx' ? 1 : 0), 0);
  return cx(gray) < cx(greedy) ? gray : greedy;
}

/**
 * CNOT+phase network from state `start` (row q = parity qubit q holds) to state `end`, applying
 * each phase term once (no X gates).
 */
function parityNetwork(k: number, start: readonly number[], terms: readonly { parity: number; angleRad: number }[], end: readonly number[], lookahead: boolean): RegionGate[] {
  const out: RegionGate[] = [];
  const s: number[] = start.slice();
  const cx = (c: number, t: number): void => { out.push({ kind: 'cx', a: c, b: t, angleRad: 0 }); s[t] ^= s[c]; };
  const left = terms.filter((t) => t.parity !== 0).slice();
  const totalCost = (state: readonly number[], skip: number): number => {
    const cols = inverseColumns(state);
    let c = 0;
    for (let j = 0; j < left.length; j++) if (j !== skip) c += popcount(tagOf(cols, left[j].parity)) - 1;
    return c;
  };
  while (left.length) {
    // Cheapest terms next; among them (and their possible target qubits) the choice that leaves
    // the remaining terms cheapest (one-step lookahead).
    const cols = inverseColumns(s);
    const tags = left.map((t) => tagOf(cols, t.parity));
    let minCost = Infinity;
    for (const tag of tags) minCost = Math.min(minCost, popcount(tag) - 1);
    let bestIdx = -1, target = -1, bestScore = Infinity;
    for (let j = 0; j < left.length && bestScore > 0; j++) {
      if (popcount(tags[j]) - 1 !== minCost) continue;
      if (minCost === 0 || !lookahead) { bestIdx = j; target = 31 - Math.clz32(tags[j] & -tags[j]); break; }
      for (let q = 0; q < k; q++) {
        if (!((tags[j] >>> q) & 1)) continue;
        const saved = s[q];
        s[q] = left[j].parity;
        const score = totalCost(s, j);
        s[q] = saved;
        if (score < bestScore) { bestScore = score; bestIdx = j; target = q; }
      }
    }
    const t = left[bestIdx], tag = tags[bestIdx];
    left.splice(bestIdx, 1);
    for (let q = 0; q < k; q++) if (q !== target && ((tag >>> q) & 1)) cx(q, target);
    out.push({ kind: 'p', a: target, b: -1, angleRad: t.angleRad });
  }
  // Linear part: find E with E·s = outputs (rows), reduce E to I by row operations, apply in reverse.
  const e: number[] = end.map((row) => coordinates(s, row));
  if (e.some((x) => x < 0)) throw new Error('synthesizeCnotPhase: output map not invertible');
  const ops: [number, number][] = []; // row t ^= row c
  const rowOp = (c: number, t: number): void => { e[t] ^= e[c]; ops.push([c, t]); };
  // Greedy first: the row operation that lowers the total weight of E most (E = I has weight k),
  // then Gauss–Jordan for what is left.
  for (;;) {
    let bc = -1, bt = -1, bd = 0;
    for (let t = 0; t < k; t++) for (let c = 0; c < k; c++) {
      if (c === t) continue;
      const d = popcount(e[t] ^ e[c]) - popcount(e[t]);
      if (d < bd) { bd = d; bc = c; bt = t; }
    }
    if (bd >= 0) break;
    rowOp(bc, bt);
  }
  for (let col = 0; col < k; col++) {
    const m = 1 << col;
    if (!(e[col] & m)) {
      let r = -1;
      for (let x = col + 1; x < k; x++) if (e[x] & m) { r = x; break; }
      if (r < 0) throw new Error('synthesizeCnotPhase: singular output map');
      rowOp(r, col);
    }
    for (let x = 0; x < k; x++) if (x !== col && (e[x] & m)) rowOp(col, x);
  }
  for (let i = ops.length - 1; i >= 0; i--) cx(ops[i][0], ops[i][1]);
  return out;
}
