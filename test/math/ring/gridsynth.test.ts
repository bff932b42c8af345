import { makeRng } from '../../../src/math/rng';
import { BudgetUnmetError } from '../../../src/errors';
import {
  CliffordTWord, GRIDSYNTH_EPSILON_MIN, dOmegaEquals, exactSynthesize, gridsynthRz, wordMatrix, wordTCount,
} from '../../../src/math/ring';

type C = [number, number];
type M2 = [C, C, C, C];
const H = Math.SQRT1_2;
const GATES: Record<'H' | 'X' | 'T', M2> = {
  H: [[H, 0], [H, 0], [H, 0], [-H, 0]],
  X: [[0, 0], [1, 0], [1, 0], [0, 0]],
  T: [[1, 0], [0, 0], [0, 0], [Math.cos(Math.PI / 4), Math.sin(Math.PI / 4)]],
};
const cm = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const ca = (a: C, b: C): C => [a[0] + b[0], a[1] + b[1]];
function mm(a: M2, b: M2): M2 {
  return [ca(cm(a[0], b[0]), cm(a[1], b[2])), ca(cm(a[0], b[1]), cm(a[1], b[3])),
    ca(cm(a[2], b[0]), cm(a[3], b[2])), ca(cm(a[2], b[1]), cm(a[3], b[3]))];
}

/** Double-precision product of a word (independent of the exact D[ω] arithmetic). */
function wordToDouble(w: CliffordTWord): M2 {
  const ph: C = [Math.cos(w.omegaPower * Math.PI / 4), Math.sin(w.omegaPower * Math.PI / 4)];
  let m: M2 = [ph, [0, 0], [0, 0], ph];
  for (const l of w.letters) m = mm(GATES[l], m);
  return m;
}

/** Operator norm (largest singular value) of a 2×2 complex matrix. */
function opNorm(m: M2): number {
  const f = m.reduce((s, [re, im]) => s + re * re + im * im, 0);
  const det = ca(cm(m[0], m[3]), cm([-1, 0], cm(m[1], m[2])));
  const d2 = det[0] * det[0] + det[1] * det[1];
  return Math.sqrt((f + Math.sqrt(Math.max(0, f * f - 4 * d2))) / 2);
}

function distanceToRz(w: CliffordTWord, theta: number): number {
  const u = wordToDouble(w);
  const rz: M2 = [[Math.cos(theta / 2), -Math.sin(theta / 2)], [0, 0], [0, 0], [Math.cos(theta / 2), Math.sin(theta / 2)]];
  return opNorm([ca(u[0], cm([-1, 0], rz[0])), u[1], u[2], ca(u[3], cm([-1, 0], rz[3]))]);
}

describe('exact synthesis (KMM) of D[ω] unitaries', () => {
  it('re-synthesizes random H/T/X words to the same exact matrix with no more T gates', () => {
    const rng = makeRng(7);
    for (let i = 0; i < 100; i++) {
      const letters: ('H' | 'X' | 'T')[] = [];
      for (let j = 0; j < 40; j++) letters.push((['H', 'T', 'T', 'X'] as const)[rng.int(4)]);
      const w: CliffordTWord = { letters, omegaPower: rng.int(8) };
      const m = wordMatrix(w);
      const back = exactSynthesize(m);
      expect(dOmegaEquals(wordMatrix(back), m)).toBe(true);
      expect(wordTCount(back)).toBeLessThanOrEqual(wordTCount(w));
    }
  });
});

describe('gridsynth: Clifford+T approximation of Rz(θ)', () => {
  it('200 random angles at ε = 1e-3: operator-norm distance ≤ ε (fixed point and independent double product), T ≤ 3·log₂(1/ε) + 10', () => {
    const rng = makeRng(2024);
    const eps = 1e-3, bound = 3 * Math.log2(1 / eps) + 10;
    let maxT = 0;
    for (let i = 0; i < 200; i++) {
      const theta = (rng.next() * 2 - 1) * 2 * Math.PI;
      const r = gridsynthRz(theta, eps);
      expect(r.distance).toBeLessThanOrEqual(eps);
      const dDouble = distanceToRz(r.word, theta);
      expect(dDouble).toBeLessThanOrEqual(eps);
      expect(Math.abs(dDouble - r.distance)).toBeLessThan(1e-9);
      expect(r.tCount).toBeLessThanOrEqual(bound);
      maxT = Math.max(maxT, r.tCount);
    }
    expect(maxT).toBeGreaterThan(20); // a real synthesis, not a trivial word
  });

  it.each([[1e-1], [1e-2], [1e-5], [1e-6]])('ε = %s: within ε, T-count within 3·log₂(1/ε) + 10', (eps) => {
    for (const theta of [0.1, 1.0, -2.7, Math.PI / 3]) {
      const r = gridsynthRz(theta, eps);
      expect(distanceToRz(r.word, theta)).toBeLessThanOrEqual(eps);
      expect(r.tCount).toBeLessThanOrEqual(3 * Math.log2(1 / eps) + 10);
    }
  });

  it('exact multiples of π/4 need no search beyond their T power (Rz(π/2) is Clifford up to phase)', () => {
    const r = gridsynthRz(Math.PI / 2, 1e-4);
    expect(r.tCount).toBe(0);
    expect(distanceToRz(r.word, Math.PI / 2)).toBeLessThan(1e-12);
  });

  it('is deterministic', () => {
    expect(gridsynthRz(0.987, 1e-4).word).toEqual(gridsynthRz(0.987, 1e-4).word);
  });

  it('refuses ε below the double-precision limit with a typed error naming the limit', () => {
    expect(() => gridsynthRz(0.5, 1e-13)).toThrow(BudgetUnmetError);
    expect(() => gridsynthRz(0.5, 1e-13)).toThrow(new RegExp(GRIDSYNTH_EPSILON_MIN.toExponential(0).replace('+', '\\+')));
  });
});
