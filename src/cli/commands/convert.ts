import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { CliIo } from '../io';
import { forceOption, outputOptionsOf, withOutputs } from '../output';
import { loadCircuitFile } from '../../parse';
import { emitQasm2, emitQasm3 } from '../../emit';
import { expansionArg, withExpansionOption } from './expansionArg';

/**
 * `qnewton convert FILE --to qasm2|qasm3 [--out FILE]`: read an OpenQASM 2 or 3 file (version
 * from its header) and write it in the other (or the same) version; stdout without --out.
 */
export const convertCommand: QnCommand = {
  command: 'convert <file>',
  describe: 'convert an OpenQASM file between versions 2 and 3 (input version from its OPENQASM header)',
  builder: (y: Argv) =>
    withExpansionOption(forceOption(y))
      .positional('file', { type: 'string', describe: 'OpenQASM 2 or 3 file' })
      .option('to', { choices: ['qasm2', 'qasm3'] as const, demandOption: true, describe: 'output format' })
      .option('out', { type: 'string', describe: 'output file (default: print to stdout)' }),
  run: (args: Record<string, unknown>, io: CliIo): number => {
    const out = typeof args.out === 'string' ? args.out : undefined;
    return withOutputs({ files: [out] }, outputOptionsOf(args), (outputs) => {
      const budget = expansionArg(args);
      const circuit = loadCircuitFile(String(args.file), budget);
      const text = args.to === 'qasm2' ? emitQasm2(circuit, budget) : emitQasm3(circuit, budget);
      if (out !== undefined) outputs.add(out, text);
      else io.out(text.endsWith('\n') ? text.slice(0, -1) : text);
      return 0;
    });
  },
};
