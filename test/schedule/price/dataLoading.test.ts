/** The data-loading choice of the pricing stage (--oracle qrom|qroam|qram|auto): rule, Pareto front, typed errors. */
import { estimateLogical, getHardwareProfile } from '../../../src/cost';
import { BudgetUnmetError, UnknownNameError } from '../../../src/errors';
import { makeSparseBlockEncodingShape } from '../../../src/ops';
import type { DataLoadingPoint } from '../../../src/schedule/price';
import { priceQuantumSolveDetailed, quantumSolverCircuitShape, solverLogicalCounts } from '../../../src/schedule/price';

const NS_E3 = getHardwareProfile('qubit_gate_ns_e3');
const SHAPE = { n: 1024, sparsity: 4, kappa: 20, epsilon: 1e-2 };

function priceWith(dataLoading: string, extra: Record<string, unknown> = {}) {
  return priceQuantumSolveDetailed(SHAPE, { solver: 'qsvt', profile: NS_E3, qec: 'surface_code', dataLoading, dataLoadingFront: true, ...extra });
}

/** Brute force: p is dominated iff some other point is no worse in both and better in one. */
function isDominated(p: DataLoadingPoint, all: readonly DataLoadingPoint[]): boolean {
  return all.some((o) => o !== p && o.logicalQubits <= p.logicalQubits && o.perRunSeconds <= p.perRunSeconds
    && (o.logicalQubits < p.logicalQubits || o.perRunSeconds < p.perRunSeconds));
}

describe('data-loading choice priced by the call-graph engine', () => {
  const auto = priceWith('auto');
  const dl = auto.price.dataLoading!;
  const front = dl.front!;

  it('prices QROM, clean and dirty QROAM from K = 2 up to two sizes past each kind\'s fastest, and the QRAM', () => {
    expect(new Set(front.map((p) => p.label)).size).toBe(front.length);
    expect(front.filter((p) => p.construction.kind === 'qrom' || p.construction.kind === 'qram_bucket_brigade')).toHaveLength(2);
    for (const kind of ['qroam_clean', 'qroam_dirty'] as const) {
      const pts = front.filter((p) => p.construction.kind === kind);
      expect(pts.map((p) => p.construction.blockBits)).toEqual(Array.from({ length: pts.length }, (_, i) => i + 1));
      // the scan ends two sizes past the fastest (or at K = L); the 'qroam' request scans the same sizes
      const best = pts.reduce((m, p) => (p.perRunSeconds < m.perRunSeconds ? p : m));
      expect(pts.length === 12 || pts.length === best.construction.blockBits + 2).toBe(true);
      if (pts.length < 12) {
        const next = priceQuantumSolveDetailed(SHAPE, { solver: 'qsvt', profile: NS_E3, qec: 'surface_code', dataLoading: 'qroam' })
          .price.dataLoading!.candidates.filter((p) => p.construction.kind === kind);
        expect(next.map((p) => p.label)).toEqual(pts.map((p) => p.label));
      }
    }
  });

  it('marks exactly the dominated points; the front is non-empty and non-dominated', () => {
    for (const p of front) expect({ label: p.label, dominated: p.dominated }).toEqual({ label: p.label, dominated: isDominated(p, front) });
    const onFront = front.filter((p) => !p.dominated);
    expect(onFront.length).toBeGreaterThan(2);
    for (const p of onFront) for (const o of onFront) if (o !== p) expect(o.logicalQubits < p.logicalQubits || o.perRunSeconds < p.perRunSeconds).toBe(true);
  });

  it('auto picks the fastest point, which lies on the front; the price is the one of that construction', () => {
    const chosen = front.find((p) => p.label === dl.label)!;
    expect(chosen.dominated).toBe(false);
    expect(chosen.perRunSeconds).toBe(Math.min(...front.map((p) => p.perRunSeconds)));
    expect(auto.perRunSeconds).toBe(chosen.perRunSeconds);
    expect(auto.plan.lookup).toEqual(dl.construction);
    expect(dl.construction.kind).not.toBe('qrom'); // at N·d = 4096 entries a QROAM beats the plain QROM
    expect(dl.reason).toMatch(new RegExp(`shortest runtime per run among ${front.length} 'auto' candidates`));
  });

  it('the chosen solver counts equal the call-graph fold of the QSVT op tree over that construction', () => {
    const { plan, op } = quantumSolverCircuitShape(SHAPE, 'qsvt', undefined, dl.construction);
    expect(solverLogicalCounts(plan)).toEqual(estimateLogical(op!));
    expect(auto.price.logical).toEqual(solverLogicalCounts(plan));
  });

  it('per block-encoding query, QROAM changes the Toffolis by the papers\' closed forms (4 lookups over N·d entries)', () => {
    // L = N·d = 2^12 entries; compiled QROM 2(L − 2) Toffolis, clean QROAM lookup (compute, copy, uncompute)
    // 4(L/K − 2) + 2b(K − 1) (Low, Kliuchnikov, Schaeffer 2018); two O_c (b = log₂N = 10 bits) and two O_A (b = oracle bits).
    const bits = auto.plan.oracleBits, L = 4096, k = 4, K = 16;
    const qrom = estimateLogical(makeSparseBlockEncodingShape({ matrixDim: 1024, sparsity: 4, bits }).op).toffoliCount;
    const qroam = estimateLogical(makeSparseBlockEncodingShape({ matrixDim: 1024, sparsity: 4, bits, lookup: { kind: 'qroam_clean', blockBits: k } }).op).toffoliCount;
    const delta = (b: number): number => 4 * (L / K - 2) + 2 * b * (K - 1) - 2 * (L - 2);
    expect(qroam - qrom).toBe(2 * delta(10) + 2 * delta(bits));
  });

  it('a logical-qubit budget moves auto to a smaller point; qrom and the family requests price only their own', () => {
    const chosen = front.find((p) => p.label === dl.label)!;
    const tight = priceWith('auto', { logicalQubitBudget: chosen.logicalQubits - 1 }).price.dataLoading!;
    const t = tight.candidates.find((p) => p.label === tight.label)!;
    expect(t.logicalQubits).toBeLessThan(chosen.logicalQubits);
    expect(t.perRunSeconds).toBe(Math.min(...front.filter((p) => p.logicalQubits < chosen.logicalQubits).map((p) => p.perRunSeconds)));
    expect(tight.logicalQubitBudget).toBe(chosen.logicalQubits - 1);
    expect(priceWith('qrom').price.dataLoading!.candidates.map((p) => p.label)).toEqual(['qrom']);
    expect(priceWith('qram').price.dataLoading!.label).toBe('qram_bucket_brigade');
    expect(new Set(priceWith('qroam').price.dataLoading!.candidates.map((p) => p.construction.kind))).toEqual(new Set(['qroam_clean', 'qroam_dirty']));
  });

  it('a budget below every construction is a typed error saying what to change (no CLI flags named)', () => {
    const smallest = Math.min(...front.map((p) => p.logicalQubits));
    const err = (() => { try { priceWith('auto', { logicalQubitBudget: smallest - 1 }); } catch (e) { return e as Error; } return undefined; })();
    expect(err).toBeInstanceOf(BudgetUnmetError);
    expect(err!.message).toContain(`needs ${smallest}; raise the logical-qubit budget to at least ${smallest}`);
    expect(err!.message).not.toMatch(/--/);
    expect(() => priceWith('qroam', { logicalQubitBudget: smallest })).toThrow(/or request 'auto'/);
    expect(() => priceQuantumSolveDetailed({ ...SHAPE, n: 2 ** 20 }, { solver: 'qsvt', profile: NS_E3, qec: 'none', dataLoading: 'qram' }))
      .toThrow(/no 'qram' data-loading construction exists/);
    expect(() => priceWith('qroom')).toThrow(UnknownNameError);
    expect(() => priceWith('auto', { logicalQubitBudget: 0 })).toThrow(/logical-qubit budget must be a positive integer/);
  });

  it('the choice depends on the hardware model: the bundled 16×16 Hessian block picks QROAM under the surface code, QROM un-encoded', () => {
    // N = 16, d = 8, κ, α of circuits/hessian-default.mtx (as `analyze` finds them). Surface code: runtime ∝ Toffolis,
    // which QROAM K = 4 cuts; un-encoded: every CNOT is a layer, and the clean QROAM lookup (compute, copy, uncompute)
    // writes the table twice (≤ 2·L·b data CNOTs against L·b for QROM), which outweighs the Toffoli saving.
    const shape = { n: 16, sparsity: 8, kappa: 32.774013643627654, alpha: 5.8301281319977605, epsilon: 1e-3 };
    const pick = (qec: 'surface_code' | 'none') => priceQuantumSolveDetailed(shape, { solver: 'qsvt', profile: NS_E3, qec, dataLoading: 'auto' }).price.dataLoading!;
    const sc = pick('surface_code'), none = pick('none');
    expect(sc.label).toBe('qroam_clean(K=4)');
    expect(none.label).toBe('qrom');
    for (const d of [sc, none]) expect(d.candidates.find((p) => p.label === d.label)!.perRunSeconds).toBe(Math.min(...d.candidates.map((p) => p.perRunSeconds)));
  });

  it('the query cost model does not price the oracles: no data-loading report', () => {
    const q = priceQuantumSolveDetailed(SHAPE, { solver: 'qsvt', profile: NS_E3, qec: 'none', costModel: 'query', dataLoading: 'auto' });
    expect(q.price.dataLoading).toBeUndefined();
  });
});
