/**
 * Small dense complex/real matrix helpers for the QSP/QSVT tests: an independent reference built
 * from plain matrix products and a Jacobi eigen-solver, sharing no code with src/math/qsp.
 */

export interface CMat {
  readonly n: number;
  readonly re: Float64Array;
  readonly im: Float64Array;
}

export function cZeros(n: number): CMat {
  return { n, re: new Float64Array(n * n), im: new Float64Array(n * n) };
}

export function cIdentity(n: number): CMat {
  const m = cZeros(n);
  for (let i = 0; i < n; i++) m.re[i * n + i] = 1;
  return m;
}

export function cFromReal(n: number, a: ArrayLike<number>): CMat {
  const m = cZeros(n);
  for (let i = 0; i < n * n; i++) m.re[i] = a[i];
  return m;
}

export function cMul(a: CMat, b: CMat): CMat {
  const n = a.n;
  const out = cZeros(n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const ar = a.re[i * n + k], ai = a.im[i * n + k];
      for (let j = 0; j < n; j++) {
        const br = b.re[k * n + j], bi = b.im[k * n + j];
        out.re[i * n + j] += ar * br - ai * bi;
        out.im[i * n + j] += ar * bi + ai * br;
      }
    }
  }
  return out;
}

export function cAdjoint(a: CMat): CMat {
  const n = a.n;
  const out = cZeros(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      out.re[j * n + i] = a.re[i * n + j];
      out.im[j * n + i] = -a.im[i * n + j];
    }
  }
  return out;
}

/** diag(e^{iφ}·I_half, e^{−iφ}·I_half) = e^{iφ(2Π − I)} with Π the projector on the first half. */
export function projectorPhase(n: number, phiRad: number): CMat {
  const m = cZeros(n);
  const half = n / 2;
  for (let i = 0; i < n; i++) {
    const sign = i < half ? 1 : -1;
    m.re[i * n + i] = Math.cos(phiRad);
    m.im[i * n + i] = sign * Math.sin(phiRad);
  }
  return m;
}

/** Cyclic Jacobi eigen-decomposition of a real symmetric n×n matrix: a = V diag(values) Vᵀ. */
export function jacobiEigen(a: ArrayLike<number>, n: number): { values: Float64Array; vectors: Float64Array } {
  const m = Float64Array.from(a as ArrayLike<number>);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p * n + q] ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p * n + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (m[q * n + q] - m[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k * n + p], mkq = m[k * n + q];
          m[k * n + p] = c * mkp - s * mkq;
          m[k * n + q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p * n + k], mqk = m[q * n + k];
          m[p * n + k] = c * mpk - s * mqk;
          m[q * n + k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p], vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = m[i * n + i];
  return { values, vectors: v };
}

/** V diag(f(λ)) Vᵀ for a real symmetric matrix. */
export function symmetricFunction(a: ArrayLike<number>, n: number, f: (lambda: number) => number): Float64Array {
  const { values, vectors } = jacobiEigen(a, n);
  const out = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const fk = f(values[k]);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i * n + j] += vectors[i * n + k] * fk * vectors[j * n + k];
  }
  return out;
}

/** Σ c_k T_k(A) by the matrix three-term recurrence T_{k+1} = 2A T_k − T_{k−1} (no eigen-decomposition). */
export function matrixChebyshev(coeffs: Float64Array, a: ArrayLike<number>, n: number): Float64Array {
  const out = new Float64Array(n * n);
  let prev = new Float64Array(n * n);
  for (let i = 0; i < n; i++) prev[i * n + i] = 1;
  let cur = Float64Array.from(a as ArrayLike<number>);
  for (let i = 0; i < n * n; i++) out[i] += coeffs[0] * prev[i];
  if (coeffs.length > 1) for (let i = 0; i < n * n; i++) out[i] += coeffs[1] * cur[i];
  for (let k = 2; k < coeffs.length; k++) {
    const next = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let t = 0; t < n; t++) s += a[i * n + t] * cur[t * n + j];
        next[i * n + j] = 2 * s - prev[i * n + j];
      }
    }
    prev = cur;
    cur = next;
    for (let i = 0; i < n * n; i++) out[i] += coeffs[k] * cur[i];
  }
  return out;
}

/** Top-left half×half block of a complex matrix, real and imaginary parts. */
export function topLeftBlock(m: CMat): { re: Float64Array; im: Float64Array } {
  const half = m.n / 2;
  const re = new Float64Array(half * half), im = new Float64Array(half * half);
  for (let i = 0; i < half; i++) {
    for (let j = 0; j < half; j++) {
      re[i * half + j] = m.re[i * m.n + j];
      im[i * half + j] = m.im[i * m.n + j];
    }
  }
  return { re, im };
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}
