import { ZOmega, ZW_ZERO, zwAdd, zwConj, zwDivSqrt2, zwDivisibleBySqrt2, zwEquals, zwIsZero, zwMulOmegaPow, zwNormSq, zwSub } from './zOmega';
import { ZRoot2 } from './zRoot2';

/** An exact 2×2 matrix over D[ω]: entries [m00, m01, m10, m11] / √2^k. */
export interface DOmegaMatrix {
  readonly entries: readonly [ZOmega, ZOmega, ZOmega, ZOmega];
  readonly k: number;
}

/**
 * A word over the Clifford+T generators of U(2), in time order (first letter applied first),
 * times the global phase ω^omegaPower. 'T' = diag(1, ω), 'H' = Hadamard, 'X' = Pauli X.
 */
export interface CliffordTWord {
  readonly letters: readonly ('H' | 'X' | 'T')[];
  readonly omegaPower: number;
}

/** [[u, −t†], [t, u†]] / √2^k, the SU(2) matrix with first column (u, t). */
export function su2FromColumn(u: ZOmega, t: ZOmega, k: number): DOmegaMatrix {
  const nt = zwConj(t);
  return { entries: [u, [-nt[0], -nt[1], -nt[2], -nt[3]], t, zwConj(u)], k };
}

/** Divide out common factors √2 so that k is minimal. */
export function reduceDenominator(m: DOmegaMatrix): DOmegaMatrix {
  let e = m.entries, k = m.k;
  while (k > 0 && e.every(zwDivisibleBySqrt2)) {
    e = [zwDivSqrt2(e[0]), zwDivSqrt2(e[1]), zwDivSqrt2(e[2]), zwDivSqrt2(e[3])];
    k--;
  }
  return { entries: e, k };
}

/** sde of |m00|² as an element of D[√2] (smallest e with √2^e·|m00|² ∈ Z[√2]). */
function sdeOfNormSq(m: DOmegaMatrix): number {
  let x: ZRoot2 = zwNormSq(m.entries[0]);
  let s = 2 * m.k;
  if (x.a === 0n && x.b === 0n) return 0;
  while (s > 0 && (x.a & 1n) === 0n) { x = { a: x.b, b: x.a / 2n }; s--; }
  return s;
}

/** H·T^j·M (T^j scales row 2 by ω^j), reduced. */
function stepHT(m: DOmegaMatrix, j: number): DOmegaMatrix {
  const [a, b, c, d] = m.entries;
  const c2 = zwMulOmegaPow(c, j), d2 = zwMulOmegaPow(d, j);
  return reduceDenominator({ entries: [zwAdd(a, c2), zwAdd(b, d2), zwSub(a, c2), zwSub(b, d2)], k: m.k + 1 });
}

function omegaPowerOf(x: ZOmega): number | undefined {
  for (let p = 0; p < 8; p++) if (zwEquals(zwMulOmegaPow([1n, 0n, 0n, 0n], p), x)) return p;
  return undefined;
}

function measure(m: DOmegaMatrix): [number, number] {
  return [sdeOfNormSq(m), m.k];
}

function better(x: [number, number], y: [number, number]): boolean {
  return x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
}

/**
 * Exact synthesis of a unitary over D[ω] into H, T, X (Kliuchnikov, Maslov & Mosca,
 * arXiv:1206.5236, Alg. 1): repeatedly apply the H·T^j (j ∈ 0..3) that lowers the smallest
 * denominator exponent of |m00|² (one exists whenever it is ≥ 4, Lemma 3; below that a
 * depth-3 search), until the matrix is a monomial ω-matrix ω^α·X^x·T^d. T-optimal for the
 * given unitary up to O(1). Throws if `m` is not unitary over D[ω].
 */
export function exactSynthesize(input: DOmegaMatrix): CliffordTWord {
  let m = reduceDenominator(input);
  const steps: number[] = [];
  for (let guard = 0; m.k > 0; guard++) {
    if (guard > 4 * input.k + 64) throw new Error('exactSynthesize: no progress (matrix not unitary over D[ω]?)');
    const cur = measure(m);
    let best: { seq: number[]; m: DOmegaMatrix } | undefined;
    for (let j = 0; j < 4; j++) {
      const n = stepHT(m, j);
      if (better(measure(n), cur) && (!best || better(measure(n), measure(best.m)))) best = { seq: [j], m: n };
    }
    if (!best) {
      // small sde: breadth-first over H·T^j words of length ≤ 3
      let frontier: { seq: number[]; m: DOmegaMatrix }[] = [{ seq: [], m }];
      for (let depth = 0; depth < 3 && !best; depth++) {
        const next: { seq: number[]; m: DOmegaMatrix }[] = [];
        for (const f of frontier) for (let j = 0; j < 4; j++) {
          const n = { seq: [...f.seq, j], m: stepHT(f.m, j) };
          if (better(measure(n.m), cur)) { best = n; break; }
          next.push(n);
        }
        frontier = next;
      }
    }
    if (!best) throw new Error('exactSynthesize: no reducing step found (matrix not unitary over D[ω]?)');
    steps.push(...best.seq);
    m = best.m;
  }
  // m = monomial: ω^α·diag(1, ω^{β−α}) or ω^α·X·diag(1, ω^{γ−α})
  const [m00, m01, m10, m11] = m.entries;
  const letters: ('H' | 'X' | 'T')[] = [];
  const pushT = (p: number): void => { for (let i = 0; i < ((p % 8) + 8) % 8; i++) letters.push('T'); };
  let alpha: number | undefined;
  if (!zwIsZero(m00)) {
    alpha = omegaPowerOf(m00);
    const beta = omegaPowerOf(m11);
    if (alpha === undefined || beta === undefined || !zwEquals(m01, ZW_ZERO) || !zwEquals(m10, ZW_ZERO)) throw new Error('exactSynthesize: final matrix is not monomial');
    pushT(beta - alpha);
  } else {
    alpha = omegaPowerOf(m10);
    const gamma = omegaPowerOf(m01);
    if (alpha === undefined || gamma === undefined || !zwIsZero(m11)) throw new Error('exactSynthesize: final matrix is not monomial');
    pushT(gamma - alpha);
    letters.push('X');
  }
  // input = T^{−j1}·H·T^{−j2}·H ⋯ T^{−jn}·H·final, so in time order: final, H, T^{−jn}, …, H, T^{−j1}
  for (let i = steps.length - 1; i >= 0; i--) { letters.push('H'); pushT(-steps[i]); }
  return { letters, omegaPower: alpha };
}

/** The exact matrix of a word (for verification): product in D[ω]. */
export function wordMatrix(w: CliffordTWord): DOmegaMatrix {
  let m: DOmegaMatrix = { entries: [zwMulOmegaPow([1n, 0n, 0n, 0n], w.omegaPower), ZW_ZERO, ZW_ZERO, zwMulOmegaPow([1n, 0n, 0n, 0n], w.omegaPower)], k: 0 };
  for (const l of w.letters) {
    const [a, b, c, d] = m.entries;
    if (l === 'T') m = { entries: [a, b, zwMulOmegaPow(c, 1), zwMulOmegaPow(d, 1)], k: m.k };
    else if (l === 'X') m = { entries: [c, d, a, b], k: m.k };
    else m = reduceDenominator({ entries: [zwAdd(a, c), zwAdd(b, d), zwSub(a, c), zwSub(b, d)], k: m.k + 1 });
  }
  return m;
}

/** Exact equality of two D[ω] matrices. */
export function dOmegaEquals(x: DOmegaMatrix, y: DOmegaMatrix): boolean {
  const a = reduceDenominator(x), b = reduceDenominator(y);
  return a.k === b.k && a.entries.every((e, i) => zwEquals(e, b.entries[i]));
}

/** T-count of a word: runs of T letters of odd length. */
export function wordTCount(w: CliffordTWord): number {
  let count = 0, run = 0;
  for (const l of [...w.letters, 'H' as const]) {
    if (l === 'T') run++;
    else { if (run % 2) count++; run = 0; }
  }
  return count;
}
