/**
 * Price of one quantum linear solve from its shape: plan the solver (solverPlan.ts), count one run
 * with the call-graph algebra, turn the counts into time on a hardware profile — un-encoded
 * critical path (qec 'none', runtimeModel.ts) or the Azure-RE-style surface-code estimate
 * (qec 'surface_code', src/cost/callGraph/estimatePhysical.ts) — and multiply by the expected
 * repetitions. Optionally adds gradient state preparation and tomography read-out
 * (src/cost/endToEnd), shown separately. With costModel 'query' the run time is instead
 * queries × one assumed QRAM access (queryModel.ts, the Q-Newton paper's accounting).
 */
import { BudgetUnmetError } from '../../errors';
import type { EndToEndQuantumCost, HardwareProfile, LogicalGateCounts, PhysicalEstimate } from '../../cost';
import {
  criticalPathRuntimeNs, endToEndQuantumCost, estimatePhysical, statePreparationCost, toLogicalCounts, tomographyReadoutCost,
  validateProfile,
} from '../../cost';
import { OpCountsCache, QuantumSolvePlan, planQuantumSolve, solverLogicalCounts, solverNonOracleLogicalCounts, withLookup } from './solverPlan';
import {
  DEFAULT_DATA_LOADING, DataLoadingPoint, DataLoadingRequest, checkDataLoadingRequest, checkLogicalQubitBudget, chooseDataLoadingPoint,
  dataLoadingCandidates, dataLoadingReason, lookupLabel, markDominated,
} from './dataLoading';
import { queryModelDetails, queryModelRunSeconds } from './queryModel';
import { uncorrectedRuntimeSeconds } from './runtimeModel';
import type { DataLoadingReport, QuantumPrice, QuantumPriceOptions, QueryModelDetails, SolveShape } from './types';
import { checkCostModel, checkCostModelQec, checkErrorBudget, checkQecChoice } from './validateShape';

/** Default total error budget of the surface-code estimate. */
export const DEFAULT_ERROR_BUDGET = 1e-3;

/** Gradient state preparation and tomography read-out of x, in seconds (see {@link priceQuantumSolveDetailed}). */
export interface EndToEndBreakdown {
  /** One Möttönen preparation of |g⟩ (N amplitudes), seconds. */
  readonly statePreparationSeconds: number;
  /** One shot: state preparation + one solver run, seconds. */
  readonly perShotSeconds: number;
  /** Successful shots of the tomography: ⌈N/ε²⌉. */
  readonly readoutShotCount: number;
  /** Every run of every shot: shots × repetitions × perShotSeconds. */
  readonly totalSeconds: number;
  /** The surface-code parts (qec 'surface_code' only). */
  readonly physical?: EndToEndQuantumCost;
}

/** A quantum price with the plan, the per-run time and the end-to-end breakdown behind it. */
export interface QuantumPriceDetails {
  readonly price: QuantumPrice;
  readonly plan: QuantumSolvePlan;
  /** One run of the solver circuit, seconds. */
  readonly perRunSeconds: number;
  readonly endToEnd?: EndToEndBreakdown;
}

/** Caches shared across prices of one pricer: op counts by op key (cost-model independent: op keys only). */
export interface PriceCaches {
  readonly opCounts: OpCountsCache;
}

function withContext<T>(context: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof BudgetUnmetError) {
      throw new BudgetUnmetError(`${context}: ${e.message} (loosen the error budget or choose other hardware)`, { ...e.details });
    }
    throw e;
  }
}

/**
 * Price one quantum solve and return the intermediate numbers too. The QuantumPrice's
 * endToEndSeconds is the extra time of state preparation and read-out beyond solverSeconds, so
 * totalSeconds = the full read-out time when `endToEnd` is set. Throws the typed errors of
 * {@link planQuantumSolve}, InvalidArgumentError for bad profiles or budgets (and for costModel
 * 'query' with qec 'surface_code'), UnknownNameError for an unknown qec choice or cost model,
 * BudgetUnmetError when the surface code cannot meet the budget. Under costModel 'query' the
 * price's `logical` omits the gates of the U_A calls (see {@link QuantumPrice}).
 */
export function priceQuantumSolveDetailed(shape: SolveShape, options: QuantumPriceOptions, caches?: PriceCaches): QuantumPriceDetails {
  const qec = checkQecChoice(options.qec);
  const costModel = checkCostModel(options.costModel ?? 'compiled');
  checkCostModelQec(costModel, qec);
  const profile: HardwareProfile = validateProfile(options.profile);
  const errorBudget = checkErrorBudget(options.errorBudget ?? DEFAULT_ERROR_BUDGET);
  const request = checkDataLoadingRequest(options.dataLoading ?? DEFAULT_DATA_LOADING);
  const qubitBudget = checkLogicalQubitBudget(options.logicalQubitBudget ?? Infinity);
  const basePlan = planQuantumSolve(shape, options.solver, options.oracleBits);
  const isQuery = costModel === 'query';
  const context = `${basePlan.solver} solve of N = ${basePlan.shape.n}, κ = ${basePlan.shape.kappa}, ε = ${basePlan.shape.epsilon} on '${profile.name}'`;
  let plan = basePlan;
  let logical: LogicalGateCounts;
  let physical: PhysicalEstimate | undefined;
  let queryModel: QueryModelDetails | undefined;
  let dataLoading: DataLoadingReport | undefined;
  let perRunSeconds: number;
  if (isQuery) {
    logical = solverNonOracleLogicalCounts(plan, caches?.opCounts);
    queryModel = queryModelDetails(plan, profile);
    perRunSeconds = queryModelRunSeconds(plan, profile);
  } else {
    const runOf = (p: QuantumSolvePlan): PricedRun => {
      const lg = solverLogicalCounts(p, caches?.opCounts);
      if (qec === 'surface_code') {
        const ph = withContext(context, () => estimatePhysical(lg, profile, { errorBudget }));
        return { plan: p, logical: lg, physical: ph, perRunSeconds: ph.runtimeNs / 1e9 };
      }
      return { plan: p, logical: lg, perRunSeconds: uncorrectedRuntimeSeconds(lg, profile) };
    };
    const choice = chooseDataLoading(basePlan, request, qubitBudget, options.dataLoadingFront ?? false,
      (c) => runOf(c.kind === 'qrom' ? basePlan : withLookup(basePlan, c)));
    ({ plan, logical, physical, perRunSeconds } = choice.run);
    dataLoading = choice.report;
  }
  const solverSeconds = perRunSeconds * plan.repetitions;
  let endToEnd: EndToEndBreakdown | undefined;
  if (options.endToEnd) endToEnd = endToEndBreakdown(plan, logical, profile, qec, errorBudget, perRunSeconds, context);
  const price: QuantumPrice = Object.freeze({
    solver: plan.solver, blockEncodingQueries: plan.queriesPerRun, logical, repetitions: plan.repetitions, solverSeconds,
    ...(physical ? { physical } : {}),
    ...(endToEnd ? {
      endToEndSeconds: endToEnd.totalSeconds - solverSeconds, statePreparationSeconds: endToEnd.statePreparationSeconds,
      readoutShotCount: endToEnd.readoutShotCount,
    } : {}),
    totalSeconds: endToEnd ? endToEnd.totalSeconds : solverSeconds,
    costModel, ...(queryModel ? { queryModel } : {}), ...(dataLoading ? { dataLoading } : {}),
  });
  return Object.freeze({ price, plan, perRunSeconds, ...(endToEnd ? { endToEnd } : {}) });
}

/** One priced candidate run (internal to the data-loading choice). */
interface PricedRun {
  readonly plan: QuantumSolvePlan;
  readonly logical: LogicalGateCounts;
  readonly physical?: PhysicalEstimate;
  readonly perRunSeconds: number;
}

/**
 * Price the candidates of `request` (all constructions too when `front`), pick one by the rule of
 * dataLoading.ts and report it. Each candidate is priced by `price`, the same pricing as the solve.
 */
function chooseDataLoading(basePlan: QuantumSolvePlan, request: DataLoadingRequest, qubitBudget: number, front: boolean,
  price: (c: QuantumSolvePlan['lookup']) => PricedRun): { run: PricedRun; report: DataLoadingReport } {
  const n = basePlan.lookupIndexBits;
  const requested = dataLoadingCandidates(request, n);
  const all = front ? dataLoadingCandidates('auto', n) : requested;
  const runs = new Map<string, PricedRun>();
  const pointOf = (c: QuantumSolvePlan['lookup']): Omit<DataLoadingPoint, 'dominated'> => {
    const label = lookupLabel(c);
    let r = runs.get(label);
    if (!r) { r = price(c); runs.set(label, r); }
    return {
      construction: c, label, logicalQubits: r.logical.logicalQubitCount, toffoliCount: r.logical.toffoliCount,
      perRunSeconds: r.perRunSeconds, fitsBudget: r.logical.logicalQubitCount <= qubitBudget,
    };
  };
  const candidates = markDominated(scanBlockSizes(requested, pointOf));
  const chosen = chooseDataLoadingPoint(candidates, request, qubitBudget);
  const report: DataLoadingReport = Object.freeze({
    request, construction: chosen.construction, label: chosen.label,
    reason: dataLoadingReason(chosen, request, candidates.length, qubitBudget),
    ...(qubitBudget !== Infinity ? { logicalQubitBudget: qubitBudget } : {}),
    candidates, ...(front ? { front: markDominated(scanBlockSizes(all, pointOf)) } : {}),
  });
  return { run: runs.get(chosen.label)!, report };
}

/**
 * Price `list` in order, but per QROAM kind stop once two successive block sizes were both slower
 * than the fastest so far: past the runtime minimum, a larger K costs more qubits AND more time
 * (the Toffoli count 4(L/K − 2) + 2b(K − 1) is convex in K), so every further point is dominated.
 */
function scanBlockSizes<P extends { readonly perRunSeconds: number }>(list: readonly QuantumSolvePlan['lookup'][],
  pointOf: (c: QuantumSolvePlan['lookup']) => P): P[] {
  const state = new Map<string, { best: number; rises: number }>();
  const out: P[] = [];
  for (const c of list) {
    const isQroam = c.kind === 'qroam_clean' || c.kind === 'qroam_dirty';
    const st = state.get(c.kind);
    if (isQroam && st && st.rises >= 2) continue;
    const p = pointOf(c);
    out.push(p);
    if (!isQroam) continue;
    if (!st) state.set(c.kind, { best: p.perRunSeconds, rises: 0 });
    else if (p.perRunSeconds < st.best) { st.best = p.perRunSeconds; st.rises = 0; } else st.rises++;
  }
  return out;
}

function endToEndBreakdown(plan: QuantumSolvePlan, logical: LogicalGateCounts, profile: HardwareProfile, qec: string,
  errorBudget: number, perRunSeconds: number, context: string): EndToEndBreakdown {
  const n = plan.shape.n, epsilon = plan.shape.epsilon;
  if (qec === 'surface_code') {
    const cost = withContext(context, () => endToEndQuantumCost({
      amplitudeCount: n, solverCounts: toLogicalCounts(logical), profile, qecOptions: { errorBudget }, readoutEpsilon: epsilon,
    }));
    const perShotSeconds = cost.perShotPhysical.runtimeNs / 1e9;
    return {
      statePreparationSeconds: cost.statePreparationPhysical.runtimeNs / 1e9, perShotSeconds,
      readoutShotCount: cost.readout.shotCount, totalSeconds: cost.readout.shotCount * plan.repetitions * perShotSeconds, physical: cost,
    };
  }
  const prep = statePreparationCost(n, 1e-3);
  const prepSeconds = criticalPathRuntimeNs({ oneQubitLayerCount: prep.rotationCount, twoQubitLayerCount: prep.cnotCount, measurementLayerCount: 0 }, profile) / 1e9;
  const perShotSeconds = prepSeconds + perRunSeconds;
  const readout = tomographyReadoutCost(n, epsilon, perShotSeconds * 1e9);
  return { statePreparationSeconds: prepSeconds, perShotSeconds, readoutShotCount: readout.shotCount,
    totalSeconds: readout.shotCount * plan.repetitions * perShotSeconds };
}

/** Price one quantum solve (see {@link priceQuantumSolveDetailed}). */
export function priceQuantumSolve(shape: SolveShape, options: QuantumPriceOptions): QuantumPrice {
  return priceQuantumSolveDetailed(shape, options).price;
}
