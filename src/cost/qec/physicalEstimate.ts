import { formatScientific } from '../../format';
import { BudgetUnmetError, InvalidArgumentError } from '../../errors';
import { HardwareProfile } from '../hardware/profile';
import { DEFAULT_UNITS, DistillationUnitTemplate, TFactory, findTFactories, normalizedVolume } from './distillation';
import {
  ErrorBudgetParts, LogicalCounts, algorithmicLogicalDepth, algorithmicLogicalQubits, splitErrorBudget,
  tStateCount as countTStates, validateLogicalCounts,
} from './logicalCounts';
import { RotationSynthesisModel, RotationTSource, tStatesPerRotationBy } from './rotationSynthesis';
import {
  QecScheme, SURFACE_CODE, getQecScheme, logicalCycleTimeNs, logicalErrorRatePerCycle, minCodeDistance,
  physicalQubitsPerLogicalQubit,
} from './surfaceCode';

/** Options of the physical estimate (defaults = the Azure RE's defaults). */
export interface QecOptions {
  /** QEC scheme name or record; default 'surface_code'. */
  readonly scheme?: string | QecScheme;
  /** Total error budget in (0, 1) or explicit parts; default 1e-3. */
  readonly errorBudget?: number | ErrorBudgetParts;
  /** Override the scheme's largest code distance (default 50, i.e. odd distances up to 49). */
  readonly maxCodeDistance?: number;
  /** Distillation unit templates; default the RE's 15-to-1 RM prep and space-efficient units. */
  readonly distillationUnits?: readonly DistillationUnitTemplate[];
  /** T states per rotation: the Azure RE formula (default), measured gridsynth, or a caller's measured number. */
  readonly rotationSynthesis?: RotationSynthesisModel;
}

/**
 * Physical resource estimate of an algorithm on error-corrected hardware, field for field the
 * quantities of the Azure RE report (Beverland et al., arXiv:2211.07629, Appendix C).
 */
export interface PhysicalEstimate {
  readonly hardwareName: string;
  readonly qecSchemeName: string;
  readonly logicalCounts: LogicalCounts;
  readonly errorBudget: ErrorBudgetParts;
  readonly codeDistance: number;
  readonly logicalCycleTimeNs: number;
  /** P_L(d): logical error rate per qubit and cycle achieved at the chosen distance. */
  readonly logicalErrorRatePerCycle: number;
  readonly physicalQubitsPerLogicalQubit: number;
  /** Q_alg = 2Q + ⌈√(8Q)⌉ + 1. */
  readonly algorithmicLogicalQubitCount: number;
  /** Logical depth of the algorithm (cycles) before any stretching for factories. */
  readonly algorithmicLogicalDepth: number;
  /** Logical cycles actually run (≥ algorithmicLogicalDepth when a factory is slower than the algorithm). */
  readonly logicalCycleCount: number;
  /** T states per synthesized rotation (0 when there are no rotations). */
  readonly tStatesPerRotation: number;
  /** Where tStatesPerRotation comes from (undefined when there are no rotations). */
  readonly tStatesPerRotationSource?: RotationTSource;
  readonly tStateCount: number;
  /** ε_log / (Q_alg · cycles). */
  readonly requiredLogicalQubitErrorRate: number;
  /** ε_dis / T states (null when no T states are needed). */
  readonly requiredTStateErrorRate: number | null;
  readonly factory: TFactory | null;
  readonly factoryCopyCount: number;
  readonly factoryRunCount: number;
  readonly physicalQubitsForAlgorithm: number;
  readonly physicalQubitsForFactories: number;
  readonly physicalQubitCount: number;
  readonly runtimeNs: number;
  /** Logical cycles per second. */
  readonly clockFrequencyHz: number;
  /** Reliable quantum operations per second: ⌈Q_alg · clock frequency⌉. */
  readonly rqops: number;
}

/** ⌈a·b / (c·d·e)⌉ exactly when all are safe integers (the RE uses 128-bit integers), else in floating point. */
function ceilRatio(a: number, b: number, c: number, d: number, e: number): number {
  if ([a, b, c, d, e].every(Number.isSafeInteger)) {
    const num = BigInt(a) * BigInt(b);
    const den = BigInt(c) * BigInt(d) * BigInt(e);
    return Number((num + den - 1n) / den);
  }
  return Math.ceil((a * b) / (c * d * e));
}

function minBy<T>(items: readonly T[], key: (t: T) => number): T | undefined {
  let best: T | undefined;
  let bestKey = Infinity;
  for (const t of items) {
    const k = key(t);
    if (k < bestKey) { best = t; bestKey = k; }
  }
  return best;
}

/**
 * Estimate physical qubits and runtime of an algorithm given its logical counts, following the Azure
 * Quantum Resource Estimator's single-point algorithm (Beverland et al., arXiv:2211.07629, Appendix C;
 * `estimate_without_restrictions`):
 * 1. split the error budget; t_rot = ⌈0.53·log₂(R/ε_syn) + 5.3⌉; C = algorithmic depth;
 * 2. d = smallest odd distance with P_L(d) ≤ ε_log / (Q_alg·C);
 * 3. among Pareto-optimal T factories reaching ε_dis / #T states, take the one of least
 *    qubit·time per T state that finishes within the algorithm (else stretch C up to what d allows,
 *    else retry with a larger d); copies = ⌈#T · t_factory / (outputs · t_cycle · C)⌉.
 * Throws {@link BudgetUnmetError} when no code distance ≤ max meets the budget,
 * {@link InvalidArgumentError} for bad counts or budgets, {@link UnknownNameError} for unknown schemes.
 */
export function estimatePhysicalFromCounts(counts: LogicalCounts, profile: HardwareProfile,
  options: QecOptions = {}): PhysicalEstimate {
  validateLogicalCounts(counts);
  const baseScheme = typeof options.scheme === 'string' ? getQecScheme(options.scheme) : options.scheme ?? SURFACE_CODE;
  if (options.maxCodeDistance !== undefined && !(Number.isInteger(options.maxCodeDistance) && options.maxCodeDistance >= 1)) {
    throw new InvalidArgumentError(`maxCodeDistance must be an integer ≥ 1, got ${options.maxCodeDistance}`);
  }
  const scheme: QecScheme = options.maxCodeDistance === undefined ? baseScheme
    : { ...baseScheme, maxCodeDistance: options.maxCodeDistance };
  const units = options.distillationUnits ?? DEFAULT_UNITS;
  const budget = splitErrorBudget(options.errorBudget ?? 1e-3, counts);
  const perRotation = tStatesPerRotationBy(options.rotationSynthesis ?? 'azure-re', counts.rotationCount, budget.rotations);
  const tPerRot = perRotation?.tPerRotation ?? 0;
  const qAlg = algorithmicLogicalQubits(counts.logicalQubitCount);
  const depth = algorithmicLogicalDepth(counts, tPerRot);
  const tStates = countTStates(counts, tPerRot);
  if (tStates === 0 && depth === 0) {
    throw new InvalidArgumentError('the algorithm has neither logical depth nor T states; there is nothing to estimate');
  }

  let cycles = depth;
  let unreachableTError: number | undefined;
  for (;;) {
    const requiredLogical = budget.logical / (qAlg * cycles);
    let d: number;
    try {
      d = minCodeDistance(scheme, profile, requiredLogical);
    } catch (e) {
      if (unreachableTError === undefined || !(e instanceof BudgetUnmetError)) throw e;
      throw new BudgetUnmetError(
        `no T factory with code distance ≤ ${scheme.maxCodeDistance} reaches T-state error ${formatScientific(unreachableTError, 4)} ` +
        `from physical T error ${profile.tGateErrorRate} on '${profile.name}'; increase the error budget or use better qubits`,
        { requiredTStateErrorRate: unreachableTError, maxCodeDistance: scheme.maxCodeDistance });
    }
    const cycleNs = logicalCycleTimeNs(profile, d);
    const pl = logicalErrorRatePerCycle(scheme, profile, d);
    const finish = (factory: TFactory | null, copies: number, cycleCount: number,
      requiredT: number | null): PhysicalEstimate => {
      const perLogical = physicalQubitsPerLogicalQubit(d);
      const forAlgorithm = qAlg * perLogical;
      const forFactories = factory ? copies * factory.physicalQubitCount : 0;
      const clockFrequencyHz = 1e9 / cycleNs;
      return {
        hardwareName: profile.name, qecSchemeName: scheme.name, logicalCounts: counts, errorBudget: budget,
        codeDistance: d, logicalCycleTimeNs: cycleNs, logicalErrorRatePerCycle: pl,
        physicalQubitsPerLogicalQubit: perLogical, algorithmicLogicalQubitCount: qAlg,
        algorithmicLogicalDepth: depth, logicalCycleCount: cycleCount, tStatesPerRotation: tPerRot, tStatesPerRotationSource: perRotation?.source,
        tStateCount: tStates, requiredLogicalQubitErrorRate: requiredLogical, requiredTStateErrorRate: requiredT,
        factory, factoryCopyCount: copies,
        factoryRunCount: factory ? Math.ceil(tStates / (copies * factory.outputTStateCount)) : 0,
        physicalQubitsForAlgorithm: forAlgorithm, physicalQubitsForFactories: forFactories,
        physicalQubitCount: forAlgorithm + forFactories, runtimeNs: cycleNs * cycleCount,
        clockFrequencyHz, rqops: Math.ceil(qAlg * clockFrequencyHz),
      };
    };
    if (tStates === 0) return finish(null, 0, cycles, null);

    const requiredT = budget.tStates / tStates;
    const factories = findTFactories(profile, scheme, requiredT, d, units);
    const maxCyclesForD = Math.floor(budget.logical / (qAlg * pl));
    const copiesFor = (f: TFactory, c: number): number => ceilRatio(tStates, f.durationNs, f.outputTStateCount, cycleNs, c);
    // (a) a factory that finishes within the algorithm's own runtime
    const withinRuntime = minBy(factories.filter((f) => f.durationNs <= cycles * cycleNs), normalizedVolume);
    if (withinRuntime) return finish(withinRuntime, copiesFor(withinRuntime, cycles), cycles, requiredT);
    // (b) stretch the algorithm to one factory run, as far as distance d allows
    const stretched = minBy(factories.filter((f) => Math.ceil(f.durationNs / cycleNs) <= maxCyclesForD), normalizedVolume);
    if (stretched) {
      const c = Math.ceil(stretched.durationNs / cycleNs);
      return finish(stretched, copiesFor(stretched, c), c, requiredT);
    }
    // (c) more cycles than distance d supports: force the next larger distance
    unreachableTError = factories.length === 0 ? requiredT : undefined;
    if (maxCyclesForD + 1 <= cycles) {
      throw new BudgetUnmetError('internal: cycle count did not grow while searching for a T factory', { cycles });
    }
    cycles = maxCyclesForD + 1;
  }
}
