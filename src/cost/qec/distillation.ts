import { HardwareProfile, cliffordErrorRate } from '../hardware/profile';
import { hasEnoughSuccesses, successQuantile } from './binomial';
import {
  QecScheme, logicalCycleTimeNs, logicalErrorRatePerCycle, physicalQubitsPerLogicalQubit,
} from './surfaceCode';

// Bound once: `Math.x` is a slow global lookup inside jest's vm sandbox, and this search is hot.
const { max, floor, ceil } = Math;

/** Space/time of one distillation unit, in qubits of its level and in cycles of its level. */
export interface UnitResources {
  readonly unitQubitCount: number;
  readonly durationInCycles: number;
}

/**
 * A 15-to-1 distillation unit template (Beverland et al., arXiv:2211.07629, Appendix C, Table VII;
 * numbers as in the Azure RE). Physical units run on bare qubits (cycle = one measurement time);
 * logical units run on surface-code patches (cycle = one logical cycle, qubits = 2d² each).
 */
export interface DistillationUnitTemplate {
  readonly name: string;
  readonly inputTStateCount: number;
  readonly outputTStateCount: number;
  readonly physical: UnitResources;
  readonly logical: UnitResources;
}

/** Failure (rejection) probability of a 15-to-1 unit: 15·p_in + 356·p_Clifford. */
export function unitFailureProbability(inputErrorRate: number, cliffordRate: number): number {
  return 15 * inputErrorRate + 356 * cliffordRate;
}

/** Output T-state error rate of a 15-to-1 unit: 35·p_in³ + 7.1·p_Clifford. */
export function unitOutputErrorRate(inputErrorRate: number, cliffordRate: number): number {
  return 35 * inputErrorRate ** 3 + 7.1 * cliffordRate;
}

/** The two default units of the Azure RE: 15-to-1 RM prep and 15-to-1 space-efficient. */
export const DEFAULT_UNITS: readonly DistillationUnitTemplate[] = Object.freeze([
  { name: '15-to-1 RM prep', inputTStateCount: 15, outputTStateCount: 1,
    physical: { unitQubitCount: 31, durationInCycles: 24 }, logical: { unitQubitCount: 31, durationInCycles: 11 } },
  { name: '15-to-1 space efficient', inputTStateCount: 15, outputTStateCount: 1,
    physical: { unitQubitCount: 12, durationInCycles: 45 }, logical: { unitQubitCount: 20, durationInCycles: 13 } },
]);

/** Maximum distillation rounds tried first, and when nothing is found (Azure RE constants). */
const MAX_ROUNDS = 3;
const MAX_EXTRA_ROUNDS = 4;
/** Probability that a factory run fails to deliver its T states, split evenly over rounds. */
const FACTORY_FAILURE_REQUIREMENT = 0.01;
const MAX_UNITS_PER_ROUND = 1e15;

/** One round of a factory: `unitCount` copies of one unit at one code distance (1 = physical qubits). */
export interface DistillationRound {
  readonly unitName: string;
  readonly codeDistance: number;
  readonly unitCount: number;
  readonly physicalQubitCount: number;
  readonly durationNs: number;
}

/** A T factory: rounds run one after another on shared qubits (qubits = max over rounds, time = sum). */
export interface TFactory {
  readonly rounds: readonly DistillationRound[];
  readonly physicalQubitCount: number;
  readonly durationNs: number;
  /** Physical T states consumed per run (first round). */
  readonly inputTStateCount: number;
  /** T states delivered per run (with probability ≥ 0.99). */
  readonly outputTStateCount: number;
  /** Error rate of each output T state. */
  readonly outputErrorRate: number;
}

/** Physical-qubit·ns per output T state: the quantity the Azure RE minimizes when choosing a factory. */
export function normalizedVolume(f: TFactory): number {
  return (f.physicalQubitCount * f.durationNs) / f.outputTStateCount;
}

/** A unit placed at a level (distance 1 in round 0 = physical qubits). */
interface PlacedUnit {
  readonly template: DistillationUnitTemplate;
  readonly codeDistance: number;
  readonly qubitCount: number;
  readonly durationNs: number;
  readonly cliffordErrorRate: number;
}

function placeUnits(profile: HardwareProfile, scheme: QecScheme, templates: readonly DistillationUnitTemplate[],
  codeDistance: number, isPhysical: boolean): PlacedUnit[] {
  const tErr = profile.tGateErrorRate;
  const clifford = isPhysical ? cliffordErrorRate(profile) : logicalErrorRatePerCycle(scheme, profile, codeDistance);
  // A unit is only useful if its Clifford operations are 10× better than the raw T states (RE's `is_valid`).
  if (clifford > 0.1 * tErr) return [];
  return templates.map((t) => {
    const res = isPhysical ? t.physical : t.logical;
    return {
      template: t,
      codeDistance,
      qubitCount: res.unitQubitCount * (isPhysical ? 1 : physicalQubitsPerLogicalQubit(codeDistance)),
      durationNs: res.durationInCycles * (isPhysical ? profile.oneQubitMeasurementTimeNs : logicalCycleTimeNs(profile, codeDistance)),
      cliffordErrorRate: clifford,
    };
  });
}

/** Smallest unit count whose requirement-quantile of successes is ≥ needed; undefined if absurdly many. */
function unitsNeeded(q: number, requirement: number, neededSuccesses: number): number | undefined {
  let hi = max(1, neededSuccesses);
  while (!hasEnoughSuccesses(hi, q, requirement, neededSuccesses)) {
    hi *= 2;
    if (hi >= MAX_UNITS_PER_ROUND) return undefined;
  }
  let lo = max(1, floor(hi / 2));
  while (lo < hi) {
    const mid = floor((lo + hi) / 2);
    if (hasEnoughSuccesses(mid, q, requirement, neededSuccesses)) hi = mid;
    else lo = mid + 1;
  }
  return hi;
}

/**
 * Build a factory from a unit sequence (round 0 first), or undefined when the sequence is not viable
 * (a round that does not reduce the error, failure probability outside (0, 1), too many units).
 * Units per round are sized backwards so that each round delivers what the next needs with
 * probability ≥ 1 − 0.01/rounds (Beverland et al., Appendix C).
 */
function buildFactory(units: readonly PlacedUnit[], inputErrorRate: number): TFactory | undefined {
  const k = units.length;
  const errBefore: number[] = [inputErrorRate];
  const q: number[] = [];
  for (const u of units) {
    const pin = errBefore[errBefore.length - 1];
    const pout = unitOutputErrorRate(pin, u.cliffordErrorRate);
    if (pout > pin) return undefined;
    const fail = unitFailureProbability(pin, u.cliffordErrorRate);
    if (!(fail > 0 && fail < 1)) return undefined;
    q.push(fail);
    errBefore.push(pout);
  }
  const requirement = FACTORY_FAILURE_REQUIREMENT / k;
  const counts = new Array<number>(k);
  let needed = units[k - 1].template.outputTStateCount;
  for (let i = k - 1; i >= 0; i--) {
    const perUnit = units[i].template.outputTStateCount;
    const n = unitsNeeded(q[i], requirement, ceil(needed / perUnit));
    if (n === undefined) return undefined;
    counts[i] = n;
    needed = n * units[i].template.inputTStateCount;
  }
  const rounds = units.map((u, i) => ({
    unitName: u.template.name,
    codeDistance: u.codeDistance,
    unitCount: counts[i],
    physicalQubitCount: counts[i] * u.qubitCount,
    durationNs: u.durationNs,
  }));
  const last = units[k - 1];
  return {
    rounds,
    physicalQubitCount: max(...rounds.map((r) => r.physicalQubitCount)),
    durationNs: rounds.reduce((s, r) => s + r.durationNs, 0),
    inputTStateCount: counts[0] * units[0].template.inputTStateCount,
    outputTStateCount: successQuantile(counts[k - 1], q[k - 1], requirement) * last.template.outputTStateCount,
    outputErrorRate: errBefore[k],
  };
}

/** Insert into a Pareto set over (qubits per output T state, duration); keeps the first of equal points. */
function pushPareto(front: TFactory[], f: TFactory): void {
  const nq = f.physicalQubitCount / f.outputTStateCount;
  for (const g of front) {
    if (g.physicalQubitCount / g.outputTStateCount <= nq && g.durationNs <= f.durationNs) return;
  }
  for (let i = front.length - 1; i >= 0; i--) {
    const g = front[i];
    if (nq <= g.physicalQubitCount / g.outputTStateCount && f.durationNs <= g.durationNs) front.splice(i, 1);
  }
  front.push(f);
}

/**
 * Pareto-optimal T factories (in qubits per output state and duration) whose output error rate is
 * ≤ `requiredOutputErrorRate`, built from `templates` in 1–3 rounds (4 if 3 do not suffice) with
 * non-decreasing code distances ≤ `maxCodeDistance` (round 0 may use bare physical qubits).
 * This is an exhaustive version of the Azure RE's factory search. When raw T gates are already good
 * enough, returns the trivial factory: one logical qubit for one cycle per T state.
 */
export function findTFactories(profile: HardwareProfile, scheme: QecScheme, requiredOutputErrorRate: number,
  maxCodeDistance: number, templates: readonly DistillationUnitTemplate[] = DEFAULT_UNITS): readonly TFactory[] {
  if (requiredOutputErrorRate > profile.tGateErrorRate) {
    const d = maxCodeDistance;
    const round = { unitName: 'trivial 1-to-1', codeDistance: d, unitCount: 1,
      physicalQubitCount: physicalQubitsPerLogicalQubit(d), durationNs: logicalCycleTimeNs(profile, d) };
    return [{ rounds: [round], physicalQubitCount: round.physicalQubitCount, durationNs: round.durationNs,
      inputTStateCount: 1, outputTStateCount: 1, outputErrorRate: profile.tGateErrorRate }];
  }
  // Levels in order of increasing distance: physical (distance 1, round 0 only), then logical d = 1, 3, ...
  const logicalLevels: PlacedUnit[][] = [];
  for (let d = 1; d <= maxCodeDistance; d += 2) logicalLevels.push(placeUnits(profile, scheme, templates, d, false));
  const physicalLevel = placeUnits(profile, scheme, templates, 1, true);
  const front: TFactory[] = [];
  const chain: PlacedUnit[] = [];

  const extend = (roundsLeft: number, minLevel: number, inputErr: number): void => {
    if (roundsLeft === 0) {
      if (inputErr <= requiredOutputErrorRate) {
        const f = buildFactory(chain, profile.tGateErrorRate);
        if (f && f.outputTStateCount > 0) pushPareto(front, f);
      }
      return;
    }
    for (let level = minLevel; level < logicalLevels.length; level++) {
      // Round 0 at level 0 runs on bare physical qubits; logical units never use distance 1 in round 0 (as in the RE).
      const options = chain.length === 0 && level === 0 ? physicalLevel : logicalLevels[level];
      for (const u of options) {
        const out = unitOutputErrorRate(inputErr, u.cliffordErrorRate);
        if (out > inputErr) continue;
        chain.push(u);
        extend(roundsLeft - 1, level, out);
        chain.pop();
      }
    }
  };
  for (let k = 1; k <= MAX_ROUNDS; k++) extend(k, 0, profile.tGateErrorRate);
  if (front.length === 0) extend(MAX_EXTRA_ROUNDS, 0, profile.tGateErrorRate);
  return front.sort((a, b) => a.durationNs - b.durationNs || a.physicalQubitCount - b.physicalQubitCount);
}
