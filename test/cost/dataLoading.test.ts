import { chooseDataLoading, dataLoadingOptions, dataLoadingParetoFront } from '../../src/cost';
import { BudgetUnmetError, UnknownNameError } from '../../src/errors';
import { makeBucketBrigadeQram, makeQroamCleanShape, makeQromShape } from '../../src/ops';

describe('data-loading choice under a qubit budget (--oracle qrom|qroam|qram|auto)', () => {
  const L = 4096, b = 8;

  it('auto with unlimited qubits picks the Toffoli-minimal construction; its counts match the op built from it', () => {
    const c = chooseDataLoading(L, b, 'auto', 1e12);
    const all = dataLoadingOptions(L, b);
    expect(c.toffoliCount).toBe(Math.min(...all.map((o) => o.toffoliCount)));
    if (c.kind === 'qroam_clean') {
      const op = makeQroamCleanShape(L, b, c.blockBits);
      expect(op.numQubits).toBe(c.qubitCount);
      const calls = op.def.calls!(op);
      const ccx = calls.filter((x) => x.op.name === 'ccx').reduce((s, x) => s + x.count, 0);
      const cswap = calls.filter((x) => x.op.name === 'cswap').reduce((s, x) => s + x.count, 0);
      expect(ccx / 2 + cswap).toBe(c.toffoliCount);
    }
  });

  it('qrom is the plain QROM (L − 2 Toffolis for L a power of two), qram the bucket brigade', () => {
    const q = chooseDataLoading(L, b, 'qrom', 1e9);
    expect(q.kind).toBe('qrom');
    expect(q.toffoliCount).toBe(L - 2);
    expect(q.qubitCount).toBe(makeQromShape(L, b).numQubits);
    const r = chooseDataLoading(L, b, 'qram', 1e9);
    expect(r.kind).toBe('qram_bucket_brigade');
    expect(r.qubitCount).toBe(makeBucketBrigadeQram(12, b).numQubits);
  });

  it('the Pareto front is non-dominated and ordered: more qubits buy fewer Toffolis', () => {
    const all = dataLoadingOptions(L, b);
    const front = dataLoadingParetoFront(all);
    expect(front.length).toBeGreaterThan(2);
    for (let i = 1; i < front.length; i++) {
      expect(front[i].qubitCount).toBeGreaterThan(front[i - 1].qubitCount);
      expect(front[i].toffoliCount).toBeLessThan(front[i - 1].toffoliCount);
    }
    for (const o of all) expect(front.some((f) => f.qubitCount <= o.qubitCount && f.toffoliCount <= o.toffoliCount)).toBe(true);
    expect(front[0].kind).toBe('qrom');
  });

  it('a tight budget forces a smaller block; a budget below every choice is a typed error naming the minimum', () => {
    const free = chooseDataLoading(L, b, 'qroam', 1e9);
    const tight = chooseDataLoading(L, b, 'qroam', free.qubitCount - 1);
    expect(tight.toffoliCount).toBeGreaterThanOrEqual(free.toffoliCount);
    expect(tight.qubitCount).toBeLessThan(free.qubitCount);
    expect(() => chooseDataLoading(L, b, 'auto', 10)).toThrow(BudgetUnmetError);
    expect(() => chooseDataLoading(L, b, 'auto', 10)).toThrow(/smallest needs 31/);
    expect(() => chooseDataLoading(L, b, 'qram', 1000)).toThrow(/or request 'auto'/);
    expect(() => chooseDataLoading(L, b, 'qroom', 1000)).toThrow(UnknownNameError);
  });
});
