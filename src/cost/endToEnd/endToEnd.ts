import { HardwareProfile } from '../hardware/profile';
import { LogicalCounts } from '../qec/logicalCounts';
import { PhysicalEstimate, QecOptions, estimatePhysicalFromCounts } from '../qec/physicalEstimate';
import { ReadoutCost, tomographyReadoutCost } from './readout';
import { StatePreparationCost, sequenceLogicalCounts, statePreparationCost } from './statePreparation';

/** The quantum cost of one linear solve end to end, each part shown separately. */
export interface EndToEndQuantumCost {
  /** Gradient state preparation (logical gate counts). */
  readonly statePreparation: StatePreparationCost;
  /** Physical estimate of the state preparation alone. */
  readonly statePreparationPhysical: PhysicalEstimate;
  /** Physical estimate of the solver alone. */
  readonly solverPhysical: PhysicalEstimate;
  /** Physical estimate of one shot: state preparation followed by the solver. */
  readonly perShotPhysical: PhysicalEstimate;
  /** Tomography of the output: shots × per-shot runtime. */
  readonly readout: ReadoutCost;
  /** = readout.totalRuntimeNs (every shot re-prepares the state and re-runs the solver). */
  readonly totalRuntimeNs: number;
}

/**
 * End-to-end quantum cost of solving H x = g for an N-dimensional gradient g: prepare |g⟩
 * (Möttönen, ≈ N rotations + N CNOTs), run the solver (given as logical counts), and read out x by
 * tomography to ℓ₂ error `readoutEpsilon` (≈ N/ε² shots). `synthesisEpsilon` is the rotation-synthesis
 * budget of the state preparation.
 */
export function endToEndQuantumCost(args: {
  readonly amplitudeCount: number;
  readonly solverCounts: LogicalCounts;
  readonly profile: HardwareProfile;
  readonly qecOptions?: QecOptions;
  readonly readoutEpsilon: number;
  readonly synthesisEpsilon?: number;
}): EndToEndQuantumCost {
  const prep = statePreparationCost(args.amplitudeCount, args.synthesisEpsilon ?? 1e-3);
  const statePreparationPhysical = estimatePhysicalFromCounts(prep.logicalCounts, args.profile, args.qecOptions);
  const solverPhysical = estimatePhysicalFromCounts(args.solverCounts, args.profile, args.qecOptions);
  const perShotPhysical = estimatePhysicalFromCounts(
    sequenceLogicalCounts(prep.logicalCounts, args.solverCounts), args.profile, args.qecOptions);
  const readout = tomographyReadoutCost(args.amplitudeCount, args.readoutEpsilon, perShotPhysical.runtimeNs);
  return { statePreparation: prep, statePreparationPhysical, solverPhysical, perShotPhysical, readout,
    totalRuntimeNs: readout.totalRuntimeNs };
}
