/**
 * `qnewton breakeven`: for one Newton-system shape (N, d, κ, ε), per quantum solver × data-loading
 * assumption × with/without read-out, (a) the factor on the hardware profile's operation times —
 * hence the two-qubit gate time and, for the surface code, the logical cycle time — at which the
 * quantum time equals CG and equals Cholesky (gateTimeBreakeven.ts), (b) on each built-in profile
 * as it is today, the N from which quantum wins against the better classical method
 * (crossoverSearch.ts), (c) the assumption the variant needs (variants.ts). Defaults are those of
 * `qnewton estimate` (one declaration: src/schedule/estimate/problemOptions.ts). A variant the pricer refuses for this problem (a typed
 * error, e.g. a solver bound outside its κ range) is reported as refused, with the reason; the
 * others are still analyzed.
 */
import { isQnError } from '../../errors';
import type { HardwareProfile } from '../../cost';
import { getHardwareProfile, hardwareProfileNames, measureFlopRate } from '../../cost';
import { priceClassicalSolveDetailed } from '../price/classicalPrice';
import type { SolveShape } from '../price/types';
import { validateSolveShape } from '../price/validateShape';
import { ProblemInput, resolveProblemOptions } from '../estimate/problemOptions';
import { CrossoverResult, GRID_POINTS_PER_DECADE, searchCrossover, searchGrid } from './crossoverSearch';
import { ScaleSolution, solveGateTimeFactor } from './gateTimeBreakeven';
import { QuantumTimeCaches, QuantumTimeOptions, quantumTime } from './quantumTime';
import { BreakevenVariant, LOADING_CHOICES, LoadingChoice, breakevenVariants } from './variants';

/** Input: the problem as for `estimate`, plus which profiles the N search uses. */
export interface BreakevenInput extends ProblemInput {
  /* `hardware`: the profile scaled in (a). */
  /** Profiles of the N search (b) (default: every built-in profile). Empty: skip (b). */
  readonly searchProfiles?: readonly HardwareProfile[];
  /** Include the quantum-vs-classical time curves over the N grid on `hardware` (for the chart). */
  readonly curves?: boolean;
}

/** Break-even against one classical method. */
export interface GateTimeBreakevenRow extends ScaleSolution {
  readonly classicalSeconds: number;
  /** Two-qubit gate time at break-even, ns (profile's × factor). */
  readonly twoQubitGateTimeNs: number;
  /** Surface-code logical cycle time at break-even, ns (compiled loading only). */
  readonly logicalCycleTimeNs?: number;
}

/** Everything about one variant. */
export interface VariantBreakeven {
  readonly variant: BreakevenVariant;
  readonly assumption: string;
  /** Why the pricer refuses this variant for the problem (e.g. a solver bound's κ range); then (a) is absent. */
  readonly refused?: string;
  readonly quantumSeconds?: number;
  readonly logicalCycleTimeNs?: number;
  readonly vsCg?: GateTimeBreakevenRow;
  readonly vsCholesky?: GateTimeBreakevenRow;
  /** N search per profile name (best classical method at each N). */
  readonly crossover: Readonly<Record<string, CrossoverResult>>;
}

/** One curve point: times at N on the main profile. */
export interface CurvePoint {
  readonly n: number;
  readonly seconds: number | null;
}

/** The report. */
export interface BreakevenReport {
  readonly problem: { readonly n: number; readonly sparsity: number; readonly kappa: number; readonly epsilon: number };
  readonly hardware: { readonly name: string; readonly twoQubitGateTimeNs: number };
  readonly classical: { readonly cgSeconds: number; readonly choleskySeconds: number; readonly flopRatePerSecond: number; readonly flopRateSource: 'measured' | 'given' };
  readonly searchProfiles: readonly string[];
  readonly variants: readonly VariantBreakeven[];
  /** Time over N on `hardware`: classical 'cg' / 'cholesky', quantum by `solver|loading|readout`. */
  readonly curves?: Readonly<Record<string, readonly CurvePoint[]>>;
}

/** Curve key of a variant. */
export function variantKey(v: BreakevenVariant): string {
  return `${v.solver}|${v.loading}|${v.readout ? 'readout' : 'state'}`;
}

function shapeAt(base: Required<SolveShape>, n: number, alpha: number | undefined): SolveShape {
  return { n, sparsity: base.sparsity, kappa: base.kappa, epsilon: base.epsilon, ...(alpha !== undefined ? { alpha } : {}) };
}

/** Run the analysis (see the file comment). Throws the typed errors of the pricer for bad input. */
export function analyzeBreakeven(input: BreakevenInput): BreakevenReport {
  const { shape, profile, errorBudget, oracleBits, flopRatePerSecond: givenRate } = resolveProblemOptions(input);
  const n = shape.n;
  const base = validateSolveShape(shape);
  const flopRateSource = givenRate === undefined ? 'measured' as const : 'given' as const;
  const flopRatePerSecond = givenRate ?? measureFlopRate();
  const options: QuantumTimeOptions = { errorBudget, oracleBits };
  const caches: QuantumTimeCaches = new Map();
  const c = priceClassicalSolveDetailed(shape, flopRatePerSecond);
  const classicalBest = (m: number): number => priceClassicalSolveDetailed(shapeAt(base, m, input.alpha), flopRatePerSecond).best.seconds;
  const searchProfiles = input.searchProfiles ?? hardwareProfileNames().map(getHardwareProfile);
  const variants = breakevenVariants().map((variant): VariantBreakeven => {
    let q: ReturnType<typeof quantumTime>;
    try {
      q = quantumTime(shape, variant, profile, options, caches);
    } catch (e) {
      if (!isQnError(e)) throw e;
      return Object.freeze({ variant, assumption: LOADING_CHOICES[variant.loading].assumption, refused: e.message, crossover: Object.freeze({}) });
    }
    const row = (classicalSeconds: number): GateTimeBreakevenRow => {
      const s = solveGateTimeFactor(profile, classicalSeconds, (p) => quantumTime(shape, variant, p, options, caches).seconds);
      return Object.freeze({
        ...s, classicalSeconds, twoQubitGateTimeNs: profile.twoQubitGateTimeNs * s.factor,
        ...(q.logicalCycleTimeNs !== undefined ? { logicalCycleTimeNs: q.logicalCycleTimeNs * s.factor } : {}),
      });
    };
    const crossover: Record<string, CrossoverResult> = {};
    for (const p of searchProfiles) {
      crossover[p.name] = searchCrossover(base.sparsity, (m) => quantumTime(shapeAt(base, m, input.alpha), variant, p, options, caches).seconds < classicalBest(m));
    }
    return Object.freeze({
      variant, assumption: LOADING_CHOICES[variant.loading].assumption, quantumSeconds: q.seconds,
      ...(q.logicalCycleTimeNs !== undefined ? { logicalCycleTimeNs: q.logicalCycleTimeNs } : {}),
      vsCg: row(c.conjugateGradient.timeSeconds), vsCholesky: row(c.cholesky.timeSeconds), crossover: Object.freeze(crossover),
    });
  });
  return Object.freeze({
    problem: { n, sparsity: base.sparsity, kappa: base.kappa, epsilon: base.epsilon },
    hardware: { name: profile.name, twoQubitGateTimeNs: profile.twoQubitGateTimeNs },
    classical: { cgSeconds: c.conjugateGradient.timeSeconds, choleskySeconds: c.cholesky.timeSeconds, flopRatePerSecond, flopRateSource },
    searchProfiles: searchProfiles.map((p) => p.name),
    variants,
    ...(input.curves ? { curves: curvesOf(base, input.alpha, profile, options, caches, flopRatePerSecond) } : {}),
  });
}

function curvesOf(base: Required<SolveShape>, alpha: number | undefined, profile: HardwareProfile, options: QuantumTimeOptions,
  caches: QuantumTimeCaches, flopRatePerSecond: number): Record<string, readonly CurvePoint[]> {
  const all = searchGrid(base.sparsity);
  const grid = all.filter((n, i) => i % GRID_POINTS_PER_DECADE === 0 || i === all.length - 1);
  const out: Record<string, CurvePoint[]> = { cg: [], cholesky: [] };
  for (const m of grid) {
    const c = priceClassicalSolveDetailed(shapeAt(base, m, alpha), flopRatePerSecond);
    out.cg.push({ n: m, seconds: c.conjugateGradient.timeSeconds });
    out.cholesky.push({ n: m, seconds: c.cholesky.timeSeconds });
  }
  for (const v of breakevenVariants()) {
    out[variantKey(v)] = grid.map((m) => {
      try {
        return { n: m, seconds: quantumTime(shapeAt(base, m, alpha), v, profile, options, caches).seconds };
      } catch (e) {
        if (!isQnError(e)) throw e;
        return { n: m, seconds: null };
      }
    });
  }
  return out;
}

/** Loading choices in display order. */
export const LOADING_ORDER: readonly LoadingChoice[] = Object.keys(LOADING_CHOICES) as LoadingChoice[];
