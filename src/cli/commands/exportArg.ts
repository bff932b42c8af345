import * as path from 'path';
import { stringArg } from '../args';
import type { Argv } from 'yargs';
import { CliIo } from '../io';
import { OutputOptions, withOutputs } from '../output';
import { InvalidArgumentError } from '../../errors';
import { ExportFile } from '../../pipeline';

/** Add `--export DIR` (export-only: write the circuit for other simulators, docs/simulation-export.md). */
export function withExportOption(y: Argv): Argv {
  return y.option('export', {
    type: 'string',
    describe: 'write OpenQASM 2/3, a recipe JSON and a README into this folder for distributed simulators (Qiskit Aer MPI, cuQuantum Appliance) instead of simulating here; see docs/simulation-export.md',
  });
}

/** The export directory asked for, refusing options that only make sense for a local run. */
export function exportDirArg(args: Record<string, unknown>, localOnly: readonly string[]): string | undefined {
  const dir = stringArg(args, 'export');
  if (dir === undefined) return undefined;
  if (dir === '') throw new InvalidArgumentError('--export needs a folder name');
  for (const name of localOnly) {
    if (args[name] !== undefined && args[name] !== false) throw new InvalidArgumentError(`--export writes files for another simulator and does not simulate here; drop --${name} (or --export)`);
  }
  return dir;
}

/**
 * Write an export set (from `build`, run after the paths are checked) into `dir` as one output
 * set: all files or none (withOutputs). Prints the files written; returns exit code 0.
 */
export function writeExport(dir: string, options: OutputOptions, io: CliIo, build: () => readonly ExportFile[]): number {
  return withOutputs({ dirs: [dir] }, options, (outputs) => {
    const files = build();
    for (const f of files) outputs.add(path.join(dir, f.name), f.data);
    const written = outputs.commit();
    for (const f of written) io.out(`wrote ${f}`);
    return 0;
  });
}
