/**
 * Q-Newton regularisation H ↦ H + c·max|H_ij|·I (Li et al., arXiv 2405.00252, §3): shifts the
 * spectrum of a PSD Hessian away from zero so that κ ≤ 1 + λmax/(c·max|H_ij|).
 */
import { InvalidArgumentError } from '../errors';
import { CsrMatrix, csrAdd } from './csrMatrix';
import { DenseMatrix } from './denseMatrix';
import { maxAbs } from './norms';
import { assertFiniteValues, assertNonEmpty } from './validate';

/**
 * Default regularization strength c of H + c·max|H_ij|·I: the one default the library, `qnewton
 * train`, `qnewton run`, `qnewton hessian` and `qnewton analyze` share (issue 11 found 0.05, 0.5 and 5e-3 in different places).
 * The paper (Li et al., arXiv 2405.00252, §3) gives no number we could read; the authors' public
 * code (UNITES-Lab/q-newton, real-hessian/qmi/optim/hessian.py) adds 5e-3·max|H|·I before
 * pruning, with a learning rate and gradient clipping instead of this scheduler's damped full
 * Newton steps. We keep 0.05, the value the line-search measurements in newtonDirection.ts were
 * taken at; pass c explicitly to reproduce another setting.
 */
export const DEFAULT_REGULARIZATION_C = 0.05;

/** A regularised matrix and the shift that was added to its diagonal. */
export interface Regularized<M extends CsrMatrix | DenseMatrix> {
  /** H + shift·I. */
  readonly matrix: M;
  /** shift = c·maxAbs. */
  readonly shift: number;
  readonly c: number;
  /** max|H_ij| of the input. */
  readonly maxAbs: number;
}

/** Throws InvalidArgumentError unless c is a finite number ≥ 0 (the regularisation strength). */
export function assertRegularizationC(c: number): void {
  if (!(c >= 0) || !Number.isFinite(c)) {
    throw new InvalidArgumentError(`regularization strength c must be a finite number >= 0, got ${c}`, { c });
  }
}

/**
 * H + c·max|H_ij|·I for a square CSR or dense matrix (c ≥ 0, default {@link DEFAULT_REGULARIZATION_C}). Throws
 * InvalidArgumentError for a negative/non-finite c and InvalidMatrixError for empty,
 * non-square or non-finite input.
 */
export function regularize<M extends CsrMatrix | DenseMatrix>(h: M, c: number = DEFAULT_REGULARIZATION_C): Regularized<M> {
  assertRegularizationC(c);
  const m = maxAbs(h);
  const shift = c * m;
  if ('data' in h) {
    const d = h as DenseMatrix;
    if (d.rows !== d.cols) throw new InvalidArgumentError(`regularize needs a square matrix, got ${d.rows}x${d.cols}`);
    assertNonEmpty(d.rows);
    assertFiniteValues(d.data);
    const data = Float64Array.from(d.data);
    for (let i = 0; i < d.rows; i++) data[i * d.rows + i] += shift;
    return { matrix: { rows: d.rows, cols: d.cols, data } as M, shift, c, maxAbs: m };
  }
  const s = h as CsrMatrix;
  assertNonEmpty(s.n);
  assertFiniteValues(s.values);
  const rowPtr = new Int32Array(s.n + 1);
  const colIdx = Int32Array.from({ length: s.n }, (_, i) => i);
  for (let i = 0; i < s.n; i++) rowPtr[i + 1] = i + 1;
  const eye: CsrMatrix = { n: s.n, rowPtr, colIdx, values: new Float64Array(s.n).fill(1) };
  return { matrix: (shift === 0 ? s : csrAdd(s, eye, shift)) as M, shift, c, maxAbs: m };
}
