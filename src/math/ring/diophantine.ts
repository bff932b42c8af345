import { factorize, sqrtMod } from './numberTheory';
import {
  ZRoot2, zr2, zr2Bullet, zr2DivExact, zr2Gcd, zr2IsDoublyPositive, zr2IsZero, zr2Norm, zr2Sign,
  lambdaPow, zr2Equals, zr2ToNumber,
} from './zRoot2';
import { ZOmega, ZW_ONE, zwFromZr2, zwGcd, zwMul, zwNormSq, zwBullet } from './zOmega';

/** Options of {@link solveNormEquation}. */
export interface NormEquationOptions {
  /** Pollard ρ step cap per cofactor; a harder number is given up (the caller tries another candidate). */
  readonly maxFactorSteps?: number;
}

const DELTA: ZOmega = [1n, 1n, 0n, 0n]; // δ = 1 + ω, δ†δ = 2 + √2 = √2·λ
const I_UNIT: ZOmega = [0n, 0n, 1n, 0n]; // i = ω²
const SQRT_M2: ZOmega = [0n, 1n, 0n, 1n]; // √−2 = ω + ω³

function zwPow(x: ZOmega, e: number): ZOmega {
  let r = ZW_ONE, b = x, k = e;
  while (k > 0) { if (k & 1) r = zwMul(r, b); b = zwMul(b, b); k >>= 1; }
  return r;
}

/** Multiplicity of π in ξ (π not a unit) and the cofactor. */
function splitOff(xi: ZRoot2, pi: ZRoot2): [number, ZRoot2] {
  let e = 0, x = xi;
  for (;;) {
    const q = zr2DivExact(x, pi);
    if (!q) return [e, x];
    x = q; e++;
  }
}

/** t ∈ Z[ω] with t†t ~ p (p ≡ 3, 5 mod 8 prime), via gcd(p, h + s), s² ∈ {−1, −2}. */
function normFactorInert(p: bigint): ZOmega | undefined {
  const mod8 = Number(p % 8n);
  const square = mod8 === 5 ? -1n : -2n;
  const s = mod8 === 5 ? I_UNIT : SQRT_M2;
  const h = sqrtMod(square, p);
  if (h === undefined) return undefined;
  return zwGcd(zwFromZr2(zr2(p)), [h + s[0], s[1], s[2], s[3]]);
}

/**
 * Solve t†t = ξ for t ∈ Z[ω], given a doubly positive ξ ∈ Z[√2] (Ross & Selinger,
 * arXiv:1403.2975, Sec. 6 and App. C): factor the integer N(ξ) = ξ·ξ• (Pollard ρ, capped), split
 * each rational prime p in Z[√2] and lift it to Z[ω] by a gcd with h + i or h + √−2
 * (h a square root mod p), collect the factors, and fix the remaining unit λ^{2m} by λᵐ.
 * Returns undefined when no solution exists (a prime ≡ 7 mod 8 to an odd power) or when
 * factoring exceeded its cap. A returned t always satisfies t†t = ξ exactly.
 */
export function solveNormEquation(xi: ZRoot2, opts: NormEquationOptions = {}): ZOmega | undefined {
  if (zr2IsZero(xi)) return [0n, 0n, 0n, 0n];
  if (!zr2IsDoublyPositive(xi)) return undefined;
  let rest = xi;
  let t: ZOmega = ZW_ONE;
  // the ramified prime √2 (as Z[√2]-element: a + b√2 divisible by √2 iff a is even)
  let e2 = 0;
  while ((rest.a & 1n) === 0n) { rest = zr2(rest.b, rest.a / 2n); e2++; }
  t = zwMul(t, zwPow(DELTA, e2));
  const n = zr2Norm(rest);
  const factors = factorize(n < 0n ? -n : n, opts.maxFactorSteps ?? 20000);
  if (!factors) return undefined;
  for (const [p, e] of factors) {
    const mod8 = Number(p % 8n);
    if (mod8 === 3 || mod8 === 5) {
      // inert in Z[√2]: p^{e/2} divides ξ
      if (e % 2) return undefined;
      const tp = normFactorInert(p);
      if (!tp) return undefined;
      t = zwMul(t, zwPow(tp, e / 2));
      continue;
    }
    // p ≡ ±1 mod 8 splits in Z[√2]: π = gcd(p, h + √2), h² ≡ 2 (mod p)
    const h = sqrtMod(2n, p);
    if (h === undefined) return undefined;
    const pi = zr2Gcd(zr2(p), zr2(h, 1n));
    const normPi = zr2Norm(pi);
    if (normPi !== p && normPi !== -p) return undefined;
    const [e1, afterPi] = splitOff(rest, pi);
    const [e2b, afterBoth] = splitOff(afterPi, zr2Bullet(pi));
    rest = afterBoth;
    if (e1 + e2b !== e) return undefined;
    if (mod8 === 7) {
      if (e1 % 2 || e2b % 2) return undefined;
      t = zwMul(t, zwMul(zwPow(zwFromZr2(pi), e1 / 2), zwPow(zwFromZr2(zr2Bullet(pi)), e2b / 2)));
      continue;
    }
    // p ≡ 1 mod 8: lift π to Z[ω] via gcd(π, h' + i), h'² ≡ −1 (mod p)
    const hi = sqrtMod(-1n, p);
    if (hi === undefined) return undefined;
    const tPi = zwGcd(zwFromZr2(pi), [hi, 0n, 1n, 0n]);
    if (!tPi) return undefined;
    t = zwMul(t, zwMul(zwPow(tPi, e1), zwPow(zwBullet(tPi), e2b)));
  }
  // ξ = unit · t†t; the unit is doubly positive, hence λ^{2m}
  const tt = zwNormSq(t);
  const unit = zr2DivExact(xi, tt);
  if (!unit || (zr2Norm(unit) !== 1n) || zr2Sign(unit) <= 0) return undefined;
  const m = Math.round(Math.log(zr2ToNumber(unit)) / (2 * Math.log(1 + Math.SQRT2)));
  if (!zr2Equals(lambdaPow(2 * m), unit)) return undefined;
  const fixed = zwMul(t, zwFromZr2(lambdaPow(m)));
  return zr2Equals(zwNormSq(fixed), xi) ? fixed : undefined;
}
