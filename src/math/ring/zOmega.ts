import { ZRoot2, zr2, zr2Bullet, zr2Norm } from './zRoot2';

/**
 * Exact arithmetic in the ring of cyclotomic integers Z[ω], ω = e^{iπ/4}: elements
 * c0 + c1·ω + c2·ω² + c3·ω³ with BigInt coefficients, ω⁴ = −1 (Ross & Selinger,
 * arXiv:1403.2975, Sec. 2; Kliuchnikov, Maslov & Mosca, arXiv:1206.5236). Z[√2] sits inside as
 * a + b√2 = a + b·(ω − ω³).
 */
export type ZOmega = readonly [bigint, bigint, bigint, bigint];

export const ZW_ZERO: ZOmega = [0n, 0n, 0n, 0n];
export const ZW_ONE: ZOmega = [1n, 0n, 0n, 0n];

export function zwAdd(x: ZOmega, y: ZOmega): ZOmega {
  return [x[0] + y[0], x[1] + y[1], x[2] + y[2], x[3] + y[3]];
}

export function zwSub(x: ZOmega, y: ZOmega): ZOmega {
  return [x[0] - y[0], x[1] - y[1], x[2] - y[2], x[3] - y[3]];
}

export function zwNeg(x: ZOmega): ZOmega {
  return [-x[0], -x[1], -x[2], -x[3]];
}

export function zwMul(x: ZOmega, y: ZOmega): ZOmega {
  const [a0, a1, a2, a3] = x, [b0, b1, b2, b3] = y;
  return [
    a0 * b0 - a1 * b3 - a2 * b2 - a3 * b1,
    a0 * b1 + a1 * b0 - a2 * b3 - a3 * b2,
    a0 * b2 + a1 * b1 + a2 * b0 - a3 * b3,
    a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0,
  ];
}

/** ωᵐ·x for any integer m (a signed rotation of the coefficients). */
export function zwMulOmegaPow(x: ZOmega, m: number): ZOmega {
  let r = x;
  const k = ((m % 8) + 8) % 8;
  for (let i = 0; i < k; i++) r = [-r[3], r[0], r[1], r[2]];
  return r;
}

/** Complex conjugate x† (ω ↦ ω⁻¹ = −ω³). */
export function zwConj(x: ZOmega): ZOmega {
  return [x[0], -x[3], -x[2], -x[1]];
}

/** √2-conjugate x• (ω ↦ −ω), the automorphism that restricts to a + b√2 ↦ a − b√2. */
export function zwBullet(x: ZOmega): ZOmega {
  return [x[0], -x[1], x[2], -x[3]];
}

export function zwIsZero(x: ZOmega): boolean {
  return x[0] === 0n && x[1] === 0n && x[2] === 0n && x[3] === 0n;
}

export function zwEquals(x: ZOmega, y: ZOmega): boolean {
  return x[0] === y[0] && x[1] === y[1] && x[2] === y[2] && x[3] === y[3];
}

/** The embedding Z[√2] → Z[ω]. */
export function zwFromZr2(x: ZRoot2): ZOmega {
  return [x.a, x.b, 0n, -x.b];
}

/** x as an element of Z[√2], or undefined when x is not real. */
export function zwToZr2(x: ZOmega): ZRoot2 | undefined {
  if (x[2] !== 0n || x[3] !== -x[1]) return undefined;
  return zr2(x[0], x[1]);
}

/** x†x = |x|² ∈ Z[√2]. */
export function zwNormSq(x: ZOmega): ZRoot2 {
  const [a, b, c, d] = x;
  // |x|² = (a² + b² + c² + d²) + (ab + bc + cd − da)·√2
  return zr2(a * a + b * b + c * c + d * d, a * b + b * c + c * d - d * a);
}

/** The absolute norm N(x) = |x|²·|x•|² ∈ Z (non-negative). */
export function zwNorm(x: ZOmega): bigint {
  return zr2Norm(zwNormSq(x));
}

/** True when √2 divides x in Z[ω] (c0 ≡ c2 and c1 ≡ c3 mod 2). */
export function zwDivisibleBySqrt2(x: ZOmega): boolean {
  return ((x[0] - x[2]) & 1n) === 0n && ((x[1] - x[3]) & 1n) === 0n;
}

/** x/√2 (x must be divisible, see {@link zwDivisibleBySqrt2}). */
export function zwDivSqrt2(x: ZOmega): ZOmega {
  const [c0, c1, c2, c3] = x;
  return [(c1 - c3) / 2n, (c0 + c2) / 2n, (c1 + c3) / 2n, (c2 - c0) / 2n];
}

/** √2·x. */
export function zwMulSqrt2(x: ZOmega): ZOmega {
  const [b0, b1, b2, b3] = x;
  return [b1 - b3, b0 + b2, b1 + b3, b2 - b0];
}

function roundDiv(p: bigint, n: bigint): bigint {
  const q = p / n, r = p % n;
  const twice = 2n * (r < 0n ? -r : r);
  if (twice < n || (twice === n && r < 0n)) return q;
  return r < 0n ? q - 1n : q + 1n;
}

/** x / y when y divides x exactly, else undefined. */
export function zwDivExact(x: ZOmega, y: ZOmega): ZOmega | undefined {
  const n2 = zwNormSq(y);
  const n = zr2Norm(n2);
  if (n === 0n) return undefined;
  const p = zwMul(zwMul(x, zwConj(y)), zwFromZr2(zr2Bullet(n2)));
  if (p.some((c) => c % n !== 0n)) return undefined;
  return [p[0] / n, p[1] / n, p[2] / n, p[3] / n];
}

/** Euclidean remainder x − q·y, q the coefficient-wise rounded quotient (N(r) < N(y): Z[ω] is norm-Euclidean). */
export function zwRem(x: ZOmega, y: ZOmega): ZOmega {
  const n2 = zwNormSq(y);
  const n = zr2Norm(n2);
  const p = zwMul(zwMul(x, zwConj(y)), zwFromZr2(zr2Bullet(n2)));
  const q: ZOmega = [roundDiv(p[0], n), roundDiv(p[1], n), roundDiv(p[2], n), roundDiv(p[3], n)];
  return zwSub(x, zwMul(q, y));
}

/** A greatest common divisor in Z[ω] (Euclid, capped), up to a unit; undefined if the cap is hit. */
export function zwGcd(x: ZOmega, y: ZOmega): ZOmega | undefined {
  let u = x, v = y;
  for (let i = 0; i < 2000; i++) {
    if (zwIsZero(v)) return u;
    const r = zwRem(u, v);
    if (zwNorm(r) >= zwNorm(v)) return undefined;
    u = v; v = r;
  }
  return undefined;
}

/** Approximate complex value [re, im] in double precision (diagnostics and checks). */
export function zwToComplex(x: ZOmega): [number, number] {
  const h = Math.SQRT1_2;
  const [a, b, c, d] = x.map(Number);
  return [a + (b - d) * h, c + (b + d) * h];
}
