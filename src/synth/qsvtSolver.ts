/**
 * QSVT matrix inversion (Gilyén, Su, Low, Wiebe, STOC 2019, Thm. 41 / Cor. 69; Martyn, Rossi,
 * Tan, Chuang, PRX Quantum 2, 040203 (2021), §V.B): block-encode A/α, approximate s/(κ_eff·x) on
 * [1/κ_eff, 1] by an odd polynomial P bounded by 1 (src/math/poly/inverse.ts), compute its QSP
 * phases (src/math/qsp), convert them to projector phases, and apply the QSVT sequence with the
 * real-part combination, so the post-selected block is exactly P(A/α) ≈ (s/κ_eff)·α·A⁻¹.
 *
 * Precision split of the total ε (normalized-state error): the block encoding is asked for
 * ‖A/α − block‖ ≤ ε/(2κ_eff), which perturbs the normalized solution by at most ≈ κ_eff·errorBound
 * (first-order perturbation of A⁻¹, Golub & Van Loan §2.6); the polynomial gets the rest,
 * ε_poly = ε − κ_eff·errorBound (all of ε for an exact block encoding). A relative polynomial error
 * ε_poly on the spectrum changes the normalized state by at most 2ε_poly/(1 − ε_poly).
 */
import { formatFixed, formatNumber, formatScientific } from '../format';
import { BudgetUnmetError, requireOpenUnitInterval } from '../errors';
import { CircuitBuilder } from '../ir';
import { csrToDense } from '../math/csrMatrix';
import { evaluateChebyshev, inversePolynomial, inversePolynomialDegree } from '../math/poly';
import { computePhases, reflectionToGslwPhases, wxToReflectionPhases } from '../math/qsp';
import type { BlockEncoding } from '../ops/blockEncoding/blockEncoding';
import { denseSymmetricEigen } from '../ops/hhl/denseEigen';
import { makeQsvtOp, qsvtLayout } from '../ops/qsvt/qsvt';
import { makeStatePrep, makeStatePrepShape } from '../ops/stateprep/statePrep';
import { makeBlockEncodingByName } from './blockEncodingChoice';
import type { PreparedSystem } from './problem';
import type { SolverCircuit } from './solverCircuit';

/** Options of {@link synthesizeQsvtSolver}. */
export interface QsvtSolverOptions {
  /** Total error budget ε ∈ (0, 1) on the normalized solution state. */
  readonly epsilon: number;
  /** Block-encoding name (see blockEncodingChoice.ts). */
  readonly blockEncoding: string;
  /** Largest allowed number of qubits (default unlimited). */
  readonly qubitBudget?: number;
  /** Largest allowed polynomial degree (default {@link DEFAULT_MAX_DEGREE}). */
  readonly maxDegree?: number;
  /** Bound on max|P| on [−1, 1] (default 0.9, headroom for the phase solver). */
  readonly peakBound?: number;
}

/** Default cap on the inversion polynomial degree (phase finding costs O(d²) per Newton step). */
export const DEFAULT_MAX_DEGREE = 10000;

/** Largest system for which the success probability is computed exactly (dense eigendecomposition). */
export const MAX_EXACT_SUCCESS_DIM = 256;

/** The inverse polynomial, its QSP phases and the QSVT op for block encoding `be` (κ_eff, ε_poly given). */
export function synthesizeQsvtInversionOp(be: BlockEncoding, kappaEff: number, epsilonPoly: number, peakBound = 0.9) {
  const poly = inversePolynomial(kappaEff, epsilonPoly, { peakBound });
  const t0 = Date.now();
  const phaseResult = computePhases(poly.coeffs);
  const phaseTimeMs = Date.now() - t0;
  const gslw = reflectionToGslwPhases(wxToReflectionPhases(phaseResult.phases));
  return { op: makeQsvtOp(be, gslw, true), poly, phaseResult, phaseTimeMs };
}

/** Synthesize the QSVT inversion circuit for a prepared system (see the file comment). */
export function synthesizeQsvtSolver(sys: PreparedSystem, options: QsvtSolverOptions): SolverCircuit {
  const epsilon = options.epsilon;
  requireOpenUnitInterval(epsilon, 'epsilon');
  const { sigmaMin, sigmaMax } = sys.spectrum;
  const kappa = sigmaMax / sigmaMin;
  let be = makeBlockEncodingByName(options.blockEncoding, sys.matrix, { errorBound: epsilon / (2 * kappa), normBound: sigmaMax });
  let kappaEff = be.alpha / sigmaMin;
  if (be.errorBound > 0 && kappaEff * be.errorBound > epsilon / 2) {
    be = makeBlockEncodingByName(options.blockEncoding, sys.matrix, { errorBound: epsilon / (2 * kappaEff), normBound: sigmaMax });
    kappaEff = be.alpha / sigmaMin;
  }
  const epsilonBlockEncoding = kappaEff * be.errorBound;
  const epsilonPoly = epsilon - epsilonBlockEncoding;
  if (!(epsilonPoly > 0)) {
    throw new BudgetUnmetError(`the ${be.method} block encoding's error ${formatScientific(be.errorBound, 4)} already uses the whole budget ε = ${epsilon} at κ_eff = ${formatFixed(kappaEff, 2)}; increase ε or use an exact block encoding`);
  }
  const lay = qsvtLayout(be, true);
  if (options.qubitBudget !== undefined && lay.numQubits > options.qubitBudget) {
    throw new BudgetUnmetError(`QSVT inversion needs ${lay.numQubits} qubits (${be.numDataQubits} data + ${be.numAncillas} block-encoding ancillas + 2 + ${lay.work.length} work) but the budget is ${options.qubitBudget}`, { needed: lay.numQubits, budget: options.qubitBudget });
  }
  const maxDegree = options.maxDegree ?? DEFAULT_MAX_DEGREE;
  const degreeNeeded = inversePolynomialDegree(kappaEff, epsilonPoly);
  if (degreeNeeded > maxDegree) {
    throw new BudgetUnmetError(
      `κ_eff = α/σ_min = ${formatNumber(kappaEff, 4)} at ε = ${formatNumber(epsilonPoly, 3)} needs an inversion polynomial of degree ${degreeNeeded} > the limit ${maxDegree}; ` +
      'regularize the matrix (smaller κ), loosen ε, or raise the degree limit', { degree: degreeNeeded, maxDegree, kappaEff });
  }
  const { op, poly, phaseResult, phaseTimeMs } = synthesizeQsvtInversionOp(be, kappaEff, epsilonPoly, options.peakBound);

  const b = new CircuitBuilder();
  const data = b.addQreg('data', be.numDataQubits);
  const anc = b.addQreg('be_anc', be.numAncillas);
  b.addQreg('flag', 1);
  b.addQreg('re', 1);
  if (lay.work.length > 0) b.addQreg('work', lay.work.length);
  const all = Array.from({ length: lay.numQubits }, (_, i) => i);
  const dataQubits = all.slice(data.offset, data.offset + data.size);
  const prep = be.numDataQubits <= 20 ? makeStatePrep(sys.rhs) : makeStatePrepShape(be.numDataQubits);
  b.apply(prep, dataQubits);
  b.apply(op, all);
  const circuit = b.build();
  const postselectQubits = all.slice(anc.offset);

  const success = successProbability(sys, be, (x) => evaluateChebyshev(poly.coeffs, x));
  const lowerBound = ((poly.scale / kappaEff) * (1 - epsilonPoly)) ** 2;
  return Object.freeze({
    circuit, solverOp: op, system: sys, dataQubits,
    postselectQubits, postselectValues: postselectQubits.map(() => 0),
    report: Object.freeze({
      solver: 'qsvt' as const, blockEncoding: be.method, originalDim: sys.originalDim, paddedDim: sys.dim, dilated: sys.dilated,
      numQubits: lay.numQubits, numDataQubits: be.numDataQubits, numAncillaQubits: lay.numQubits - be.numDataQubits,
      alpha: be.alpha, kappa, kappaEff, epsilon, epsilonAlgorithm: epsilonPoly, epsilonBlockEncoding,
      degree: poly.degree, clockBits: 0, blockEncodingQueries: poly.degree,
      successProbability: success ?? lowerBound,
      successProbabilityKind: success === undefined ? 'lower-bound' as const : be.errorBound === 0 ? 'exact' as const : 'ideal-encoding' as const,
      details: Object.freeze({
        polynomialScale: poly.scale, polynomialRelErrorBound: poly.relErrorBound,
        polynomialMeasuredMaxRelError: poly.measured.maxRelError, polynomialMeasuredPeak: poly.measured.peakAbs,
        phaseIterations: phaseResult.iterations, phaseResidual: phaseResult.residual, phaseTimeMs,
        blockEncodingErrorBound: be.errorBound, successProbabilityLowerBound: lowerBound,
      }),
    }),
  });
}

/**
 * ‖P(A/α) b̂‖² from the eigendecomposition of the prepared matrix (exact for an exact block
 * encoding), or undefined above MAX_EXACT_SUCCESS_DIM.
 */
function successProbability(sys: PreparedSystem, be: BlockEncoding, p: (x: number) => number): number | undefined {
  if (sys.dim > MAX_EXACT_SUCCESS_DIM) return undefined;
  const n = sys.dim;
  const eig = denseSymmetricEigen(csrToDense(sys.matrix).data, n);
  let bb = 0;
  for (const v of sys.rhs) bb += v * v;
  let s = 0;
  for (let k = 0; k < n; k++) {
    let proj = 0;
    for (let i = 0; i < n; i++) proj += eig.vectors[i * n + k] * sys.rhs[i];
    const x = Math.max(-1, Math.min(1, eig.values[k] / be.alpha));
    s += proj * proj * p(x) ** 2;
  }
  return s / bb;
}
