import { depthOf } from '../analysis/depth';
import { Circuit, countByName } from '../ir';
import { InvalidArgumentError } from '../errors';
import { cancelInverses } from './cancelGates';
import { sequence } from './combinators';
import { decomposeToffolis } from './decomposeToffolis';
import { TargetGateSet } from './lowering/gateSets';
import { lowerTo, lowerToNam } from './lowering/lowerTo';
import { toNamBasis } from './lowering/lowerPasses';
import { SynthesisReport } from './lowering/tCost';
import { NamCounts, namCounts } from './namCounts';
import { Pass } from './pass';
import { namRounds } from './namRounds';
import { removeIdentities } from './removeIdentities';
import { resynthesizeRunsPass } from './resynthesizeSingleQubit';
import { CouplingMap } from './routing/couplingMap';
import { routeSabre } from './routing/sabre';
import { toddRegionsPass } from './toddRegions';
import { resynthesizeRegionsPass } from './regionResynthesis';
import { searchWithBudget } from './budgetedSearch';
import { AncillaMode, parseAncillaMode, parseBudgetS, reduceTCountWithGadgets } from './gadgetTCount';

/**
 * Optimization level: 0 none, 1 cancellation + Toffoli polarity, 2 + phase folding, 3 + Hadamard
 * reduction and resynthesis, 4 = level 3 then a budgeted search over rewrite orders (budgetedSearch.ts).
 */
export type OptimizationLevel = 0 | 1 | 2 | 3 | 4;

/** Budget (seconds) of the level-4 search when none is given. */
export const LEVEL4_DEFAULT_BUDGET_S = 10;

/** Options of {@link optimize}. */
export interface OptimizeOptions {
  readonly level: OptimizationLevel;
  /** Gate set of the output (default: the Nam basis for levels ≥ 1, unchanged for level 0). */
  readonly target?: TargetGateSet;
  /** Route to this device connectivity after optimizing. */
  readonly coupling?: CouplingMap;
  /** Clifford+T: total synthesis error budget for the report (default 1e-3). */
  readonly epsilon?: number;
  /** Routing seed (default 1). */
  readonly seed?: number;
  /** Routing layout trials, best kept (default 1; an integer in 1..MAX_ROUTING_TRIALS, see routing/sabre.ts). */
  readonly routingTrials?: number;
  /** Verify each pass's `ensures` on its output (debug). */
  readonly audit?: boolean;
  /**
   * Ancilla policy (default 'none': the output acts on the input's qubits). 'gadgets': after the
   * level's passes, internal Hadamards become Hadamard gadgets and TODD reduces the T-count of the
   * gadgetized circuit (gadgetTCount.ts); kept only when it lowers the T-count. The output then
   * has the gadget ancillas as a last register, prepared in |0⟩ and post-selected on |0⟩.
   */
  readonly ancillas?: AncillaMode;
  /**
   * Wall-clock budget (seconds, > 0) of the gadget T-count reduction (default none; see
   * gadgetTCount.ts) and of the level-4 search (default {@link LEVEL4_DEFAULT_BUDGET_S}).
   */
  readonly budgetS?: number;
}

/** Counts of a circuit for reports. */
export interface CircuitSummary extends NamCounts {
  readonly qubits: number;
  readonly byName: Readonly<Record<string, number>>;
}

/** What {@link optimize} did. */
export interface OptimizeReport {
  readonly level: OptimizationLevel;
  readonly target?: TargetGateSet;
  readonly before: CircuitSummary;
  readonly after: CircuitSummary;
  readonly passes: readonly { readonly name: string; readonly changed: boolean; readonly elapsedMs: number }[];
  /** Routing: map name, layouts, SWAPs inserted, and the depth of the routed, lowered circuit (all gates / 2-qubit gates only). */
  readonly routing?: {
    readonly coupling: string; readonly initialLayout: readonly number[]; readonly finalLayout: readonly number[]; readonly swapCount: number;
    /** Layout trials routed (the one with the fewest SWAPs is kept); unused when a perfect layout was found. */
    readonly trials: number;
    /** True when a layout needing no SWAP was found (routing/perfectLayout.ts). */
    readonly perfectLayout: boolean;
    readonly depth: number; readonly twoQubitDepth: number;
  };
  readonly synthesis?: SynthesisReport;
  /**
   * Hadamard gadgets used (ancillas: 'gadgets' and the gadgetized circuit had fewer T): ancilla
   * count and register; the output's ancillas start in |0⟩ and are post-selected on |0⟩.
   */
  readonly gadgets?: { readonly ancillas: number; readonly register: string; readonly tWithout: number; readonly tWith: number };
  /** Level 4: search rounds run and rounds that improved the best circuit. */
  readonly search?: { readonly rounds: number; readonly improvements: number; readonly budgetS: number };
  readonly elapsedMs: number;
}

/** Summarize a circuit: Nam-convention counts, qubits, gates by name. */
export function summarize(c: Circuit): CircuitSummary {
  return { ...namCounts(c), qubits: c.numQubits, byName: Object.fromEntries(countByName(c)) };
}

/** The level-3 pass list (also the round of the level-4 search); see {@link OPTIMIZATION_LEVEL_PASSES}. */
const LEVEL3_PASSES: readonly Pass[] = [toNamBasis, removeIdentities, namRounds({ hadamardReduction: true, maxRounds: 6 }), toddRegionsPass({ maxExtraGatesPerT: 6 }),
  resynthesizeRegionsPass(), resynthesizeRunsPass('nam'), cancelInverses];

/**
 * Level 3 as it was before CNOT-aware resynthesis (TODD candidates ranked by (T, gates), greedy
 * synthesis only, no GraySynth region pass): the input of the Hadamard-gadget T reduction, which
 * resynthesizes every CNOT anyway; its T-count on the gadgetized suite is then never above the
 * earlier one (the whole-region TODD round only removes T gates).
 */
const T_FIRST_LEVEL3_PASSES: readonly Pass[] = [toNamBasis, removeIdentities, namRounds({ hadamardReduction: true, maxRounds: 6 }),
  toddRegionsPass({ maxExtraGatesPerT: 6, cnotAware: false }), resynthesizeRunsPass('nam'), cancelInverses];

/**
 * The optimization passes of a level (Nam et al. 2018's "heavy" sequence, extended with phase
 * folding across Hadamards over a simplified path sum — the path-sum form of ZX phase
 * teleportation, Kissinger & van de Wetering 2020): 1 = Nam basis, identity removal, Toffoli
 * decomposition with polarity choice, inverse cancellation; 2 = repeat {cancel, fold phases,
 * cancel} to a fixed point (cap 4 rounds, see namRounds.ts); 3 = repeat {Hadamard reduction,
 * cancel, fold phases, cancel} (cap 6), then TODD T-count reduction on CNOT+phase regions of
 * ≤ 16 qubits (toddRegions.ts; a rewrite may add at most 6 gates per T gate it removes), then
 * CNOT-count resynthesis of the CNOT+phase regions by GraySynth (regionResynthesis.ts; kept only
 * when it saves CNOTs), then single-qubit resynthesis and a last cancellation; 4 = the level-3
 * passes, then the budgeted search of budgetedSearch.ts (rounds of the same passes on randomly
 * relabeled qubits, the best circuit kept). Phase folding absorbs Clifford phases into the path sum and applies the [HH] and [ω] rules
 * (pathSum.ts) on circuits of up to 20,000 gates. Each level is a list of passes (data), composed
 * with {@link sequence}, whose contract check rejects a list that cannot run.
 */
export const OPTIMIZATION_LEVEL_PASSES: Readonly<Record<OptimizationLevel, readonly Pass[]>> = Object.freeze({
  0: [],
  1: [toNamBasis, removeIdentities, decomposeToffolis, cancelInverses],
  2: [toNamBasis, removeIdentities, namRounds({ hadamardReduction: false, maxRounds: 4 })],
  3: LEVEL3_PASSES,
  4: LEVEL3_PASSES,
});

/** The levels {@link OPTIMIZATION_LEVEL_PASSES} defines, ascending. */
export const OPTIMIZATION_LEVELS: readonly OptimizationLevel[] = Object.keys(OPTIMIZATION_LEVEL_PASSES).map(Number).sort((a, b) => a - b) as OptimizationLevel[];

/** Check that `value` is one of {@link OPTIMIZATION_LEVELS} (InvalidArgumentError otherwise). */
export function parseOptimizationLevel(value: unknown): OptimizationLevel {
  if (typeof value !== 'number' || !OPTIMIZATION_LEVELS.includes(value as OptimizationLevel)) {
    throw new InvalidArgumentError(`optimization level must be one of ${OPTIMIZATION_LEVELS.join(', ')}, got ${String(value)}`);
  }
  return value as OptimizationLevel;
}

/** The passes of `level` (see {@link OPTIMIZATION_LEVEL_PASSES}). */
export function optimizationPasses(level: OptimizationLevel): readonly Pass[] {
  return OPTIMIZATION_LEVEL_PASSES[level];
}

/**
 * Optimize a circuit at `level`, lower it to `target`, and optionally route it to `coupling`
 * (SABRE; swaps are lowered to the target too and a final cancellation runs on the routed
 * circuit). Pure: returns the new circuit and a report. The result's unitary equals the input's
 * up to global phase (and, when routed, up to the reported initial/final qubit layouts).
 */
export function optimize(circuit: Circuit, opts: OptimizeOptions): { circuit: Circuit; report: OptimizeReport } {
  const level = parseOptimizationLevel(opts.level);
  const ancillas = parseAncillaMode(opts.ancillas ?? 'none');
  const budgetS = parseBudgetS(opts.budgetS);
  const t0 = Date.now();
  const passLog: { name: string; changed: boolean; elapsedMs: number }[] = [];
  const before = summarize(circuit);
  let c = circuit;
  const passes = optimizationPasses(level);
  if (passes.length) {
    c = sequence(`level${level}`, passes, { audit: opts.audit, onPass: (name, r, ms) => passLog.push({ name, changed: r.changed, elapsedMs: ms }) }).run(c).circuit;
  }
  let search: OptimizeReport['search'];
  if (level === 4) {
    const s = searchWithBudget(c, passes, { budgetS: budgetS ?? LEVEL4_DEFAULT_BUDGET_S, seed: opts.seed });
    c = s.circuit;
    search = { rounds: s.rounds, improvements: s.improvements, budgetS: budgetS ?? LEVEL4_DEFAULT_BUDGET_S };
  }
  let gadgets: OptimizeReport['gadgets'];
  if (ancillas === 'gadgets') {
    const gadgetInput = level >= 3 ? sequence('level3 T-first', T_FIRST_LEVEL3_PASSES).run(circuit).circuit : c;
    const g = reduceTCountWithGadgets(gadgetInput, { budgetS });
    if (g.tAfter < g.tBefore) { c = g.circuit; gadgets = { ancillas: g.ancillas, register: g.ancillaRegister, tWithout: g.tBefore, tWith: g.tAfter }; }
  }
  let synthesis: SynthesisReport | undefined;
  const lower = (x: Circuit): Circuit => {
    if (!opts.target) return x;
    const r = lowerTo(x, opts.target, { epsilon: opts.epsilon });
    // after routing, a second Clifford+T lowering finds no rotations left: keep the first report
    if (!(synthesis && r.synthesis && r.synthesis.rotationCount === 0)) synthesis = r.synthesis;
    return r.circuit;
  };
  c = lower(c);
  let routing: OptimizeReport['routing'];
  if (opts.coupling) {
    const r = routeSabre(opts.target || level > 0 ? c : lowerToNam(c), opts.coupling, { seed: opts.seed, trials: opts.routingTrials });
    c = r.circuit;
    if (level > 0) c = cancelInverses.run(lowerToNam(c)).circuit;
    c = lower(c);
    routing = {
      coupling: opts.coupling.name, initialLayout: r.initialLayout, finalLayout: r.finalLayout, swapCount: r.swapCount, trials: opts.routingTrials ?? 1, perfectLayout: r.perfectLayout,
      depth: depthOf(c), twoQubitDepth: depthOf(c, (ins) => ins.qubits.length === 2 && ins.op.def.category === 'unitary'),
    };
  }
  return {
    circuit: c,
    report: { level, target: opts.target, before, after: summarize(c), passes: passLog, routing, synthesis, gadgets, search, elapsedMs: Date.now() - t0 },
  };
}
