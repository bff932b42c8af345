import { countByName } from '../../../src/ir';
import { makeRng } from '../../../src/math/rng';
import {
  makeMcxClean, makeQrom, makeQromShape, unaryIterationCounts, ShapeOnlyDecomposeError,
} from '../../../src/ops/arith';
import { decomposeOp } from '../../../src/ir';
import { applySparse, flattenToSpecGates } from '../blockEncoding/sparseSim';

/** Basis-state output of an op on input basis `x` via the sparse simulator (must stay a basis state). */
function basisOut(op: Parameters<typeof flattenToSpecGates>[0], x: number): number {
  const out = applySparse(flattenToSpecGates(op), new Map([[x, [1, 0]]]));
  const entries = [...out.entries()].filter(([, [r, i]]) => Math.hypot(r, i) > 1e-9);
  expect(entries.length).toBe(1);
  expect(Math.hypot(entries[0][1][0] - 1, entries[0][1][1])).toBeLessThan(1e-9);
  return entries[0][0];
}

describe('unary iteration counts', () => {
  const cases: [number, number][] = [];
  for (let n = 0; n <= 6; n++) for (const L of new Set([1, 2, 3, 2 ** n - 1, 2 ** n, Math.ceil(2 ** n * 0.6)])) if (L >= 1 && L <= 2 ** n) cases.push([n, L]);
  it.each(cases)('n = %i, L = %i: closed-form counts equal the built circuit', (n, L) => {
    const data = Array.from({ length: L }, () => 0);
    const c = countByName(decomposeOp(makeQrom(data, 1, n)));
    const f = unaryIterationCounts(n, L);
    expect([c.get('ccx') ?? 0, c.get('cx') ?? 0, c.get('x') ?? 0]).toEqual([f.ccx, f.cx, f.x]);
  });

  it.each([[1], [4], [10], [20]])('full tree of %i bits has 2L − 4 Toffolis (L = 2^n ≥ 2)', (n) => {
    expect(unaryIterationCounts(n, 2 ** n).ccx).toBe(Math.max(0, 2 * 2 ** n - 4));
  });

  it('counts 2^40 entries instantly', () => {
    expect(unaryIterationCounts(40, 2 ** 40).ccx).toBe(2 * 2 ** 40 - 4);
  });
});

describe('QROM lookup', () => {
  it.each([[1, 2, 2], [2, 2, 3], [2, 3, 4], [3, 2, 5], [3, 4, 8], [4, 3, 11]])('n = %i, b = %i, L = %i: |i⟩|y⟩|0⟩ → |i⟩|y ⊕ data[i]⟩|0⟩', (n, b, L) => {
    const rng = makeRng(100 * n + L);
    const data = Array.from({ length: L }, () => rng.int(2 ** b));
    const op = makeQrom(data, b, n);
    for (let i = 0; i < 2 ** n; i++) {
      for (const y of [0, 2 ** b - 1, rng.int(2 ** b)]) {
        const x = i + 2 ** n * y;
        const expected = i + 2 ** n * (i < L ? y ^ data[i] : y);
        expect(basisOut(op, x)).toBe(expected);
      }
    }
  });

  it('rejects data that does not fit in the output width', () => {
    expect(() => makeQrom([4], 2)).toThrow(/data\[0\] = 4/);
    expect(() => makeQrom([1, 2, 3], 2, 1)).toThrow(/table length 3/);
  });

  it('shape-only QROM counts like a full-data one (ccx, x exact; cx at the all-ones bound) and refuses to decompose', () => {
    const full = makeQrom(Array.from({ length: 13 }, () => 7), 3, 4);
    const shape = makeQromShape(13, 3, 4);
    const toMap = (op: typeof full) => new Map(op.def.calls!(op).map((c) => [c.op.name, c.count]));
    expect(toMap(shape)).toEqual(toMap(full));
    expect(() => decomposeOp(shape)).toThrow(ShapeOnlyDecomposeError);
    expect(() => decomposeOp(shape)).toThrow(/shape-only/);
  });
});

describe('clean-ancilla multi-controlled X', () => {
  it.each([[3], [4], [5], [6]])('k = %i: flips the target iff all controls are 1, ancillas return clean, 2k − 3 Toffolis', (k) => {
    const op = makeMcxClean(k);
    expect(countByName(decomposeOp(op)).get('ccx')).toBe(2 * k - 3);
    for (let x = 0; x < 2 ** (k + 1); x++) {
      const all = (x & (2 ** k - 1)) === 2 ** k - 1;
      expect(basisOut(op, x)).toBe(all ? x ^ (1 << k) : x);
    }
  });
});
