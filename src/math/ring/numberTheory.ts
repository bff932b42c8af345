/**
 * Integer number theory on BigInt used by the Diophantine step of rotation synthesis
 * (Ross & Selinger, arXiv:1403.2975, Sec. 6 and App. C): integer square roots, modular powers,
 * Miller–Rabin, Pollard–Brent ρ factoring with an iteration cap, Tonelli–Shanks square roots.
 */

/** ⌊√n⌋ for n ≥ 0 (Newton's method). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('isqrt of a negative number');
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  // Newton from a float start (may be off for large n); converge from above
  if (x * x > n || (x + 1n) * (x + 1n) <= n) {
    x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
    for (;;) {
      const y = (x + n / x) >> 1n;
      if (y >= x) break;
      x = y;
    }
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

/** b^e mod m (e ≥ 0, m ≥ 1). */
export function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n, x = ((b % m) + m) % m, k = e;
  while (k > 0n) {
    if (k & 1n) r = (r * x) % m;
    x = (x * x) % m;
    k >>= 1n;
  }
  return r % m;
}

function absBig(x: bigint): bigint {
  return x < 0n ? -x : x;
}

/** gcd of two integers (non-negative result). */
export function gcdBig(a: bigint, b: bigint): bigint {
  let x = absBig(a), y = absBig(b);
  while (y) { const t = x % y; x = y; y = t; }
  return x;
}

const MR_BASES = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n, 41n];

/**
 * Miller–Rabin with the first 13 prime bases: deterministic for n < 3.3·10²⁴
 * (Sorenson & Webster 2015), a strong probable-prime test above.
 */
export function isProbablePrime(n: bigint): boolean {
  if (n < 2n) return false;
  for (const p of MR_BASES) { if (n === p) return true; if (n % p === 0n) return false; }
  let d = n - 1n, s = 0;
  while ((d & 1n) === 0n) { d >>= 1n; s++; }
  outer: for (const a of MR_BASES) {
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < s; i++) {
      x = (x * x) % n;
      if (x === n - 1n) continue outer;
    }
    return false;
  }
  return true;
}

/** One non-trivial factor of the composite n by Pollard–Brent ρ, or undefined after `maxSteps`. */
function pollardBrent(n: bigint, maxSteps: number): bigint | undefined {
  if ((n & 1n) === 0n) return 2n;
  for (let c = 1n; c < 20n; c++) {
    let y = 2n, r = 1, q = 1n, g = 1n, x = 2n, ys = 2n, steps = 0;
    const f = (v: bigint): bigint => (v * v + c) % n;
    while (g === 1n) {
      x = y;
      for (let i = 0; i < r; i++) y = f(y);
      let k = 0;
      while (k < r && g === 1n) {
        ys = y;
        const m = Math.min(64, r - k);
        for (let i = 0; i < m; i++) { y = f(y); q = (q * absBig(x - y)) % n; }
        g = gcdBig(q, n);
        k += m;
        steps += m;
      }
      r *= 2;
      if (steps > maxSteps) return undefined;
    }
    if (g === n) {
      do { ys = f(ys); g = gcdBig(absBig(x - ys), n); } while (g === 1n);
    }
    if (g !== n) return g;
  }
  return undefined;
}

const SMALL_PRIMES: readonly bigint[] = (() => {
  const out: bigint[] = [];
  const lim = 2000;
  const sieve = new Uint8Array(lim + 1);
  for (let i = 2; i <= lim; i++) {
    if (sieve[i]) continue;
    out.push(BigInt(i));
    for (let j = i * i; j <= lim; j += i) sieve[j] = 1;
  }
  return out;
})();

/**
 * Prime factorization of n ≥ 1 as sorted [prime, exponent] pairs, or undefined when Pollard ρ
 * exceeds `maxSteps` steps on some cofactor (the caller then tries another candidate).
 */
export function factorize(n: bigint, maxSteps = 20000): (readonly [bigint, number])[] | undefined {
  const found = new Map<bigint, number>();
  const add = (p: bigint): void => { found.set(p, (found.get(p) ?? 0) + 1); };
  let m = n;
  for (const p of SMALL_PRIMES) {
    if (p * p > m) break;
    while (m % p === 0n) { add(p); m /= p; }
  }
  const stack: bigint[] = m > 1n ? [m] : [];
  while (stack.length) {
    const x = stack.pop()!;
    if (x === 1n) continue;
    if (isProbablePrime(x)) { add(x); continue; }
    const f = pollardBrent(x, maxSteps);
    if (f === undefined) return undefined;
    stack.push(f, x / f);
  }
  return [...found.entries()].sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0));
}

/** A square root of a modulo the odd prime p (Tonelli–Shanks), or undefined if a is a non-residue. */
export function sqrtMod(a: bigint, p: bigint): bigint | undefined {
  const x = ((a % p) + p) % p;
  if (x === 0n) return 0n;
  if (modPow(x, (p - 1n) / 2n, p) !== 1n) return undefined;
  let q = p - 1n, s = 0;
  while ((q & 1n) === 0n) { q >>= 1n; s++; }
  let z = 2n;
  while (modPow(z, (p - 1n) / 2n, p) !== p - 1n) z++;
  let m = s, c = modPow(z, q, p), t = modPow(x, q, p), r = modPow(x, (q + 1n) / 2n, p);
  while (t !== 1n) {
    let i = 0, t2 = t;
    while (t2 !== 1n) { t2 = (t2 * t2) % p; i++; }
    let b = c;
    for (let j = 0; j < m - i - 1; j++) b = (b * b) % p;
    m = i; c = (b * b) % p; t = (t * c) % p; r = (r * b) % p;
  }
  return r;
}
