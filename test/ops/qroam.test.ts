import { countByKey } from '../../src/ir';
import {
  chooseQroamBlockBits, evalReversibleCircuit, makeQromShape, makeQroamClean, makeQroamCleanShape, qroamCleanToffoliCount,
  qroamWidth, unaryIterationCounts, makeQroamDirty, makeQroamDirtyShape,
} from '../../src/ops';
import { makeRng } from '../../src/math/rng';
import { BudgetUnmetError } from '../../src/errors';

function callCount(op: ReturnType<typeof makeQroamCleanShape>, name: string): number {
  return op.def.calls!(op).filter((c) => c.op.name === name).reduce((s, c) => s + c.count, 0);
}

describe('select-swap QROAM (clean ancillas): counts equal the closed forms', () => {
  // (L, b, K): ⌈L/K⌉ a power of two so the unary iteration has exactly ⌈L/K⌉ − 2 ANDs.
  it.each([
    [16, 4, 1], [16, 4, 2], [16, 4, 4], [64, 8, 4], [1024, 16, 8], [4096, 10, 16], [1 << 20, 32, 256], [64, 2, 4], [1 << 12, 1, 64],
  ])('L = %i, b = %i, K = %i: cswap = b(K−1), ANDs = ⌈L/K⌉ − 2, Toffolis = ⌈L/K⌉ − 2 + b(K−1) (Berry et al. App. A, uncontrolled)', (L, b, K) => {
    const k = Math.log2(K);
    const op = makeQroamCleanShape(L, b, k);
    const blocks = Math.ceil(L / K);
    expect(callCount(op, 'cswap')).toBe(b * (K - 1));
    expect(callCount(op, 'ccx')).toBe(2 * (blocks - 2)); // compute + exact uncompute per AND
    expect(qroamCleanToffoliCount(L, b, k)).toBe(blocks - 2 + b * (K - 1));
    // Berry et al.'s ⌈L/K⌉ + b(K − 1) counts a controlled unary iteration; ours saves the 2 root ANDs
    expect(qroamCleanToffoliCount(L, b, k)).toBe(Math.ceil(L / K) + b * (K - 1) - 2);
    expect(op.numQubits).toBe(Math.ceil(Math.log2(L)) + K * b + Math.max(0, Math.ceil(Math.log2(L)) - k - 1));
  });

  it.each([[4], [16], [256], [1 << 16]])('QROM by unary iteration, L = %i: L − 2 ANDs (2L − 4 ccx with exact uncompute)', (L) => {
    const op = makeQromShape(L, 3);
    const ccx = op.def.calls!(op).filter((c) => c.op.name === 'ccx').reduce((s, c) => s + c.count, 0);
    expect(ccx).toBe(2 * L - 4);
    // K = 1 QROAM is the QROM
    expect(qroamCleanToffoliCount(L, 3, 0)).toBe(L - 2);
  });

  it('for ⌈L/K⌉ not a power of two the iteration spends more ANDs than L − 1 (a known gap of unaryIteration.ts)', () => {
    expect(unaryIterationCounts(7, 100).ccx / 2).toBe(101);
    // L = 1000, b = 6, K = 8: 125 blocks → 125 ANDs, 2 more than ⌈L/K⌉ − 2
    expect(qroamCleanToffoliCount(1000, 6, 3)).toBe(125 + 6 * 7);
  });
});

describe('select-swap QROAM: the decomposition reads the table', () => {
  it.each([[13, 3, 2], [16, 2, 1], [12, 4, 2], [9, 1, 3]])('L = %i, b = %i, k = %i: register 0 = data[i], index kept, ancillas clean', (L, b, k) => {
    const rng = makeRng(L * 31 + b);
    const data = Array.from({ length: L }, () => rng.int(2 ** b));
    const op = makeQroamClean(data, b, k);
    const n = Math.ceil(Math.log2(L));
    const K = 2 ** k;
    const netlist = op.def.decompose!(op);
    for (let i = 0; i < 2 ** n; i++) {
      const out = evalReversibleCircuit(netlist, i);
      expect(out & ((1 << n) - 1)).toBe(i);
      expect((out >> n) & (2 ** b - 1)).toBe(i < L ? data[i] : 0);
      expect(out >> (n + K * b)).toBe(0);
      // junk registers hold the other entries of i's block (a permutation of them)
      const q = i >> k;
      const regs = Array.from({ length: K }, (_, j) => (out >> (n + j * b)) & (2 ** b - 1)).sort();
      const block = Array.from({ length: K }, (_, j) => (q * K + j < L ? data[q * K + j] : 0)).sort();
      expect(regs).toEqual(block);
    }
    const counts = countByKey(netlist);
    expect([...counts.values()].filter((v) => v.op.name === 'cswap').reduce((s, v) => s + v.count, 0)).toBe(b * (K - 1));
  });
});

describe('QROAM block size under a qubit budget', () => {
  it('picks the Toffoli-minimal K among those that fit (brute force over k), near √(L/b)', () => {
    const L = 4096, b = 8;
    const free = chooseQroamBlockBits(L, b, 1e9);
    let bestT = Infinity;
    for (let k = 0; k <= 12; k++) bestT = Math.min(bestT, qroamCleanToffoliCount(L, b, k));
    expect(free.toffoliCount).toBe(bestT);
    expect(Math.abs(free.blockBits - Math.log2(Math.sqrt(L / b)))).toBeLessThanOrEqual(1);
    const tight = chooseQroamBlockBits(L, b, qroamWidth(12, b, 2));
    expect(tight.blockBits).toBe(2);
    expect(tight.toffoliCount).toBeGreaterThan(free.toffoliCount);
  });

  it('a budget below the plain QROM is a typed error saying what is needed', () => {
    expect(() => chooseQroamBlockBits(4096, 8, 10)).toThrow(BudgetUnmetError);
    expect(() => chooseQroamBlockBits(4096, 8, 10)).toThrow(/needs 31/);
  });
});

describe('select-swap QROAM (dirty ancillas)', () => {
  it.each([[16, 4, 2], [64, 8, 4], [1024, 16, 8], [1 << 20, 32, 256]])(
    'L = %i, b = %i, K = %i: 4b(K−1) cswap, 2·(⌈L/K⌉ − 2) ANDs (Berry et al. App. B: two lookups, four swap networks)', (L, b, K) => {
      const op = makeQroamDirtyShape(L, b, Math.log2(K));
      expect(callCount(op, 'cswap')).toBe(4 * b * (K - 1));
      expect(callCount(op, 'ccx') / 2).toBe(2 * (Math.ceil(L / K) - 2));
      expect(op.numQubits).toBe(Math.log2(L) + b + K * b + Math.max(0, Math.log2(L) - Math.log2(K) - 1));
    });

  it.each([[13, 3, 2], [8, 2, 1], [9, 1, 3]])('L = %i, b = %i, k = %i: target ^= data[i] and every dirty register restored, for random dirty contents', (L, b, k) => {
    const rng = makeRng(L * 7 + b);
    const data = Array.from({ length: L }, () => rng.int(2 ** b));
    const op = makeQroamDirty(data, b, k);
    const n = Math.ceil(Math.log2(L));
    const K = 2 ** k;
    const netlist = op.def.decompose!(op);
    for (let trial = 0; trial < 200; trial++) {
      const i = rng.int(2 ** n), y = rng.int(2 ** b), z = rng.int(2 ** (K * b));
      const input = i + y * 2 ** n + z * 2 ** (n + b);
      const out = evalReversibleCircuit(netlist, input);
      expect(out).toBe(i + ((y ^ (i < L ? data[i] : 0)) * 2 ** n) + z * 2 ** (n + b));
    }
  });
});
