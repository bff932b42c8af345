/**
 * Quantum time of one variant on one profile: the existing pricer (priceQuantumSolveDetailed) with
 * the variant's cost model and error-correction choice; with read-out it is the full tomography
 * time, without it the solver time of one solution state.
 */
import type { HardwareProfile } from '../../cost';
import { PriceCaches, priceQuantumSolveDetailed } from '../price/quantumPrice';
import type { SolveShape } from '../price/types';
import { BreakevenVariant, LOADING_CHOICES } from './variants';

/** Pricing knobs shared by every variant. */
export interface QuantumTimeOptions {
  readonly errorBudget?: number;
  readonly oracleBits?: number;
}

/** One quantum price as the break-even analysis needs it. */
export interface QuantumTime {
  /** Solver time, or the read-out time when the variant includes read-out, seconds. */
  readonly seconds: number;
  /** Surface-code logical cycle time, ns (compiled loading only). */
  readonly logicalCycleTimeNs?: number;
}

/** Caches of op counts per solver × loading (op counts do not depend on the profile). */
export type QuantumTimeCaches = Map<string, PriceCaches>;

/** Price `variant` for `shape` on `profile`. Throws the pricer's typed errors. */
export function quantumTime(shape: SolveShape, variant: BreakevenVariant, profile: HardwareProfile, options: QuantumTimeOptions, caches?: QuantumTimeCaches): QuantumTime {
  const { costModel, qec } = LOADING_CHOICES[variant.loading];
  const key = `${variant.solver}|${variant.loading}`;
  let c = caches?.get(key);
  if (caches && !c) {
    c = { opCounts: new Map() };
    caches.set(key, c);
  }
  const d = priceQuantumSolveDetailed(shape, {
    solver: variant.solver, profile, qec, costModel, errorBudget: options.errorBudget, oracleBits: options.oracleBits, endToEnd: variant.readout,
  }, c);
  const cycle = d.price.physical?.logicalCycleTimeNs;
  return Object.freeze({ seconds: d.price.totalSeconds, ...(cycle !== undefined ? { logicalCycleTimeNs: cycle } : {}) });
}
