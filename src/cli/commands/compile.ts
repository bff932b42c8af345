import * as path from 'path';
import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { CliIo, readTextFile } from '../io';
import { forceOption, outputOptionsOf, withOutputs } from '../output';
import { InvalidMatrixError } from '../../errors';
import { DEFAULT_MAX_EXPANDED_GATES, flatten } from '../../ir';
import { loadMatrixFile } from '../../math/io';
import { estimateLogical, LogicalGateCounts, resolveBasis } from '../../cost';
import { emitQasm2, emitQasm3 } from '../../emit';
import {
  BLOCK_ENCODING_NAMES, LinearSolverOptions, LinearSystemInput, SOLVER_NAMES, SolverCircuit, makeRhs, parseVectorText, synthesizeLinearSolver,
} from '../../synth';

/** Default cap on flattened gates for writing OpenQASM (larger circuits get the JSON report only). */
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
  const rhsArg = String(args.rhs ?? 'ones');
  const rhs = rhsArg === 'ones' || rhsArg === 'random'
    ? makeRhs(rhsArg, matrix.n, args.seed as number)
    : parseVectorText(readTextFile(rhsArg), rhsArg);
  const options: LinearSolverOptions = {
    solver: String(args.solver), epsilon: args.epsilon as number, blockEncoding: args['block-encoding'] as string | undefined,
    dilate, qubitBudget: args.qubits as number | undefined, maxDegree: args['max-degree'] as number | undefined,
    clockBits: args['clock-bits'] as number | undefined, symmetryTol: args['symmetry-tol'] as number,
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
 * `qnewton compile FILE`: synthesize a QSVT or HHL circuit for A x = b, count its gates from the
 * op call graph, write OpenQASM 2 and 3 (when flattening is feasible) and a JSON report.
 */
export const compileCommand: QnCommand = {
  command: 'compile <file>',
  describe: 'synthesize a quantum linear-solver circuit (QSVT or HHL) for a matrix file; write OpenQASM 2/3 and a JSON report',
  builder: (y: Argv) =>
    forceOption(solverOptions(y))
      .option('out-dir', { type: 'string', default: 'qasm-out', describe: 'output folder' })
      .option('max-flat-gates', { type: 'number', default: DEFAULT_MAX_FLAT_GATES, describe: 'write OpenQASM only if the flattened circuit has at most this many gates' }),
  run: (args: Record<string, unknown>, io: CliIo): number => {
    const outDir = String(args['out-dir']);
    return withOutputs({ dirs: [outDir] }, outputOptionsOf(args), (outputs) => {
      const { input, options, file } = loadSolverProblem(args);
      const sc = synthesizeLinearSolver(input, options);
      const counts = estimateLogical(sc.circuit);
      const stem = `${path.basename(file).replace(/\.[^.]+$/, '')}.${sc.report.solver}`;
      const maxFlat = args['max-flat-gates'] as number;
      const written: string[] = [];
      let depth = { value: counts.depthUpperBound, exact: false };
      let note: string | undefined;
      if (counts.totalGateCount <= maxFlat) {
        const basis = resolveBasis();
        const budget = { maxExpandedGates: Math.max(maxFlat, 1) };
        const flat = flatten(sc.circuit, (op) => basis.has(op.name), budget);
        depth = { value: estimateLogical(flat).depthUpperBound, exact: true };
        const q2 = path.join(outDir, `${stem}.v2.qasm`), q3 = path.join(outDir, `${stem}.v3.qasm`);
        outputs.add(q2, emitQasm2(sc.circuit, budget));
        outputs.add(q3, emitQasm3(sc.circuit, budget));
        written.push(q2, q3);
      } else {
        note = `flattened circuit would have ${counts.totalGateCount} gates > --max-flat-gates ${maxFlat}; OpenQASM not written (counts come from the call graph)`;
      }
      const reportPath = path.join(outDir, `${stem}.json`);
      const report = solverReportJson(sc, counts, depth, { file, qasmFiles: written, ...(note ? { note } : {}) });
      outputs.add(reportPath, JSON.stringify(report, null, 2) + '\n');
      // QASM and report are one set: all of them are written, or none.
      outputs.commit();
      const r = sc.report;
      io.out(`${file}: ${r.solver.toUpperCase()} for N = ${r.originalDim}${r.dilated ? ' (dilated)' : ''} → ${r.paddedDim}, block encoding ${r.blockEncoding}`);
      io.out(`  α = ${r.alpha.toPrecision(5)}, κ = ${r.kappa.toPrecision(5)}, κ_eff = ${r.kappaEff.toPrecision(5)}, ε = ${r.epsilon} (algorithm ${r.epsilonAlgorithm.toPrecision(3)}, block encoding ${r.epsilonBlockEncoding.toPrecision(3)})`);
      io.out(r.solver === 'qsvt' ? `  degree ${r.degree}, ${r.blockEncodingQueries} block-encoding queries` : `  ${r.clockBits} clock bits, ${r.blockEncodingQueries} controlled e^{iAt·2^j}`);
      io.out(`  qubits ${counts.logicalQubitCount}, gates ${counts.totalGateCount} (CNOT ${counts.cnotCount}, T ${counts.tCount}, rotations ${counts.rotationCount}), depth ${depth.exact ? '' : '≤ '}${depth.value}`);
      io.out(`  success probability ${r.successProbability.toExponential(3)} (${r.successProbabilityKind})`);
      if (note) io.out(`  note: ${note}`);
      for (const f of [...written, reportPath]) io.out(`  wrote ${f}`);
      return 0;
    });
  },
};
