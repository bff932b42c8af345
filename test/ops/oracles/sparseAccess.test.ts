import { InvalidMatrixError } from '../../../src/errors';
import {
  assignSlots, buildSparseAccessData, canonicalCsr, csrFromDense, denseFromCsr, entryCode, entryValueOfCode,
  hermitianDilation, makeColumnOracle, makeEntryOracle, makeEntryRotation, padToPowerOfTwo, validateMatrix,
} from '../../../src/ops/oracles';
import { applySparse, flattenToSpecGates } from '../blockEncoding/sparseSim';
import { randomSparseSymmetric } from '../blockEncoding/matrices';

const dense = (n: number, v: number[]) => ({ n, data: Float64Array.from(v) });

describe('slot assignment (edge colouring)', () => {
  it.each([[4, 1, 1], [8, 2, 2], [16, 3, 3], [16, 5, 4], [32, 4, 5]])('N = %i, ~%i nnz/row (seed %i): every slot is an involution and covers each non-zero exactly once', (N, nnz, seed) => {
    const a = canonicalCsr(csrFromDense(randomSparseSymmetric(N, nnz, seed)));
    const s = assignSlots(a);
    const d = s.slotCount;
    expect(d).toBe(2 ** s.numSlotQubits);
    expect(s.colorCount).toBeLessThanOrEqual(2 * s.maxRowNnz - 1);
    expect(d).toBeGreaterThanOrEqual(s.colorCount);
    const seen = new Float64Array(N * N);
    const A = denseFromCsr(a).data;
    for (let j = 0; j < N; j++) for (let l = 0; l < d; l++) {
      const i = s.partner[j * d + l];
      expect(s.partner[i * d + l]).toBe(j);
      expect(s.value[j * d + l]).toBe(s.value[i * d + l]);
      if (s.value[j * d + l] !== 0) { seen[j * N + i] += 1; expect(s.value[j * d + l]).toBe(A[j * N + i]); }
    }
    for (let t = 0; t < N * N; t++) expect(seen[t]).toBe(A[t] !== 0 ? 1 : 0);
  });
});

describe('entry codes', () => {
  it.each([[2], [4], [8], [12]])('b = %i: exact at −1, 0, 1 and within π/2^b elsewhere', (b) => {
    for (const x of [-1, 0, 1]) expect(Math.abs(entryValueOfCode(entryCode(x, b), b) - x)).toBeLessThan(1e-15);
    for (let t = 0; t <= 200; t++) {
      const x = -1 + t / 100;
      expect(entryCode(x, b)).toBeLessThan(2 ** b);
      expect(Math.abs(entryValueOfCode(entryCode(x, b), b) - x)).toBeLessThanOrEqual(Math.PI / 2 ** b + 1e-15);
    }
  });
});

describe('sparse-access oracles on basis states', () => {
  const a = randomSparseSymmetric(8, 2, 11);
  const data = buildSparseAccessData(a, 5);
  const n = data.numRowQubits, s = data.numSlotQubits, d = data.slotCount;

  it('O_c: |j⟩|l⟩|0⟩ → |j⟩|l⟩|c_l(j)⟩ and O_A: |j⟩|l⟩|0⟩ → |j⟩|l⟩|k_{j,l}⟩, scratch clean', () => {
    const oc = flattenToSpecGates(makeColumnOracle(data)), oa = flattenToSpecGates(makeEntryOracle(data));
    for (let j = 0; j < 8; j++) for (let l = 0; l < d; l++) {
      const x = j + (l << n);
      const outC = [...applySparse(oc, new Map([[x, [1, 0]]])).keys()];
      expect(outC).toEqual([x + (data.slots.partner[j * d + l] << (n + s))]);
      const outA = [...applySparse(oa, new Map([[x, [1, 0]]])).keys()];
      expect(outA).toEqual([x + (entryCode(data.slots.value[j * d + l] / data.maxAbsEntry, 5) << (n + s))]);
    }
  });

  it('entry rotation: amplitude of |0⟩_a is the decoded entry, code and scratch registers return to 0', () => {
    const r = flattenToSpecGates(makeEntryRotation(data));
    for (let j = 0; j < 8; j++) for (let l = 0; l < d; l++) {
      const x = j + (l << n);
      const out = applySparse(r, new Map([[x, [1, 0]]]));
      const x0 = data.slots.value[j * d + l] / data.maxAbsEntry;
      const amp0 = out.get(x) ?? [0, 0];
      const amp1 = out.get(x + (1 << (n + s))) ?? [0, 0];
      expect(Math.abs(amp0[0] - entryValueOfCode(entryCode(x0, 5), 5))).toBeLessThan(1e-12);
      expect(Math.abs(amp0[0] - x0)).toBeLessThanOrEqual(Math.PI / 32 + 1e-12);
      expect(Math.hypot(amp0[0], amp0[1], amp1[0], amp1[1])).toBeCloseTo(1, 12);
      expect(out.size).toBeLessThanOrEqual(2);
    }
  });
});

describe('matrix input validation and helpers', () => {
  it.each([
    ['not symmetric', dense(2, [1, 2, 3, 4]), /not symmetric.*hermitianDilation/],
    ['NaN entry', dense(2, [1, NaN, NaN, 1]), /NaN/],
    ['infinite entry', dense(2, [Infinity, 0, 0, 1]), /Infinity/],
    ['size 3', dense(3, [1, 0, 0, 0, 1, 0, 0, 0, 1]), /not a power of two.*padToPowerOfTwo/],
    ['empty', dense(0, []), /empty/],
    ['all zeros', dense(2, [0, 0, 0, 0]), /all zeros/],
  ])('%s → InvalidMatrixError', (_name, m, msg) => {
    expect(() => validateMatrix(m)).toThrow(InvalidMatrixError);
    expect(() => validateMatrix(m)).toThrow(msg);
    expect(() => buildSparseAccessData(m, 4)).toThrow(InvalidMatrixError);
  });

  it('hermitianDilation([[0, A], [Aᵀ, 0]]) is symmetric with A in the top-right block', () => {
    const A = dense(2, [1, 2, 3, 4]);
    const D = denseFromCsr(hermitianDilation(A));
    expect(D.n).toBe(4);
    expect(Array.from(D.data)).toEqual([0, 0, 1, 2, 0, 0, 3, 4, 1, 3, 0, 0, 2, 4, 0, 0]);
    expect(validateMatrix(D)).toBe(4);
  });

  it('padToPowerOfTwo pads with ones on the new diagonal and keeps A', () => {
    const P = denseFromCsr(padToPowerOfTwo(dense(3, [2, 1, 0, 1, 2, 1, 0, 1, 2])));
    expect(P.n).toBe(4);
    expect(Array.from(P.data)).toEqual([2, 1, 0, 0, 1, 2, 1, 0, 0, 1, 2, 0, 0, 0, 0, 1]);
    expect(padToPowerOfTwo(dense(3, [1, 0, 0, 0, 1, 0, 0, 0, 1]), 0.5).values[3]).toBe(0.5);
  });

  it('canonicalCsr sorts, merges duplicates and drops zeros', () => {
    const c = canonicalCsr({ n: 2, rowPtr: Int32Array.from([0, 3, 4]), colIdx: Int32Array.from([1, 0, 1, 0]), values: Float64Array.from([1, 5, 2, 0]) });
    expect([Array.from(c.rowPtr), Array.from(c.colIdx), Array.from(c.values)]).toEqual([[0, 2, 2], [0, 1], [5, 3]]);
  });
});
