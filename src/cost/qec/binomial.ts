/**
 * Binomial tail probabilities for sizing distillation rounds (how many units must run so that
 * enough of them succeed with high probability; Beverland et al., arXiv:2211.07629, Appendix C).
 * Written here (not mathjs) because we need log-space pmfs for n up to ~10^6 without overflow.
 */

// Math functions bound once: under jest's vm sandbox every `Math.x` is a slow global lookup, and
// these run millions of times in the factory search.
const { log, log1p, exp, sin, floor, min, PI } = Math;

// Lanczos approximation (g = 7, 9 terms), relative accuracy ~1e-15.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0. */
export function lnGamma(x: number): number {
  if (x < 0.5) return log(PI / sin(PI * x)) - lnGamma(1 - x);
  const y = x - 1;
  let a = LANCZOS[0];
  const t = y + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (y + i);
  return 0.5 * log(2 * PI) + (y + 0.5) * log(t) - t + log(a);
}

/** ln n! from a table for n < 2^16 (built on demand from lnGamma), lnGamma beyond. */
const LN_FACTORIAL_TABLE_SIZE = 1 << 16;
let lnFactorialTable: Float64Array | undefined;
export function lnFactorial(n: number): number {
  if (n >= LN_FACTORIAL_TABLE_SIZE) return lnGamma(n + 1);
  if (!lnFactorialTable) {
    lnFactorialTable = new Float64Array(LN_FACTORIAL_TABLE_SIZE);
    for (let i = 2; i < LN_FACTORIAL_TABLE_SIZE; i++) lnFactorialTable[i] = lnGamma(i + 1);
  }
  return lnFactorialTable[n];
}

/** ln C(n, k) for integers 0 ≤ k ≤ n. */
export function lnChoose(n: number, k: number): number {
  return lnFactorial(n) - lnFactorial(k) - lnFactorial(n - k);
}

/**
 * P(F ≥ m) for F ~ Binomial(n, q): the probability that at least m of n independent trials fail,
 * each failing with probability q ∈ (0, 1). Sums pmf terms upward from m in log-safe form.
 */
export function binomialUpperTail(n: number, q: number, m: number): number {
  if (m <= 0) return 1;
  if (m > n) return 0;
  const ratio = q / (1 - q);
  let term = exp(lnChoose(n, m) + m * log(q) + (n - m) * log1p(-q));
  let sum = 0;
  const mode = floor((n + 1) * q);
  for (let f = m; f <= n; f++) {
    sum += term;
    if (f >= mode && term <= sum * 1e-17) break;
    term *= ((n - f) / (f + 1)) * ratio;
  }
  return min(1, sum);
}

/**
 * The `requirement`-quantile of the number of successes X ~ Binomial(n, 1 − q): the smallest k with
 * P(X ≤ k) ≥ requirement. With probability > 1 − requirement at least this many units succeed
 * (the Azure RE's `Binomial::with_failure(n, q).inverse(requirement)`).
 */
export function successQuantile(n: number, q: number, requirement: number): number {
  // P(X ≤ k) = P(F ≥ n − k), increasing in k.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = floor((lo + hi) / 2);
    if (binomialUpperTail(n, q, n - mid) >= requirement) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** True when the requirement-quantile of successes among n units is ≥ `needed` (cheaper than computing it). */
export function hasEnoughSuccesses(n: number, q: number, requirement: number, needed: number): boolean {
  if (needed <= 0) return true;
  if (needed > n) return false;
  return binomialUpperTail(n, q, n - needed + 1) < requirement;
}
