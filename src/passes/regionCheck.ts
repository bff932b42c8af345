import { K_CX, K_H, K_P, K_X, WorkGate, normalizeAngleRad } from './gateList';
import type { cnotPhaseRegions } from './cnotPhaseRegions';
import { unitMask } from './parityMask';
import { cliffordCorrection } from './todd';

/**
 * CNOT+phase regions on local qubits 0..k−1 (toddRegions.ts, regionResynthesis.ts): conversion
 * from and to gate-list gates, and exact equivalence checks of a rewrite
 * by enumerating the basis states of a region (up to {@link BASIS_CHECK_MAX_QUBITS} qubits) or by
 * comparing phase polynomials and affine outputs (Amy, Maslov, Mosca 2014).
 */

const QUARTER = Math.PI / 4;
/** Local marker for a CZ in a synthesized region (emitted as H·CX·H). */
export const K_CZ_LOCAL = 99;

/** k with angle ≡ k·π/4 (mod 2π), k in 0..7, or −1 when the angle is not a multiple of π/4. */
export function eighths(angleRad: number): number {
  const k = Math.round(angleRad / QUARTER);
  if (Math.abs(k * QUARTER - angleRad) > 1e-9) return -1;
  return ((k % 8) + 8) % 8;
}

/** A gate of a region on local qubits (kinds of gateList.ts, plus {@link K_CZ_LOCAL}). */
export interface LocalGate { readonly kind: number; readonly a: number; readonly b: number; readonly angleRad: number }

/** Classical action of region gates on basis state x: returns [output bits, phase (rad)]. */
function runOnBasis(gates: readonly LocalGate[], x: number): [number, number] {
  let bits = x, phase = 0;
  for (const g of gates) {
    if (g.kind === K_CX) { if ((bits >>> g.a) & 1) bits ^= 1 << g.b; }
    else if (g.kind === K_CZ_LOCAL) { if ((bits >>> g.a) & (bits >>> g.b) & 1) phase += Math.PI; }
    else if (g.kind === K_X) bits ^= 1 << g.a;
    else if ((bits >>> g.a) & 1) phase += g.angleRad;
  }
  return [bits, phase];
}

/** Widest region checked by enumerating its basis states; wider ones are checked by {@link checkByPhasePolynomial}. */
export const BASIS_CHECK_MAX_QUBITS = 16;

/** Phase difference f_a(x) − f_b(x) (the same for every x) when a and b agree on all 2^k basis states, else undefined. */
export function checkOnBasis(a: readonly LocalGate[], b: readonly LocalGate[], k: number): number | undefined {
  let delta = 0;
  for (let x = 0; x < 1 << k; x++) {
    const [b0, f0] = runOnBasis(a, x), [b1, f1] = runOnBasis(b, x);
    if (b0 !== b1) return undefined;
    const d = f0 - f1;
    if (x === 0) delta = d;
    else if (Math.abs(normalizeAngleRad(d - delta)) > 1e-9) return undefined;
  }
  return delta;
}

/**
 * Phase polynomial of region gates: affine output (rows, constants), the angle per parity
 * (constants folded into signs) and the constant phase those folds produce. A CZ adds the terms
 * π/2·(x_i + x_j − x_i⊕x_j) on the parities its qubits hold.
 */
export function phasePolynomialOf(gates: readonly LocalGate[], k: number): { par: bigint[]; cst: number[]; angle: Map<bigint, number>; constRad: number } {
  const par = Array.from({ length: k }, (_, i) => unitMask(i)), cst = new Array<number>(k).fill(0);
  const angle = new Map<bigint, number>();
  let constRad = 0;
  const term = (p: bigint, c: number, a: number): void => {
    if (c) constRad += a;
    angle.set(p, (angle.get(p) ?? 0) + (c ? -a : a));
  };
  for (const g of gates) {
    if (g.kind === K_CX) { par[g.b] ^= par[g.a]; cst[g.b] ^= cst[g.a]; }
    else if (g.kind === K_X) cst[g.a] ^= 1;
    else if (g.kind === K_CZ_LOCAL) {
      const half = Math.PI / 2;
      term(par[g.a], cst[g.a], half); term(par[g.b], cst[g.b], half); term(par[g.a] ^ par[g.b], cst[g.a] ^ cst[g.b], -half);
    } else term(par[g.a], cst[g.a], g.angleRad);
  }
  return { par, cst, angle, constRad };
}

/**
 * Exact equality of two CNOT+phase regions by their phase polynomials (Amy, Maslov, Mosca 2014):
 * the same affine output, the same angle per parity for angles that are not multiples of π/4,
 * and for the multiples of π/4 the same function mod 2π, compared by the mod-8 monomial
 * expansion ({@link cliffordCorrection} of the two sets is zero). Returns the constant phase
 * difference (a − b), or undefined when they differ (or when a parity mixes a π/4 multiple with
 * another angle differently in a and b — a safe refusal).
 */
export function checkByPhasePolynomial(a: readonly LocalGate[], b: readonly LocalGate[], k: number): number | undefined {
  const pa = phasePolynomialOf(a, k), pb = phasePolynomialOf(b, k);
  for (let i = 0; i < k; i++) if (pa.par[i] !== pb.par[i] || pa.cst[i] !== pb.cst[i]) return undefined;
  const split = (m: ReadonlyMap<bigint, number>): { eighth: { parity: bigint; k8: number }[]; other: Map<bigint, number> } => {
    const eighth: { parity: bigint; k8: number }[] = [], other = new Map<bigint, number>();
    for (const [p, ang] of m) {
      if (!p) continue;
      const e = eighths(normalizeAngleRad(ang));
      if (e > 0) eighth.push({ parity: p, k8: e });
      else if (e < 0) other.set(p, normalizeAngleRad(ang));
    }
    return { eighth, other };
  };
  const sa = split(pa.angle), sb = split(pb.angle);
  if (sa.other.size !== sb.other.size) return undefined;
  for (const [p, ang] of sa.other) { const o = sb.other.get(p); if (o === undefined || Math.abs(normalizeAngleRad(ang - o)) > 1e-9) return undefined; }
  const corr = cliffordCorrection(sa.eighth, sb.eighth, k);
  if (!corr || corr.linear.some((v) => v !== 0) || corr.quadratic.size) return undefined;
  return pa.constRad - pb.constRad;
}


/**
 * Exact check of a rewrite of a k-qubit CNOT+phase region: by basis states up to
 * {@link BASIS_CHECK_MAX_QUBITS} qubits, by phase polynomials above. Returns the constant phase
 * difference (a − b, to the global phase), or undefined when they differ.
 */
export function checkRegionRewrite(a: readonly LocalGate[], b: readonly LocalGate[], k: number): number | undefined {
  return k <= BASIS_CHECK_MAX_QUBITS ? checkOnBasis(a, b, k) : checkByPhasePolynomial(a, b, k);
}

/** The gates `gateIdx` of `gates` on local qubits (qubits[i] ↦ i); X, CX and P gates only. */
export function toLocalGates(gates: readonly WorkGate[], gateIdx: readonly number[], qubits: readonly number[]): LocalGate[] {
  const loc = new Map<number, number>();
  qubits.forEach((q, i) => loc.set(q, i));
  return gateIdx.map((gi) => {
    const w = gates[gi];
    return { kind: w.kind, a: loc.get(w.q0)!, b: w.kind === K_CX ? loc.get(w.q1)! : -1, angleRad: w.angleRad };
  });
}

/** Local gates back on the region's qubits; a {@link K_CZ_LOCAL} becomes H·CX·H. */
export function toGlobalGates(local: readonly LocalGate[], qubits: readonly number[]): WorkGate[] {
  const after: WorkGate[] = [];
  for (const g of local) {
    if (g.kind === K_CZ_LOCAL) {
      const [qa, qb] = [qubits[g.a], qubits[g.b]];
      after.push({ kind: K_H, q0: qb, q1: -1, q2: -1, angleRad: 0 }, { kind: K_CX, q0: qa, q1: qb, q2: -1, angleRad: 0 }, { kind: K_H, q0: qb, q1: -1, q2: -1, angleRad: 0 });
    } else {
      after.push({ kind: g.kind, q0: qubits[g.a], q1: g.kind === K_CX ? qubits[g.b] : -1, q2: -1, angleRad: g.kind === K_P ? g.angleRad : 0 });
    }
  }
  return after;
}

/**
 * The gate list with each rewritten region's gates removed and its new gates placed at the
 * position of its last gate (valid for the regions of {@link cnotPhaseRegions}: no other gate
 * touches a region's qubits within its span).
 */
export function spliceRegions(gates: readonly WorkGate[], rewrites: readonly { readonly gateIdx: readonly number[]; readonly after: readonly WorkGate[] }[]): WorkGate[] {
  const removed = new Uint8Array(gates.length);
  const replacement = new Map<number, readonly WorkGate[]>();
  for (const r of rewrites) { for (const gi of r.gateIdx) removed[gi] = 1; replacement.set(r.gateIdx[r.gateIdx.length - 1], r.after); }
  const out: WorkGate[] = [];
  for (let i = 0; i < gates.length; i++) {
    if (!removed[i]) out.push(gates[i]);
    const rep = replacement.get(i);
    if (rep) out.push(...rep);
  }
  return out;
}
