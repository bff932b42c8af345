import type { CircuitBuilder } from '../../ir';
import { makeStdGate } from '../gates/stdGates';

/**
 * Unary iteration over the index range [0, length) of an n-qubit selection register, with n−1
 * clean ancillas (Babbush et al. 2018, "Encoding electronic spectra in quantum circuits with
 * linear T complexity", PRX 8, 041015, Sec. III.A and Fig. 7): a binary tree of ANDs where
 * each internal node computes `anc = ctrl ∧ ¬s` with one Toffoli, switches to `ctrl ∧ s` with a
 * CNOT from `ctrl`, and uncomputes with a second Toffoli — 2 Toffolis per internal node.
 *
 * The root has no control: the top selection bit itself (X-conjugated for the 0 branch) controls
 * the next level, which saves one ancilla. Index values ≥ length run no body (the op is the
 * identity there); the subtrees beyond `length` are omitted entirely. All gates are x, cx, ccx
 * plus whatever the body emits.
 */
export interface UnaryIterationLayout {
  /** Selection register, index bit j = selectQubits[j] (little-endian). */
  readonly selectQubits: readonly number[];
  /** Clean ancillas, ≥ n−1 of them (ancillaQubits[t] is the AND for tree level t = 0..n−2). */
  readonly ancillaQubits: readonly number[];
  /** Number of indices iterated over, 1 ≤ length ≤ 2^n. */
  readonly length: number;
}

/**
 * A body of the iteration: emit gates for index `index`, controlled by qubit `ctrlQubit`, which
 * is |1⟩ exactly when the selection register holds `index`. `ctrlQubit` is null only when the
 * selection register is empty (n = 0): then the body runs unconditionally.
 */
export type UnaryBody = (b: CircuitBuilder, index: number, ctrlQubit: number | null) => void;

/** Number of clean ancillas unary iteration needs for an n-bit selection register. */
export function unaryIterationAncillaCount(numSelectBits: number): number {
  return Math.max(0, numSelectBits - 1);
}

/** Emit unary iteration into `b` (see {@link UnaryIterationLayout}). */
export function emitUnaryIteration(b: CircuitBuilder, layout: UnaryIterationLayout, body: UnaryBody): void {
  const n = layout.selectQubits.length;
  checkLength(n, layout.length);
  if (layout.ancillaQubits.length < unaryIterationAncillaCount(n)) {
    throw new Error(`unary iteration over ${n} bits needs ${unaryIterationAncillaCount(n)} ancillas, got ${layout.ancillaQubits.length}`);
  }
  const x = makeStdGate('x'), cx = makeStdGate('cx'), ccx = makeStdGate('ccx');
  const s = layout.selectQubits, anc = layout.ancillaQubits, L = layout.length;
  // Covers indices [lo, lo + 2^(bit+1)) ∩ [0, L); `ctrl` is |1⟩ iff the select bits above `bit` match lo.
  const rec = (ctrl: number | null, bit: number, lo: number): void => {
    if (bit < 0) { body(b, lo, ctrl); return; }
    const mid = lo + 2 ** bit;
    const hasOne = mid < L;
    if (ctrl === null) {
      b.apply(x, [s[bit]]);
      rec(s[bit], bit - 1, lo);
      b.apply(x, [s[bit]]);
      if (hasOne) rec(s[bit], bit - 1, mid);
      return;
    }
    const a = anc[bit];
    b.apply(x, [s[bit]]).apply(ccx, [ctrl, s[bit], a]).apply(x, [s[bit]]);
    rec(a, bit - 1, lo);
    if (hasOne) {
      b.apply(cx, [ctrl, a]);
      rec(a, bit - 1, mid);
      b.apply(ccx, [ctrl, s[bit], a]);
    } else {
      b.apply(x, [s[bit]]).apply(ccx, [ctrl, s[bit], a]).apply(x, [s[bit]]);
    }
  };
  rec(null, n - 1, 0);
}

/** Gate counts of the iteration's own scaffolding (bodies excluded). */
export interface UnaryIterationCounts {
  readonly ccx: number;
  readonly cx: number;
  readonly x: number;
}

/**
 * Counts of the scaffolding gates {@link emitUnaryIteration} emits for an n-bit register and
 * `length` indices, computed in O(n) without building anything (exact for any length ≤ 2^n,
 * including lengths near 2^53). For length L = 2^n, n ≥ 1: ccx = 2L − 4, i.e. 2 Toffolis for each
 * of the L − 2 internal tree nodes (Babbush et al. count L − 1 ANDs at 4 T each using
 * measurement-based uncomputation; here both compute and uncompute are exact ccx gates).
 */
export function unaryIterationCounts(numSelectBits: number, length: number): UnaryIterationCounts {
  checkLength(numSelectBits, length);
  const memo = new Map<string, [number, number, number]>();
  // Counts of a controlled subtree at `bit` with m valid leaves (1 ≤ m ≤ 2^(bit+1)).
  const sub = (bit: number, m: number): [number, number, number] => {
    if (bit < 0) return [0, 0, 0];
    const key = `${bit}:${m}`;
    const hit = memo.get(key);
    if (hit) return hit;
    const half = 2 ** bit;
    let r: [number, number, number];
    if (m > half) {
      const a = sub(bit - 1, half), c = sub(bit - 1, m - half);
      r = [2 + a[0] + c[0], 1 + a[1] + c[1], 2 + a[2] + c[2]];
    } else {
      const a = sub(bit - 1, m);
      r = [2 + a[0], a[1], 4 + a[2]];
    }
    memo.set(key, r);
    return r;
  };
  const n = numSelectBits;
  if (n === 0) return { ccx: 0, cx: 0, x: 0 };
  const half = 2 ** (n - 1);
  const a = sub(n - 2, Math.min(length, half));
  let ccx = a[0], cx = a[1], x = 2 + a[2];
  if (length > half) {
    const c = sub(n - 2, length - half);
    ccx += c[0]; cx += c[1]; x += c[2];
  }
  return { ccx, cx, x };
}

function checkLength(n: number, length: number): void {
  if (!Number.isInteger(n) || n < 0 || n > 52) throw new Error(`unary iteration: invalid select width ${n}`);
  if (!Number.isInteger(length) || length < 1 || length > 2 ** n) {
    throw new Error(`unary iteration: length ${length} outside 1..2^${n}`);
  }
}
