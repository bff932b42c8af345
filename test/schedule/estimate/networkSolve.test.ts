/** estimateNetworkSolve: plain-data report consistent with the pricing stage and the cost formulas. */
import { estimateLogical, getHardwareProfile } from '../../../src/cost';
import { estimateNetworkSolve, formatNetworkSolveEstimate } from '../../../src/schedule/estimate';
import { priceQuantumSolveDetailed, quantumSolverCircuitShape } from '../../../src/schedule/price';

describe('estimateNetworkSolve', () => {
  it('--params P prices the full Newton system N = P with the documented defaults', () => {
    const e = estimateNetworkSolve({ params: 100_000, flopRatePerSecond: 1e10 });
    expect(e.problem).toMatchObject({ source: 'params', params: 100_000, n: 100_000, paddedDim: 131_072, sparsity: 8, kappa: 100, epsilon: 1e-3 });
    expect(e.solver.name).toBe('qsvt');
    expect(e.hardware.name).toBe('qubit_gate_ns_e3');
    expect(e.qec).toBe('surface_code');
    // Second construction: the real QSVT op tree of the same shape, folded by the call-graph
    // engine (the report uses the pricer's closed form).
    const shape = quantumSolverCircuitShape({ n: 100_000, sparsity: 8, kappa: 100, epsilon: 1e-3 }, 'qsvt');
    const tree = estimateLogical(shape.op!);
    expect(e.logical.totalGates).toBe(tree.totalGateCount);
    expect(e.logical.toffoli).toBe(tree.toffoliCount);
    // U_A calls per run = the polynomial degree = the number of block-encoding calls in the tree.
    expect(e.logical.blockEncodingQueries).toBe(shape.plan.queriesPerRun);
    // Cholesky: n³/3 + 2n² flops (Golub & Van Loan) at the given rate.
    expect(e.classical.choleskySeconds / ((1e15 / 3 + 2e10) / 1e10)).toBeCloseTo(1, 9);
    // Surface code: 2d² physical qubits per logical qubit, d odd.
    expect(e.physical!.codeDistance % 2).toBe(1);
    expect(e.classical.flopRateSource).toBe('given');
  });

  it('verdict: cheaper side and ratio = slower / faster, solver-only and end to end', () => {
    for (const input of [{ n: 1024, kappa: 10 }, { n: 1e8, kappa: 10, hardware: 'attosecond', qec: 'none' }]) {
      const e = estimateNetworkSolve({ ...input, flopRatePerSecond: 1e9 });
      const q = e.runtime.solverSeconds, c = e.classical.bestSeconds;
      expect(e.verdict.cheaper).toBe(q < c ? 'quantum' : 'classical');
      expect(e.verdict.ratio).toBeCloseTo(Math.max(q, c) / Math.min(q, c), 9);
      expect(e.verdict.ratioEndToEnd).toBeCloseTo(Math.max(e.endToEnd.totalSeconds, c) / Math.min(e.endToEnd.totalSeconds, c), 9);
      expect(e.classical.bestSeconds).toBe(Math.min(e.classical.choleskySeconds, e.classical.cgSeconds));
    }
  });

  it('the attosecond machine without QEC makes the quantum solution state cheaper than CG at N = 10^6', () => {
    const e = estimateNetworkSolve({ n: 1e6, kappa: 10, epsilon: 1e-2, hardware: 'attosecond', qec: 'none', flopRatePerSecond: 1e9 });
    expect(e.runtime.solverSeconds).toBeLessThan(e.classical.cgSeconds);
    expect(e.verdict.cheaper).toBe('quantum');
    // reading x out (⌈N/ε²⌉ shots) is what loses: the end-to-end verdict flips
    expect(e.verdict.cheaperEndToEnd).toBe('classical');
  });

  it.each([['qsvt'], ['das'], ['costa'], ['hhl']])('N = 10^9 (%s, no QEC) finishes with finite numbers', (solver) => {
    const e = estimateNetworkSolve({ n: 1e9, solver, qec: 'none', flopRatePerSecond: 1e10 });
    expect(e.problem.paddedDim).toBe(2 ** 30);
    for (const v of [e.logical.totalGates, e.runtime.solverSeconds, e.endToEnd.totalSeconds, e.classical.cgSeconds]) {
      expect(Number.isFinite(v) && v > 0).toBe(true);
    }
    expect(e.physical).toBeUndefined();
  });

  it('N = 10^9 with the surface code (qsvt) finishes', () => {
    const e = estimateNetworkSolve({ n: 1e9, flopRatePerSecond: 1e10 });
    expect(e.physical!.codeDistance).toBeGreaterThan(0);
    expect(e.physical!.physicalQubits).toBe(e.physical!.algorithmPhysicalQubits + e.physical!.factoryPhysicalQubits);
  });

  it('measures the FLOP rate when none is given', () => {
    const e = estimateNetworkSolve({ n: 100, kappa: 5 });
    expect(e.classical.flopRateSource).toBe('measured');
    expect(e.classical.flopRatePerSecond).toBeGreaterThan(1e6);
  });

  it.each([
    ['neither params nor n', {}, 'INVALID_ARGUMENT', /give the problem size/],
    ['both', { params: 10, n: 10 }, 'INVALID_ARGUMENT', /not both/],
    ['params not an integer', { params: 2.5 }, 'INVALID_ARGUMENT', /network parameters P must be an integer/],
    ['unknown hardware', { n: 100, hardware: 'quantum_toaster' }, 'UNKNOWN_NAME', /hardware profile/],
    ['unknown solver', { n: 100, solver: 'vqe' }, 'UNKNOWN_NAME', /solver/],
    ['unknown qec', { n: 100, qec: 'steane' }, 'UNKNOWN_NAME', /error-correction/],
    ['das below its κ range', { n: 100, solver: 'das', kappa: 2 }, 'INVALID_ARGUMENT', /sqrt\(12\)/],
    ['unknown cost model', { n: 100, costModel: 'qram' }, 'UNKNOWN_NAME', /cost model 'qram'; known: compiled, query/],
    ['query model with the surface code', { n: 100, costModel: 'query', qec: 'surface_code' }, 'INVALID_ARGUMENT', /error correction none/],
  ])('%s → %s', (_name, input, code, message) => {
    expect(() => estimateNetworkSolve({ ...input, flopRatePerSecond: 1e9 })).toThrow(expect.objectContaining({ code, message: expect.stringMatching(message) }));
  });
});

describe('cost model', () => {
  it('default is compiled and is reported', () => {
    const e = estimateNetworkSolve({ n: 4096, flopRatePerSecond: 1e9 });
    expect(e.solver.costModel).toBe('compiled');
    expect(e.logical.gatesIncludeOracle).toBe(true);
    expect(e.queryModel).toBeUndefined();
    expect(e.qec).toBe('surface_code');
  });

  it("'query' defaults to qec none, reports the query numbers and a note, and matches the pricing stage", () => {
    const e = estimateNetworkSolve({ n: 1e4, hardware: 'attosecond', costModel: 'query', flopRatePerSecond: 1e10 });
    const d = priceQuantumSolveDetailed({ n: 1e4, sparsity: 8, kappa: 100, epsilon: 1e-3 },
      { solver: 'qsvt', profile: getHardwareProfile('attosecond'), qec: 'none', costModel: 'query', endToEnd: true });
    expect(e.solver.costModel).toBe('query');
    expect(e.qec).toBe('none');
    expect(e.physical).toBeUndefined();
    expect(e.runtime.solverSeconds).toBe(d.price.solverSeconds);
    expect(e.queryModel).toEqual(d.price.queryModel);
    expect(e.queryModel!.layersPerQuery).toBe(Math.ceil(Math.log2(8e4)));
    expect(e.logical.gatesIncludeOracle).toBe(false);
    expect(e.logical.totalGates).toBe(d.price.logical.totalGateCount);
    expect(e.runtime.model).toMatch(/query model/);
    expect(e.solver.notes.at(-1)).toMatch(/ASSUMES efficient oracle access \(QRAM\).*= 17 two-qubit layers/);
    // same shape, compiled: the queries agree, only their price differs
    const c = estimateNetworkSolve({ n: 1e4, hardware: 'attosecond', qec: 'none', flopRatePerSecond: 1e10 });
    expect(c.logical.blockEncodingQueries).toBe(e.logical.blockEncodingQueries);
    expect(c.runtime.solverSeconds / e.runtime.solverSeconds).toBeGreaterThan(1e4);
  });

  it('the table says which model priced it', () => {
    const q = formatNetworkSolveEstimate(estimateNetworkSolve({ n: 1e6, costModel: 'query', flopRatePerSecond: 1e9 })).join('\n');
    expect(q).toMatch(/^qnewton estimate: .*cost model query$/m);
    expect(q).toContain('ASSUMES QRAM oracle access (23 two-qubit layers per query)');
    expect(q).toMatch(/one query \(23 layers\)\s+1\.15e-6\s+1\.15 µs/); // 23 × 50 ns
    expect(q).toContain('gates EXCLUDE the U_A/U_A† calls');
    const c = formatNetworkSolveEstimate(estimateNetworkSolve({ n: 1e6, qec: 'none', flopRatePerSecond: 1e9 })).join('\n');
    expect(c).toMatch(/^qnewton estimate: .*cost model compiled$/m);
    expect(c).not.toContain('QRAM');
    expect(c).not.toContain('EXCLUDE');
  });
});

describe('formatNetworkSolveEstimate', () => {
  it('prints every section as aligned tables with the report numbers', () => {
    const e = estimateNetworkSolve({ params: 1e6, flopRatePerSecond: 1e10 });
    const lines = formatNetworkSolveEstimate(e);
    const text = lines.join('\n');
    for (const section of ['Problem', 'Logical resources', 'Physical resources', 'Quantum runtime', 'End to end', 'Classical', 'Verdict']) {
      expect(lines).toContainEqual(expect.stringContaining(section));
    }
    expect(text).toContain('N = P');
    expect(text).toMatch(new RegExp(`logical qubits\\s+${e.logical.qubits}\\b`));
    expect(text).toMatch(new RegExp(`code distance\\s+${e.physical!.codeDistance}\\b`));
    expect(text).toMatch(new RegExp(`block-encoding queries\\s+${e.logical.blockEncodingQueries.toLocaleString('en-US')}\\b`));
    expect(text).toContain('time [s]');
    expect(text).toMatch(new RegExp(`CG \\(${e.classical.cgIterations} iterations\\)`));
    // Every table: header, dashed rule whose dash groups match the column widths, rows no wider.
    for (let i = 1; i < lines.length; i++) {
      if (!/^ {2}-+( {2}-+)+$/.test(lines[i])) continue;
      const width = lines[i].length;
      expect(lines[i - 1].length).toBeLessThanOrEqual(width);
      for (let j = i + 1; j < lines.length && lines[j] !== ''; j++) {
        if (lines[j].startsWith('  ') && !lines[j].startsWith('  -')) expect(lines[j].length).toBeLessThanOrEqual(width);
      }
    }
  });

  it('omits the physical table without error correction', () => {
    const text = formatNetworkSolveEstimate(estimateNetworkSolve({ n: 4096, qec: 'none', flopRatePerSecond: 1e9 })).join('\n');
    expect(text).not.toContain('Physical resources');
    expect(text).toContain('no error correction');
  });
});
