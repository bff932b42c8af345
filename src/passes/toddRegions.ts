import { GateList, K_CX, K_P, K_X, WorkGate, normalizeAngleRad, viaGateList } from './gateList';
import { cnotPhaseRegions } from './cnotPhaseRegions';
import { Pass, makePass } from './pass';
import { unitMask } from './parityMask';
import { K_CZ_LOCAL, LocalGate, checkRegionRewrite, eighths, spliceRegions, toGlobalGates, toLocalGates } from './regionCheck';
import { RegionGate, synthesizeParityRegion } from './regionSynthesis';
import { ToddOptions, cliffordCorrection, pairOfKey, toddReduceCounted } from './todd';

/** Options of {@link reduceTCountInRegions}. */
export interface ToddRegionOptions {
  /**
   * Largest region (qubits) to rewrite (default 16; any width): every rewrite is checked
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
  /**
   * Let the Clifford correction's CZ gates be emitted as H·CX·H (default true; the smaller
   * candidate wins). False keeps every rewritten region CNOT+phase (as phase terms), so later
   * rounds over a Hadamard-gadgetized circuit still see one region.
   */
  readonly czAsHadamardGates?: boolean;
  /**
   * CNOT-aware candidates (default true): GraySynth as a second synthesis (regionSynthesis.ts) and
   * candidates ranked by (T, CNOT, gates); false: the greedy network only, ranked by (T, gates).
   */
  readonly cnotAware?: boolean;
  /** Wall-clock deadline (epoch ms): regions are left as they are after it (default none). */
  readonly deadlineMs?: number;
  /** Search options handed to TODD per region (see {@link ToddOptions}; kernels and deadline come from the fields above). */
  readonly todd?: Pick<ToddOptions, 'firstImprovement' | 'maxSteps' | 'maxPairsPerStep'>;
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

/**
 * Signs (±π/4) for the new T terms that keep the Clifford correction small: a term's sign flip
 * (k → −k) changes the diagonal by −2k·(p·x), i.e. toggles CZ on every pair of variables of p
 * (and S† on its variables), so the CZ count is minimized by greedy sign flips, starting from
 * the old sign where the parity was already a term.
 */
function chooseSigns(oldT: readonly { parity: bigint; k8: number }[], parities: readonly bigint[], k: number): { parity: bigint; k8: number }[] | undefined {
  const oldSign = new Map<bigint, number>(oldT.map((t) => [t.parity, t.k8 === 1 || t.k8 === 3 ? 1 : 7]));
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

/**
 * The new region: phase terms = the non-T terms of `angle` unchanged + the new signed T terms +
 * the Clifford correction (S^k on variables; π·x_i x_j either as a CZ gate first — it is
 * diagonal, so it acts on the input variables — or as the phase terms π/2·(x_i + x_j − x_i⊕x_j)),
 * synthesized by {@link synthesizeCnotPhase}.
 */
function synthesizeRegion(k: number, angle: ReadonlyMap<bigint, number>, signed: readonly { parity: bigint; k8: number }[],
  corr: { linear: Int32Array; quadratic: Map<number, number> }, czAsGates: boolean, par: readonly bigint[], cst: readonly number[], withGraySynth: boolean): LocalGate[] {
  const next = new Map<bigint, number>();
  const add = (p: bigint, a: number): void => { next.set(p, (next.get(p) ?? 0) + a); };
  for (const [p, a] of angle) { const e = eighths(a); if (!(e >= 0 && (e & 1))) add(p, a); }
  for (const t of signed) add(t.parity, t.k8 * QUARTER);
  for (let i = 0; i < k; i++) if (corr.linear[i]) add(unitMask(i), corr.linear[i] * QUARTER);
  const cz: LocalGate[] = [];
  for (const key of corr.quadratic.keys()) {
    const [i, j] = pairOfKey(key, k);
    if (czAsGates) cz.push({ kind: K_CZ_LOCAL, a: i, b: j, angleRad: 0 });
    else { add(unitMask(i), Math.PI / 2); add(unitMask(j), Math.PI / 2); add(unitMask(i) | unitMask(j), -Math.PI / 2); }
  }
  const terms = [...next].map(([parity, a]) => ({ parity, angleRad: normalizeAngleRad(a) }))
    .filter((t) => Math.abs(t.angleRad) > 1e-12).sort((x, y) => (x.parity < y.parity ? -1 : x.parity > y.parity ? 1 : 0));
  const syn: RegionGate[] = synthesizeParityRegion(k, terms, par, cst, withGraySynth);
  return [...cz, ...syn.map((g) => ({ kind: g.kind === 'cx' ? K_CX : g.kind === 'x' ? K_X : K_P, a: g.a, b: g.b, angleRad: g.angleRad }))];
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
  const cnotAware = opts.cnotAware ?? true;
  const gates = list.gates;
  let kernelsLeft = opts.maxKernels ?? 20000 + 20 * gates.length;
  const regions = cnotPhaseRegions(gates, list.shell.numQubits, maxQ, opts.strictRegionCap ?? false);
  let tBefore = 0, tAfter = 0, rewritten = 0;
  const rewrites: { qubits: readonly number[]; gateIdx: readonly number[]; before: WorkGate[]; after: WorkGate[] }[] = [];
  let phase = list.globalPhaseRad;
  for (const r of regions) {
    const k = r.qubits.length;
    const local = toLocalGates(gates, r.gateIdx, r.qubits);
    // Phase polynomial (linear parities, constants folded into angle signs) and affine output.
    const par = r.qubits.map((_, i) => unitMask(i)), cst = new Array<number>(k).fill(0);
    const angle = new Map<bigint, number>();
    for (const g of local) {
      if (g.kind === K_CX) { par[g.b] ^= par[g.a]; cst[g.b] ^= cst[g.a]; }
      else if (g.kind === K_X) cst[g.a] ^= 1;
      else { const p = par[g.a]; angle.set(p, (angle.get(p) ?? 0) + (cst[g.a] ? -g.angleRad : g.angleRad)); }
    }
    const oldT: { parity: bigint; k8: number }[] = [];
    for (const [p, a] of angle) { const e = eighths(a); if (e >= 0 && (e & 1)) oldT.push({ parity: p, k8: e }); }
    const oldTGates = local.filter((g) => g.kind === K_P && (eighths(g.angleRad) & 1) === 1).length;
    tBefore += oldTGates;
    const late = opts.deadlineMs !== undefined && Date.now() > opts.deadlineMs;
    if (oldT.length < 2 || oldT.length > maxTerms || k > maxQ || kernelsLeft <= 0 || late) { tAfter += oldTGates; continue; }
    const todd = toddReduceCounted(oldT.map((t) => t.parity), k, { ...opts.todd, maxKernels: Math.min(20000, kernelsLeft), deadlineMs: opts.deadlineMs });
    kernelsLeft -= todd.kernels;
    const reduced = todd.cols;
    if (reduced.length >= oldT.length) { tAfter += oldTGates; continue; }
    // Candidates: new T signs (all +π/4, or chosen to shrink the CZ part of the correction) ×
    // CZ corrections as CZ gates or as phase terms; the smallest synthesized region wins.
    let bestGates: LocalGate[] | undefined, bestSize = Infinity, bestT = oldTGates, bestCx = Infinity;
    for (const signs of ['plus', 'fewCz'] as const) {
      const signed = signs === 'plus' ? reduced.map((p) => ({ parity: p, k8: 1 })) : chooseSigns(oldT, reduced, k);
      const corr = signed ? cliffordCorrection(oldT, signed, k) : undefined;
      if (!signed || !corr) continue;
      for (const czAsGates of opts.czAsHadamardGates === false ? [false] : [true, false]) {
        const cand = synthesizeRegion(k, angle, signed, corr, czAsGates, par, cst, cnotAware);
        // Nam-convention size of the new region: a CZ is three gates (H, CX, H).
        const size = cand.reduce((n, g) => n + (g.kind === K_CZ_LOCAL ? 3 : 1), 0);
        const t = cand.filter((g) => g.kind === K_P && (eighths(g.angleRad) & 1) === 1).length;
        const cx = cnotAware ? cand.reduce((n, g) => n + (g.kind === K_CX || g.kind === K_CZ_LOCAL ? 1 : 0), 0) : 0;
        if (t < bestT || (t === bestT && (cx < bestCx || (cx === bestCx && size < bestSize)))) { bestGates = cand; bestSize = size; bestT = t; bestCx = cx; }
      }
    }
    const newT = bestT;
    if (!bestGates || newT >= oldTGates || bestSize - local.length > perT * (oldTGates - newT)) { tAfter += oldTGates; continue; }
    const synLocal = bestGates;
    // Exact check: on all basis states of the region, or (wide regions) by phase polynomials.
    const check = checkRegionRewrite(local, synLocal, k);
    if (check === undefined) { tAfter += oldTGates; continue; }
    const delta = check;
    phase += delta;
    tAfter += newT;
    rewritten++;
    const after = toGlobalGates(synLocal, r.qubits);
    rewrites.push({ qubits: r.qubits, gateIdx: r.gateIdx, before: r.gateIdx.map((gi) => gates[gi]), after });
  }
  if (!rewritten) return { list, tBefore, tAfter, rewritten, rewrites };
  const out = spliceRegions(gates, rewrites);
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
