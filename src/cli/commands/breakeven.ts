import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { CliIo } from '../io';
import { forceOption, outputOptionsOf, withOutputs } from '../output';
import { InvalidArgumentError } from '../../errors';
import { getHardwareProfile } from '../../cost';
import { analyzeMatrix, loadMatrixFile } from '../../math';
import type { ProblemInput } from '../../schedule/estimate';
import { BreakevenInput, analyzeBreakeven, formatBreakeven, renderBreakevenHtml } from '../../schedule/breakeven';
import { PROBLEM_FLAGS, problemInputOf, withProblemFlags, withProblemOptions } from './problemArgs';

/** The problem options that a --matrix file replaces. */
const MATRIX_REPLACES = ['n', 'params', 'sparsity', 'kappa', 'alpha'] as const;

/** The problem options, with N, d, κ, α from --matrix FILE (the `analyze` analysis: exact κ, α = d·max|A_ij|/‖A‖₂) when given. */
function problemOf(args: Readonly<Record<string, unknown>>): ProblemInput {
  const given = problemInputOf(args);
  if (args.matrix === undefined) return given;
  const clash = MATRIX_REPLACES.filter((k) => given[k] !== undefined).map((k) => `--${PROBLEM_FLAGS[k]}`);
  if (clash.length) throw new InvalidArgumentError(`--matrix gives N, d, κ and α; drop ${clash.join(', ')} or drop --matrix`);
  const a = analyzeMatrix(loadMatrixFile(String(args.matrix)).matrix);
  return { ...given, n: a.n, sparsity: a.d, kappa: a.kappa.exact.value, alpha: a.alpha };
}

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
    withProblemOptions(forceOption(y))
      .option('matrix', { type: 'string', describe: 'matrix file (.mtx, .json, .npy): N, d, κ, α as `qnewton analyze` finds them' })
      .option('search-hardware', { type: 'string', describe: 'comma-separated built-in profiles for the crossover-N search (default: all; "" to skip)' })
      .option('json', { type: 'boolean', default: false, describe: 'print the report as JSON' })
      .option('out', { type: 'string', describe: 'also write the JSON report to this file' })
      .option('html', { type: 'string', describe: 'also write a self-contained HTML page with log-log charts to this file' }),
  run: (args: Record<string, unknown>, io: CliIo): number => {
    const out = args.out === undefined ? undefined : String(args.out);
    const html = args.html === undefined ? undefined : String(args.html);
    return withOutputs({ files: [out, html] }, outputOptionsOf(args), (outputs) => {
      const report = withProblemFlags(() => analyzeBreakeven({
        ...problemOf(args), searchProfiles: searchProfilesOf(args['search-hardware']), curves: html !== undefined,
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
