import type { Argv } from 'yargs';
import { numberArg } from '../args';
import { QnCommand } from '../command';
import { CliIo } from '../io';
import { analyzeMatrix, formatMatrixAnalysis, loadMatrixFile, matrixAnalysisToJson } from '../../math';

/** `qnewton analyze FILE`: N, nnz, d, norms, κ three ways and α of a matrix file (.mtx, .json, .npy). */
export const analyzeCommand: QnCommand = {
  command: 'analyze <file>',
  describe: 'analyze a symmetric matrix file (.mtx, .json, .npy): size, sparsity, norms, condition number three ways, block-encoding alpha',
  builder: (y: Argv) =>
    y
      .positional('file', { type: 'string', describe: 'matrix file (.mtx, .json or .npy)' })
      .option('json', { type: 'boolean', default: false, describe: 'print the analysis as JSON' })
      .option('reg-c', { type: 'number', default: 5e-3, describe: 'regularization strength c, used to estimate the shift when the file does not record it' })
      .option('shift', { type: 'number', describe: 'regularization shift s added to the diagonal (overrides the file metadata)' })
      .option('symmetry-tol', { type: 'number', default: 1e-8, describe: 'accepted relative asymmetry |A_ij - A_ji| / max|A|' }),
  run: (args: Record<string, unknown>, io: CliIo): number => {
    const file = String(args.file);
    const loaded = loadMatrixFile(file, { symmetryTol: numberArg(args, 'symmetry-tol') });
    const metaShift = typeof loaded.meta.regularizationShift === 'number' ? loaded.meta.regularizationShift : undefined;
    const shift = numberArg(args, 'shift') ?? metaShift;
    const analysis = analyzeMatrix(loaded.matrix, { shift, c: numberArg(args, 'reg-c') });
    if (args.json) {
      io.out(JSON.stringify({ file, format: loaded.format, meta: loaded.meta, analysis: matrixAnalysisToJson(analysis) }, null, 2));
    } else {
      io.out(`${file} (${loaded.format})`);
      for (const line of formatMatrixAnalysis(analysis)) io.out(line);
    }
    return 0;
  },
};
