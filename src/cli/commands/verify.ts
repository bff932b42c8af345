import { formatFixed, formatScientific } from '../../format';
import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { CliIo } from '../io';
import { InvalidArgumentError } from '../../errors';
import { loadCircuitFile } from '../../parse';
import { expansionArg, withExpansionOption } from './expansionArg';
import { equalUpToGlobalPhase } from '../../passes';
import { MAX_UNITARY_QUBITS, unitaryOf } from '../../sim';

/**
 * `qnewton verify A B`: check that two small OpenQASM circuits (≤ 12 qubits, no measurements)
 * have the same unitary up to global phase. Exit code 0 when equivalent, 2 when not.
 */
export const verifyCommand: QnCommand = {
  command: 'verify <a> <b>',
  describe: 'check that two small circuits (≤ 12 qubits) are equivalent up to global phase',
  builder: (y: Argv) => withExpansionOption(y)
    .positional('a', { type: 'string', describe: 'first OpenQASM file' })
    .positional('b', { type: 'string', describe: 'second OpenQASM file' })
    .option('tol', { type: 'number', default: 1e-8, describe: 'largest allowed entry-wise deviation' }),
  run(args: Record<string, unknown>, io: CliIo): number {
    const tol = args.tol as number;
    if (!(tol > 0)) throw new InvalidArgumentError(`--tol must be positive, got ${String(tol)}`);
    const a = loadCircuitFile(String(args.a), expansionArg(args)), b = loadCircuitFile(String(args.b), expansionArg(args));
    if (a.numQubits !== b.numQubits) {
      io.out(`NOT equivalent: ${a.numQubits} vs ${b.numQubits} qubits`);
      return 2;
    }
    if (a.numQubits > MAX_UNITARY_QUBITS) throw new InvalidArgumentError(`verify compares full unitaries: at most ${MAX_UNITARY_QUBITS} qubits, got ${a.numQubits}`);
    const r = equalUpToGlobalPhase(unitaryOf(a, expansionArg(args)), unitaryOf(b, expansionArg(args)), tol);
    io.out(`${r.equivalent ? 'equivalent' : 'NOT equivalent'} up to global phase: max deviation ${formatScientific(r.maxErrorAbs, 4)} (tol ${tol}), phase ${formatFixed(r.phaseRad, 6)} rad`);
    return r.equivalent ? 0 : 2;
  },
};
