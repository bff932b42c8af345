import { formatNumber, formatScientific } from '../../format';
import * as path from 'path';
import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { CliIo, readTextFile } from '../io';
import { forceOption, outputOptionsOf, withOutputs } from '../output';
import { InvalidArgumentError, InvalidMatrixError } from '../../errors';
import { DEFAULT_MAX_EXPANDED_GATES, flatten } from '../../ir';
import { loadMatrixFile } from '../../math/io';
import { estimateLogical, LogicalGateCounts, resolveBasis } from '../../cost';
import { emitQasm2, emitQasm3, qasm2StatementCount, qasm3StatementCount } from '../../emit';
import {
  BLOCK_ENCODING_NAMES, LinearSolverOptions, LinearSystemInput, SOLVER_NAMES, SolverCircuit, makeRhs, parseVectorText, synthesizeLinearSolver,
} from '../../synth';

/** Default cap on the statements of each OpenQASM file (larger files are not written; the JSON report always is). */
export const DEFAULT_MAX_FLAT_GATES = DEFAULT_MAX_EXPANDED_GATES;

/** Options shared by `compile` and `validate`. */
export function solverOptions(y: Argv): Argv {
  return y
    .positional('file', { type: 'string', describe: 'matrix file (.mtx, .json or .npy)' })
    .option('solver', { type: 'string', choices: [...SOLVER_NAMES], default: 'qsvt', describe: 'quantum linear solver' })
    .option('epsilon', { type: 'number', default: 0.01, describe: 'error budget on the normalized solution state, in (0, 1)' })
    .option('block-encoding', { type: 'string', describe: `QSVT block encoding (${BLOCK_ENCODING_NAMES.join(' | ')}); default dense-dilation for N ≤ 64, else sparse` })
    .option('rhs', { type: 'string', default: 'ones', describe: 'right-hand side b: ones | random | a vector file (JSON array or whitespace-separated numbers)' })
    .option('seed', { type: 'number', default: 1, describe: 'seed of --rhs random' })
    .option('dilate', { type: 'boolean', default: false, describe: 'solve the Hermitian dilation [[0, A], [Aᵀ, 0]] (for non-symmetric A; never done implicitly)' })
    .option('qubits', { type: 'number', describe: 'qubit budget (BudgetUnmetError when exceeded)' })
    .option('max-degree', { type: 'number', describe: 'QSVT: largest polynomial degree (default 10000)' })
    .option('hamiltonian-simulation', { type: 'string', choices: ['qubitization', 'dense'], describe: 'HHL: qubitization (QPE of the walk of the block encoding; any N) or dense (exact synthesized e^{iAt}, N ≤ 64); default dense for N ≤ 64 without --block-encoding, else qubitization' })
    .option('clock-bits', { type: 'number', describe: 'HHL: clock register size (default: chosen from κ and ε)' })
    .option('symmetry-tol', { type: 'number', default: 1e-8, describe: 'accepted relative asymmetry |A_ij - A_ji| / max|A|' });
}

/** Read the matrix and b named by the arguments, and the synthesis options. */
export function loadSolverProblem(args: Record<string, unknown>): { input: LinearSystemInput; options: LinearSolverOptions; file: string } {
  const file = String(args.file);
  const dilate = Boolean(args.dilate);
  let matrix;
  try {
    // --dilate reads any square matrix as stored; the dilation [[0, A], [Aᵀ, 0]] is symmetric.
    matrix = loadMatrixFile(file, { symmetryTol: args['symmetry-tol'] as number, requireSymmetric: !dilate }).matrix;
  } catch (e) {
    if (e instanceof InvalidMatrixError && e.details.asymmetry !== undefined) {
      throw new InvalidMatrixError(`${e.message}. The quantum solvers need a symmetric matrix: pass --dilate to solve the Hermitian dilation [[0, A], [Aᵀ, 0]]`, { ...e.details });
    }
    throw e;
  }
  if (args.solver === 'hhl' && args['block-encoding'] !== undefined && args['hamiltonian-simulation'] === 'dense') {
    throw new InvalidArgumentError(`--block-encoding does not apply to --hamiltonian-simulation dense (exact e^{iAt}); drop --block-encoding ${String(args['block-encoding'])} or use --hamiltonian-simulation qubitization`);
  }
  const hamiltonianSimulation = args['hamiltonian-simulation'] !== undefined
    ? args['hamiltonian-simulation'] as 'qubitization' | 'dense'
    : (args.solver === 'hhl' && args['block-encoding'] !== undefined ? 'qubitization' as const : undefined);
  const rhsArg = String(args.rhs ?? 'ones');
  const rhs = rhsArg === 'ones' || rhsArg === 'random'
    ? makeRhs(rhsArg, matrix.n, args.seed as number)
    : parseVectorText(readTextFile(rhsArg), rhsArg);
  const options: LinearSolverOptions = {
    solver: String(args.solver), epsilon: args.epsilon as number, blockEncoding: args['block-encoding'] as string | undefined,
    dilate, qubitBudget: args.qubits as number | undefined, maxDegree: args['max-degree'] as number | undefined,
    clockBits: args['clock-bits'] as number | undefined, symmetryTol: args['symmetry-tol'] as number, hamiltonianSimulation,
  };
  return { input: { matrix, rhs }, options, file };
}

/** JSON-ready report of a synthesized solver with its call-graph counts. */
export function solverReportJson(sc: SolverCircuit, counts: LogicalGateCounts, depth: { value: number; exact: boolean }, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    ...sc.report,
    counts: {
      qubits: counts.logicalQubitCount, totalGates: counts.totalGateCount, cnot: counts.cnotCount, clifford: counts.cliffordCount,
      t: counts.tCount, toffoli: counts.toffoliCount, rotations: counts.rotationCount, other: counts.otherCount, byName: counts.byName,
    },
    depth: depth.value, depthIsExact: depth.exact,
    postselect: { qubits: sc.postselectQubits, values: sc.postselectValues },
    ...extra,
  };
}

/**
 * What a third party needs to re-validate a compile run from its JSON report: the right-hand side
 * b as used (before normalisation; length N of the input), the data qubits (after post-selection
 * they hold A⁻¹b/‖A⁻¹b‖, qubit 0 = least significant bit of the row index), the ancilla qubits,
 * and the `qnewton validate` command that re-synthesizes and simulates the same circuit.
 */
function reproduction(args: Record<string, unknown>, input: LinearSystemInput, sc: SolverCircuit): Record<string, unknown> {
  const data = new Set(sc.dataQubits);
  const ancilla = Array.from({ length: sc.circuit.numQubits }, (_, i) => i).filter((q) => !data.has(q));
  const flags: string[] = [`--solver ${String(args.solver)}`, `--epsilon ${String(args.epsilon)}`, `--rhs ${String(args.rhs ?? 'ones')}`];
  if (args.rhs === 'random') flags.push(`--seed ${String(args.seed)}`);
  if (args['block-encoding'] !== undefined) flags.push(`--block-encoding ${String(args['block-encoding'])}`);
  if (args.dilate) flags.push('--dilate');
  for (const k of ['max-degree', 'clock-bits', 'hamiltonian-simulation', 'symmetry-tol', 'qubits']) if (args[k] !== undefined) flags.push(`--${k} ${String(args[k])}`);
  return {
    rhs: Array.from(input.rhs),
    qubits: { total: sc.circuit.numQubits, data: sc.dataQubits, ancilla },
    revalidate: {
      command: `qnewton validate ${String(args.file)} ${flags.join(' ')}`,
      how: 'apply the circuit to |0…0⟩, keep the runs where the postselect qubits have the postselect values, and compare the data qubits with A⁻¹b/‖A⁻¹b‖ (b = rhs above, padded with zeros to 2^|data|; dilated systems solve [[0, A], [Aᵀ, 0]])',
    },
  };
}

/**
 * `qnewton compile FILE`: synthesize a QSVT or HHL circuit for A x = b, count its gates from the
 * op call graph, write OpenQASM 2 and 3 (each when its statement count is within --max-flat-gates)
 * and a JSON report with everything needed to re-validate the run.
 */
export const compileCommand: QnCommand = {
  command: 'compile <file>',
  describe: 'synthesize a quantum linear-solver circuit (QSVT or HHL) for a matrix file; write OpenQASM 2/3 and a JSON report',
  builder: (y: Argv) =>
    forceOption(solverOptions(y))
      .option('out-dir', { type: 'string', default: 'qasm-out', describe: 'output folder' })
      .option('max-flat-gates', { type: 'number', default: DEFAULT_MAX_FLAT_GATES, describe: 'write each OpenQASM file only if it would have at most this many statements (counted from the call graph before writing)' }),
  run: (args: Record<string, unknown>, io: CliIo): number => {
    const outDir = String(args['out-dir']);
    return withOutputs({ dirs: [outDir] }, outputOptionsOf(args), (outputs) => {
      const { input, options, file } = loadSolverProblem(args);
      const sc = synthesizeLinearSolver(input, options);
      const counts = estimateLogical(sc.circuit);
      const stem = `${path.basename(file).replace(/\.[^.]+$/, '')}.${sc.report.solver}`;
      const maxFlat = args['max-flat-gates'] as number;
      const budget = { maxExpandedGates: Math.max(maxFlat, 1) };
      const written: string[] = [];
      let depth = { value: counts.depthUpperBound, exact: false };
      if (counts.totalGateCount <= maxFlat) {
        const basis = resolveBasis();
        depth = { value: estimateLogical(flatten(sc.circuit, (op) => basis.has(op.name), budget)).depthUpperBound, exact: true };
      }
      // The cap applies to what each file would hold (its statements), not to the decomposed gate count.
      const statements = { qasm2: qasm2StatementCount(sc.circuit), qasm3: qasm3StatementCount(sc.circuit) };
      const notes: string[] = [];
      for (const [version, n, emit] of [[2, statements.qasm2, emitQasm2], [3, statements.qasm3, emitQasm3]] as const) {
        if (n > maxFlat) { notes.push(`the OpenQASM ${version} file would have ${n} statements > --max-flat-gates ${maxFlat}; not written`); continue; }
        const q = path.join(outDir, `${stem}.v${version}.qasm`);
        outputs.add(q, emit(sc.circuit, budget));
        written.push(q);
      }
      const note = notes.length ? notes.join('; ') : undefined;
      const reportPath = path.join(outDir, `${stem}.json`);
      const report = solverReportJson(sc, counts, depth, {
        file, qasmFiles: written, statements: { ...statements, maxStatements: maxFlat },
        ...reproduction(args, input, sc), ...(note ? { note } : {}),
      });
      outputs.add(reportPath, JSON.stringify(report, null, 2) + '\n');
      // QASM and report are one set: all of them are written, or none (an emit error leaves no file behind).
      outputs.commit();
      const r = sc.report;
      io.out(`${file}: ${r.solver.toUpperCase()} for N = ${r.originalDim}${r.dilated ? ' (dilated)' : ''} → ${r.paddedDim}, block encoding ${r.blockEncoding}`);
      io.out(`  α = ${formatNumber(r.alpha, 5)}, κ = ${formatNumber(r.kappa, 5)}, κ_eff = ${formatNumber(r.kappaEff, 5)}, ε = ${r.epsilon} (algorithm ${formatNumber(r.epsilonAlgorithm, 3)}, block encoding ${formatNumber(r.epsilonBlockEncoding, 3)})`);
      io.out(r.solver === 'qsvt' ? `  degree ${r.degree}, ${r.blockEncodingQueries} block-encoding queries` : (r.details.hamiltonianSimulation === 'qubitization' ? `  ${r.clockBits} clock bits, ${r.blockEncodingQueries} block-encoding queries (walk QPE)` : `  ${r.clockBits} clock bits, ${r.blockEncodingQueries} controlled e^{iAt·2^j}`));
      io.out(`  qubits ${counts.logicalQubitCount}, gates ${counts.totalGateCount} (CNOT ${counts.cnotCount}, T ${counts.tCount}, rotations ${counts.rotationCount}), depth ${depth.exact ? '' : '≤ '}${depth.value}`);
      io.out(`  success probability ${formatScientific(r.successProbability, 4)} (${r.successProbabilityKind})`);
      if (note) io.out(`  note: ${note}`);
      for (const f of [...written, reportPath]) io.out(`  wrote ${f}`);
      return 0;
    });
  },
};
