/**
 * Dense simulation of the discrete-adiabatic quantum linear solver for a real symmetric positive
 * definite A (‖A‖ = 1) — Costa, An, Sanders, Su, Babbush, Berry, PRX Quantum 3, 040303 (2022),
 * arXiv:2111.08152, positive-definite case built on An & Lin, ACM TQC 3, 5 (2022), arXiv:1909.05500:
 *
 * - Q_b = I − |b⟩⟨b|, H0 = σ_x ⊗ Q_b, H1 = σ_+ ⊗ (A·Q_b) + σ_− ⊗ (Q_b·A) (one extra qubit);
 *   H(s) = (1 − f(s))·H0 + f(s)·H1 has the null vectors |0⟩|x(s)⟩ (followed) and |1⟩|b⟩ (static);
 *   |0⟩|x(1)⟩ ∝ |0⟩ A⁻¹|b⟩.
 * - Schedule (An & Lin Eq. for AQC(p), used by Costa et al.):
 *   f(s) = κ/(κ−1)·(1 − (1 + s(κ^{p−1} − 1))^{1/(1−p)}), 1 < p < 2 (p = 2: 1 − 1/(1 + s(κ−1))).
 * - Block encoding of H(s) by the Hermitian dilation U(s) = [[H, S], [S, −H]], S = √(I − H²) (one
 *   ancilla), reflection R = (2|0⟩⟨0| − I) ⊗ I on that ancilla, walk W(s) = R·U(s) (qubitization:
 *   eigenvalues e^{±i·arccos λ}); T steps W(s_T)…W(s_1), s_j = j/T, from |0⟩_anc|0⟩|b⟩.
 * - Eigenstate filtering: the Lin–Tong filter R_ℓ(H1; Δ = 1/κ) (Lin & Tong, Quantum 4, 361 (2020),
 *   Lemma 2), R_ℓ(x) = T_ℓ(−1 + 2(x² − Δ²)/(1 − Δ²)) / T_ℓ(−1 − 2Δ²/(1 − Δ²)), applied to the
 *   ancilla-|0⟩ part of the walk output, i.e. the post-selected output of the QSVT circuit of that
 *   even polynomial on the block encoding of H1 (the block ⟨0|U_P|0⟩ = R_ℓ(H1) by GSLW Thm. 17).
 *
 * This is a simulation of the algorithm's linear algebra (dense 4N × 4N walk, applied as blocks),
 * not a gate-level circuit: it validates walk steps / filter degrees / fidelities at small N.
 */
import { InvalidArgumentError } from '../errors';
import { DenseMatrix, symmetricEigen } from '../math';

/** Options of {@link simulateDiscreteAdiabatic}. */
export interface DiscreteAdiabaticOptions {
  /** Number of walk steps T (≥ 1; even T returns the walk to the |0⟩ ancilla sector). */
  readonly walkSteps: number;
  /** Schedule exponent p ∈ (1, 2]; default 1.5. */
  readonly scheduleExponent?: number;
  /** Condition number used by the schedule and the filter gap; default the exact λmax/λmin of A. */
  readonly kappa?: number;
  /** Half-degree ℓ of the eigenstate filter (0 = no filter); default 0. */
  readonly filterHalfDegree?: number;
}

/** Result of {@link simulateDiscreteAdiabatic}. */
export interface DiscreteAdiabaticResult {
  readonly walkSteps: number;
  readonly kappa: number;
  /** |⟨0, x̂|ψ_T⟩|²: fidelity of the walk output (ancilla and embedding qubit in |0⟩) with x̂. */
  readonly walkFidelity: number;
  /** Filter half-degree used (filter polynomial degree 2ℓ). */
  readonly filterHalfDegree: number;
  /** Probability that the filter's post-selection succeeds (1 without filter). */
  readonly filterSuccessProbability: number;
  /** Fidelity with x̂ of the final (post-selected, normalised) state; = walkFidelity without filter. */
  readonly fidelity: number;
  /** Final data-register amplitudes (embedding qubit |0⟩ block, length N), unnormalised. */
  readonly outputAmplitudes: Float64Array;
}

/**
 * The An–Lin schedule f(s) for the positive-definite case, exponent p ∈ (1, 2] (see file comment).
 */
export function adiabaticSchedule(s: number, kappa: number, p: number): number {
  if (kappa <= 1) return s;
  return (kappa / (kappa - 1)) * (1 - (1 + s * (kappa ** (p - 1) - 1)) ** (1 / (1 - p)));
}

/** y = M·x for a row-major n×n matrix. */
function matVec(m: Float64Array, n: number, x: Float64Array, out: Float64Array): Float64Array {
  for (let i = 0; i < n; i++) {
    let acc = 0;
    const row = i * n;
    for (let j = 0; j < n; j++) acc += m[row + j] * x[j];
    out[i] = acc;
  }
  return out;
}

/** H0 and H1 (2N × 2N, row-major; qubit index major) of the An–Lin embedding. */
function embeddingHamiltonians(a: DenseMatrix, b: Float64Array): { h0: Float64Array; h1: Float64Array } {
  const n = a.rows, m = 2 * n;
  const q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) q[i * n + j] = (i === j ? 1 : 0) - b[i] * b[j];
  const aq = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let acc = 0;
      for (let k = 0; k < n; k++) acc += a.data[i * n + k] * q[k * n + j];
      aq[i * n + j] = acc;
    }
  }
  const h0 = new Float64Array(m * m), h1 = new Float64Array(m * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      h0[i * m + n + j] = q[i * n + j];
      h0[(n + i) * m + j] = q[i * n + j];
      h1[i * m + n + j] = aq[i * n + j]; // σ_+ ⊗ A Q_b: |0⟩⟨1|
      h1[(n + i) * m + j] = aq[j * n + i]; // σ_− ⊗ Q_b A = (A Q_b)ᵀ
    }
  }
  return { h0, h1 };
}

/** S = √(I − H²) of a symmetric H with ‖H‖ ≤ 1, via its eigendecomposition. */
function sqrtComplement(h: Float64Array, m: number): Float64Array {
  const { values, vectors } = symmetricEigen({ rows: m, cols: m, data: h });
  const s = new Float64Array(m * m);
  for (let k = 0; k < m; k++) {
    const w = Math.sqrt(Math.max(0, 1 - values[k] * values[k]));
    if (w === 0) continue;
    for (let i = 0; i < m; i++) {
      const vik = vectors[i * m + k] * w;
      if (vik === 0) continue;
      for (let j = 0; j < m; j++) s[i * m + j] += vik * vectors[j * m + k];
    }
  }
  return s;
}

/**
 * Simulate the discrete-adiabatic solver on A x = b (A real SPD, scaled so ‖A‖ = 1 by the caller or
 * here by λmax; b any nonzero vector). Throws InvalidArgumentError for a non-square A, a size
 * mismatch, T < 1 or p ∉ (1, 2].
 */
export function simulateDiscreteAdiabatic(a: DenseMatrix, bIn: ArrayLike<number>, options: DiscreteAdiabaticOptions): DiscreteAdiabaticResult {
  const n = a.rows;
  if (a.cols !== n || bIn.length !== n) throw new InvalidArgumentError(`discrete adiabatic: need an N×N matrix and a length-N vector, got ${a.rows}×${a.cols} and ${bIn.length}`);
  const steps = options.walkSteps;
  if (!Number.isInteger(steps) || steps < 1) throw new InvalidArgumentError(`discrete adiabatic: walkSteps must be a positive integer, got ${steps}`);
  const p = options.scheduleExponent ?? 1.5;
  if (!(p > 1 && p <= 2)) throw new InvalidArgumentError(`discrete adiabatic: scheduleExponent p must lie in (1, 2], got ${p}`);
  const ell = options.filterHalfDegree ?? 0;
  const eig = symmetricEigen(a);
  const lMax = eig.values[n - 1], lMin = eig.values[0];
  if (!(lMin > 0)) throw new InvalidArgumentError(`discrete adiabatic: A must be positive definite, smallest eigenvalue ${lMin}`);
  const scaled: DenseMatrix = { rows: n, cols: n, data: a.data.map((v) => v / lMax) };
  const kappa = options.kappa ?? lMax / lMin;
  let bNorm = 0;
  for (let i = 0; i < n; i++) bNorm += bIn[i] * bIn[i];
  bNorm = Math.sqrt(bNorm);
  if (!(bNorm > 0)) throw new InvalidArgumentError('discrete adiabatic: b must be nonzero');
  const b = Float64Array.from({ length: n }, (_, i) => bIn[i] / bNorm);
  const { h0, h1 } = embeddingHamiltonians(scaled, b);
  const m = 2 * n;
  // Classical reference x̂ = A⁻¹ b / ‖·‖ from the eigendecomposition.
  const x = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let c = 0;
    for (let i = 0; i < n; i++) c += eig.vectors[i * n + k] * b[i];
    c /= eig.values[k] / lMax;
    for (let i = 0; i < n; i++) x[i] += c * eig.vectors[i * n + k];
  }
  let xNorm = 0;
  for (let i = 0; i < n; i++) xNorm += x[i] * x[i];
  xNorm = Math.sqrt(xNorm);
  for (let i = 0; i < n; i++) x[i] /= xNorm;
  // Walk state: ψ = (ψ0; ψ1) over the block-encoding ancilla, each of length 2N.
  let psi0 = new Float64Array(m), psi1 = new Float64Array(m);
  psi0.set(b, 0);
  const h = new Float64Array(m * m);
  const t0 = new Float64Array(m), t1 = new Float64Array(m), t2 = new Float64Array(m), t3 = new Float64Array(m);
  for (let j = 1; j <= steps; j++) {
    const f = adiabaticSchedule(j / steps, kappa, p);
    for (let k = 0; k < m * m; k++) h[k] = (1 - f) * h0[k] + f * h1[k];
    const s = sqrtComplement(h, m);
    // W = R·U: (ψ0; ψ1) ↦ (Hψ0 + Sψ1; −Sψ0 + Hψ1).
    matVec(h, m, psi0, t0); matVec(s, m, psi1, t1); matVec(s, m, psi0, t2); matVec(h, m, psi1, t3);
    const n0 = new Float64Array(m), n1 = new Float64Array(m);
    for (let i = 0; i < m; i++) { n0[i] = t0[i] + t1[i]; n1[i] = t3[i] - t2[i]; }
    psi0 = n0; psi1 = n1;
  }
  const overlap = (v: Float64Array): number => { let c = 0; for (let i = 0; i < n; i++) c += v[i] * x[i]; return c; };
  const walkFidelity = overlap(psi0) ** 2;
  if (ell === 0) return { walkSteps: steps, kappa, walkFidelity, filterHalfDegree: 0, filterSuccessProbability: 1, fidelity: walkFidelity, outputAmplitudes: psi0.slice(0, n) };
  // Filter R_ℓ(H1) on the ancilla-|0⟩ part: Chebyshev recurrence in M = −I + 2(H1² − Δ²)/(1 − Δ²).
  const delta = 1 / kappa, d2 = delta * delta;
  const applyM = (v: Float64Array): Float64Array => {
    const hv = matVec(h1, m, v, new Float64Array(m)), hhv = matVec(h1, m, hv, new Float64Array(m));
    const out = new Float64Array(m);
    for (let i = 0; i < m; i++) out[i] = -v[i] + (2 * (hhv[i] - d2 * v[i])) / (1 - d2);
    return out;
  };
  let prev: Float64Array = psi0, cur: Float64Array = applyM(psi0);
  const z = -1 - (2 * d2) / (1 - d2);
  let tPrev = 1, tCur = z;
  for (let k = 1; k < ell; k++) {
    const mc = applyM(cur), next = new Float64Array(m);
    for (let i = 0; i < m; i++) next[i] = 2 * mc[i] - prev[i];
    prev = cur; cur = next;
    const tn = 2 * z * tCur - tPrev;
    tPrev = tCur; tCur = tn;
  }
  let norm2 = 0;
  for (let i = 0; i < m; i++) { cur[i] /= tCur; norm2 += cur[i] * cur[i]; }
  return {
    walkSteps: steps, kappa, walkFidelity, filterHalfDegree: ell, filterSuccessProbability: norm2,
    fidelity: norm2 > 0 ? overlap(cur) ** 2 / norm2 : 0, outputAmplitudes: cur.slice(0, n),
  };
}
