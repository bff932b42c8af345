/**
 * Pipeline stage "compile one block": synthesize the quantum linear solver for one regularized,
 * pruned Hessian block H̃ x = g, optimize it, emit OpenQASM 2 and 3, and validate both the
 * synthesized and the optimized circuit by state-vector simulation against the classical solve.
 * Pure: returns the artifacts (file names and contents) instead of writing them, so the caller
 * can write everything atomically after every stage has succeeded.
 */
import { requireOpenUnitInterval } from '../errors';
import { Circuit, flatten } from '../ir';
import type { CsrMatrix } from '../math/csrMatrix';
import { resolveBasis } from '../cost';
import { emitQasm2, emitQasm3 } from '../emit';
import { lowerTo, namCounts, optimize, OptimizationLevel, OptimizeReport } from '../passes';
import { postselectedRun } from '../sim';
import {
  SolverReport, classicalSolution, embedSolution, stateFidelity, synthesizeLinearSolver,
} from '../synth';

/** Default widest circuit the pipeline simulates on the dense backend. */
const DEFAULT_MAX_DENSE_QUBITS = 20;

/** Options of {@link compileBlock}. */
export interface CompileBlockOptions {
  /** Name used in file names and the summary, e.g. "b1-step4". */
  readonly name: string;
  readonly solver: 'qsvt' | 'hhl';
  /** Block encoding for QSVT (e.g. 'fable', 'sparse', 'lcu'), and for HHL by qubitization. */
  readonly blockEncoding?: string;
  /**
   * HHL only: 'qubitization' (default: QPE of the block encoding's walk, scales with the block
   * encoding, the construction the estimator prices) or 'dense' (exact e^{iAt}, small N only).
   */
  readonly hamiltonianSimulation?: 'qubitization' | 'dense';
  /** Error of the normalized solution state, in (0, 1). */
  readonly epsilon: number;
  readonly optimizeLevel: OptimizationLevel;
  /** Widest circuit for the dense simulator (default 20); `auto` runs wider ones sparse, `dense` refuses them. */
  readonly maxSimulationQubits?: number;
  /** Simulator backend: 'auto' (default), 'dense' or 'sparse' (see sim/backend.ts). */
  readonly backend?: string;
}

/** Counts of one circuit version. */
export interface CircuitVersionSummary {
  readonly qubits: number;
  /** Gates in the Nam basis {h, x, cx, rz} counted as in Nam et al. 2018 (any rz is one gate). */
  readonly totalGates: number;
  readonly cnotGates: number;
  readonly tGates: number;
  /** State fidelity of the post-selected data register with the classical solution. */
  readonly fidelity: number;
  readonly successProbability: number;
  readonly simulationMs: number;
  /** Simulator backend that ran, and (sparse) the largest number of non-zero amplitudes held. */
  readonly backend: 'dense' | 'sparse';
  readonly peakSupport?: number;
}

/** What {@link compileBlock} produced. */
export interface CompiledBlock {
  readonly name: string;
  readonly n: number;
  readonly solverReport: SolverReport;
  readonly synthesized: CircuitVersionSummary;
  readonly optimized: CircuitVersionSummary;
  readonly optimizeReport: Omit<OptimizeReport, 'passes'>;
  /** Files to write: relative name → content (OpenQASM 2 and 3 of the optimized circuit, JSON report). */
  readonly files: ReadonlyArray<{ readonly name: string; readonly content: string }>;
}

function simulateSolution(circuit: Circuit, postQubits: readonly number[], postValues: readonly number[], expected: Float64Array, options: CompileBlockOptions) {
  const t0 = Date.now();
  const run = postselectedRun(circuit, postQubits, postValues, { backend: options.backend, maxDenseQubits: options.maxSimulationQubits ?? DEFAULT_MAX_DENSE_QUBITS });
  return {
    fidelity: stateFidelity(expected, run.state.re, run.state.im), successProbability: run.probability, simulationMs: Date.now() - t0,
    backend: run.backend, ...(run.sparseStats ? { peakSupport: run.sparseStats.peakSupport } : {}),
  };
}

function summary(c: Circuit, sim: ReturnType<typeof simulateSolution>): CircuitVersionSummary {
  const nc = namCounts(c);
  return { qubits: c.numQubits, totalGates: nc.total, cnotGates: nc.cnot, tGates: nc.t, ...sim };
}

/**
 * Compile, optimize, emit and validate the solver for matrix `matrix` and right-hand side `rhs`.
 * Simulation uses `options.backend` (default auto: sparse while the support stays small). Throws
 * SimulationTooLargeError before allocating when the dense backend is forced on a circuit wider
 * than `maxSimulationQubits`, SupportBudgetExceededError when a sparse run outgrows its budget,
 * InvalidArgumentError for ε ∉ (0, 1).
 */
export function compileBlock(matrix: CsrMatrix, rhs: Float64Array, options: CompileBlockOptions): CompiledBlock {
  requireOpenUnitInterval(options.epsilon, 'epsilon');
  const sc = synthesizeLinearSolver({ matrix, rhs }, {
    solver: options.solver, epsilon: options.epsilon, blockEncoding: options.blockEncoding,
    ...(options.solver === 'hhl' ? { hamiltonianSimulation: options.hamiltonianSimulation ?? 'qubitization' } : {}),
  });
  const basis = resolveBasis();
  const flat = flatten(sc.circuit, (op) => basis.has(op.name));
  const expected = embedSolution(sc.system, classicalSolution({ matrix, rhs }));
  // Both versions are counted in the same (Nam) basis: the synthesized circuit is lowered without
  // optimization first, so the table compares like with like (u3 would otherwise count as 1 gate).
  const lowered = lowerTo(flat, 'nam').circuit;
  const synthesized = summary(lowered, simulateSolution(lowered, sc.postselectQubits, sc.postselectValues, expected, options));
  const opt = optimize(flat, { level: options.optimizeLevel });
  const optimized = summary(opt.circuit, simulateSolution(opt.circuit, sc.postselectQubits, sc.postselectValues, expected, options));
  const { passes: _passes, ...optimizeReport } = opt.report;
  const stem = `${options.name}.${sc.report.solver}`;
  const json = {
    block: options.name, n: matrix.n, solver: sc.report, synthesized, optimized,
    optimization: optimizeReport,
    postselect: { qubits: sc.postselectQubits, values: sc.postselectValues },
    dataQubits: sc.dataQubits,
  };
  return {
    name: options.name, n: matrix.n, solverReport: sc.report, synthesized, optimized, optimizeReport,
    files: [
      { name: `${stem}.v2.qasm`, content: emitQasm2(opt.circuit) },
      { name: `${stem}.v3.qasm`, content: emitQasm3(opt.circuit) },
      { name: `${stem}.json`, content: JSON.stringify(json, null, 2) + '\n' },
    ],
  };
}
