import { GateList, K_CX, K_H, K_P, K_X, WorkGate, normalizeAngleRad, viaGateList } from './gateList';
import { cnotPhaseRegions } from './cnotPhaseRegions';
import { Pass, makePass } from './pass';
import { RegionGate, synthesizeCnotPhase } from './regionSynthesis';
import { cliffordCorrection, toddReduceCounted } from './todd';

/** Options of {@link reduceTCountInRegions}. */
export interface ToddRegionOptions {
  /**
   * Largest region (qubits) to rewrite (default 16, at most 30): every rewrite is checked
   * exactly, by enumerating the 2^k basis states of its region up to 16 qubits and by comparing
   * phase polynomials above.
   */
  readonly maxRegionQubits?: number;
  /** Largest number of T terms in a region handed to TODD (default 96). */
  readonly maxTerms?: number;
  /** Kernels TODD may compute over the whole list (default 20000 + 20 per gate): bounds the run time. */
  readonly maxKernels?: number;
  /**
   * Largest allowed growth of the region's gate count (Nam convention: every gate 1) per T gate
   * removed (default 2): the CNOT resynthesis may cost gates, T gates are the expensive ones.
   */
  readonly maxExtraGatesPerT?: number;
  /**
   * Cut regions strictly at `maxRegionQubits` (default false: a region that a CNOT joins when it
   * is already full grows past the cap and is skipped, see {@link cnotPhaseRegions}).
   */
  readonly strictRegionCap?: boolean;
  /** Wall-clock deadline (epoch ms): regions are left as they are after it (default none). */
  readonly deadlineMs?: number;
}

/** Result of {@link reduceTCountInRegions}. */
export interface ToddRegionResult {
  readonly list: GateList;
  readonly tBefore: number;
  readonly tAfter: number;
  /** Regions rewritten. */
  readonly rewritten: number;
  /** Per rewritten region: its qubits and the old and new gates (global qubit indices), for audits. */
  readonly rewrites: readonly { readonly qubits: readonly number[]; readonly before: readonly WorkGate[]; readonly after: readonly WorkGate[] }[];
}

const QUARTER = Math.PI / 4;
/** Local marker for a CZ in a synthesized region (emitted as H·CX·H). */
const K_CZ_LOCAL = 99;

/** k with angle ≡ k·π/4 (mod 2π), k in 0..7, or −1 when the angle is not a multiple of π/4. */
function eighths(angleRad: number): number {
  const k = Math.round(angleRad / QUARTER);
  if (Math.abs(k * QUARTER - angleRad) > 1e-9) return -1;
  return ((k % 8) + 8) % 8;
}

/**
 * Signs (±π/4) for the new T terms that keep the Clifford correction small: a term's sign flip
 * (k → −k) changes the diagonal by −2k·(p·x), i.e. toggles CZ on every pair of variables of p
 * (and S† on its variables), so the CZ count is minimized by greedy sign flips, starting from
 * the old sign where the parity was already a term.
 */
function chooseSigns(oldT: readonly { parity: number; k8: number }[], parities: readonly number[], k: number): { parity: number; k8: number }[] | undefined {
  const oldSign = new Map<number, number>(oldT.map((t) => [t.parity, t.k8 === 1 || t.k8 === 3 ? 1 : 7]));
  const cur = parities.map((p) => ({ parity: p, k8: oldSign.get(p) ?? 1 }));
  const czCount = (): number => cliffordCorrection(oldT, cur, k)?.quadratic.size ?? Infinity;
  let best = czCount();
  for (let improved = true, guard = 0; improved && guard < 8; guard++) {
    improved = false;
    for (const t of cur) {
      t.k8 = 8 - t.k8;
      const c = czCount();
      if (c < best) { best = c; improved = true; } else t.k8 = 8 - t.k8;
    }
  }
  return best === Infinity ? undefined : cur;
}

/** A gate of a region on local qubits (kinds of gateList.ts, plus {@link K_CZ_LOCAL}). */
interface LocalGate { readonly kind: number; readonly a: number; readonly b: number; readonly angleRad: number }

/**
 * The new region: phase terms = the non-T terms of `angle` unchanged + the new signed T terms +
 * the Clifford correction (S^k on variables; π·x_i x_j either as a CZ gate first — it is
 * diagonal, so it acts on the input variables — or as the phase terms π/2·(x_i + x_j − x_i⊕x_j)),
 * synthesized by {@link synthesizeCnotPhase}.
 */
function synthesizeRegion(k: number, angle: ReadonlyMap<number, number>, signed: readonly { parity: number; k8: number }[],
  corr: { linear: Int32Array; quadratic: Map<number, number> }, czAsGates: boolean, par: readonly number[], cst: readonly number[]): LocalGate[] {
  const next = new Map<number, number>();
  const add = (p: number, a: number): void => { next.set(p, (next.get(p) ?? 0) + a); };
  for (const [p, a] of angle) { const e = eighths(a); if (!(e >= 0 && (e & 1))) add(p, a); }
  for (const t of signed) add(t.parity, t.k8 * QUARTER);
  for (let i = 0; i < k; i++) if (corr.linear[i]) add(1 << i, corr.linear[i] * QUARTER);
  const cz: LocalGate[] = [];
  for (const key of corr.quadratic.keys()) {
    const i = Math.floor(key / 32), j = key % 32;
    if (czAsGates) cz.push({ kind: K_CZ_LOCAL, a: i, b: j, angleRad: 0 });
    else { add(1 << i, Math.PI / 2); add(1 << j, Math.PI / 2); add((1 << i) | (1 << j), -Math.PI / 2); }
  }
  const terms = [...next].map(([parity, a]) => ({ parity, angleRad: normalizeAngleRad(a) }))
    .filter((t) => Math.abs(t.angleRad) > 1e-12).sort((x, y) => x.parity - y.parity);
  const syn: RegionGate[] = synthesizeCnotPhase(k, terms, par, cst);
  return [...cz, ...syn.map((g) => ({ kind: g.kind === 'cx' ? K_CX : g.kind === 'x' ? K_X : K_P, a: g.a, b: g.b, angleRad: g.angleRad }))];
}

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
const BASIS_CHECK_MAX_QUBITS = 16;

/** Phase difference f_a(x) − f_b(x) (the same for every x) when a and b agree on all 2^k basis states, else undefined. */
function checkOnBasis(a: readonly LocalGate[], b: readonly LocalGate[], k: number): number | undefined {
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
function phasePolynomialOf(gates: readonly LocalGate[], k: number): { par: number[]; cst: number[]; angle: Map<number, number>; constRad: number } {
  const par = Array.from({ length: k }, (_, i) => 1 << i), cst = new Array<number>(k).fill(0);
  const angle = new Map<number, number>();
  let constRad = 0;
  const term = (p: number, c: number, a: number): void => {
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
function checkByPhasePolynomial(a: readonly LocalGate[], b: readonly LocalGate[], k: number): number | undefined {
  const pa = phasePolynomialOf(a, k), pb = phasePolynomialOf(b, k);
  for (let i = 0; i < k; i++) if (pa.par[i] !== pb.par[i] || pa.cst[i] !== pb.cst[i]) return undefined;
  const split = (m: ReadonlyMap<number, number>): { eighth: { parity: number; k8: number }[]; other: Map<number, number> } => {
    const eighth: { parity: number; k8: number }[] = [], other = new Map<number, number>();
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
 * TODD T-count reduction on the CNOT+phase regions of a gate list ({@link cnotPhaseRegions},
 * {@link toddReduce}): per region, the T terms (parities with odd multiples of π/4) are replaced
 * by a smaller set with the same signature tensor, the Clifford difference (S on variables, CZ
 * on pairs, as π/2 phase terms) is added, and the region is re-synthesized
 * ({@link synthesizeCnotPhase}) at the position of its last gate (the region's qubits are
 * untouched by other gates in its span, so the other gates there commute with it). A rewrite is
 * kept only when it lowers the T-count, its gate growth is within the bound, and the rewritten
 * region agrees with the original on all 2^k basis states (output and phase up to one constant,
 * which goes to the global phase) — an exact check of the region unitary.
 */
export function reduceTCountInRegions(list: GateList, opts: ToddRegionOptions = {}): ToddRegionResult {
  const maxQ = opts.maxRegionQubits ?? 16;
  const maxTerms = opts.maxTerms ?? 96;
  const perT = opts.maxExtraGatesPerT ?? 2;
  const gates = list.gates;
  let kernelsLeft = opts.maxKernels ?? 20000 + 20 * gates.length;
  const regions = cnotPhaseRegions(gates, list.shell.numQubits, maxQ, opts.strictRegionCap ?? false);
  const replacement = new Map<number, WorkGate[]>(); // last gate index → new gates
  const removed = new Uint8Array(gates.length);
  let tBefore = 0, tAfter = 0, rewritten = 0;
  const rewrites: { qubits: readonly number[]; before: WorkGate[]; after: WorkGate[] }[] = [];
  let phase = list.globalPhaseRad;
  for (const r of regions) {
    const k = r.qubits.length;
    const loc = new Map<number, number>();
    r.qubits.forEach((q, i) => loc.set(q, i));
    const local = r.gateIdx.map((gi) => {
      const w = gates[gi];
      return { kind: w.kind, a: loc.get(w.q0)!, b: w.kind === K_CX ? loc.get(w.q1)! : -1, angleRad: w.angleRad };
    });
    // Phase polynomial (linear parities, constants folded into angle signs) and affine output.
    const par = r.qubits.map((_, i) => 1 << i), cst = new Array<number>(k).fill(0);
    const angle = new Map<number, number>();
    for (const g of local) {
      if (g.kind === K_CX) { par[g.b] ^= par[g.a]; cst[g.b] ^= cst[g.a]; }
      else if (g.kind === K_X) cst[g.a] ^= 1;
      else { const p = par[g.a]; angle.set(p, (angle.get(p) ?? 0) + (cst[g.a] ? -g.angleRad : g.angleRad)); }
    }
    const oldT: { parity: number; k8: number }[] = [];
    for (const [p, a] of angle) { const e = eighths(a); if (e >= 0 && (e & 1)) oldT.push({ parity: p, k8: e }); }
    const oldTGates = local.filter((g) => g.kind === K_P && (eighths(g.angleRad) & 1) === 1).length;
    tBefore += oldTGates;
    const late = opts.deadlineMs !== undefined && Date.now() > opts.deadlineMs;
    if (oldT.length < 2 || oldT.length > maxTerms || k > maxQ || kernelsLeft <= 0 || late) { tAfter += oldTGates; continue; }
    const todd = toddReduceCounted(oldT.map((t) => t.parity), k, { maxKernels: Math.min(20000, kernelsLeft), deadlineMs: opts.deadlineMs });
    kernelsLeft -= todd.kernels;
    const reduced = todd.cols;
    if (reduced.length >= oldT.length) { tAfter += oldTGates; continue; }
    // Candidates: new T signs (all +π/4, or chosen to shrink the CZ part of the correction) ×
    // CZ corrections as CZ gates or as phase terms; the smallest synthesized region wins.
    let bestGates: LocalGate[] | undefined, bestSize = Infinity, bestT = oldTGates;
    for (const signs of ['plus', 'fewCz'] as const) {
      const signed = signs === 'plus' ? reduced.map((p) => ({ parity: p, k8: 1 })) : chooseSigns(oldT, reduced, k);
      const corr = signed ? cliffordCorrection(oldT, signed, k) : undefined;
      if (!signed || !corr) continue;
      for (const czAsGates of [true, false]) {
        const cand = synthesizeRegion(k, angle, signed, corr, czAsGates, par, cst);
        // Nam-convention size of the new region: a CZ is three gates (H, CX, H).
        const size = cand.reduce((n, g) => n + (g.kind === K_CZ_LOCAL ? 3 : 1), 0);
        const t = cand.filter((g) => g.kind === K_P && (eighths(g.angleRad) & 1) === 1).length;
        if (t < bestT || (t === bestT && size < bestSize)) { bestGates = cand; bestSize = size; bestT = t; }
      }
    }
    const newT = bestT;
    if (!bestGates || newT >= oldTGates || bestSize - local.length > perT * (oldTGates - newT)) { tAfter += oldTGates; continue; }
    const synLocal = bestGates;
    // Exact check: on all basis states of the region, or (wide regions) by phase polynomials.
    const check = k <= BASIS_CHECK_MAX_QUBITS ? checkOnBasis(local, synLocal, k) : checkByPhasePolynomial(local, synLocal, k);
    if (check === undefined) { tAfter += oldTGates; continue; }
    const delta = check;
    phase += delta;
    tAfter += newT;
    rewritten++;
    for (const gi of r.gateIdx) removed[gi] = 1;
    const after: WorkGate[] = [];
    for (const g of synLocal) {
      if (g.kind === K_CZ_LOCAL) {
        const [qa, qb] = [r.qubits[g.a], r.qubits[g.b]];
        after.push({ kind: K_H, q0: qb, q1: -1, q2: -1, angleRad: 0 }, { kind: K_CX, q0: qa, q1: qb, q2: -1, angleRad: 0 }, { kind: K_H, q0: qb, q1: -1, q2: -1, angleRad: 0 });
      } else {
        after.push({ kind: g.kind, q0: r.qubits[g.a], q1: g.kind === K_CX ? r.qubits[g.b] : -1, q2: -1, angleRad: g.kind === K_P ? g.angleRad : 0 });
      }
    }
    replacement.set(r.gateIdx[r.gateIdx.length - 1], after);
    rewrites.push({ qubits: r.qubits, before: r.gateIdx.map((gi) => gates[gi]), after });
  }
  if (!rewritten) return { list, tBefore, tAfter, rewritten, rewrites };
  const out: WorkGate[] = [];
  for (let i = 0; i < gates.length; i++) {
    if (!removed[i]) out.push(gates[i]);
    const rep = replacement.get(i);
    if (rep) out.push(...rep);
  }
  return { list: { shell: list.shell, gates: out, globalPhaseRad: normalizeAngleRad(phase) }, tBefore, tAfter, rewritten, rewrites };
}

/**
 * Pass form of {@link reduceTCountInRegions} (Nam basis without CCZ in and out; CCZ gates, H and
 * opaque instructions only bound regions). Changed when a region was rewritten.
 */
export function toddRegionsPass(opts: ToddRegionOptions = {}): Pass {
  return makePass({
    name: 'toddRegions', requires: ['namBasis'], ensures: [], preserves: 'all',
    run: (c) => viaGateList(c, (l) => { const r = reduceTCountInRegions(l, opts); return { list: r.list, changes: r.rewritten }; }),
  });
}
