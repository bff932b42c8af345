import type { CMatrix } from '../../math/complexMatrix';

/** U = e^{iγ}·P(φ)·Ry(θ)·P(λ) = e^{iγ}·U3(θ, φ, λ) (angles in radians). */
export interface U3Angles {
  readonly thetaRad: number;
  readonly phiRad: number;
  readonly lambdaRad: number;
  readonly gammaRad: number;
}

/**
 * ZYZ Euler angles of a 2×2 unitary in the OpenQASM U3 convention
 * U3(θ,φ,λ) = [[cos θ/2, −e^{iλ} sin θ/2], [e^{iφ} sin θ/2, e^{i(φ+λ)} cos θ/2]]
 * (Nielsen & Chuang, Thm. 4.1). Degenerate cases (θ ≈ 0 or π) put the free angle in φ.
 */
export function u3AnglesOf(u: CMatrix): U3Angles {
  const ar = u.re[0], ai = u.im[0], br = u.re[1], bi = u.im[1], cr = u.re[2], ci = u.im[2], dr = u.re[3], di = u.im[3];
  const absA = Math.hypot(ar, ai), absC = Math.hypot(cr, ci);
  const thetaRad = 2 * Math.atan2(absC, absA);
  const eps = 1e-10;
  if (absC < eps) {
    const g = Math.atan2(ai, ar);
    return { thetaRad: 0, phiRad: Math.atan2(di, dr) - g, lambdaRad: 0, gammaRad: g };
  }
  if (absA < eps) {
    const g = Math.atan2(-bi, -br);
    return { thetaRad: Math.PI, phiRad: Math.atan2(ci, cr) - g, lambdaRad: 0, gammaRad: g };
  }
  const g = Math.atan2(ai, ar);
  return { thetaRad, phiRad: Math.atan2(ci, cr) - g, lambdaRad: Math.atan2(-bi, -br) - g, gammaRad: g };
}

/** 2×2 product a·b on plain arrays [re00, re01, re10, re11], [im…]. */
export function mul2(a: CMatrix, b: CMatrix): CMatrix {
  const re = new Float64Array(4), im = new Float64Array(4);
  for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) {
    let sr = 0, si = 0;
    for (let k = 0; k < 2; k++) {
      const xr = a.re[2 * i + k], xi = a.im[2 * i + k], yr = b.re[2 * k + j], yi = b.im[2 * k + j];
      sr += xr * yr - xi * yi; si += xr * yi + xi * yr;
    }
    re[2 * i + j] = sr; im[2 * i + j] = si;
  }
  return { dim: 2, re, im };
}

/**
 * The phase φ with a ≈ e^{iφ}·b and the residual max-entry error after removing it
 * (φ = arg tr(b†a)). For checking resynthesized sequences.
 */
export function phaseBetween(a: CMatrix, b: CMatrix): { phaseRad: number; errorAbs: number } {
  let tr = 0, ti = 0;
  for (let i = 0; i < a.re.length; i++) {
    tr += b.re[i] * a.re[i] + b.im[i] * a.im[i];
    ti += b.re[i] * a.im[i] - b.im[i] * a.re[i];
  }
  const p = Math.atan2(ti, tr), c = Math.cos(p), s = Math.sin(p);
  let err = 0;
  for (let i = 0; i < a.re.length; i++) {
    err = Math.max(err, Math.hypot(a.re[i] - (b.re[i] * c - b.im[i] * s), a.im[i] - (b.re[i] * s + b.im[i] * c)));
  }
  return { phaseRad: p, errorAbs: err };
}
