import { CMatrix, fromRowsC } from '../../math/complexMatrix';

/** Euler angles of a 2×2 unitary: U = e^{i·phaseRad} · Rz(betaRad) · Ry(gammaRad) · Rz(deltaRad). */
export interface ZyzAngles {
  readonly phaseRad: number;
  readonly betaRad: number;
  readonly gammaRad: number;
  readonly deltaRad: number;
}

const EPS = 1e-14;

/**
 * ZYZ Euler decomposition of a 2×2 unitary (Nielsen & Chuang, Theorem 4.1). The phase is
 * arg(det U)/2; then V = e^{−iα}U ∈ SU(2) = [[a, −b̄], [b, ā]] gives γ = 2·atan2(|b|, |a|),
 * β+δ = −2·arg(a), β−δ = 2·arg(b) (a free angle is set to 0 when |a| or |b| vanishes).
 */
export function zyzOfMatrix(u: CMatrix): ZyzAngles {
  if (u.dim !== 2) throw new Error(`zyzOfMatrix: expected a 2x2 matrix, got ${u.dim}x${u.dim}`);
  const [ar, br, cr, dr] = u.re, [ai, bi, ci, di] = u.im;
  const detRe = ar * dr - ai * di - (br * cr - bi * ci);
  const detIm = ar * di + ai * dr - (br * ci + bi * cr);
  const alpha = Math.atan2(detIm, detRe) / 2;
  const pr = Math.cos(alpha), pi = -Math.sin(alpha); // e^{-iα}
  const v00r = ar * pr - ai * pi, v00i = ar * pi + ai * pr;
  const v10r = cr * pr - ci * pi, v10i = cr * pi + ci * pr;
  const m00 = Math.hypot(v00r, v00i), m10 = Math.hypot(v10r, v10i);
  const gamma = 2 * Math.atan2(m10, m00);
  const sum = m00 > EPS ? -2 * Math.atan2(v00i, v00r) : 0;
  const diff = m10 > EPS ? 2 * Math.atan2(v10i, v10r) : 0;
  return { phaseRad: alpha, betaRad: (sum + diff) / 2, gammaRad: gamma, deltaRad: (sum - diff) / 2 };
}

/** U3 angles of a 2×2 unitary: U = e^{i·phaseRad} · U3(θ, φ, λ) (OpenQASM U convention). */
export function u3OfMatrix(u: CMatrix): { thetaRad: number; phiRad: number; lambdaRad: number; phaseRad: number } {
  const z = zyzOfMatrix(u);
  // U3(θ,φ,λ) = e^{i(φ+λ)/2} Rz(φ) Ry(θ) Rz(λ)
  return { thetaRad: z.gammaRad, phiRad: z.betaRad, lambdaRad: z.deltaRad, phaseRad: z.phaseRad - (z.betaRad + z.deltaRad) / 2 };
}

/**
 * Principal power U^p of a 2×2 unitary via its eigen-decomposition U = Σ λ_i P_i:
 * U^p = Σ e^{i·p·arg λ_i} P_i (arg in (−π, π]). Eigenvectors of a normal 2×2 matrix
 * [[a, b], [c, d]] with b ≠ 0 are (b, λ − a); a diagonal matrix is powered entrywise.
 */
export function powerOf2x2Unitary(u: CMatrix, exponent: number): CMatrix {
  const [ar, br, cr, dr] = u.re, [ai, bi, ci, di] = u.im;
  const pow = (re: number, im: number): [number, number] => {
    const t = exponent * Math.atan2(im, re);
    const r = Math.pow(Math.hypot(re, im), exponent);
    return [r * Math.cos(t), r * Math.sin(t)];
  };
  if (Math.hypot(br, bi, cr, ci) < EPS) return fromRowsC([[pow(ar, ai), 0], [0, pow(dr, di)]]);
  // eigenvalues: λ = (tr ± sqrt(tr² − 4 det)) / 2
  const trR = ar + dr, trI = ai + di;
  const detR = ar * dr - ai * di - (br * cr - bi * ci), detI = ar * di + ai * dr - (br * ci + bi * cr);
  const discR = trR * trR - trI * trI - 4 * detR, discI = 2 * trR * trI - 4 * detI;
  const sm = Math.sqrt(Math.hypot(discR, discI)), sa = Math.atan2(discI, discR) / 2;
  const sR = sm * Math.cos(sa), sI = sm * Math.sin(sa);
  const out = { re: new Float64Array(4), im: new Float64Array(4) };
  for (const sign of [1, -1]) {
    const lR = (trR + sign * sR) / 2, lI = (trI + sign * sI) / 2;
    // eigenvector v = (b, λ − a), projector v v† / |v|²
    const v0r = br, v0i = bi, v1r = lR - ar, v1i = lI - ai;
    const n2 = v0r * v0r + v0i * v0i + v1r * v1r + v1i * v1i;
    const [fr, fi] = pow(lR, lI);
    const v = [[v0r, v0i], [v1r, v1i]];
    for (let r = 0; r < 2; r++) for (let c = 0; c < 2; c++) {
      // v_r * conj(v_c) / n2
      const pr = (v[r][0] * v[c][0] + v[r][1] * v[c][1]) / n2, pi = (v[r][1] * v[c][0] - v[r][0] * v[c][1]) / n2;
      out.re[r * 2 + c] += fr * pr - fi * pi;
      out.im[r * 2 + c] += fr * pi + fi * pr;
    }
  }
  return { dim: 2, re: out.re, im: out.im };
}
