/**
 * Human-readable and JSON renderings of a {@link MatrixAnalysis}, shared by `qnewton analyze`
 * and `qnewton hessian`.
 */
import { formatFixed, formatNumber, formatTable } from '../format';
import { MatrixAnalysis } from './matrixAnalysis';

/** 6 significant digits (the analysis is exact enough to show them). */
function num(x: number): string {
  return formatNumber(x, 6);
}

/** Lines of a plain-text report: size, sparsity, norms, κ three ways side by side, α. */
export function formatMatrixAnalysis(a: MatrixAnalysis): string[] {
  const k = a.kappa;
  // A value too large for a double is shown by its log10.
  const row = (name: string, value: number, log10: number, ratio: string, method: string): string[] =>
    [name, Number.isFinite(value) ? num(value) : `1e${formatFixed(log10, 1)}`, ratio, method];
  const ratioText = (log10Ratio: number): string => (Math.abs(log10Ratio) < 6 ? `x${num(10 ** log10Ratio)}` : `x1e${formatFixed(log10Ratio, 1)}`);
  return [
    `N = ${a.n}   nnz = ${a.nnz}   d (max nnz/row) = ${a.d}`,
    `max|A_ij| = ${num(a.maxAbs)}   ||A||_F = ${num(a.frobeniusNorm)}   ||A||_2 = ${num(a.spectralNorm)}   max row |sum| = ${num(a.maxRowAbsSum)}`,
    `lambda_min = ${num(a.lambdaMin)}   lambda_max = ${num(a.lambdaMax)}   positive definite: ${a.isPositiveDefinite ? 'yes' : 'no'}`,
    'condition number kappa:',
    ...formatTable(['estimate', 'value', 'vs exact', 'method'], [
      row('exact', k.exact.value, k.exact.log10, 'x1', `${k.exact.method}${k.exact.converged ? '' : ' (NOT converged)'}`),
      row('norm-det bound', k.normDetBound.value, k.normDetBound.log10, ratioText(k.normDetBound.log10RatioToExact), k.normDetBound.method),
      row('power bound', k.powerBound.value, k.powerBound.log10, ratioText(k.powerBound.log10RatioToExact),
        `1 + lambda_max/(c*m), shift ${num(k.powerBound.shift)}${k.powerBound.shiftKnown ? '' : ' (estimated)'}`),
    ], ['l', 'r', 'r', 'l']),
    `block-encoding alpha = d*max|A_ij|/||A||_2 = ${num(a.alpha)}`,
    `entries per row for 50/90/99% of row mass (mean): ${num(a.sparsity.p50.mean)} / ${num(a.sparsity.p90.mean)} / ${num(a.sparsity.p99.mean)}` +
      `  (max ${a.sparsity.p50.max} / ${a.sparsity.p90.max} / ${a.sparsity.p99.max})`,
  ];
}

/** A JSON-safe copy of the analysis (Infinity becomes null; the log10 fields stay finite). */
export function matrixAnalysisToJson(a: MatrixAnalysis): unknown {
  return JSON.parse(JSON.stringify(a, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)));
}
