import { isqrt } from './numberTheory';
import { ZRoot2 } from './zRoot2';

/**
 * Binary fixed-point reals on BigInt: a value v is stored as the integer ⌊v·2^P⌋ (P fractional
 * bits, chosen per synthesis from ε). Used where double precision cannot resolve the ε-region
 * of rotation synthesis (its width is ε²/2, below 2⁻⁵³ for ε < 10⁻⁸).
 */
export interface FixedContext {
  /** Fractional bits. */
  readonly bits: number;
  readonly one: bigint;
  /** √2 with 64 guard bits (scale 2^{P+64}). */
  readonly sqrt2Hi: bigint;
}

/** A fixed-point context with `bits` fractional bits. */
export function makeFixedContext(bits: number): FixedContext {
  const P = BigInt(bits);
  return { bits, one: 1n << P, sqrt2Hi: isqrt(2n << (2n * (P + 64n))) };
}

/** x·y in fixed point (floor). */
export function fxMul(ctx: FixedContext, x: bigint, y: bigint): bigint {
  return (x * y) >> BigInt(ctx.bits);
}

/** x/y in fixed point (truncated). */
export function fxDiv(ctx: FixedContext, x: bigint, y: bigint): bigint {
  return (x << BigInt(ctx.bits)) / y;
}

/** √x in fixed point (x ≥ 0, floor). */
export function fxSqrt(ctx: FixedContext, x: bigint): bigint {
  return isqrt(x << BigInt(ctx.bits));
}

/** The real a + b√2 in fixed point (error below one unit). */
export function fxFromZr2(ctx: FixedContext, x: ZRoot2): bigint {
  return (x.a << BigInt(ctx.bits)) + ((x.b * ctx.sqrt2Hi) >> 64n);
}

/** A double (exact binary value) in fixed point (floor). */
export function fxFromNumber(ctx: FixedContext, v: number): bigint {
  return fromNumberBits(ctx.bits, v);
}

function fromNumberBits(bits: number, v: number): bigint {
  if (!Number.isFinite(v)) throw new RangeError(`fixed point of a non-finite number ${v}`);
  if (v === 0) return 0n;
  // v = m·2^e exactly with integer m (|m| < 2^53)
  let e = Math.floor(Math.log2(Math.abs(v))) - 52;
  let m = v / 2 ** e;
  while (!Number.isInteger(m)) { e -= 1; m = v / 2 ** e; }
  const shift = e + bits;
  const M = BigInt(m);
  return shift >= 0 ? M << BigInt(shift) : M >> BigInt(-shift);
}

/** Fixed point → nearest double. */
export function fxToNumber(ctx: FixedContext, x: bigint): number {
  const neg = x < 0n, ax = neg ? -x : x;
  const len = ax.toString(2).length;
  const drop = Math.max(0, len - 60);
  const v = Number(ax >> BigInt(drop)) * 2 ** (drop - ctx.bits);
  return neg ? -v : v;
}

/** π in fixed point, by Machin's formula π = 16·atan(1/5) − 4·atan(1/239) with 32 guard bits. */
export function fxPi(ctx: FixedContext): bigint {
  return piBits(ctx.bits);
}

function piBits(bits: number): bigint {
  const g = BigInt(bits + 32);
  const atanInv = (n: bigint): bigint => {
    const one = 1n << g;
    let term = one / n, sum = term, k = 1n;
    const n2 = n * n;
    while (term !== 0n) {
      term /= n2;
      const add = term / (2n * k + 1n);
      sum += k & 1n ? -add : add;
      k++;
    }
    return sum;
  };
  return (16n * atanInv(5n) - 4n * atanInv(239n)) >> 32n;
}

/**
 * [cos x, sin x] in fixed point for a double x (its exact binary value), correct to a few
 * units: reduce by 2π (high-precision π), then Taylor series at x/2¹⁶ and 16 double-angle steps,
 * with 48 guard bits.
 */
export function fxCosSin(ctx: FixedContext, xRad: number): [bigint, bigint] {
  const guard = 48;
  const hi = { bits: ctx.bits + guard };
  const twoPi = 2n * piBits(hi.bits);
  let r = fromNumberBits(hi.bits, xRad) % twoPi;
  if (r > twoPi / 2n) r -= twoPi;
  if (r < -twoPi / 2n) r += twoPi;
  const halvings = 16;
  const y = r >> BigInt(halvings);
  const one = 1n << BigInt(hi.bits);
  const mul = (a: bigint, b: bigint): bigint => (a * b) >> BigInt(hi.bits);
  // Taylor series for cos y, sin y (|y| < 2^-13)
  let c = one, s = y, termC = one, termS = y;
  for (let k = 1; k < 40; k++) {
    termC = -mul(termC, mul(y, y)) / BigInt((2 * k - 1) * (2 * k));
    termS = -mul(termS, mul(y, y)) / BigInt((2 * k) * (2 * k + 1));
    if (termC === 0n && termS === 0n) break;
    c += termC; s += termS;
  }
  for (let i = 0; i < halvings; i++) {
    const c2 = mul(c, c) - mul(s, s);
    const s2 = 2n * mul(s, c);
    c = c2; s = s2;
  }
  return [c >> BigInt(guard), s >> BigInt(guard)];
}
