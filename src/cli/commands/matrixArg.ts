import { InvalidArgumentError } from '../../errors';
import { analyzeMatrix, loadMatrixFile } from '../../math';

/** The problem options that a --matrix file replaces. */
const MATRIX_REPLACES = ['n', 'params', 'sparsity', 'kappa', 'alpha'] as const;

/** The problem of estimate / breakeven: N (or P), d, κ, α. */
export interface MatrixProblem {
  readonly n?: number;
  readonly params?: number;
  readonly sparsity?: number;
  readonly kappa?: number;
  readonly alpha?: number;
}

/** N, d, κ, α from --matrix FILE (the `analyze` analysis: exact κ, α = d·max|A_ij|/‖A‖₂), or from the options. */
export function problemOfMatrixArg(args: Record<string, unknown>): MatrixProblem {
  if (args.matrix === undefined) {
    return { n: args.n as number | undefined, params: args.params as number | undefined, sparsity: args.sparsity as number | undefined,
      kappa: args.kappa as number | undefined, alpha: args.alpha as number | undefined };
  }
  const clash = MATRIX_REPLACES.filter((k) => args[k] !== undefined);
  if (clash.length) throw new InvalidArgumentError(`--matrix gives N, d, κ and α; drop ${clash.map((k) => `--${k}`).join(', ')} or drop --matrix`);
  const a = analyzeMatrix(loadMatrixFile(String(args.matrix)).matrix);
  return { n: a.n, sparsity: a.d, kappa: a.kappa.exact.value, alpha: a.alpha };
}
