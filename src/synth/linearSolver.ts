/**
 * Problem → op tree for quantum linear solvers: validate and prepare the system (problem.ts),
 * then synthesize QSVT inversion (qsvtSolver.ts) or HHL (hhlSolver.ts). Pure: no I/O.
 */
import { InvalidArgumentError, UnknownNameError, requireOpenUnitInterval } from '../errors';
import { makeRng } from '../math/rng';
import { LinearSystemInput, PrepareOptions, prepareSystem } from './problem';
import { MAX_HHL_DIM, synthesizeHhlSolver } from './hhlSolver';
import { synthesizeQubitizedHhlSolver } from './qubitizedHhlSolver';
import { synthesizeQsvtSolver } from './qsvtSolver';
import { SOLVER_NAMES, SolverCircuit } from './solverCircuit';

/** Options of {@link synthesizeLinearSolver}. */
export interface LinearSolverOptions extends PrepareOptions {
  readonly solver: string;
  /** Total error budget ε ∈ (0, 1) on the normalized solution state. */
  readonly epsilon: number;
  /** QSVT block encoding (default 'dense-dilation' for N ≤ 64, else 'sparse'). */
  readonly blockEncoding?: string;
  readonly qubitBudget?: number;
  /** QSVT: largest polynomial degree. */
  readonly maxDegree?: number;
  /** HHL: fixed clock size. */
  readonly clockBits?: number;
  /** HHL: largest clock size of the automatic choice (default 12). */
  readonly maxClockBits?: number;
  /**
   * HHL: 'qubitization' (QPE of the walk of the block encoding, qubitizedHhlSolver.ts; scales with
   * the block encoding) or 'dense' (exact synthesized e^{iAt}, N ≤ MAX_HHL_DIM). Default: dense up
   * to MAX_HHL_DIM, qubitization above.
   */
  readonly hamiltonianSimulation?: 'qubitization' | 'dense';
}

/** Synthesize a solver circuit for A x = b (see the module comment). */
export function synthesizeLinearSolver(input: LinearSystemInput, options: LinearSolverOptions): SolverCircuit {
  if (!(SOLVER_NAMES as readonly string[]).includes(options.solver)) throw new UnknownNameError('solver', options.solver, SOLVER_NAMES);
  requireOpenUnitInterval(options.epsilon, 'epsilon');
  if (options.qubitBudget !== undefined && !(Number.isInteger(options.qubitBudget) && options.qubitBudget > 0)) {
    throw new InvalidArgumentError(`qubit budget must be a positive integer, got ${options.qubitBudget}`);
  }
  const sys = prepareSystem(input, options);
  if (options.solver === 'hhl') {
    const hs = options.hamiltonianSimulation ?? (options.blockEncoding !== undefined || sys.dim > MAX_HHL_DIM ? 'qubitization' : 'dense');
    // Dense e^{iAt} takes no block encoding: refuse rather than ignore it.
    if (hs === 'dense' && options.blockEncoding !== undefined) {
      throw new InvalidArgumentError(`block encoding '${options.blockEncoding}' does not apply to HHL with dense Hamiltonian simulation; drop it or use Hamiltonian simulation 'qubitization'`);
    }
    if (hs !== 'dense' && hs !== 'qubitization') throw new UnknownNameError('Hamiltonian simulation', hs, ['qubitization', 'dense']);
    if (hs === 'qubitization') {
      return synthesizeQubitizedHhlSolver(sys, {
        epsilon: options.epsilon, blockEncoding: options.blockEncoding ?? (sys.dim <= 64 ? 'dense-dilation' : 'sparse'),
        clockBits: options.clockBits, maxClockBits: options.maxClockBits, qubitBudget: options.qubitBudget,
      });
    }
    return synthesizeHhlSolver(sys, { epsilon: options.epsilon, clockBits: options.clockBits, maxClockBits: options.maxClockBits, qubitBudget: options.qubitBudget });
  }
  return synthesizeQsvtSolver(sys, {
    epsilon: options.epsilon, blockEncoding: options.blockEncoding ?? (sys.dim <= 64 ? 'dense-dilation' : 'sparse'),
    qubitBudget: options.qubitBudget, maxDegree: options.maxDegree,
  });
}

/** Right-hand-side presets of the CLI. */
export type RhsPreset = 'ones' | 'random';

/** b = (1, …, 1) or b with i.i.d. N(0, 1) entries from makeRng(seed). */
export function makeRhs(preset: RhsPreset, n: number, seed = 1): Float64Array {
  if (preset === 'ones') return new Float64Array(n).fill(1);
  if (preset === 'random') {
    const rng = makeRng(seed);
    return Float64Array.from({ length: n }, () => rng.normal());
  }
  throw new UnknownNameError('right-hand side preset', preset, ['ones', 'random']);
}
