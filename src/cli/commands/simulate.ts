import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { CliIo } from '../io';
import { forceOption, outputOptionsOf, withOutputs } from '../output';
import { InvalidArgumentError } from '../../errors';
import { loadCircuitFile } from '../../parse';
import { expansionArg, withExpansionOption } from './expansionArg';
import { readMemoryLimits } from '../../math/memoryLimit';
import { countsToJson, formatBytes, runCircuit, sampleCounts, stateToJson, topBasisStates } from '../../sim';

function positiveInt(args: Record<string, unknown>, name: string): number | undefined {
  const v = args[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new InvalidArgumentError(`--${name} must be a positive integer, got ${String(v)}`);
  return v;
}

function fmt(x: number): string {
  const t = Math.abs(x).toFixed(6);
  return (x < 0 && t !== '0.000000' ? '-' : '+') + t;
}

/**
 * `qnewton simulate FILE`: state-vector simulation of an OpenQASM 2/3 file. Prints the most
 * probable basis states (qubit 0 rightmost) of the state before the final measurements, or with
 * --shots the measurement counts; --out writes amplitudes or counts as JSON (atomically).
 */
export const simulateCommand: QnCommand = {
  command: 'simulate <file>',
  describe: 'simulate an OpenQASM 2/3 circuit (state vector): most probable basis states, or counts with --shots',
  builder: (y: Argv) => withExpansionOption(forceOption(y))
    .positional('file', { type: 'string', describe: 'OpenQASM 2 or 3 file' })
    .option('shots', { type: 'number', describe: 'sample this many measurement outcomes (counts of the clbits; of all qubits if there are none)' })
    .option('seed', { type: 'number', default: 1, describe: 'seed for measurement outcomes' })
    .option('top', { type: 'number', default: 10, describe: 'how many basis states / outcomes to print' })
    .option('out', { type: 'string', describe: 'write amplitudes (or counts with --shots) as JSON to this file' })
    .option('memory-gib', { type: 'number', describe: 'memory budget for the state vector in GiB (default: 75% of the real limit — RAM, cgroup memory limit, ulimit -v — at most 20)' }),
  run(args: Record<string, unknown>, io: CliIo): number {
    const file = String(args.file);
    const shots = positiveInt(args, 'shots');
    const top = positiveInt(args, 'top') ?? 10;
    const seed = args.seed as number;
    if (!Number.isInteger(seed)) throw new InvalidArgumentError(`--seed must be an integer, got ${String(seed)}`);
    const memGiB = args['memory-gib'] as number | undefined;
    if (memGiB !== undefined && !(memGiB > 0)) throw new InvalidArgumentError(`--memory-gib must be positive, got ${memGiB}`);
    const memoryBudgetBytes = memGiB === undefined ? undefined : memGiB * 1024 ** 3;
    const limits = readMemoryLimits();
    if (memoryBudgetBytes !== undefined && memoryBudgetBytes > limits.limitBytes) {
      throw new InvalidArgumentError(`--memory-gib ${memGiB} is more than this process may use (${limits.binding} ${formatBytes(limits.limitBytes)}); give at most ${Math.floor(limits.limitBytes / 1024 ** 3 * 100) / 100}`);
    }
    const out = args.out as string | undefined;
    return withOutputs({ files: [out] }, outputOptionsOf(args), (outputs) => {
      const budget = expansionArg(args);
      const circuit = loadCircuitFile(file, budget);
      io.out(`${file}: ${circuit.numQubits} qubit(s), ${circuit.numClbits} clbit(s), ${circuit.instructions.length} instruction(s)`);
      if (shots !== undefined) {
        const r = sampleCounts(circuit, { shots, seed, memoryBudgetBytes, ...budget });
        if (out) outputs.add(out, JSON.stringify(countsToJson(r), null, 2) + '\n');
        io.out(`counts over ${shots} shot(s) of the ${r.keys} (bit 0 rightmost; ${r.mode}); top ${Math.min(top, r.counts.size)} of ${r.counts.size}:`);
        let k = 0;
        for (const [key, n] of r.counts) {
          if (k++ >= top) break;
          io.out(`  ${key || '(none)'}  ${String(n).padStart(String(shots).length)}  ${(n / shots).toFixed(6)}`);
        }
      } else {
        const r = runCircuit(circuit, { seed, memoryBudgetBytes, skipFinalMeasurements: true, ...budget });
        if (out) outputs.add(out, JSON.stringify(stateToJson(r.state), null, 2) + '\n');
        const best = topBasisStates(r.state, top);
        const note = r.sampled ? `; mid-circuit measurement outcomes drawn with seed ${seed}` : '';
        const which = r.skippedMeasurements > 0 ? 'state before the final measurements' : 'final state';
        io.out(`most probable basis states (qubit 0 rightmost; ${which}${note}):`);
        for (const b of best) io.out(`  |${b.bits}⟩  p=${b.probability.toFixed(6)}  amplitude ${fmt(b.re)}${fmt(b.im)}i`);
      }
      if (out) {
        outputs.commit();
        io.out(`wrote ${out}`);
      }
      return 0;
    });
  },
};
