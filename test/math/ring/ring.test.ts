import { makeRng } from '../../../src/math/rng';
import {
  ZOmega, zwAdd, zwBullet, zwConj, zwDivSqrt2, zwDivisibleBySqrt2, zwMul, zwMulSqrt2, zwNormSq, zwToComplex,
  zr2, zr2Mul, zr2Sign, zr2ToNumber, zr2Bullet, factorize, isProbablePrime, sqrtMod, isqrt, solveNormEquation,
  zwEquals, zwFromZr2, zr2Equals,
} from '../../../src/math/ring';

const rng = makeRng(12);
const randInt = (m: number): bigint => BigInt(rng.int(2 * m + 1) - m);
const randZw = (m = 50): ZOmega => [randInt(m), randInt(m), randInt(m), randInt(m)];
const TOL = 1e-9;

function cmul([a, b]: [number, number], [c, d]: [number, number]): [number, number] {
  return [a * c - b * d, a * d + b * c];
}

describe('Z[ω] and Z[√2] arithmetic (against complex doubles)', () => {
  it('multiplication, conjugates, |x|² and √2-division agree with the complex embedding', () => {
    for (let i = 0; i < 200; i++) {
      const x = randZw(), y = randZw();
      const [pr, pi] = zwToComplex(zwMul(x, y)), [er, ei] = cmul(zwToComplex(x), zwToComplex(y));
      expect(Math.abs(pr - er) + Math.abs(pi - ei)).toBeLessThan(TOL * 1e4);
      const [cr, ci] = zwToComplex(zwConj(x)), [xr, xi] = zwToComplex(x);
      expect(Math.abs(cr - xr) + Math.abs(ci + xi)).toBeLessThan(TOL);
      expect(Math.abs(zr2ToNumber(zwNormSq(x)) - (xr * xr + xi * xi))).toBeLessThan(TOL * 1e4);
      // bullet is a ring homomorphism and commutes with conj
      expect(zwEquals(zwBullet(zwMul(x, y)), zwMul(zwBullet(x), zwBullet(y)))).toBe(true);
      expect(zwEquals(zwBullet(zwConj(x)), zwConj(zwBullet(x)))).toBe(true);
      const s = zwMulSqrt2(x);
      expect(zwDivisibleBySqrt2(s)).toBe(true);
      expect(zwEquals(zwDivSqrt2(s), x)).toBe(true);
      const [sr, si] = zwToComplex(s);
      expect(Math.abs(sr - Math.SQRT2 * xr) + Math.abs(si - Math.SQRT2 * xi)).toBeLessThan(TOL * 1e3);
      expect(zwEquals(zwAdd(x, y), zwAdd(y, x))).toBe(true);
    }
  });

  it('exact sign of a + b√2 matches the double value away from 0', () => {
    for (let i = 0; i < 500; i++) {
      const x = zr2(randInt(1000), randInt(1000));
      const v = zr2ToNumber(x);
      if (Math.abs(v) > 1e-6) expect(zr2Sign(x)).toBe(Math.sign(v));
    }
    // 99² − 2·70² = 1: 99 − 70√2 ≈ 0.00505 > 0
    expect(zr2Sign(zr2(99n, -70n))).toBe(1);
    expect(zr2Sign(zr2(-99n, 70n))).toBe(-1);
    expect(zr2Equals(zr2Mul(zr2(1n, 1n), zr2(-1n, 1n)), zr2(1n))).toBe(true);
  });
});

describe('number theory', () => {
  it.each([
    [2n ** 61n - 1n, true], [1000000007n * 998244353n, false], [561n, false], [104729n, true],
  ])('Miller–Rabin(%s) = %s', (n, prime) => {
    expect(isProbablePrime(n)).toBe(prime);
  });

  it('factorize returns primes whose product is n', () => {
    for (const n of [1n, 2n, 360n, 1000000007n * 998244353n, 2n ** 40n * 3n ** 5n, 600851475143n, 123456789012345678n]) {
      const f = factorize(n)!;
      expect(f.reduce((acc, [p, e]) => acc * p ** BigInt(e), 1n)).toBe(n);
      for (const [p] of f) expect(isProbablePrime(p)).toBe(true);
    }
  });

  it('sqrtMod and isqrt', () => {
    for (const p of [17n, 41n, 73n, 1000000009n]) {
      for (const a of [-1n, 2n, -2n]) {
        const h = sqrtMod(a, p);
        if (h !== undefined) expect((h * h - a) % p).toBe(0n);
      }
    }
    expect(sqrtMod(3n, 7n)).toBeUndefined();
    for (const n of [0n, 1n, 15n, 16n, 10n ** 40n + 7n]) {
      const r = isqrt(n);
      expect(r * r <= n && (r + 1n) * (r + 1n) > n).toBe(true);
    }
  });
});

describe('Diophantine step t†t = ξ', () => {
  it('solves ξ = |s|² for random s (solvable by construction), with t†t = ξ exactly', () => {
    for (let i = 0; i < 100; i++) {
      const s = randZw(30);
      const xi = zwNormSq(s);
      const t = solveNormEquation(xi);
      expect(t).toBeDefined();
      expect(zr2Equals(zwNormSq(t!), xi)).toBe(true);
    }
  });

  it.each([
    ['3 + √2 (norm 7, a prime ≡ 7 mod 8 to an odd power)', zr2(3n, 1n)],
    ['-1 (not doubly positive)', zr2(-1n)],
    ['√2 (positive but its conjugate is negative)', zr2(0n, 1n)],
  ])('has no solution for %s', (_name, xi) => {
    expect(solveNormEquation(xi)).toBeUndefined();
  });

  it('ξ = 7 = (3+√2)(3−√2) is no norm, 49 = 7·7 is', () => {
    expect(solveNormEquation(zr2(7n))).toBeUndefined();
    const t = solveNormEquation(zr2(49n))!;
    expect(zr2Equals(zwNormSq(t), zr2(49n))).toBe(true);
    expect(zr2Equals(zwNormSq(zwFromZr2(zr2(7n))), zr2(49n))).toBe(true);
    expect(zr2Equals(zr2Bullet(zr2(3n, 1n)), zr2(3n, -1n))).toBe(true);
  });
});
