/**
 * Symmetric QSP phase factors by Newton's method on the Chebyshev-node equations
 * (Dong, Lin, Ni, Wang, "Robust iterative method for symmetric quantum signal processing in all
 * parameter regimes", arXiv:2307.12468, §3-4; the optimisation view is Dong, Meng, Whaley, Lin,
 * PRA 103, 042419 (2021)). No root finding of monomial polynomials is involved.
 *
 * Unknowns: the d̃ = ⌈(d+1)/2⌉ reduced phases ψ (see symmetric.ts). Equations: g(x_k; ψ) = P(x_k)
 * at the d̃ positive Chebyshev nodes x_k = cos(π(2k+1)/(4d̃)), where g = Re⟨0|U_Φ|0⟩. Since g and P
 * are polynomials of degree ≤ d with the same parity, these equations are equivalent to equality of
 * all parity Chebyshev coefficients (interpolation at these nodes is exact), i.e. to F(ψ) = c of
 * the paper. Each Newton step solves J δ = g − P, where J (d̃×d̃) is computed exactly in O(d²)
 * (O(d) per node). The linear system is solved in coefficient space, C·J δ = C·(g − P) with C the
 * discrete Chebyshev transform (values → coefficients), by GMRES: near ψ = 0, C·J is close to 2·I
 * (ibid., Lemma on the Jacobian at the origin) so GMRES needs few iterations; a dense LU solve is
 * the fallback. Cost per iteration O(d²) + O(k·d²) for k GMRES steps. A backtracking line search
 * guards the step.
 */
import { formatScientific } from '../../format';
import { InvalidArgumentError, NotConvergedError } from '../../errors';
import { evaluateChebyshev, parityOf } from '../poly/chebyshev';
import { gmres, solveDense } from './linear';
import { fullPhasesFromReduced, positiveChebyshevNodes, reducedPhaseCount, symmetricQspValues } from './symmetric';

/** Options of {@link computePhases}. */
export interface ComputePhasesOptions {
  /** Stop when max_k |g(x_k) − P(x_k)| ≤ tol on the Chebyshev nodes. Default 1e-12. */
  readonly tol?: number;
  /** Newton iteration cap. Default 50. */
  readonly maxIter?: number;
  /** Largest allowed max|P| (checked on a grid). Default 1 − 1e-12. */
  readonly maxAbs?: number;
  /** Throw NotConvergedError when tol is not reached (default true); otherwise return the best phases. */
  readonly throwOnFailure?: boolean;
}

/** Result of {@link computePhases}. */
export interface PhaseResult {
  /** Symmetric phases φ_0..φ_d (radians) in the Wx convention. */
  readonly phases: Float64Array;
  /** Newton iterations performed. */
  readonly iterations: number;
  /** max_k |Re⟨0|U_Φ(x_k)|0⟩ − P(x_k)| over the d̃ positive Chebyshev nodes (the equations solved). */
  readonly residual: number;
  /** Total GMRES inner iterations over all Newton steps. */
  readonly linearIterations: number;
  /** Polynomial degree d. */
  readonly degree: number;
  readonly parity: 'odd' | 'even';
}

/** C·v: values at the positive nodes → parity Chebyshev coefficients, C = (2/d̃)·Tᵀ (row 0 halved if even). */
function toCoefficients(tMat: Float64Array, n: number, even: boolean, v: Float64Array, out: Float64Array): void {
  out.fill(0);
  for (let k = 0; k < n; k++) {
    const vk = v[k];
    if (vk === 0) continue;
    const row = k * n;
    for (let l = 0; l < n; l++) out[l] += tMat[row + l] * vk;
  }
  const f = 2 / n;
  for (let l = 0; l < n; l++) out[l] *= f;
  if (even) out[0] *= 0.5;
}

function matVec(a: Float64Array, n: number, v: Float64Array, out: Float64Array): void {
  for (let i = 0; i < n; i++) {
    let s = 0;
    const row = i * n;
    for (let j = 0; j < n; j++) s += a[row + j] * v[j];
    out[i] = s;
  }
}

function maxAbsDiff(a: Float64Array, b: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/**
 * Compute symmetric Wx-convention QSP phases Φ = (φ_0..φ_d), φ_j = φ_{d−j}, with
 * Re⟨0|U_Φ(x)|0⟩ = P(x) on [-1, 1], for a real polynomial P of definite parity with |P| < 1,
 * given by its Chebyshev coefficients (trailing zeros are dropped to find the degree).
 * Works to degree several thousand (see the file comment for the method and its cost).
 */
export function computePhases(coeffs: Float64Array, options: ComputePhasesOptions = {}): PhaseResult {
  const tol = options.tol ?? 1e-12;
  const maxIter = options.maxIter ?? 50;
  const maxAbs = options.maxAbs ?? 1 - 1e-12;
  const throwOnFailure = options.throwOnFailure ?? true;
  let degree = coeffs.length - 1;
  let scaleMax = 0;
  for (let k = 0; k < coeffs.length; k++) {
    if (!Number.isFinite(coeffs[k])) throw new InvalidArgumentError(`polynomial coefficient ${k} is not finite`);
    scaleMax = Math.max(scaleMax, Math.abs(coeffs[k]));
  }
  while (degree > 0 && Math.abs(coeffs[degree]) <= 1e-15 * scaleMax) degree--;
  if (degree < 0) throw new InvalidArgumentError('computePhases: empty coefficient vector');
  const parityFound = parityOf(coeffs.subarray(0, degree + 1), 1e-12);
  if (parityFound === 'none') {
    throw new InvalidArgumentError('computePhases: the polynomial must have definite parity (only odd or only even Chebyshev terms); split it into odd and even parts');
  }
  const parity: 'odd' | 'even' = degree % 2 === 1 ? 'odd' : 'even';
  // Bound check on a grid (|P| ≤ 1 is necessary for QSP).
  const gridPoints = Math.min(20001, 20 * (degree + 1) + 1);
  let peak = 0;
  for (let i = 0; i < gridPoints; i++) {
    const x = Math.cos((Math.PI * i) / (gridPoints - 1));
    peak = Math.max(peak, Math.abs(evaluateChebyshev(coeffs, x)));
  }
  if (peak > maxAbs) {
    throw new InvalidArgumentError(`computePhases: max |P| on [-1,1] is ${peak}, must be < ${maxAbs}; rescale the polynomial`, { peak });
  }

  if (degree === 0) {
    // U = e^{iφ₀Z}: Re⟨0|U|0⟩ = cos φ₀, solved in closed form.
    const phi0 = Math.acos(coeffs[0]);
    return { phases: new Float64Array([phi0]), iterations: 0, residual: Math.abs(Math.cos(phi0) - coeffs[0]), linearIterations: 0, degree, parity: 'even' };
  }
  const n = reducedPhaseCount(degree);
  const even = parity === 'even';
  const nodes = positiveChebyshevNodes(n);
  // T matrix: tMat[k·n + l] = T_{2l+p}(x_k), p = parity bit.
  const pBit = even ? 0 : 1;
  const tMat = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const theta = (Math.PI * (2 * k + 1)) / (4 * n);
    for (let l = 0; l < n; l++) tMat[k * n + l] = Math.cos((2 * l + pBit) * theta);
  }
  const target = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let s = 0;
    for (let l = 0; l < n; l++) s += tMat[k * n + l] * coeffs[2 * l + pBit];
    target[k] = s;
  }

  let reduced = new Float64Array(n);
  const values = new Float64Array(n);
  const jac = new Float64Array(n * n);
  const resid = new Float64Array(n);
  const rhs = new Float64Array(n);
  const tmp = new Float64Array(n);
  let iterations = 0, linearIterations = 0;
  symmetricQspValues(reduced, degree, nodes, values);
  let residual = maxAbsDiff(values, target);
  while (residual > tol && iterations < maxIter) {
    iterations++;
    symmetricQspValues(reduced, degree, nodes, values, jac);
    for (let k = 0; k < n; k++) resid[k] = values[k] - target[k];
    toCoefficients(tMat, n, even, resid, rhs);
    const apply = (v: Float64Array, out: Float64Array): void => {
      matVec(jac, n, v, tmp);
      toCoefficients(tMat, n, even, tmp, out);
    };
    let step: Float64Array;
    // Inexact Newton (Eisenstat-Walker style forcing term η = min(0.1, residual)): keeps the
    // quadratic convergence while early steps need only a few GMRES iterations.
    const forcing = Math.max(1e-13, Math.min(0.1, residual));
    const sol = gmres(apply, rhs, forcing, Math.min(400, n + 5), 80);
    linearIterations += sol.iterations;
    if (sol.converged || n > 3000) step = sol.x; // the line search guards an inexact step
    else step = solveDense(jac, resid, n); // value-space system, same solution
    // Backtracking line search on the max-norm residual.
    let t = 1;
    let accepted = false;
    const trial = new Float64Array(n);
    for (let ls = 0; ls < 30; ls++) {
      for (let j = 0; j < n; j++) trial[j] = reduced[j] - t * step[j];
      symmetricQspValues(trial, degree, nodes, values);
      const r = maxAbsDiff(values, target);
      if (r < residual || (r <= tol)) {
        reduced = Float64Array.from(trial);
        residual = r;
        accepted = true;
        break;
      }
      t *= 0.5;
    }
    if (!accepted) break;
  }
  if (residual > tol && throwOnFailure) {
    throw new NotConvergedError(
      `QSP phase Newton iteration reached residual ${formatScientific(residual, 4)} > tol ${tol} after ${iterations} iterations (degree ${degree}); ` +
        'rescale the polynomial to a smaller max |P| or raise maxIter/tol',
      { residual, iterations, degree },
    );
  }
  return { phases: fullPhasesFromReduced(reduced, degree), iterations, residual, linearIterations, degree, parity };
}
