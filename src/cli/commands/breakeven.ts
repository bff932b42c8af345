import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { CliIo } from '../io';
import { forceOption, outputOptionsOf, withOutputs } from '../output';
import { getHardwareProfile, hardwareProfileNames } from '../../cost';
import { loadHardwareArg } from './hardwareArg';
import { problemOfMatrixArg } from './matrixArg';
import { ESTIMATE_DEFAULTS } from '../../schedule/estimate';
import { BreakevenInput, analyzeBreakeven, formatBreakeven, renderBreakevenHtml } from '../../schedule/breakeven';

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
    forceOption(y)
      .option('params', { type: 'number', describe: 'network parameters P: N = P' })
      .option('n', { type: 'number', describe: 'matrix dimension N (instead of --params)' })
      .option('matrix', { type: 'string', describe: 'matrix file (.mtx, .json, .npy): N, d, κ, α as `qnewton analyze` finds them' })
      .option('sparsity', { type: 'number', describe: `row sparsity d after pruning (default ${ESTIMATE_DEFAULTS.sparsity})` })
      .option('kappa', { type: 'number', describe: `condition number κ (default ${ESTIMATE_DEFAULTS.kappa})` })
      .option('epsilon', { type: 'number', default: ESTIMATE_DEFAULTS.epsilon, describe: 'target error ε of the normalized solution, in (0, 1)' })
      .option('alpha', { type: 'number', describe: 'block-encoding normalisation α (default d)' })
      .option('hardware', { type: 'string', default: ESTIMATE_DEFAULTS.hardware, describe: `profile whose gate times are scaled: ${hardwareProfileNames().join(' | ')}, or a FILE.json` })
      .option('search-hardware', { type: 'string', describe: 'comma-separated built-in profiles for the crossover-N search (default: all; "" to skip)' })
      .option('budget', { type: 'number', default: ESTIMATE_DEFAULTS.errorBudget, describe: 'total error budget of the surface-code estimate, in (0, 1)' })
      .option('oracle-bits', { type: 'number', describe: 'entry-oracle precision in bits (default: derived from ε and κ_eff)' })
      .option('flop-rate', { type: 'number', describe: 'classical FLOP rate in flops/s (default: measured on this machine)' })
      .option('json', { type: 'boolean', default: false, describe: 'print the report as JSON' })
      .option('out', { type: 'string', describe: 'also write the JSON report to this file' })
      .option('html', { type: 'string', describe: 'also write a self-contained HTML page with log-log charts to this file' }),
  run: (args: Record<string, unknown>, io: CliIo): number => {
    const out = args.out === undefined ? undefined : String(args.out);
    const html = args.html === undefined ? undefined : String(args.html);
    return withOutputs({ files: [out, html] }, outputOptionsOf(args), (outputs) => {
      const report = analyzeBreakeven({
        ...problemOfMatrixArg(args), epsilon: args.epsilon as number, hardware: loadHardwareArg(String(args.hardware)),
        searchProfiles: searchProfilesOf(args['search-hardware']), errorBudget: args.budget as number,
        oracleBits: args['oracle-bits'] as number | undefined, flopRatePerSecond: args['flop-rate'] as number | undefined, curves: html !== undefined,
      });
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
