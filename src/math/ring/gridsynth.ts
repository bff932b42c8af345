import { formatScientific } from '../../format';
import { BudgetUnmetError, InvalidArgumentError, NotConvergedError } from '../../errors';
import { solveNormEquation } from './diophantine';
import { CliffordTWord, DOmegaMatrix, dOmegaEquals, exactSynthesize, su2FromColumn, wordMatrix, wordTCount } from './exactSynthesis';
import { FixedContext, fxCosSin, fxFromNumber, fxFromZr2, fxMul, fxSqrt, fxToNumber, makeFixedContext } from './fixedPoint';
import { FixedInterval, LambdaPowerTable, makeLambdaPowerTable, solveGridProblem1D } from './gridProblem';
import { ZOmega, zwDivisibleBySqrt2, zwNormSq } from './zOmega';
import { ZRoot2, zr2, zr2IsDoublyPositive, zr2Sub } from './zRoot2';

/**
 * Smallest ε accepted by {@link gridsynthRz}. The target angle is a double, so Rz(θ) itself is
 * only defined to about 2⁻⁵³·|θ|/2 ≈ 10⁻¹⁶·|θ|, and the independent double-precision check of a
 * ~3·log₂(1/ε)-gate product is accurate to about 10⁻¹⁴; below 10⁻¹² the enumeration (about
 * 4·ε^{-1/2} one-dimensional grid problems per denominator level) also takes minutes.
 */
export const GRIDSYNTH_EPSILON_MIN = 1e-12;

/** A synthesized z-rotation. */
export interface SynthesizedRotation {
  readonly angleRad: number;
  readonly epsilon: number;
  /** The Clifford+T word (time order) and its global phase ω^omegaPower. */
  readonly word: CliffordTWord;
  /** The exact unitary [[u, −t†], [t, u†]] that the word implements. */
  readonly matrix: DOmegaMatrix;
  readonly tCount: number;
  /** Operator-norm distance ‖U − Rz(θ)‖ (no phase freedom), from √(2 − 2·Re(u·z̄)) in fixed point. */
  readonly distance: number;
  /** Candidates that failed the Diophantine step before the accepted one. */
  readonly candidatesTried: number;
}

interface Region {
  readonly ctx: FixedContext;
  readonly powers: LambdaPowerTable;
  /** z = e^{−iθ/2} = c + i·s. */
  readonly c: bigint;
  readonly s: bigint;
  readonly eps: bigint;
  /** 1 − ε²/2. */
  readonly slab: bigint;
}

function sqrt2Pow(k: number): ZRoot2 {
  return k % 2 === 0 ? zr2(1n << BigInt(k / 2)) : zr2(0n, 1n << BigInt((k - 1) / 2));
}

function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

/**
 * Candidates u = a/√2^k at denominator exponent k: a ∈ Z[ω] not divisible by √2 with |u| ≤ 1,
 * |u•| ≤ 1 (exact) and Re(u·z̄) ≥ 1 − ε²/2 (fixed point), in a deterministic order.
 * Writes √2^{k+1}·u = x + i·y with x, y ∈ Z[√2] (integer parts of equal parity); the primary
 * coordinate (the one whose coefficient in z is smaller) is a 1-D grid problem on the projection
 * of the ε-region, the secondary one a 1-D grid problem on the slice of the slab
 * 1 − ε²/2 ≤ Re(u·z̄) ≤ 1 (which contains the region) with |x•|² + |y•|² ≤ 2^{k+1}.
 */
function candidatesAt(reg: Region, k: number): { a: ZOmega; xi: ZRoot2 }[] {
  const { ctx } = reg;
  const swapped = abs(reg.c) > abs(reg.s);
  const pc = swapped ? reg.s : reg.c, ps = swapped ? reg.c : reg.s;
  const S = fxFromZr2(ctx, sqrt2Pow(k + 1));
  const slack = 1n << BigInt(Math.max(0, ctx.bits - 40));
  const Ix: FixedInterval = { lo: fxMul(ctx, S, pc - reg.eps), hi: fxMul(ctx, S, pc + reg.eps) };
  const Jx: FixedInterval = { lo: -S, hi: S };
  const xs: ZRoot2[] = [];
  solveGridProblem1D(ctx, Ix, Jx, slack, (x) => xs.push(x), reg.powers);
  const invPs = (ctx.one << BigInt(ctx.bits)) / ps;
  const A = fxMul(ctx, S, reg.slab), B = S;
  const sSqD = 2 ** (k + 1);
  const sD = Math.sqrt(sSqD);
  const out: { a: ZOmega; xi: ZRoot2 }[] = [];
  const twoK = zr2(1n << BigInt(k));
  for (const x of xs) {
    const X = fxFromZr2(ctx, x);
    const cX = fxMul(ctx, pc, X);
    const yA = fxMul(ctx, A - cX, invPs), yB = fxMul(ctx, B - cX, invPs);
    const Iy: FixedInterval = yA <= yB ? { lo: yA - slack, hi: yB + slack } : { lo: yB - slack, hi: yA + slack };
    const xb = Number(x.a) - Number(x.b) * Math.SQRT2;
    const rem = sSqD - xb * xb;
    if (rem < -1e-6 * sSqD - 1) continue;
    const r = Math.sqrt(Math.max(0, rem)) + 1e-6 * sD + 1e-6;
    const Jy: FixedInterval = { lo: fxFromNumber(ctx, -r), hi: fxFromNumber(ctx, r) };
    solveGridProblem1D(ctx, Iy, Jy, slack, (y) => {
      if (((x.a - y.a) & 1n) !== 0n) return;
      const re = swapped ? y : x, im = swapped ? x : y;
      const a: ZOmega = [re.b, (re.a + im.a) / 2n, im.b, (im.a - re.a) / 2n];
      if (zwDivisibleBySqrt2(a)) return;
      const xi = zr2Sub(twoK, zwNormSq(a));
      if (!zr2IsDoublyPositive(xi)) return;
      const dot = fxMul(ctx, reg.c, fxFromZr2(ctx, re)) + fxMul(ctx, reg.s, fxFromZr2(ctx, im));
      if (dot < A) return;
      out.push({ a, xi });
    }, reg.powers);
  }
  return out;
}

/** ‖U − Rz(θ)‖ = √(2 − 2·Re(u·z̄)) for U = [[u, −t†], [t, u†]] ∈ SU(2), u = a/√2^k, in fixed point. */
function distanceOf(reg: Region, a: ZOmega, k: number): bigint {
  const { ctx } = reg;
  const re: ZRoot2 = zr2(a[1] - a[3], a[0]), im: ZRoot2 = zr2(a[1] + a[3], a[2]); // √2·Re(a), √2·Im(a)
  const S = fxFromZr2(ctx, sqrt2Pow(k + 1));
  const dot = fxMul(ctx, reg.c, fxFromZr2(ctx, re)) + fxMul(ctx, reg.s, fxFromZr2(ctx, im));
  const cos = (dot << BigInt(ctx.bits)) / S; // Re(u·z̄)
  const d2 = 2n * (ctx.one - cos);
  return fxSqrt(ctx, d2 < 0n ? 0n : d2);
}

/** Options of {@link gridsynthRz}. */
export interface GridsynthOptions {
  /** Largest denominator exponent tried (default ⌈3·log₂(1/ε)⌉ + 40). */
  readonly maxK?: number;
  /** Pollard ρ step cap per Diophantine attempt. */
  readonly maxFactorSteps?: number;
}

/**
 * Approximate Rz(θ) = diag(e^{−iθ/2}, e^{iθ/2}) by an exact Clifford+T unitary within
 * operator-norm distance ε (no global-phase freedom), after Ross & Selinger, "Optimal
 * ancilla-free Clifford+T approximation of z-rotations" (arXiv:1403.2975, QIC 16, 2016):
 * for k = 0, 1, 2, … enumerate u = a/√2^k in the ε-region {|u| ≤ 1, Re(u·z̄) ≥ 1 − ε²/2} with
 * |u•| ≤ 1 (grid problem), solve t†t = 1 − u†u (Diophantine step, factoring capped, next
 * candidate on failure), and exactly synthesize [[u, −t†], [t, u†]] (KMM). Expected T-count
 * 3·log₂(1/ε) + O(log log(1/ε)).
 *
 * Differs from the paper in the 2-D enumeration: instead of grid operators that make the
 * ellipse pair upright, it slices the region along one coordinate (two 1-D grid problems),
 * which finds the same candidates at O(ε^{-1/2}) work per level instead of O(polylog).
 * All region tests run in BigInt fixed point with 2·log₂(1/ε) + 64 bits, the ring
 * arithmetic is exact. Throws {@link BudgetUnmetError} for ε < {@link GRIDSYNTH_EPSILON_MIN}.
 */
export function gridsynthRz(angleRad: number, epsilon: number, opts: GridsynthOptions = {}): SynthesizedRotation {
  if (!Number.isFinite(angleRad)) throw new InvalidArgumentError(`rotation angle must be finite, got ${angleRad}`);
  if (!(epsilon > 0 && epsilon < 1)) throw new InvalidArgumentError(`synthesis epsilon must be in (0, 1), got ${epsilon}`);
  if (epsilon < GRIDSYNTH_EPSILON_MIN) {
    throw new BudgetUnmetError(
      `synthesis epsilon ${formatScientific(epsilon, 3)} per rotation is below the limit ${formatScientific(GRIDSYNTH_EPSILON_MIN, 1)} `
      + 'of double-precision angles (a double angle is only defined to ~1e-16·|θ|, and the double-precision check of the '
      + 'gate product to ~1e-14); raise --epsilon or use fewer rotations',
      { epsilon, limit: GRIDSYNTH_EPSILON_MIN });
  }
  const bits = 2 * Math.ceil(Math.log2(1 / epsilon)) + 64;
  const ctx = makeFixedContext(bits);
  const [c, sNeg] = fxCosSin(ctx, angleRad / 2); // z = cos(θ/2) − i·sin(θ/2)
  const eps = fxFromNumber(ctx, epsilon);
  const eps2half = fxMul(ctx, eps, eps) / 2n;
  const reg: Region = { ctx, powers: makeLambdaPowerTable(ctx), c, s: -sNeg, eps, slab: ctx.one - eps2half };
  const maxK = opts.maxK ?? Math.ceil(3 * Math.log2(1 / epsilon)) + 40;
  const eps2 = fxMul(ctx, eps, eps);
  let tried = 0;
  for (let k = 0; k <= maxK; k++) {
    for (const { a, xi } of candidatesAt(reg, k)) {
      const t = solveNormEquation(xi, { maxFactorSteps: opts.maxFactorSteps });
      if (!t) { tried++; continue; }
      const d = distanceOf(reg, a, k);
      if (fxMul(ctx, d, d) > eps2) { tried++; continue; }
      const matrix = su2FromColumn(a, t, k);
      const word = exactSynthesize(matrix);
      if (!dOmegaEquals(wordMatrix(word), matrix)) throw new Error(`gridsynth: exact synthesis of Rz(${angleRad}) is wrong (bug)`);
      return { angleRad, epsilon, word, matrix, tCount: wordTCount(word), distance: fxToNumber(ctx, d), candidatesTried: tried };
    }
  }
  throw new NotConvergedError(`gridsynth: no Clifford+T approximation of Rz(${angleRad}) within ε=${epsilon} up to denominator exponent ${maxK}`,
    { angleRad, epsilon, maxK });
}
