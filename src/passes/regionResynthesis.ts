import { GateList, K_CX, K_P, K_X, WorkGate, normalizeAngleRad, viaGateList } from './gateList';
import { cnotPhaseRegions } from './cnotPhaseRegions';
import { graySynth } from './graySynth';
import { Pass, makePass } from './pass';
import { LocalGate, checkRegionRewrite, eighths, phasePolynomialOf, spliceRegions, toGlobalGates, toLocalGates } from './regionCheck';
import { RegionGate } from './regionSynthesis';

/** Options of {@link resynthesizeRegionsForCnots}. */
export interface RegionResynthesisOptions {
  /** Widest CNOT+phase region re-synthesized (default 16: checked on all basis states). */
  readonly maxRegionQubits?: number;
}

/** Result of {@link resynthesizeRegionsForCnots}. */
export interface RegionResynthesisResult {
  readonly list: GateList;
  /** Regions replaced. */
  readonly rewritten: number;
  /** CNOTs in the regions examined, before and after. */
  readonly cnotBefore: number;
  readonly cnotAfter: number;
}

const toLocal = (gs: readonly RegionGate[]): LocalGate[] =>
  gs.map((g) => ({ kind: g.kind === 'cx' ? K_CX : g.kind === 'x' ? K_X : K_P, a: g.a, b: g.b, angleRad: g.angleRad }));

const cnots = (gs: readonly LocalGate[]): number => gs.reduce((n, g) => n + (g.kind === K_CX ? 1 : 0), 0);
const tGates = (gs: readonly LocalGate[]): number => gs.reduce((n, g) => n + (g.kind === K_P && (eighths(g.angleRad) & 1) === 1 ? 1 : 0), 0);

/**
 * CNOT-count re-synthesis of CNOT+phase regions ({@link cnotPhaseRegions}): each region's phase
 * polynomial and affine output are re-synthesized by GraySynth (Amy, Azimzadeh, Mosca 2018,
 * "On the CNOT-complexity of CNOT-phase circuits", Sec. 4; graySynth.ts), which replaces the
 * region only when it has fewer CNOTs, no more T gates and no more gates in all (Nam convention), and
 * agrees with it exactly (all basis states up to 16 qubits, phase polynomial and linear part
 * above; regionCheck.ts). Never raises T or CNOT count.
 */
export function resynthesizeRegionsForCnots(list: GateList, opts: RegionResynthesisOptions = {}): RegionResynthesisResult {
  const maxQ = opts.maxRegionQubits ?? 16;
  const gates = list.gates;
  const regions = cnotPhaseRegions(gates, list.shell.numQubits, maxQ, false);
  const rewrites: { gateIdx: readonly number[]; after: WorkGate[] }[] = [];
  let phase = list.globalPhaseRad, cnotBefore = 0, cnotAfter = 0;
  for (const r of regions) {
    const k = r.qubits.length;
    if (k < 2 || k > maxQ) continue;
    const local = toLocalGates(gates, r.gateIdx, r.qubits);
    const oldCx = cnots(local);
    cnotBefore += oldCx;
    if (oldCx < 2) { cnotAfter += oldCx; continue; }
    const pp = phasePolynomialOf(local, k);
    const terms = [...pp.angle].map(([parity, a]) => ({ parity, angleRad: normalizeAngleRad(a) })).filter((t) => t.parity !== 0n && Math.abs(t.angleRad) > 1e-12)
      .sort((x, y) => (x.parity < y.parity ? -1 : x.parity > y.parity ? 1 : 0));
    // (The greedy network of regionSynthesis.ts as a second candidate saves 15 more CNOTs on the
    // 26-circuit suite but costs ~6× the time of this pass; TODD rewrites already use both.)
    const cand = toLocal(graySynth(k, terms, pp.par, pp.cst));
    const best = cnots(cand) < oldCx && cand.length <= local.length && tGates(cand) <= tGates(local) ? cand : undefined;
    const check = best ? checkRegionRewrite(local, best, k) : undefined;
    if (!best || check === undefined) { cnotAfter += oldCx; continue; }
    phase += check;
    cnotAfter += cnots(best);
    rewrites.push({ gateIdx: r.gateIdx, after: toGlobalGates(best, r.qubits) });
  }
  if (!rewrites.length) return { list, rewritten: 0, cnotBefore, cnotAfter };
  return { list: { shell: list.shell, gates: spliceRegions(gates, rewrites), globalPhaseRad: normalizeAngleRad(phase) }, rewritten: rewrites.length, cnotBefore, cnotAfter };
}

/** Pass form of {@link resynthesizeRegionsForCnots} (Nam basis without CCZ). Changed when a region was replaced. */
export function resynthesizeRegionsPass(opts: RegionResynthesisOptions = {}): Pass {
  return makePass({
    name: 'resynthesizeRegions', requires: ['namBasis'], ensures: [], preserves: 'all',
    run: (c) => viaGateList(c, (l) => { const r = resynthesizeRegionsForCnots(l, opts); return { list: r.list, changes: r.rewritten }; }),
  });
}
