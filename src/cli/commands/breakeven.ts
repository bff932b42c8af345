import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { CliIo } from '../io';
import { forceOption, outputOptionsOf, withOutputs } from '../output';
import { getHardwareProfile } from '../../cost';
import { BreakevenInput, analyzeBreakeven, formatBreakeven, renderBreakevenHtml } from '../../schedule/breakeven';
import { problemInputWithMatrixOf, withMatrixOption, withProblemFlags, withProblemOptions } from './problemArgs';

function searchProfilesOf(value: unknown): BreakevenInput['searchProfiles'] {
  if (value === undefined) return undefined;
  const names = String(value).split(',').map((s) => s.trim()).filter((s) => s !== '');
  return names.map(getHardwareProfile);
}

/**
 * `qnewton breakeven`: per quantum solver × data loading (compiled QROM / QRAM query model) ×
 * with/without read-out, the gate-time factor at which quantum equals CG and Cholesky, the N at
 * which it would win on today's profiles, and the assumption it needs; a table, --json, --out
 * FILE (JSON), --html FILE (page with log-log charts).
 */
export const breakevenCommand: QnCommand = {
  command: 'breakeven',
  describe: 'when would the quantum solve beat CG and Cholesky: break-even gate time, crossover N, and the QRAM assumption it needs',
  builder: (y: Argv) =>
    withMatrixOption(withProblemOptions(forceOption(y)))
      .option('search-hardware', { type: 'string', describe: 'comma-separated built-in profiles for the crossover-N search (default: all; "" to skip)' })
      .option('json', { type: 'boolean', default: false, describe: 'print the report as JSON' })
      .option('out', { type: 'string', describe: 'also write the JSON report to this file' })
      .option('html', { type: 'string', describe: 'also write a self-contained HTML page with log-log charts to this file' }),
  run: (args: Record<string, unknown>, io: CliIo): number => {
    const out = args.out === undefined ? undefined : String(args.out);
    const html = args.html === undefined ? undefined : String(args.html);
    return withOutputs({ files: [out, html] }, outputOptionsOf(args), (outputs) => {
      const report = withProblemFlags(() => analyzeBreakeven({
        ...problemInputWithMatrixOf(args), searchProfiles: searchProfilesOf(args['search-hardware']), curves: html !== undefined,
      }));
      const json = JSON.stringify(report, null, 2);
      if (out !== undefined) outputs.add(out, json + '\n');
      if (html !== undefined) outputs.add(html, renderBreakevenHtml(report));
      if (out !== undefined || html !== undefined) outputs.commit();
      if (args.json) {
        io.out(json);
      } else {
        for (const line of formatBreakeven(report)) io.out(line);
        for (const f of [out, html]) if (f !== undefined) io.out(`wrote ${f}`);
      }
      return 0;
    });
  },
};
