import { formatDuration, formatFixed, formatScientific, formatTable } from '../../format';
import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { CliIo } from '../io';
import { postselectedRun } from '../../sim';
import { classicalSolution, embedSolution, stateFidelity, synthesizeLinearSolver } from '../../synth';
import { loadSolverProblem, solverOptions } from './compile';
import { backendOptions, readBackendArgs } from './simulatorArgs';
import { exportDirArg, withExportOption, writeExport } from './exportArg';
import { forceOption, outputOptionsOf } from '../output';
import { buildSimulationExport } from '../../pipeline';

/** Default largest circuit width `validate` simulates (2^24 amplitudes = 256 MiB). */
export const DEFAULT_VALIDATE_MAX_QUBITS = 24;

/**
 * `qnewton validate FILE`: synthesize the solver circuit, simulate it (state vector), post-select
 * the ancillas, and compare the data register with the classical LU solution of A x = b.
 * --export DIR writes the circuit and this recipe for distributed simulators instead.
 */
export const validateCommand: QnCommand = {
  command: 'validate <file>',
  describe: 'simulate the synthesized linear-solver circuit and compare it with the classical solution (fidelity, success probability)',
  builder: (y: Argv) =>
    withExportOption(forceOption(backendOptions(solverOptions(y))))
      .option('max-qubits', { type: 'number', default: DEFAULT_VALIDATE_MAX_QUBITS, describe: 'widest circuit for the dense backend (auto switches to sparse beyond; --backend dense refuses)' })
      .option('min-fidelity', { type: 'number', describe: 'exit with code 1 when the fidelity is below this' })
      .option('json', { type: 'boolean', default: false, describe: 'print the result as JSON' }),
  run: (args: Record<string, unknown>, io: CliIo): number => {
    const exportDir = exportDirArg(args, ['min-fidelity']);
    if (exportDir !== undefined) {
      return writeExport(exportDir, outputOptionsOf(args), io, () => {
        const { input, options, file } = loadSolverProblem(args);
        const sc = synthesizeLinearSolver(input, options);
        io.out(`${file}: ${sc.report.solver.toUpperCase()} on ${sc.circuit.numQubits} qubits; exported with the post-selection and fidelity recipe, not simulated`);
        return buildSimulationExport(sc.circuit, { source: file, solver: { circuit: sc, input } });
      });
    }
    const { input, options, file } = loadSolverProblem(args);
    const sc = synthesizeLinearSolver(input, options);
    const backendOpts = { ...readBackendArgs(args), maxDenseQubits: args['max-qubits'] as number };
    const t0 = Date.now();
    const run = postselectedRun(sc.circuit, sc.postselectQubits, sc.postselectValues, backendOpts);
    const { state, probability } = run;
    const simulationMs = Date.now() - t0;
    const expected = embedSolution(sc.system, classicalSolution(input));
    const fidelity = stateFidelity(expected, state.re, state.im);
    const r = sc.report;
    const result = {
      file, solver: r.solver, blockEncoding: r.blockEncoding, originalDim: r.originalDim, paddedDim: r.paddedDim, qubits: r.numQubits,
      degree: r.degree, clockBits: r.clockBits, epsilon: r.epsilon, fidelity,
      successProbability: probability, predictedSuccessProbability: r.successProbability, simulationMs,
      backend: run.backend, ...(run.autoReason ? { backendReason: run.autoReason } : {}),
      ...(run.sparseStats ? { peakSupport: run.sparseStats.peakSupport, prunedProbability: run.sparseStats.prunedProbability, pruneErrorBound: run.sparseStats.pruneErrorBound } : {}),
    };
    if (args.json) {
      io.out(JSON.stringify(result, null, 2));
    } else {
      io.out(`${file}: ${r.solver.toUpperCase()} on ${r.numQubits} qubits (N = ${r.originalDim}${r.dilated ? ', dilated' : ''}, ${r.solver === 'qsvt' ? `degree ${r.degree}` : `${r.clockBits} clock bits`})`);
      const rows: string[][] = [
        ['fidelity with the classical solution', formatFixed(fidelity, 6)],
        ['success probability (simulated)', formatScientific(probability, 5)],
        [`success probability (predicted, ${r.successProbabilityKind})`, formatScientific(r.successProbability, 5)],
        ['simulation time', `${formatDuration(simulationMs / 1000)} (${run.backend} backend${run.autoReason ? `: ${run.autoReason}` : ''})`],
      ];
      if (run.sparseStats) {
        const st = run.sparseStats;
        rows.push(['peak support', `${st.peakSupport} non-zero amplitudes (budget ${st.maxSupport})`]);
        rows.push([`pruned (|a| ≤ ${st.pruneAmplitude})`, `probability ${formatScientific(st.prunedProbability, 3)}, state error ≤ ${formatScientific(st.pruneErrorBound, 3)}`]);
      }
      for (const line of formatTable(['quantity', 'value'], rows, ['l', 'l'])) io.out(line);
    }
    const minFidelity = args['min-fidelity'] as number | undefined;
    if (minFidelity !== undefined && fidelity < minFidelity) {
      io.err(`qnewton: fidelity ${formatFixed(fidelity, 6)} is below --min-fidelity ${minFidelity}`);
      return 1;
    }
    return 0;
  },
};
