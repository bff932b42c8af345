import { formatFixed, formatScientific, formatTable } from '../../format';
import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { CliIo } from '../io';
import { forceOption, outputOptionsOf, withOutputs } from '../output';
import { InvalidArgumentError } from '../../errors';
import { loadCircuitFile } from '../../parse';
import {
  countsToJson, runWithBackend, sampleCounts, sampleSparseCounts, shotBackend, sparseStateToJson, stateToJson, topBasisStates, topSparseBasisStates,
} from '../../sim';
import { backendOptions, readBackendArgs } from './simulatorArgs';
import { expansionArg, withExpansionOption } from './expansionArg';
import { exportDirArg, withExportOption, writeExport } from './exportArg';
import { buildSimulationExport } from '../../pipeline';

function positiveInt(args: Record<string, unknown>, name: string): number | undefined {
  const v = args[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new InvalidArgumentError(`--${name} must be a positive integer, got ${String(v)}`);
  return v;
}

/** A signed amplitude component with 6 decimals ("+0.707107", "-0.500000"). */
function signedFixed(x: number): string {
  const t = formatFixed(x, 6);
  return t.startsWith('-') ? t : `+${t}`;
}

/**
 * `qnewton simulate FILE`: state-vector simulation of an OpenQASM 2/3 file. Prints the most
 * probable basis states (qubit 0 rightmost) of the state before the final measurements, or with
 * --shots the measurement counts; --out writes amplitudes or counts as JSON (atomically).
 * --export DIR writes the circuit for distributed simulators instead (docs/simulation-export.md).
 */
export const simulateCommand: QnCommand = {
  command: 'simulate <file>',
  describe: 'simulate an OpenQASM 2/3 circuit (state vector): most probable basis states, or counts with --shots',
  builder: (y: Argv) => withExportOption(withExpansionOption(forceOption(backendOptions(y))))
    .positional('file', { type: 'string', describe: 'OpenQASM 2 or 3 file' })
    .option('shots', { type: 'number', describe: 'sample this many measurement outcomes (counts of the clbits; of all qubits if there are none)' })
    .option('seed', { type: 'number', default: 1, describe: 'seed for measurement outcomes' })
    .option('top', { type: 'number', default: 10, describe: 'how many basis states / outcomes to print' })
    .option('out', { type: 'string', describe: 'write amplitudes (or counts with --shots) as JSON to this file' }),
  run(args: Record<string, unknown>, io: CliIo): number {
    const file = String(args.file);
    const shots = positiveInt(args, 'shots');
    const top = positiveInt(args, 'top') ?? 10;
    const seed = args.seed as number;
    if (!Number.isInteger(seed)) throw new InvalidArgumentError(`--seed must be an integer, got ${String(seed)}`);
    const backendArgs = readBackendArgs(args);
    const memoryBudgetBytes = backendArgs.memoryBudgetBytes;
    const out = args.out as string | undefined;
    const exportDir = exportDirArg(args, ['out', 'shots']);
    if (exportDir !== undefined) {
      return writeExport(exportDir, outputOptionsOf(args), io, () => {
        const budget = expansionArg(args);
        const circuit = loadCircuitFile(file, budget);
        io.out(`${file}: ${circuit.numQubits} qubit(s), ${circuit.numClbits} clbit(s), ${circuit.instructions.length} instruction(s); exported, not simulated`);
        return buildSimulationExport(circuit, { source: file, ...budget });
      });
    }
    return withOutputs({ files: [out] }, outputOptionsOf(args), (outputs) => {
      const budget = expansionArg(args);
      const circuit = loadCircuitFile(file, budget);
      io.out(`${file}: ${circuit.numQubits} qubit(s), ${circuit.numClbits} clbit(s), ${circuit.instructions.length} instruction(s)`);
      if (shots !== undefined) {
        const r = shotBackend(circuit, backendArgs) === 'sparse'
          ? sampleSparseCounts(circuit, { ...backendArgs, shots, seed, ...budget })
          : sampleCounts(circuit, { shots, seed, memoryBudgetBytes, ...budget });
        if (out) outputs.add(out, JSON.stringify(countsToJson(r), null, 2) + '\n');
        io.out(`counts over ${shots} shot(s) of the ${r.keys} (bit 0 rightmost; ${r.mode}); top ${Math.min(top, r.counts.size)} of ${r.counts.size}:`);
        const rows = [...r.counts].slice(0, top).map(([key, n]) => [key || '(none)', String(n), formatFixed(n / shots, 6)]);
        for (const line of formatTable(['outcome', 'count', 'frequency'], rows, ['l', 'r', 'r'])) io.out(line);
      } else {
        const r = runWithBackend(circuit, { ...backendArgs, seed, skipFinalMeasurements: true, ...budget });
        if (out) outputs.add(out, JSON.stringify(r.backend === 'dense' ? stateToJson(r.run.state) : sparseStateToJson(r.run.state), null, 2) + '\n');
        const best = r.backend === 'dense' ? topBasisStates(r.run.state, top) : topSparseBasisStates(r.run.state, top);
        const note = r.run.sampled ? `; mid-circuit measurement outcomes drawn with seed ${seed}` : '';
        const which = r.run.skippedMeasurements > 0 ? 'state before the final measurements' : 'final state';
        io.out(`${r.backend} backend${r.autoReason ? ` (${r.autoReason})` : ''}${r.backend === 'sparse' ? `: peak support ${r.run.stats.peakSupport}, pruned probability ${formatScientific(r.run.stats.prunedProbability, 3)}` : ''}`);
        io.out(`most probable basis states (qubit 0 rightmost; ${which}${note}):`);
        for (const b of best) io.out(`  |${b.bits}⟩  p=${formatFixed(b.probability, 6)}  amplitude ${signedFixed(b.re)}${signedFixed(b.im)}i`);
      }
      if (out) {
        outputs.commit();
        io.out(`wrote ${out}`);
      }
      return 0;
    });
  },
};
