/**
 * Symmetric QSP kernels: for symmetric phases φ_j = φ_{d−j} (Wx convention) the product factors
 * as U = H·W·Hᵀ (d odd) or U = H·D_m·Hᵀ (d even), because Z, X and hence W(x) and e^{iφZ} are
 * symmetric matrices. Only the first row h of H is needed, so ⟨0|U|0⟩ = h·W·hᵀ (resp. h·D_m·hᵀ)
 * costs d/2 two-vector steps, and the derivative with respect to every reduced phase ψ_j
 * (which moves φ_j and φ_{d−j} together) is 2·p_j·(iZ·D_j)·q_j with forward prefixes p_j and
 * backward suffixes q_j: the full Jacobian row of one point costs O(d).
 *
 * Reduced phases: ψ_0..ψ_{d̃−1}, d̃ = ⌈(d+1)/2⌉, with φ_j = ψ_j (+π/4 for j = 0 and j = d, the
 * shift that makes ψ = 0 give Re⟨0|U|0⟩ ≡ 0). Reference: Dong, Lin, Ni, Wang, "Robust iterative
 * method for symmetric quantum signal processing in all parameter regimes", SIAM J. Sci. Comput.
 * (2024), arXiv:2307.12468, §2 (reduced phases, Chebyshev-node formulation, Newton's method);
 * Wang, Dong, Lin, Quantum 6, 850 (2022) (existence and uniqueness of symmetric phases).
 */

/** Number of reduced phases for degree d: ⌈(d+1)/2⌉ (= number of parity Chebyshev coefficients). */
export function reducedPhaseCount(degree: number): number {
  return Math.floor(degree / 2) + 1;
}

/** Full symmetric Wx phases φ_0..φ_d from reduced phases ψ (adds π/4 at both ends). */
export function fullPhasesFromReduced(reduced: Float64Array, degree: number): Float64Array {
  const phi = new Float64Array(degree + 1);
  for (let j = 0; j <= degree; j++) {
    const r = j <= degree - j ? j : degree - j;
    phi[j] = reduced[r];
  }
  if (degree > 0) {
    phi[0] += Math.PI / 4;
    phi[degree] = phi[0];
  }
  return phi;
}

/** The positive Chebyshev nodes x_k = cos(π(2k+1)/(4d̃)), k = 0..d̃−1 (half of the 2d̃ first-kind nodes). */
export function positiveChebyshevNodes(count: number): Float64Array {
  const x = new Float64Array(count);
  for (let k = 0; k < count; k++) x[k] = Math.cos((Math.PI * (2 * k + 1)) / (4 * count));
  return x;
}

/**
 * Values g_k = Re⟨0|U_Φ(x_k)|0⟩ for symmetric phases given by `reduced` (with the π/4 end shift),
 * and, when `jac` is given, the Jacobian jac[k·d̃ + j] = ∂g_k/∂ψ_j (row-major d̃_points × d̃).
 */
export function symmetricQspValues(
  reduced: Float64Array,
  degree: number,
  nodes: Float64Array,
  values: Float64Array,
  jac?: Float64Array,
): void {
  const nRed = reduced.length;
  const m = nRed - 1;
  const odd = degree % 2 === 1;
  const phi = new Float64Array(nRed);
  for (let j = 0; j < nRed; j++) phi[j] = reduced[j];
  if (degree > 0) phi[0] += Math.PI / 4;
  const cp = new Float64Array(nRed), sp = new Float64Array(nRed);
  for (let j = 0; j < nRed; j++) { cp[j] = Math.cos(phi[j]); sp[j] = Math.sin(phi[j]); }
  // Prefix storage: p_j = (p0, p1) complex → 4 doubles per j.
  const pre = jac ? new Float64Array(4 * nRed) : new Float64Array(0);
  // Number of (D_j W) prefix steps: m for even d (h = p_m), m for odd d (h = p_m D_m).
  for (let k = 0; k < nodes.length; k++) {
    const x = nodes[k];
    const s = Math.sqrt(Math.max(0, 1 - x * x));
    let p0r = 1, p0i = 0, p1r = 0, p1i = 0;
    for (let j = 0; j < m; j++) {
      if (jac) { pre[4 * j] = p0r; pre[4 * j + 1] = p0i; pre[4 * j + 2] = p1r; pre[4 * j + 3] = p1i; }
      // p ← p·D_j
      const c = cp[j], sn = sp[j];
      const a0r = p0r * c - p0i * sn, a0i = p0r * sn + p0i * c;
      const a1r = p1r * c + p1i * sn, a1i = p1i * c - p1r * sn;
      // p ← p·W: (a0 x + i a1 s, i a0 s + a1 x)
      p0r = a0r * x - a1i * s; p0i = a0i * x + a1r * s;
      p1r = a1r * x - a0i * s; p1i = a1i * x + a0r * s;
    }
    if (jac) { pre[4 * m] = p0r; pre[4 * m + 1] = p0i; pre[4 * m + 2] = p1r; pre[4 * m + 3] = p1i; }
    const cm = cp[m], sm = sp[m];
    let q0r: number, q0i: number, q1r: number, q1i: number;
    const row = k * nRed;
    if (odd) {
      // h = p_m D_m; U00 = h W hᵀ = x(h0² + h1²) + 2is·h0·h1
      const h0r = p0r * cm - p0i * sm, h0i = p0r * sm + p0i * cm;
      const h1r = p1r * cm + p1i * sm, h1i = p1i * cm - p1r * sm;
      const sq0r = h0r * h0r - h0i * h0i, sq1r = h1r * h1r - h1i * h1i;
      const prodI = h0r * h1i + h0i * h1r;
      values[k] = x * (sq0r + sq1r) - 2 * s * prodI;
      if (!jac) continue;
      // q_m = W hᵀ = (x h0 + i s h1, i s h0 + x h1)
      q0r = x * h0r - s * h1i; q0i = x * h0i + s * h1r;
      q1r = x * h1r - s * h0i; q1i = x * h1i + s * h0r;
      for (let j = m; j >= 0; j--) {
        const c = cp[j], sn = sp[j];
        const a0r = pre[4 * j], a0i = pre[4 * j + 1], a1r = pre[4 * j + 2], a1i = pre[4 * j + 3];
        // 2·Re( i e^{iφ} p0 q0 − i e^{−iφ} p1 q1 )
        const t0r = a0r * q0r - a0i * q0i, t0i = a0r * q0i + a0i * q0r;
        const t1r = a1r * q1r - a1i * q1i, t1i = a1r * q1i + a1i * q1r;
        // Re(i e^{iφ} t0) = −(sn t0r + c t0i);  Re(−i e^{−iφ} t1) = Re(−i(c − i sn) t1) = −sn t1r + c t1i
        jac[row + j] = 2 * (-(sn * t0r + c * t0i) + (-sn * t1r + c * t1i));
        if (j > 0) {
          // q ← W D_j q
          const b0r = q0r * c - q0i * sn, b0i = q0r * sn + q0i * c;
          const b1r = q1r * c + q1i * sn, b1i = q1i * c - q1r * sn;
          q0r = x * b0r - s * b1i; q0i = x * b0i + s * b1r;
          q1r = x * b1r - s * b0i; q1i = x * b1i + s * b0r;
        }
      }
    } else {
      // h = p_m; U00 = h D_m hᵀ = e^{iφ_m} h0² + e^{−iφ_m} h1²
      const sq0r = p0r * p0r - p0i * p0i, sq0i = 2 * p0r * p0i;
      const sq1r = p1r * p1r - p1i * p1i, sq1i = 2 * p1r * p1i;
      values[k] = (cm * sq0r - sm * sq0i) + (cm * sq1r + sm * sq1i);
      if (!jac) continue;
      // ∂/∂ψ_m = Re(i e^{iφ_m} h0² − i e^{−iφ_m} h1²)
      jac[row + m] = -(sm * sq0r + cm * sq0i) + (-sm * sq1r + cm * sq1i);
      if (m === 0) continue;
      // q_{m−1} = W D_m hᵀ
      const b0r = p0r * cm - p0i * sm, b0i = p0r * sm + p0i * cm;
      const b1r = p1r * cm + p1i * sm, b1i = p1i * cm - p1r * sm;
      q0r = x * b0r - s * b1i; q0i = x * b0i + s * b1r;
      q1r = x * b1r - s * b0i; q1i = x * b1i + s * b0r;
      for (let j = m - 1; j >= 0; j--) {
        const c = cp[j], sn = sp[j];
        const a0r = pre[4 * j], a0i = pre[4 * j + 1], a1r = pre[4 * j + 2], a1i = pre[4 * j + 3];
        const t0r = a0r * q0r - a0i * q0i, t0i = a0r * q0i + a0i * q0r;
        const t1r = a1r * q1r - a1i * q1i, t1i = a1r * q1i + a1i * q1r;
        jac[row + j] = 2 * (-(sn * t0r + c * t0i) + (-sn * t1r + c * t1i));
        if (j > 0) {
          const e0r = q0r * c - q0i * sn, e0i = q0r * sn + q0i * c;
          const e1r = q1r * c + q1i * sn, e1i = q1i * c - q1r * sn;
          q0r = x * e0r - s * e1i; q0i = x * e0i + s * e1r;
          q1r = x * e1r - s * e0i; q1i = x * e1i + s * e0r;
        }
      }
    }
  }
}
