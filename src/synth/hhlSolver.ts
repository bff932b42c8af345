/**
 * HHL for small exact systems (Harrow, Hassidim, Lloyd, PRL 103, 150502 (2009)): state
 * preparation of b̂, QPE of e^{iAt} (exact, by eigendecomposition), reciprocal rotation, inverse QPE.
 *
 * Choice of t, C and the clock size. With M = 2^c clock values and eigenvalue λ, QPE leaves the
 * clock in value k with probability p_k(λ) = sin²(πMδ)/(M² sin²(πδ)), δ = λt/(2π) − k/M (Nielsen &
 * Chuang §5.2.1), and after the rotation and uncomputation the amplitude of eigenvector i on
 * (clock 0, ancilla 1) is exactly β_i·f(λ_i), f(λ) = Σ_k p_k(λ)·sin(θ_k/2) (sin(θ_k/2) = C/λ_k,
 * clamped). This is computed classically here (the spectrum is known: this is the exact
 * small-matrix construction) and used to pick:
 *   - t from a 1-D grid over [t_max/2, t_max] (t_max keeps every λ inside the clock range without
 *     wrap-around), minimising the spread r = (max g − min g)/(max g + min g) of g_i = f(λ_i)·λ_i/C
 *     over all eigenvalues — independent of b; the normalized output is within ≈ r of A⁻¹b/‖A⁻¹b‖,
 *     so this is a "map eigenvalues near clock grid points" rule that accounts for QPE leakage;
 *   - C = λ of the largest clock value not above min|λ| (no clamping of the relevant values);
 *   - the clock size: the smallest c ≥ ⌈log₂κ⌉ + 2 with r ≤ ε/2, up to the limit.
 * The predicted fidelity and success probability for the actual b are reported (and checked
 * against simulation in test/synth).
 */
import { formatNumber, formatScientific } from '../format';
import { BudgetUnmetError, InvalidArgumentError, requireOpenUnitInterval } from '../errors';
import { CircuitBuilder } from '../ir';
import { csrToDense } from '../math/csrMatrix';
import { DenseEigen, denseSymmetricEigen } from '../ops/hhl/denseEigen';
import { hhlLayout, makeHhlOp } from '../ops/hhl/hhl';
import { reciprocalRotationAngles } from '../ops/hhl/reciprocalRotation';
import { MAX_SYNTHESIS_QUBITS } from '../ops/hhl/unitarySynthesis';
import { makeStatePrep } from '../ops/stateprep/statePrep';
import type { PreparedSystem } from './problem';
import type { SolverCircuit } from './solverCircuit';

/** Options of {@link synthesizeHhlSolver}. */
export interface HhlSolverOptions {
  /** Total error budget ε ∈ (0, 1) on the normalized solution state. */
  readonly epsilon: number;
  /** Clock size; chosen automatically when absent. */
  readonly clockBits?: number;
  /** Largest clock size the automatic choice may use (default 12). */
  readonly maxClockBits?: number;
  /** Largest allowed number of qubits (default unlimited). */
  readonly qubitBudget?: number;
}

/** Largest system the exact HHL construction accepts (controlled e^{iAt} synthesized on n+1 qubits; kept at 64 for synthesis time). */
export const MAX_HHL_DIM = 2 ** (MAX_SYNTHESIS_QUBITS - 2);

/** HHL parameters and their classical prediction. */
export interface HhlParameters {
  readonly clockBits: number;
  readonly timeRad: number;
  readonly constantC: number;
  /** Spread r of g_i = f(λ_i)λ_i/C over the eigenvalues (0 = perfectly proportional to 1/λ). */
  readonly spread: number;
}

/** f(λ) = Σ_k p_k(λ)·sin(θ_k/2) for the given clock, time and rotation angles (see file comment). */
export function hhlEigenvalueFactor(lambda: number, clockBits: number, timeRad: number, angles: Float64Array): number {
  const m = 2 ** clockBits;
  const phi = (lambda * timeRad) / (2 * Math.PI);
  let f = 0;
  for (let k = 0; k < m; k++) {
    const a = angles[k];
    if (a === 0) continue;
    const delta = phi - k / m;
    const sd = Math.sin(Math.PI * delta);
    const p = Math.abs(sd) < 1e-15 ? 1 : (Math.sin(Math.PI * m * delta) / (m * sd)) ** 2;
    f += p * Math.sin(a / 2);
  }
  return f;
}

function spreadOf(eigenvalues: Float64Array, clockBits: number, timeRad: number, constantC: number): number {
  const angles = reciprocalRotationAngles(clockBits, timeRad, constantC);
  let lo = Infinity, hi = -Infinity;
  for (const l of eigenvalues) {
    const g = (hhlEigenvalueFactor(l, clockBits, timeRad, angles) * l) / constantC;
    lo = Math.min(lo, g); hi = Math.max(hi, g);
  }
  return hi + lo > 0 ? (hi - lo) / (hi + lo) : Infinity;
}

/** C for time t: λ of the largest clock value ≤ min|λ| (at least one grid step). */
function constantFor(minAbs: number, clockBits: number, timeRad: number): number {
  const m = 2 ** clockBits;
  const step = (2 * Math.PI) / (m * timeRad);
  return step * Math.max(1, Math.floor(minAbs / step + 1e-9));
}

/** Best t (and C) for a fixed clock size by a grid search (see file comment). */
export function chooseHhlTime(eigenvalues: Float64Array, clockBits: number): HhlParameters {
  if (!Number.isInteger(clockBits) || clockBits < 2) throw new InvalidArgumentError(`HHL needs at least 2 clock bits, got ${clockBits}`);
  const m = 2 ** clockBits;
  let maxAbs = 0, minAbs = Infinity;
  for (const l of eigenvalues) { maxAbs = Math.max(maxAbs, Math.abs(l)); minAbs = Math.min(minAbs, Math.abs(l)); }
  const tMax = (2 * Math.PI * (m / 2 - 1)) / (m * maxAbs);
  const candidates = Math.max(16, Math.min(400, Math.floor(4e7 / (m * eigenvalues.length))));
  let best: HhlParameters | undefined;
  for (let j = 0; j <= candidates; j++) {
    const timeRad = tMax * (0.5 + (0.5 * j) / candidates);
    const constantC = constantFor(minAbs, clockBits, timeRad);
    const spread = spreadOf(eigenvalues, clockBits, timeRad, constantC);
    if (!best || spread < best.spread) best = { clockBits, timeRad, constantC, spread };
  }
  return best!;
}

/**
 * Predicted fidelity with A⁻¹b and success probability of an HHL-type solver on b, given the
 * amplitude factor f(λ) its reciprocal rotation leaves on each eigenvector (ideal: c/λ).
 * Shared by the dense-e^{iAt} HHL and HHL by qubitization (qubitizedHhlSolver.ts). `eig` is the
 * spectrum the circuit acts with; when that is of an encoded M ≠ A (a block encoding with
 * rounding), `reference` is A's spectrum and the fidelity is taken with A⁻¹b.
 */
export function predictFromEigenvalueFactor(eig: DenseEigen, rhs: ArrayLike<number>, factor: (lambda: number) => number, reference?: DenseEigen): { fidelity: number; successProbability: number } {
  const n = eig.n;
  let bb = 0, wx = 0, ww = 0, xx = 0;
  for (let i = 0; i < n; i++) bb += rhs[i] * rhs[i];
  if (reference) {
    const w = combineEigenvectors(eig, rhs, factor), x = combineEigenvectors(reference, rhs, (l) => 1 / l);
    for (let i = 0; i < n; i++) { wx += w[i] * x[i]; ww += w[i] * w[i]; xx += x[i] * x[i]; }
    return { fidelity: (wx * wx) / (ww * xx), successProbability: ww / bb };
  }
  for (let k = 0; k < n; k++) {
    let beta = 0;
    for (let i = 0; i < n; i++) beta += eig.vectors[i * n + k] * rhs[i];
    const l = eig.values[k];
    const f = factor(l);
    wx += beta * f * (beta / l); ww += (beta * f) ** 2; xx += (beta / l) ** 2;
  }
  return { fidelity: (wx * wx) / (ww * xx), successProbability: ww / bb };
}

/** Σ_k ⟨v_k, b⟩·g(λ_k)·v_k. */
function combineEigenvectors(eig: DenseEigen, rhs: ArrayLike<number>, g: (lambda: number) => number): Float64Array {
  const n = eig.n, out = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let beta = 0;
    for (let i = 0; i < n; i++) beta += eig.vectors[i * n + k] * rhs[i];
    const c = beta * g(eig.values[k]);
    for (let i = 0; i < n; i++) out[i] += c * eig.vectors[i * n + k];
  }
  return out;
}

/** Predicted fidelity with A⁻¹b and success probability of HHL with parameters `p` on b. */
export function predictHhl(eig: DenseEigen, rhs: ArrayLike<number>, p: HhlParameters): { fidelity: number; successProbability: number } {
  const angles = reciprocalRotationAngles(p.clockBits, p.timeRad, p.constantC);
  return predictFromEigenvalueFactor(eig, rhs, (l) => hhlEigenvalueFactor(l, p.clockBits, p.timeRad, angles));
}

/** Synthesize the HHL circuit for a small prepared system (see the file comment). */
export function synthesizeHhlSolver(sys: PreparedSystem, options: HhlSolverOptions): SolverCircuit {
  const epsilon = options.epsilon;
  requireOpenUnitInterval(epsilon, 'epsilon');
  if (sys.dim > MAX_HHL_DIM) {
    throw new BudgetUnmetError(`the exact HHL construction is limited to N ≤ ${MAX_HHL_DIM} (e^{iAt} is built from the eigendecomposition); use the QSVT solver or HHL by qubitization for N = ${sys.dim}`, { dim: sys.dim });
  }
  const n = sys.dim;
  const a = csrToDense(sys.matrix).data;
  const eig = denseSymmetricEigen(a, n);
  const kappa = sys.spectrum.sigmaMax / sys.spectrum.sigmaMin;
  const maxClock = options.maxClockBits ?? 12;
  let params: HhlParameters;
  if (options.clockBits !== undefined) {
    params = chooseHhlTime(eig.values, options.clockBits);
  } else {
    let c = Math.max(3, Math.ceil(Math.log2(kappa)) + 2);
    params = chooseHhlTime(eig.values, Math.min(c, maxClock));
    while (params.spread > epsilon / 2 && c < maxClock) {
      c++;
      params = chooseHhlTime(eig.values, c);
    }
    if (params.spread > epsilon / 2) {
      throw new BudgetUnmetError(
        `HHL with up to ${maxClock} clock bits resolves the spectrum (κ = ${formatNumber(kappa, 4)}) only to relative spread ${formatScientific(params.spread, 3)} > ε/2 = ${epsilon / 2}; ` +
        'loosen ε, allow more clock bits, or use the QSVT solver', { kappa, spread: params.spread, maxClockBits: maxClock });
    }
  }
  const lay = hhlLayout(n, params.clockBits);
  if (options.qubitBudget !== undefined && lay.numQubits > options.qubitBudget) {
    throw new BudgetUnmetError(`HHL needs ${lay.numQubits} qubits (${sys.numDataQubits} data + ${params.clockBits} clock + 1) but the budget is ${options.qubitBudget}`, { needed: lay.numQubits, budget: options.qubitBudget });
  }
  const op = makeHhlOp(a, n, params.timeRad, params.clockBits, params.constantC);
  const b = new CircuitBuilder();
  b.addQreg('data', sys.numDataQubits);
  b.addQreg('clock', params.clockBits);
  b.addQreg('anc', 1);
  const all = Array.from({ length: lay.numQubits }, (_, i) => i);
  b.apply(makeStatePrep(sys.rhs), lay.data);
  b.apply(op, all);
  const predicted = predictHhl(eig, sys.rhs, params);
  const postselectQubits = [...lay.clock, lay.ancilla];
  return Object.freeze({
    circuit: b.build(), solverOp: op, system: sys, dataQubits: lay.data,
    postselectQubits, postselectValues: [...lay.clock.map(() => 0), 1],
    report: Object.freeze({
      solver: 'hhl' as const, blockEncoding: 'exact-hamiltonian-simulation', originalDim: sys.originalDim, paddedDim: n, dilated: sys.dilated,
      numQubits: lay.numQubits, numDataQubits: sys.numDataQubits, numAncillaQubits: params.clockBits + 1,
      alpha: sys.spectrum.sigmaMax, kappa, kappaEff: kappa, epsilon, epsilonAlgorithm: epsilon, epsilonBlockEncoding: 0,
      degree: 0, clockBits: params.clockBits, blockEncodingQueries: 2 * params.clockBits,
      successProbability: predicted.successProbability, successProbabilityKind: 'exact' as const,
      details: Object.freeze({
        evolutionTimeRad: params.timeRad, constantC: params.constantC, eigenvalueSpread: params.spread,
        predictedFidelity: predicted.fidelity,
      }),
    }),
  });
}
