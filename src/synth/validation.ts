/**
 * Classical reference for validating a synthesized solver: the LU solution of the user's A x = b,
 * the fidelity of a (post-selected, simulated) state with it, and parsing of right-hand-side
 * vectors given as text. Pure functions; the simulation itself is done by the caller (src/sim).
 */
import { formatScientific } from '../format';
import { InvalidArgumentError, InvalidVectorError } from '../errors';
import { CsrMatrix, csrToDense } from '../math/csrMatrix';
import { DenseMatrix } from '../math/denseMatrix';
import { solveDense } from '../math/qsp/linear';
import { maxAbsOf } from '../math/norms';
import type { LinearSystemInput } from './problem';

/** Largest system solved classically by dense LU here. */
export const MAX_CLASSICAL_SOLVE_DIM = 4096;

/** x with A x = b by LU with partial pivoting (Golub & Van Loan §3.4); independent of the quantum synthesis. */
export function classicalSolution(input: LinearSystemInput): Float64Array {
  const m = input.matrix as DenseMatrix | CsrMatrix;
  const dense: DenseMatrix = 'data' in m ? m : csrToDense(m);
  if (dense.rows > MAX_CLASSICAL_SOLVE_DIM) {
    throw new InvalidArgumentError(`classical reference solve is limited to N ≤ ${MAX_CLASSICAL_SOLVE_DIM}, got N = ${dense.rows}`);
  }
  // Solve with b scaled to max|b| = 1 (LU on b ~ 1e308 would overflow), then scale back.
  const scale = maxAbsOf(input.rhs);
  if (!(scale > 0) || !Number.isFinite(scale)) return solveDense(dense.data, Float64Array.from(input.rhs), dense.rows);
  const x = solveDense(dense.data, Float64Array.from(input.rhs, (v) => v / scale), dense.rows);
  const out = x.map((v) => v * scale);
  if (!out.every(Number.isFinite)) {
    throw new InvalidVectorError(`the solution of A x = b overflows double precision (max|b| = ${formatScientific(scale, 4)}); scale b down`, { rhsScale: scale });
  }
  return out;
}

/**
 * |⟨x̂|ψ⟩|² for a real expected vector x (normalized here) and a state ψ = re + i·im (normalized
 * by the caller, e.g. after post-selection). Both must have the same length.
 */
export function stateFidelity(expected: ArrayLike<number>, re: ArrayLike<number>, im: ArrayLike<number>): number {
  if (expected.length !== re.length || re.length !== im.length) {
    throw new InvalidVectorError(`fidelity: lengths differ (${expected.length}, ${re.length}, ${im.length})`);
  }
  // Scaled by max|x| so that |x_i| ~ 1e-170 or 1e160 neither underflows nor overflows.
  const scale = maxAbsOf(expected);
  if (!Number.isFinite(scale)) throw new InvalidVectorError('fidelity: expected vector has non-finite entries');
  if (!(scale > 0)) throw new InvalidVectorError('fidelity: expected vector has zero norm');
  let nx = 0, sr = 0, si = 0;
  for (let i = 0; i < expected.length; i++) { const x = expected[i] / scale; nx += x * x; sr += x * re[i]; si += x * im[i]; }
  return (sr * sr + si * si) / nx;
}

/**
 * A real vector from text: a JSON array of numbers, a JSON object {"vector": [...]}, or numbers
 * separated by whitespace/commas. Throws InvalidVectorError naming `source` on anything else.
 */
export function parseVectorText(text: string, source = '<vector>'): Float64Array {
  const t = text.trim();
  let values: unknown[];
  if (t.startsWith('[') || t.startsWith('{')) {
    let parsed: unknown;
    try { parsed = JSON.parse(t); } catch (e) { throw new InvalidVectorError(`${source}: invalid JSON (${(e as Error).message})`); }
    const arr = Array.isArray(parsed) ? parsed : (parsed as { vector?: unknown }).vector;
    if (!Array.isArray(arr)) throw new InvalidVectorError(`${source}: expected a JSON array of numbers or {"vector": [...]}`);
    values = arr;
  } else {
    values = t.length === 0 ? [] : t.split(/[\s,]+/).map((s) => (s === '' ? NaN : Number(s)));
  }
  if (values.length === 0) throw new InvalidVectorError(`${source}: the vector is empty`);
  return Float64Array.from(values, (v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new InvalidVectorError(`${source}: entry ${i} (${String(v)}) is not a finite number`, { index: i });
    return v;
  });
}
