/**
 * The 'query' cost model (Q-Newton, arXiv:2405.00252: queries × one assumed QRAM access of
 * ⌈log₂(N·d)⌉ two-qubit layers): runtime against an independent recomputation from the QLSA query
 * count, scaling ratios in κ and N, the compiled model unchanged, counts without the oracle calls,
 * and typed errors.
 */
import { estimateLogical, getHardwareProfile, qlsaQueryCountFor } from './costImports';
import { invertOp } from '../../../src/ops/inverse';
import {
  makeSolvePricer, planQuantumSolve, priceClassicalSolveDetailed, priceQuantumSolve, priceQuantumSolveDetailed, queryLayerCount,
  solverLogicalCounts, solverNonOracleLogicalCounts,
} from '../../../src/schedule/price';
import { amplifiedCost, QlsaSolver } from '../../../src/math/qlsa';

const NS_E3 = getHardwareProfile('qubit_gate_ns_e3');
const ATTO = getHardwareProfile('attosecond');
const query = (solver: QlsaSolver, profile = NS_E3) => ({ solver, profile, qec: 'none' as const, costModel: 'query' as const });

describe('queryLayerCount: ⌈log₂(N·d)⌉ two-qubit layers per query', () => {
  it.each([[1e4, 8, 17], [1e6, 8, 23], [1024, 8, 13], [2, 1, 1], [1e9, 16, 34]])('N = %d, d = %i → %i', (n, d, layers) => {
    expect(queryLayerCount(n, d)).toBe(layers);
    expect(2 ** layers).toBeGreaterThanOrEqual(n * d);
    expect(2 ** (layers - 1)).toBeLessThan(n * d);
  });
});

describe('query-model runtime = expected queries × one query', () => {
  it('hhl (qubitized): solver seconds = 4(2^c − 1) queries × amplified runs × ⌈log₂(N·d)⌉ × t_2q', () => {
    const d = priceQuantumSolveDetailed({ n: 5000, sparsity: 8, kappa: 40, epsilon: 1e-3 }, query('hhl'));
    const c = Math.ceil(Math.log2((Math.PI * d.plan.kappaEff) / d.plan.epsilonAlgorithm));
    const runs = amplifiedCost(1 / d.plan.kappaEff ** 2, true).expectedCircuits;
    const expectedQueries = 4 * (2 ** c - 1) * runs;
    expect(d.price.solverSeconds / ((expectedQueries * 16 * NS_E3.twoQubitGateTimeNs) / 1e9)).toBeCloseTo(1, 12);
  });

  it.each([['qsvt'], ['das'], ['costa']])('%s: solver seconds = (QLSA queries incl. repetitions) × ⌈log₂(N·d)⌉ × t_2q', (solver) => {
    const shape = { n: 5000, sparsity: 8, kappa: 40, epsilon: 1e-3 };
    const d = priceQuantumSolveDetailed(shape, query(solver as QlsaSolver));
    const q = qlsaQueryCountFor(d.plan);
    const layers = Math.ceil(Math.log2(5000 * 8)); // 16
    // expected queries = ⌈queries per run⌉ × runs (runs = QLSA queries / queries per run)
    const expectedQueries = Math.ceil(q.queriesPerRun - 1e-9) * (q.queries / q.queriesPerRun);
    expect(d.price.solverSeconds / ((expectedQueries * layers * NS_E3.twoQubitGateTimeNs) / 1e9)).toBeCloseTo(1, 12);
    expect(d.price.costModel).toBe('query');
    expect(d.price.queryModel).toEqual({ layersPerQuery: layers, queryTimeNs: layers * 50, expectedQueries: expect.any(Number) });
    expect(d.price.queryModel!.expectedQueries / expectedQueries).toBeCloseTo(1, 12);
    expect(d.price.physical).toBeUndefined();
  });

  it.each([['das', 1.8, 2.2], ['costa', 1.9, 2.1]])('%s: query-model seconds at 2κ / κ within [%d, %d] (linear in κ) and = the query ratio', (solver, lo, hi) => {
    const t = (kappa: number) => priceQuantumSolveDetailed({ n: 4096, sparsity: 8, kappa, epsilon: 1e-3 }, query(solver as QlsaSolver));
    const a = t(1000), b = t(2000);
    const r = b.price.solverSeconds / a.price.solverSeconds;
    expect(r).toBeGreaterThan(lo);
    expect(r).toBeLessThan(hi);
    expect(r / (b.price.queryModel!.expectedQueries / a.price.queryModel!.expectedQueries)).toBeCloseTo(1, 12);
  });

  it.each([[2 ** 10, 2 ** 20], [2 ** 12, 2 ** 24], [2 ** 16, 2 ** 32]])(
    'N = %i → %i: query-model seconds grow like log₂(N·d); the compiled price like N', (n1, n2) => {
      const shape = (n: number) => ({ n, sparsity: 8, kappa: 50, epsilon: 1e-3 });
      const tq = (n: number) => priceQuantumSolve(shape(n), { ...query('qsvt'), oracleBits: 30 }).solverSeconds;
      const tc = (n: number) => priceQuantumSolve(shape(n), { solver: 'qsvt', profile: NS_E3, qec: 'none', oracleBits: 30 }).solverSeconds;
      const logRatio = (Math.log2(n2) + 3) / (Math.log2(n1) + 3);
      expect(tq(n2) / tq(n1)).toBeCloseTo(logRatio, 12);
      expect(tc(n2) / tc(n1)).toBeGreaterThan(0.5 * (n2 / n1));
    });

  it('end to end: each shot = state preparation + one query-model run', () => {
    const d = priceQuantumSolveDetailed({ n: 1000, sparsity: 8, kappa: 10, epsilon: 1e-2 }, { ...query('qsvt'), endToEnd: true });
    const e = d.endToEnd!;
    expect(e.perShotSeconds).toBeCloseTo(e.statePreparationSeconds + d.perRunSeconds, 15);
    expect(d.perRunSeconds).toBeCloseTo((d.plan.queriesPerRun * 13 * 50) / 1e9, 15); // ⌈log₂ 8000⌉ = 13 layers of 50 ns
  });
});

describe('the compiled model is unchanged; the query model reports the non-oracle counts', () => {
  it.each([['qsvt'], ['das'], ['hhl']])('%s: no costModel = compiled', (solver) => {
    const shape = { n: 2048, sparsity: 4, kappa: 20, epsilon: 1e-2 };
    const base = { solver: solver as QlsaSolver, profile: NS_E3, qec: 'none' as const };
    const a = priceQuantumSolveDetailed(shape, base);
    expect(a.price).toEqual(priceQuantumSolve(shape, { ...base, costModel: 'compiled' }));
    expect(a.price.costModel).toBe('compiled');
    expect(a.price.queryModel).toBeUndefined();
    expect(a.price.logical).toEqual(solverLogicalCounts(a.plan));
  });

  it.each([['qsvt'], ['costa'], ['hhl']])('%s: compiled counts = query counts + q block-encoding calls; same qubits', (solver) => {
    const shape = { n: 1000, sparsity: 8, kappa: 30, epsilon: 1e-2 };
    const d = priceQuantumSolveDetailed(shape, query(solver as QlsaSolver));
    const compiled = solverLogicalCounts(d.plan);
    expect(d.price.logical).toEqual(solverNonOracleLogicalCounts(d.plan));
    expect(d.price.logical.logicalQubitCount).toBe(compiled.logicalQubitCount);
    const be = d.plan.blockEncoding.op;
    const q = d.plan.queriesPerRun;
    for (const f of ['toffoliCount', 'totalGateCount', 'rotationCount', 'cnotCount'] as const) {
      const oracle = Math.ceil(q / 2) * estimateLogical(be)[f] + Math.floor(q / 2) * estimateLogical(invertOp(be))[f];
      expect([f, compiled[f] - d.price.logical[f]]).toEqual([f, oracle]);
    }
  });
});

describe("the paper's assumption on the attosecond machine", () => {
  it('ASSUMING QRAM oracle access (query model), attosecond, N = 10^4, d = 8, κ = 100: quantum solver beats classical Cholesky', () => {
    const shape = { n: 1e4, sparsity: 8, kappa: 100, epsilon: 1e-3 };
    const d = priceQuantumSolveDetailed(shape, query('qsvt', ATTO));
    const q = qlsaQueryCountFor(d.plan);
    // independent: QLSA queries × 17 layers × 1 as
    const independentSeconds = Math.ceil(q.queriesPerRun - 1e-9) * (q.queries / q.queriesPerRun) * 17 * 1e-18;
    expect(d.price.solverSeconds / independentSeconds).toBeCloseTo(1, 12);
    const cholesky = priceClassicalSolveDetailed(shape, 1e12).cholesky.timeSeconds; // a fast 1 Tflop/s node
    expect(cholesky / d.price.solverSeconds).toBeGreaterThan(1e6);
    // what the assumption buys: the compiled QROM circuit is far slower on the same machine
    const compiled = priceQuantumSolve(shape, { solver: 'qsvt', profile: ATTO, qec: 'none' }).solverSeconds;
    expect(compiled / d.price.solverSeconds).toBeGreaterThan(1e4);
  });
});

describe('typed errors of the cost model', () => {
  const shape = { n: 1000, sparsity: 8, kappa: 100, epsilon: 1e-3 };
  it.each([['qram'], ['Query'], ['']])('unknown cost model %j → UNKNOWN_NAME listing the models', (costModel) => {
    const options = { solver: 'qsvt', profile: NS_E3, qec: 'none', costModel } as unknown as Parameters<typeof priceQuantumSolve>[1];
    expect(() => priceQuantumSolve(shape, options)).toThrow(expect.objectContaining({ code: 'UNKNOWN_NAME', message: expect.stringMatching(/compiled, query/) }));
    expect(() => makeSolvePricer({ ...options, flopRatePerSecond: 1e9 })).toThrow(expect.objectContaining({ code: 'UNKNOWN_NAME' }));
  });

  it("'query' with the surface code → INVALID_ARGUMENT naming error correction none", () => {
    const options = { solver: 'qsvt' as const, profile: NS_E3, qec: 'surface_code' as const, costModel: 'query' as const };
    expect(() => priceQuantumSolve(shape, options)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/error correction none/) }));
    expect(() => makeSolvePricer({ ...options, flopRatePerSecond: 1e9 })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('a query-model pricer memoizes and agrees with the one-off query price, not the compiled one', () => {
    const pq = makeSolvePricer({ ...query('qsvt'), flopRatePerSecond: 1e9 });
    const pc = makeSolvePricer({ solver: 'qsvt', profile: NS_E3, qec: 'none', flopRatePerSecond: 1e9 });
    const a = pq.quantum(shape);
    expect(pq.quantum({ ...shape })).toBe(a);
    expect(a).toEqual(priceQuantumSolve(shape, query('qsvt')));
    expect(pc.quantum(shape).solverSeconds / a.solverSeconds).toBeGreaterThan(10);
    expect(planQuantumSolve(shape, 'qsvt').queriesPerRun).toBe(a.blockEncodingQueries);
  });
});
