/**
 * A symmetric linear operator given only by its action x ↦ A·x, so that iterative eigen-solvers
 * (power iteration, Lanczos) run on CSR matrices, dense matrices and matrix-free Hessian-vector
 * products alike.
 */
import { CsrMatrix, csrMatVec } from './csrMatrix';
import { DenseMatrix, denseMatVec } from './denseMatrix';

/** x ↦ A·x for a symmetric n×n operator; `apply` writes into `out` (which never aliases x). */
export interface LinearOperator {
  readonly n: number;
  apply(x: Float64Array, out: Float64Array): void;
}

/** The operator of a CSR or square dense matrix. */
export function matrixOperator(a: CsrMatrix | DenseMatrix): LinearOperator {
  if ('data' in a) return { n: a.rows, apply: (x, out) => { denseMatVec(a, x, out); } };
  return { n: a.n, apply: (x, out) => { csrMatVec(a, x, out); } };
}

/** The operator A² (two applications of A), whose eigenvalues are the squared singular values of A. */
export function squaredOperator(a: LinearOperator): LinearOperator {
  const tmp = new Float64Array(a.n);
  return { n: a.n, apply: (x, out) => { a.apply(x, tmp); a.apply(tmp, out); } };
}

/** The operator A + s·I (e.g. the regularized Hessian H + c·max|H|·I of Q-Newton §3 as Hessian-vector products). */
export function shiftedOperator(a: LinearOperator, shift: number): LinearOperator {
  if (shift === 0) return a;
  return { n: a.n, apply: (x, out) => { a.apply(x, out); for (let i = 0; i < a.n; i++) out[i] += shift * x[i]; } };
}
