import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { CliIo } from '../io';
import { SimulationTooLargeError } from '../../errors';
import { postselect, statevector } from '../../sim';
import { classicalSolution, embedSolution, stateFidelity, synthesizeLinearSolver } from '../../synth';
import { loadSolverProblem, solverOptions } from './compile';

/** Default largest circuit width `validate` simulates (2^24 amplitudes = 256 MiB). */
export const DEFAULT_VALIDATE_MAX_QUBITS = 24;

/**
 * `qnewton validate FILE`: synthesize the solver circuit, simulate it (state vector), post-select
 * the ancillas, and compare the data register with the classical LU solution of A x = b.
 */
export const validateCommand: QnCommand = {
  command: 'validate <file>',
  describe: 'simulate the synthesized linear-solver circuit and compare it with the classical solution (fidelity, success probability)',
  builder: (y: Argv) =>
    solverOptions(y)
      .option('max-qubits', { type: 'number', default: DEFAULT_VALIDATE_MAX_QUBITS, describe: 'refuse to simulate wider circuits (SimulationTooLargeError)' })
      .option('min-fidelity', { type: 'number', describe: 'exit with code 1 when the fidelity is below this' })
      .option('json', { type: 'boolean', default: false, describe: 'print the result as JSON' }),
  run: (args: Record<string, unknown>, io: CliIo): number => {
    const { input, options, file } = loadSolverProblem(args);
    const sc = synthesizeLinearSolver(input, options);
    const maxQubits = args['max-qubits'] as number;
    if (sc.report.numQubits > maxQubits) {
      throw new SimulationTooLargeError(
        `the ${sc.report.solver} circuit for ${file} has ${sc.report.numQubits} qubits (2^${sc.report.numQubits} amplitudes) > --max-qubits ${maxQubits}; ` +
        'validate a smaller system, or use `qnewton compile` for counts only', { qubits: sc.report.numQubits, maxQubits });
    }
    const t0 = Date.now();
    const { state, probability } = postselect(statevector(sc.circuit), sc.postselectQubits, sc.postselectValues);
    const simulationMs = Date.now() - t0;
    const expected = embedSolution(sc.system, classicalSolution(input));
    const fidelity = stateFidelity(expected, state.re, state.im);
    const r = sc.report;
    const result = {
      file, solver: r.solver, blockEncoding: r.blockEncoding, originalDim: r.originalDim, paddedDim: r.paddedDim, qubits: r.numQubits,
      degree: r.degree, clockBits: r.clockBits, epsilon: r.epsilon, fidelity,
      successProbability: probability, predictedSuccessProbability: r.successProbability, simulationMs,
    };
    if (args.json) {
      io.out(JSON.stringify(result, null, 2));
    } else {
      io.out(`${file}: ${r.solver.toUpperCase()} on ${r.numQubits} qubits (N = ${r.originalDim}${r.dilated ? ', dilated' : ''}, ${r.solver === 'qsvt' ? `degree ${r.degree}` : `${r.clockBits} clock bits`})`);
      io.out(`  fidelity with the classical solution  ${fidelity.toFixed(6)}`);
      io.out(`  success probability (simulated)       ${probability.toExponential(4)}`);
      io.out(`  success probability (predicted, ${r.successProbabilityKind})  ${r.successProbability.toExponential(4)}`);
      io.out(`  simulation time                       ${simulationMs} ms`);
    }
    const minFidelity = args['min-fidelity'] as number | undefined;
    if (minFidelity !== undefined && fidelity < minFidelity) {
      io.err(`qnewton: fidelity ${fidelity.toFixed(6)} is below --min-fidelity ${minFidelity}`);
      return 1;
    }
    return 0;
  },
};
