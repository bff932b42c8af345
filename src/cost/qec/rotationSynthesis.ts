import { InvalidArgumentError } from '../../errors';
import { gridsynthRz } from '../../math/ring';
import { makeRng } from '../../math/rng';
import { tStatesPerRotation as azureTStatesPerRotation } from './logicalCounts';

/**
 * How the surface-code estimate prices one arbitrary rotation:
 * - 'azure-re' (default): ⌈0.53·log₂(R/ε_syn) + 5.3⌉ T states, the Azure RE's formula (mixed /
 *   fallback synthesis, Kliuchnikov et al., arXiv:2203.10064);
 * - 'gridsynth': the T-count measured by this repository's Ross–Selinger synthesizer
 *   (math/ring/gridsynth.ts) at ε_rot = ε_syn/R, mean over {@link GRIDSYNTH_SAMPLE_ANGLES} seeded
 *   random angles, rounded up — what `--target clifford+t` would emit;
 * - a number: a T-count per rotation the caller measured (e.g. a Clifford+T lowering report's mean).
 */
export type RotationSynthesisModel = 'azure-re' | 'gridsynth' | number;

/** Sample size of the 'gridsynth' model. */
export const GRIDSYNTH_SAMPLE_ANGLES = 8;

/** Which model produced a T-per-rotation figure. */
export type RotationTSource = 'azure-re-formula' | 'gridsynth-measured' | 'caller-measured';

const measuredMemo = new Map<number, number>();

/** Mean gridsynth T-count (rounded up) over the seeded sample angles at per-rotation ε (memoized; pure). */
export function measuredGridsynthTCount(epsilonPerRotation: number): number {
  const hit = measuredMemo.get(epsilonPerRotation);
  if (hit !== undefined) return hit;
  const rng = makeRng(12);
  let sum = 0;
  for (let i = 0; i < GRIDSYNTH_SAMPLE_ANGLES; i++) sum += gridsynthRz((rng.next() * 2 - 1) * Math.PI, epsilonPerRotation).tCount;
  const mean = Math.ceil(sum / GRIDSYNTH_SAMPLE_ANGLES);
  measuredMemo.set(epsilonPerRotation, mean);
  return mean;
}

/**
 * T states per rotation for `rotationCount` rotations sharing the synthesis budget
 * `rotationBudget` under `model`; undefined when there are no rotations. The 'gridsynth' model
 * throws the synthesizer's BudgetUnmetError when ε_syn/R is below its double-precision limit.
 */
export function tStatesPerRotationBy(model: RotationSynthesisModel, rotationCount: number, rotationBudget: number):
  { tPerRotation: number; source: RotationTSource } | undefined {
  if (rotationCount === 0) return undefined;
  if (typeof model === 'number') {
    if (!(Number.isFinite(model) && model >= 0)) throw new InvalidArgumentError(`T per rotation must be a finite number ≥ 0, got ${model}`);
    return { tPerRotation: model, source: 'caller-measured' };
  }
  if (model === 'gridsynth') return { tPerRotation: measuredGridsynthTCount(rotationBudget / rotationCount), source: 'gridsynth-measured' };
  return { tPerRotation: azureTStatesPerRotation(rotationCount, rotationBudget)!, source: 'azure-re-formula' };
}
