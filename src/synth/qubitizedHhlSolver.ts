/**
 * HHL by qubitization (ops/hhl/qubitizedHhl.ts): state preparation of b̂, QPE of the walk of a
 * block encoding, reciprocal rotation, inverse QPE. Scales with the block encoding (no dense
 * e^{iAt}); for symmetric positive definite systems.
 *
 * Parameters: C = the largest clock eigenvalue λ_k ≤ σ_min; the clock size is the smallest
 * c ≥ ⌈log₂(α/σ_min)⌉ + 2 whose predicted spread r of g_i = f(λ_i)·λ_i/C (as in hhlSolver.ts, with
 * the walk phase 2·arccos(λ/α) in place of λt) is ≤ ε/2, up to the limit. The spread needs the
 * spectrum, so it is used for N ≤ MAX_DENSE_EIGEN_DIM; above it the clock size follows the
 * resolution rule 2^c ≥ π·α/(ε·σ_min) (eigenvalue resolution ≤ ε·σ_min) and no fidelity is predicted.
 */
import { formatNumber, formatScientific } from '../format';
import { BudgetUnmetError, InvalidArgumentError } from '../errors';
import { CircuitBuilder } from '../ir';
import { csrToDense } from '../math/csrMatrix';
import { DenseEigen, MAX_DENSE_EIGEN_DIM, denseSymmetricEigen } from '../ops/hhl/denseEigen';
import { makeQubitizedHhlOp, qubitizedHhlLayout, walkReciprocalAngles } from '../ops/hhl/qubitizedHhl';
import type { BlockEncoding } from '../ops/blockEncoding/blockEncoding';
import { makeStatePrep, makeStatePrepShape } from '../ops/stateprep/statePrep';
import { makeBlockEncodingByName } from './blockEncodingChoice';
import { hhlEigenvalueFactor, predictFromEigenvalueFactor } from './hhlSolver';
import type { PreparedSystem } from './problem';
import type { SolverCircuit } from './solverCircuit';

/** Options of {@link synthesizeQubitizedHhlSolver}. */
export interface QubitizedHhlOptions {
  readonly epsilon: number;
  readonly blockEncoding: string;
  readonly clockBits?: number;
  /** Largest automatic clock size (default 14). */
  readonly maxClockBits?: number;
  readonly qubitBudget?: number;
}

/** C: the largest clock eigenvalue α·cos(πj/2^c) not above σ_min. */
export function walkConstantFor(sigmaMin: number, alpha: number, clockBits: number): number {
  const m = 2 ** clockBits;
  const j = Math.ceil((m / Math.PI) * Math.acos(Math.min(1, sigmaMin / alpha)) - 1e-9);
  return alpha * Math.cos((Math.PI * Math.min(j, m / 2 - 1)) / m);
}

/** f(λ) of the walk HHL: the amplitude factor of eigenvalue λ on (clock 0, ancilla 1). */
export function walkEigenvalueFactor(lambda: number, alpha: number, clockBits: number, angles: Float64Array): number {
  return hhlEigenvalueFactor(2 * Math.acos(Math.min(1, lambda / alpha)), clockBits, 1, angles);
}

function spreadOf(eig: DenseEigen, alpha: number, clockBits: number, c: number): number {
  const angles = walkReciprocalAngles(clockBits, alpha, c);
  let lo = Infinity, hi = -Infinity;
  for (const l of eig.values) {
    const g = (walkEigenvalueFactor(l, alpha, clockBits, angles) * l) / c;
    lo = Math.min(lo, g); hi = Math.max(hi, g);
  }
  return hi + lo > 0 ? (hi - lo) / (hi + lo) : Infinity;
}

function predict(eig: DenseEigen, rhs: Float64Array, alpha: number, clockBits: number, c: number): { fidelity: number; successProbability: number } {
  const angles = walkReciprocalAngles(clockBits, alpha, c);
  return predictFromEigenvalueFactor(eig, rhs, (l) => walkEigenvalueFactor(l, alpha, clockBits, angles));
}

/** Synthesize HHL by qubitization for a prepared SPD system (see the file comment). */
export function synthesizeQubitizedHhlSolver(sys: PreparedSystem, options: QubitizedHhlOptions): SolverCircuit {
  const { epsilon } = options;
  const { sigmaMin, sigmaMax } = sys.spectrum;
  const eig = sys.dim <= MAX_DENSE_EIGEN_DIM ? denseSymmetricEigen(csrToDense(sys.matrix).data, sys.dim) : undefined;
  if (eig && !(eig.values[0] > 0)) {
    throw new InvalidArgumentError(`HHL by qubitization needs a positive definite matrix (smallest eigenvalue ${formatNumber(eig.values[0], 4)}); regularize A, or use --hamiltonian-simulation dense or --solver qsvt`);
  }
  const be: BlockEncoding = makeBlockEncodingByName(options.blockEncoding, sys.matrix, { errorBound: epsilon / (4 * (sigmaMax / sigmaMin)), normBound: sigmaMax });
  const alpha = be.alpha;
  const maxClock = options.maxClockBits ?? 14;
  let clockBits: number;
  let spread = NaN;
  if (options.clockBits !== undefined) {
    clockBits = options.clockBits;
  } else if (eig) {
    clockBits = Math.max(3, Math.ceil(Math.log2(alpha / sigmaMin)) + 2);
    spread = spreadOf(eig, alpha, clockBits, walkConstantFor(sigmaMin, alpha, clockBits));
    while (spread > epsilon / 2 && clockBits < maxClock) {
      clockBits++;
      spread = spreadOf(eig, alpha, clockBits, walkConstantFor(sigmaMin, alpha, clockBits));
    }
    if (spread > epsilon / 2) {
      throw new BudgetUnmetError(`HHL by qubitization with up to ${maxClock} clock bits resolves the spectrum only to spread ${formatScientific(spread, 3)} > ε/2 = ${epsilon / 2}; loosen ε or allow more clock bits`, { spread, maxClockBits: maxClock });
    }
  } else {
    clockBits = Math.max(3, Math.ceil(Math.log2((Math.PI * alpha) / (epsilon * sigmaMin))));
  }
  const constantC = walkConstantFor(sigmaMin, alpha, clockBits);
  const lay = qubitizedHhlLayout(be, clockBits);
  if (options.qubitBudget !== undefined && lay.totalQubits > options.qubitBudget) {
    throw new BudgetUnmetError(`HHL by qubitization needs ${lay.totalQubits} qubits but the budget is ${options.qubitBudget}`, { needed: lay.totalQubits, budget: options.qubitBudget });
  }
  const op = makeQubitizedHhlOp(be, clockBits, constantC);
  const b = new CircuitBuilder();
  b.addQreg('q', lay.totalQubits);
  const all = Array.from({ length: lay.totalQubits }, (_, i) => i);
  b.apply(be.numDataQubits <= 20 ? makeStatePrep(sys.rhs) : makeStatePrepShape(be.numDataQubits), lay.data);
  b.apply(op, all);
  const predicted = eig ? predict(eig, sys.rhs, alpha, clockBits, constantC) : { fidelity: NaN, successProbability: NaN };
  const postselectQubits = all.slice(be.numDataQubits);
  const postselectValues = postselectQubits.map((q) => (q === lay.hhlAncilla ? 1 : 0));
  const kappa = sigmaMax / sigmaMin;
  return Object.freeze({
    circuit: b.build(), solverOp: op, system: sys, dataQubits: lay.data, postselectQubits, postselectValues,
    report: Object.freeze({
      solver: 'hhl' as const, blockEncoding: be.method, originalDim: sys.originalDim, paddedDim: sys.dim, dilated: sys.dilated,
      numQubits: lay.totalQubits, numDataQubits: be.numDataQubits, numAncillaQubits: lay.totalQubits - be.numDataQubits,
      alpha, kappa, kappaEff: alpha / sigmaMin, epsilon, epsilonAlgorithm: epsilon, epsilonBlockEncoding: (alpha / sigmaMin) * be.errorBound,
      degree: 0, clockBits, blockEncodingQueries: 4 * (2 ** clockBits - 1),
      successProbability: predicted.successProbability, successProbabilityKind: 'exact' as const,
      details: Object.freeze({
        hamiltonianSimulation: 'qubitization', constantC, eigenvalueSpread: spread, predictedFidelity: predicted.fidelity,
      }),
    }),
  });
}
