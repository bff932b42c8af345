import { FixedContext, fxFromZr2, fxMul } from './fixedPoint';
import { ZRoot2, lambdaPow, zr2, zr2Bullet, zr2Mul } from './zRoot2';

/** A closed real interval [lo, hi] in fixed point (see {@link FixedContext}). */
export interface FixedInterval {
  readonly lo: bigint;
  readonly hi: bigint;
}

/** λⁿ, (λⁿ)• in fixed point and λ⁻ⁿ, memoized per n (one table per synthesis). */
export interface LambdaPowerTable {
  at(n: number): { readonly Lf: bigint; readonly Lbf: bigint; readonly back: ZRoot2 };
}

/** A memo table of λ powers for {@link solveGridProblem1D}. */
export function makeLambdaPowerTable(ctx: FixedContext): LambdaPowerTable {
  const memo = new Map<number, { Lf: bigint; Lbf: bigint; back: ZRoot2 }>();
  return {
    at(n: number) {
      let e = memo.get(n);
      if (!e) {
        const L = lambdaPow(n);
        e = { Lf: fxFromZr2(ctx, L), Lbf: fxFromZr2(ctx, zr2Bullet(L)), back: lambdaPow(-n) };
        memo.set(n, e);
      }
      return e;
    },
  };
}

const LOG2_LAMBDA = Math.log2(1 + Math.SQRT2);

function floorFx(ctx: FixedContext, v: bigint): bigint {
  return v >> BigInt(ctx.bits);
}

function ceilFx(ctx: FixedContext, v: bigint): bigint {
  return -((-v) >> BigInt(ctx.bits));
}

function log2Big(v: bigint): number {
  return v <= 0n ? -Infinity : Math.log2(Number(v));
}

/**
 * The one-dimensional grid problem (Ross & Selinger, arXiv:1403.2975, Sec. 4 and Lemma 4.6):
 * every x = a + b√2 ∈ Z[√2] with x ∈ I and x• ∈ J, in increasing (b, a) order of the rescaled
 * problem. Both intervals are first rescaled by λⁿ and (λ•)ⁿ (λ = 1 + √2) so that they have about
 * equal width √(|I|·|J|); then b ranges over O(1 + √(|I||J|)) values and a over O(1 + √(|I||J|))
 * per b. The intervals are widened by `slackUnits` fixed-point units after rescaling, so the
 * result is a superset by rounding only; callers test candidates exactly.
 */
export function solveGridProblem1D(
  ctx: FixedContext, I: FixedInterval, J: FixedInterval, slackUnits: bigint, visit: (x: ZRoot2) => void,
  powers: LambdaPowerTable = makeLambdaPowerTable(ctx),
): void {
  const dI = I.hi - I.lo, dJ = J.hi - J.lo;
  if (dI < 0n || dJ < 0n) return;
  const n = Math.round((log2Big(dJ > 0n ? dJ : 1n) - log2Big(dI > 0n ? dI : 1n)) / (2 * LOG2_LAMBDA));
  const { Lf, Lbf, back } = powers.at(n);
  const scale = (iv: FixedInterval, f: bigint): FixedInterval => {
    const p = fxMul(ctx, iv.lo, f), q = fxMul(ctx, iv.hi, f);
    return p <= q ? { lo: p - slackUnits, hi: q + slackUnits } : { lo: q - slackUnits, hi: p + slackUnits };
  };
  const Is = scale(I, Lf), Js = scale(J, Lbf);
  // x − x• = 2b√2, so b ∈ [(Is.lo − Js.hi)/(2√2), (Is.hi − Js.lo)/(2√2)]
  const overTwoSqrt2 = (v: bigint): bigint => ((v * ctx.sqrt2Hi) >> BigInt(ctx.bits + 64)) / 4n;
  const bLo = ceilFx(ctx, overTwoSqrt2(Is.lo - Js.hi) - 1n), bHi = floorFx(ctx, overTwoSqrt2(Is.hi - Js.lo) + 1n);
  for (let b = bLo; b <= bHi; b++) {
    const bs = (b * ctx.sqrt2Hi) >> 64n;
    const lo = Is.lo - bs > Js.lo + bs ? Is.lo - bs : Js.lo + bs;
    const hi = Is.hi - bs < Js.hi + bs ? Is.hi - bs : Js.hi + bs;
    if (lo > hi) continue;
    for (let a = ceilFx(ctx, lo), aHi = floorFx(ctx, hi); a <= aHi; a++) visit(zr2Mul(zr2(a, b), back));
  }
}
