import { Circuit, ExpansionOptions, assertExpansionWithin } from '../../ir';
import { InvalidArgumentError } from '../../errors';
import { Rng, makeRng } from '../../math/rng';
import { conditionHolds } from '../execute';
import { checkNormSquared } from '../normCheck';
import { compileSparse } from './sparseCompile';
import { applySparseStep, makeDenseScratch } from './sparseKernels';
import type { SparseProgram } from './sparseProgram';
import { sparseCollapse, sparseFlip, sparseProbabilityOfOne } from './sparseMeasure';
import { DEFAULT_PRUNE_AMPLITUDE, SparseState, supportBudgetOf } from './sparseState';

/** Options of {@link runSparse}. */
export interface SparseRunOptions extends ExpansionOptions {
  /** Seed of the generator that draws mid-circuit measurement outcomes (default 1, as the dense backend). */
  readonly seed?: number;
  /** Stop before the trailing block of measurements (default false). */
  readonly skipFinalMeasurements?: boolean;
  /** Memory budget in bytes; the support budget is ⌊budget / 100 B⌋ (see SPARSE_BYTES_PER_AMPLITUDE). */
  readonly memoryBudgetBytes?: number;
  /** Largest number of non-zero amplitudes (default and cap: from the memory budget). */
  readonly maxSupport?: number;
  /** Amplitudes with |a| ≤ this are dropped after mixing gates (default 1e-14; 0 keeps all non-zeros). */
  readonly pruneAmplitude?: number;
}

/** What a sparse run did: support sizes and the pruning it applied. */
export interface SparseRunStats {
  readonly peakSupport: number;
  readonly finalSupport: number;
  readonly maxSupport: number;
  readonly pruneAmplitude: number;
  /** Σ|a|² of all pruned amplitudes. */
  readonly prunedProbability: number;
  /** Σ over prune passes of sqrt(probability removed): bound on ‖ψ_exact − ψ‖₂ due to pruning. */
  readonly pruneErrorBound: number;
  readonly prunedCount: number;
  /** Kernel steps run (after single-qubit fusion). */
  readonly steps: number;
}

/** Final sparse state, clbits and statistics of one run. */
export interface SparseRunResult {
  readonly state: SparseState;
  readonly clbits: Uint8Array;
  /** True when a measurement or reset drew a random outcome. */
  readonly sampled: boolean;
  readonly skippedMeasurements: number;
  readonly stats: SparseRunStats;
}

/**
 * Simulate `circuit` on the sparse-state backend from |0…0⟩: only non-zero amplitudes are stored
 * (see SparseState), so circuits of up to 64 qubits run as long as their support stays within
 * the budget; otherwise SupportBudgetExceededError is thrown before memory grows past it.
 * Mid-circuit measurement, reset and classical conditions are supported (one trajectory, outcomes
 * drawn from makeRng(seed) exactly as the dense backend draws them).
 */
export function runSparse(circuit: Circuit, opts: SparseRunOptions = {}): SparseRunResult {
  // Composite ops expand into gates in compileSparse: refuse from the call-graph counts first.
  assertExpansionWithin(circuit, (op) => op.def.gateSpec !== undefined, opts);
  const prune = opts.pruneAmplitude ?? DEFAULT_PRUNE_AMPLITUDE;
  if (!(prune >= 0 && prune < 1)) throw new InvalidArgumentError(`prune threshold must lie in [0, 1), got ${prune}`);
  const budget = supportBudgetOf(opts.memoryBudgetBytes);
  if (opts.maxSupport !== undefined && !(Number.isInteger(opts.maxSupport) && opts.maxSupport >= 1)) {
    throw new InvalidArgumentError(`the support budget (maximum stored amplitudes) must be a positive integer, got ${opts.maxSupport}`);
  }
  const maxSupport = Math.min(budget, opts.maxSupport ?? budget);
  const program = compileSparse(circuit);
  const to = opts.skipFinalMeasurements ? program.tailStart : program.steps.length;
  const { state: st, clbits, sampled } = runSparseSteps(program, makeRng(opts.seed ?? 1), to, maxSupport, prune);
  const stats: SparseRunStats = {
    peakSupport: st.peakSupport, finalSupport: st.count, maxSupport, pruneAmplitude: prune,
    prunedProbability: st.prunedProbability, pruneErrorBound: st.pruneErrorBound, prunedCount: st.prunedCount, steps: to,
  };
  return { state: st, clbits, sampled, skippedMeasurements: program.steps.length - to, stats };
}

/**
 * Run steps [0, to) of a sparse program from |0…0⟩ (one trajectory; outcomes drawn from `rng`).
 * `sampled`: a measurement or reset ran. Throws SimulationNormError (checkNormSquared) when the
 * state ends with non-finite amplitudes or a norm other than 1 minus the probability pruned since
 * the last renormalizing measurement, and before a measurement of a non-finite state, so a NaN
 * amplitude never leaves the backend.
 */
export function runSparseSteps(program: SparseProgram, rng: Rng, to: number, maxSupport: number, pruneAmplitude: number): { state: SparseState; clbits: Uint8Array; sampled: boolean } {
  const st = new SparseState(program.numQubits, maxSupport);
  st.append(0, 0, 1, 0);
  const clbits = new Uint8Array(program.numClbits);
  const prune2 = pruneAmplitude * pruneAmplitude;
  const scratch = makeDenseScratch();
  let sampled = false;
  // ‖ψ‖² and prunedProbability at the start or after the last collapse: gates keep the norm, so
  // ‖ψ‖² must stay baseNorm2 minus the probability pruned since then.
  let baseNorm2 = 1, basePruned = 0;
  const checkNorm = (): void => checkNormSquared(st.normSquared(), baseNorm2 - (st.prunedProbability - basePruned), 'sparse simulated state');
  for (let i = 0; i < to; i++) {
    const s = program.steps[i];
    if (s.condition && !conditionHolds(clbits, s.condition)) continue;
    if (s.kind === 'measure' || s.kind === 'reset') {
      sampled = true;
      checkNorm();
      const p1 = sparseProbabilityOfOne(st, s.qubit);
      const outcome: 0 | 1 = rng.next() < p1 ? 1 : 0;
      sparseCollapse(st, s.qubit, outcome, outcome === 1 ? p1 : 1 - p1);
      if (s.kind === 'measure') clbits[s.clbit] = outcome;
      else if (outcome === 1) sparseFlip(st, s.qubit);
      baseNorm2 = st.normSquared();
      basePruned = st.prunedProbability;
      continue;
    }
    applySparseStep(st, s, prune2, scratch);
  }
  checkNorm();
  return { state: st, clbits, sampled };
}
