/**
 * Choice between the dense state-vector backend and the sparse-state backend (sparse/), and the
 * post-selected run that validation uses (`validate`, `simulate`, the pipeline).
 *
 * Rule of `auto` (documented in docs/simulation-backends.md):
 * 1. if the dense state vector does not fit (more than `maxDenseQubits` qubits, more than
 *    MAX_SIMULATOR_QUBITS, or 16·2^n bytes over the memory budget), run sparse with the full
 *    support budget;
 * 2. otherwise run sparse while the support stays at most 2^(n − {@link AUTO_SPARSE_SUPPORT_LOG2_MARGIN})
 *    amplitudes (the support at which a sparse pass costs about a dense one, bench:sim), and
 *    re-run dense from the start if it grows past that. Ancilla-heavy circuits, whose ancillas stay
 *    in basis states, thus run sparse; circuits that fill the state vector run dense.
 */
import type { Circuit, ExpansionOptions } from '../ir';
import { InvalidArgumentError, SimulationTooLargeError, SupportBudgetExceededError } from '../errors';
import { assertStateFits } from './budget';
import { PostselectResult, postselect } from './measure';
import { RunResult, runCircuit } from './run';
import { SparseRunResult, SparseRunStats, runSparse } from './sparse/sparseRun';
import { sparsePostselect } from './sparse/sparseMeasure';

/** Backend names accepted by `--backend`. */
export type BackendName = 'dense' | 'sparse' | 'auto';

/** Every backend name, for help texts and errors. */
export const BACKEND_NAMES: readonly BackendName[] = ['auto', 'dense', 'sparse'];

/**
 * Under `auto`, the sparse attempt is abandoned for dense once the support exceeds
 * 2^(n − 4) = 1/16 of the state vector: a sparse pass costs ~5–20 ns per stored amplitude
 * (hash look-ups for mixing gates) against ~1 ns per amplitude for a dense pass.
 */
export const AUTO_SPARSE_SUPPORT_LOG2_MARGIN = 4;

/** Options of {@link runWithBackend}. */
export interface BackendOptions extends ExpansionOptions {
  /** 'auto' (default), 'dense' or 'sparse'. */
  readonly backend?: string;
  /** Widest circuit the dense backend may run (`--max-qubits`; default: the memory budget and MAX_SIMULATOR_QUBITS decide). */
  readonly maxDenseQubits?: number;
  readonly memoryBudgetBytes?: number;
  /** Sparse: largest number of non-zero amplitudes (default: from the memory budget). */
  readonly maxSupport?: number;
  /** Sparse: prune amplitudes with |a| ≤ this (default 1e-14). */
  readonly pruneAmplitude?: number;
  readonly seed?: number;
  readonly skipFinalMeasurements?: boolean;
}

/** A run on either backend; `autoReason` says why `auto` picked it. */
export type BackendRun =
  | { readonly backend: 'dense'; readonly run: RunResult; readonly autoReason?: string }
  | { readonly backend: 'sparse'; readonly run: SparseRunResult; readonly autoReason?: string };

/** Check a `--backend` value. */
export function parseBackendName(name: string | undefined): BackendName {
  const b = name ?? 'auto';
  if (!(BACKEND_NAMES as readonly string[]).includes(b)) {
    throw new InvalidArgumentError(`unknown backend '${b}'; expected one of ${BACKEND_NAMES.join(', ')}`);
  }
  return b as BackendName;
}

/** Throw SimulationTooLargeError unless the dense backend may run `circuit`. */
function assertDenseAllowed(circuit: Circuit, opts: BackendOptions): void {
  const maxDense = opts.maxDenseQubits;
  if (maxDense !== undefined && circuit.numQubits > maxDense) {
    throw new SimulationTooLargeError(
      `the circuit has ${circuit.numQubits} qubits (2^${circuit.numQubits} amplitudes) > --max-qubits ${maxDense} for the dense backend; ` +
      'use --backend sparse (or auto) when most amplitudes stay zero, or raise --max-qubits', { qubits: circuit.numQubits, maxQubits: maxDense });
  }
  assertStateFits(circuit.numQubits, opts.memoryBudgetBytes);
}

function denseFits(circuit: Circuit, opts: BackendOptions): boolean {
  try { assertDenseAllowed(circuit, opts); return true; } catch (e) {
    if (e instanceof SimulationTooLargeError) return false;
    throw e;
  }
}

/** Simulate `circuit` on the backend chosen by `opts.backend` (see the module comment for `auto`). */
export function runWithBackend(circuit: Circuit, opts: BackendOptions = {}): BackendRun {
  const backend = parseBackendName(opts.backend);
  const denseOpts = { seed: opts.seed, memoryBudgetBytes: opts.memoryBudgetBytes, skipFinalMeasurements: opts.skipFinalMeasurements, maxExpandedGates: opts.maxExpandedGates };
  const sparseOpts = { ...denseOpts, maxSupport: opts.maxSupport, pruneAmplitude: opts.pruneAmplitude };
  if (backend === 'dense') {
    assertDenseAllowed(circuit, opts);
    return { backend: 'dense', run: runCircuit(circuit, denseOpts) };
  }
  if (backend === 'sparse') return { backend: 'sparse', run: runSparse(circuit, sparseOpts) };
  const n = circuit.numQubits;
  if (!denseFits(circuit, opts)) {
    return { backend: 'sparse', run: runSparse(circuit, sparseOpts), autoReason: `the ${n}-qubit state vector does not fit the dense limits` };
  }
  const cap = Math.max(1, 2 ** Math.max(0, n - AUTO_SPARSE_SUPPORT_LOG2_MARGIN));
  try {
    const run = runSparse(circuit, { ...sparseOpts, maxSupport: Math.min(cap, opts.maxSupport ?? cap) });
    return { backend: 'sparse', run, autoReason: `support stayed ≤ 2^${n - AUTO_SPARSE_SUPPORT_LOG2_MARGIN} (peak ${run.stats.peakSupport})` };
  } catch (e) {
    if (!(e instanceof SupportBudgetExceededError)) throw e;
    return { backend: 'dense', run: runCircuit(circuit, denseOpts), autoReason: `support grew past 2^${Math.max(0, n - AUTO_SPARSE_SUPPORT_LOG2_MARGIN)}; re-run dense` };
  }
}

/** Result of {@link postselectedRun}: the dense post-selected state plus how it was simulated. */
export interface PostselectedRun extends PostselectResult {
  readonly backend: 'dense' | 'sparse';
  readonly autoReason?: string;
  /** Support and pruning statistics of a sparse run. */
  readonly sparseStats?: SparseRunStats;
}

/**
 * Simulate `circuit`, then post-select `qubits` on `values` (e.g. the ancillas of a linear
 * solver on |0⟩): the normalized state of the remaining qubits and the success probability.
 */
export function postselectedRun(circuit: Circuit, qubits: readonly number[], values: readonly number[], opts: BackendOptions = {}): PostselectedRun {
  const r = runWithBackend(circuit, opts);
  if (r.backend === 'dense') {
    return { ...postselect(r.run.state, qubits, values, opts), backend: 'dense', autoReason: r.autoReason };
  }
  return { ...sparsePostselect(r.run.state, qubits, values, opts), backend: 'sparse', autoReason: r.autoReason, sparseStats: r.run.stats };
}

/**
 * Backend of shot sampling: `sparse` and `dense` as named; `auto` is dense when the state vector
 * fits the dense limits (shots need the full distribution, which the dense sampler draws in one
 * pass), else sparse.
 */
export function shotBackend(circuit: Circuit, opts: BackendOptions): 'dense' | 'sparse' {
  const b = parseBackendName(opts.backend);
  if (b !== 'auto') return b;
  return denseFits(circuit, opts) ? 'dense' : 'sparse';
}
