/**
 * Exact arithmetic in the ring Z[√2] = {a + b√2 : a, b ∈ Z} with BigInt coefficients
 * (Ross & Selinger, "Optimal ancilla-free Clifford+T approximation of z-rotations",
 * arXiv:1403.2975, Sec. 2). The √2-conjugate x• maps √2 ↦ −√2; λ = 1 + √2 is the fundamental unit.
 */
export interface ZRoot2 {
  readonly a: bigint;
  readonly b: bigint;
}

/** a + b√2. */
export function zr2(a: bigint, b: bigint = 0n): ZRoot2 {
  return { a, b };
}

export const ZR2_ZERO: ZRoot2 = zr2(0n);
export const ZR2_ONE: ZRoot2 = zr2(1n);
/** λ = 1 + √2 and its inverse λ⁻¹ = −1 + √2. */
export const LAMBDA: ZRoot2 = zr2(1n, 1n);
export const LAMBDA_INV: ZRoot2 = zr2(-1n, 1n);

export function zr2Add(x: ZRoot2, y: ZRoot2): ZRoot2 {
  return zr2(x.a + y.a, x.b + y.b);
}

export function zr2Sub(x: ZRoot2, y: ZRoot2): ZRoot2 {
  return zr2(x.a - y.a, x.b - y.b);
}

export function zr2Mul(x: ZRoot2, y: ZRoot2): ZRoot2 {
  return zr2(x.a * y.a + 2n * x.b * y.b, x.a * y.b + x.b * y.a);
}

/** The √2-conjugate a − b√2. */
export function zr2Bullet(x: ZRoot2): ZRoot2 {
  return zr2(x.a, -x.b);
}

/** The field norm x·x• = a² − 2b² ∈ Z. */
export function zr2Norm(x: ZRoot2): bigint {
  return x.a * x.a - 2n * x.b * x.b;
}

export function zr2IsZero(x: ZRoot2): boolean {
  return x.a === 0n && x.b === 0n;
}

export function zr2Equals(x: ZRoot2, y: ZRoot2): boolean {
  return x.a === y.a && x.b === y.b;
}

/** Exact sign (−1, 0, 1) of the real number a + b√2. */
export function zr2Sign(x: ZRoot2): number {
  const { a, b } = x;
  if (a >= 0n && b >= 0n) return a === 0n && b === 0n ? 0 : 1;
  if (a <= 0n && b <= 0n) return -1;
  const d = a * a - 2n * b * b; // never 0 unless both are 0 (√2 is irrational)
  if (a > 0n) return d > 0n ? 1 : -1;
  return d > 0n ? -1 : 1;
}

/** True when x ≥ 0 and x• ≥ 0 ("doubly positive", Ross–Selinger Def. 2.4). */
export function zr2IsDoublyPositive(x: ZRoot2): boolean {
  return zr2Sign(x) >= 0 && zr2Sign(zr2Bullet(x)) >= 0;
}

/** x / y when y divides x exactly in Z[√2], else undefined. */
export function zr2DivExact(x: ZRoot2, y: ZRoot2): ZRoot2 | undefined {
  const n = zr2Norm(y);
  if (n === 0n) return undefined;
  const p = zr2Mul(x, zr2Bullet(y));
  if (p.a % n !== 0n || p.b % n !== 0n) return undefined;
  return zr2(p.a / n, p.b / n);
}

function roundDiv(p: bigint, n: bigint): bigint {
  // nearest integer to p/n (n > 0), ties toward +∞
  const q = p / n, r = p % n;
  const twice = 2n * (r < 0n ? -r : r);
  if (twice < n || (twice === n && r < 0n)) return q;
  return r < 0n ? q - 1n : q + 1n;
}

/** Euclidean remainder x − q·y with q the coefficient-wise rounded quotient (|N(r)| < |N(y)|). */
export function zr2Rem(x: ZRoot2, y: ZRoot2): ZRoot2 {
  let n = zr2Norm(y);
  let p = zr2Mul(x, zr2Bullet(y));
  if (n < 0n) { n = -n; p = zr2(-p.a, -p.b); }
  const q = zr2(roundDiv(p.a, n), roundDiv(p.b, n));
  return zr2Sub(x, zr2Mul(q, y));
}

/** A greatest common divisor in Z[√2] (Euclid; Z[√2] is norm-Euclidean), defined up to a unit. */
export function zr2Gcd(x: ZRoot2, y: ZRoot2): ZRoot2 {
  let u = x, v = y;
  for (let i = 0; i < 10000 && !zr2IsZero(v); i++) {
    const r = zr2Rem(u, v);
    u = v; v = r;
  }
  return u;
}

/** y^e for e ≥ 0. */
export function zr2Pow(y: ZRoot2, e: number): ZRoot2 {
  let r = ZR2_ONE, base = y, k = e;
  while (k > 0) {
    if (k & 1) r = zr2Mul(r, base);
    base = zr2Mul(base, base);
    k >>= 1;
  }
  return r;
}

/** λⁿ for any integer n (λ = 1 + √2). */
export function lambdaPow(n: number): ZRoot2 {
  return n >= 0 ? zr2Pow(LAMBDA, n) : zr2Pow(LAMBDA_INV, -n);
}

/** Approximate real value (double precision; for diagnostics and step-size choices only). */
export function zr2ToNumber(x: ZRoot2): number {
  return Number(x.a) + Number(x.b) * Math.SQRT2;
}
