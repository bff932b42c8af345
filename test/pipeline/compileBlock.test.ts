import { compileBlock } from '../../src/pipeline/compileBlock';
import { csrFromTriplets } from '../../src/math/csrMatrix';
import { parseQasm } from '../../src/parse';
import { InvalidArgumentError, SimulationTooLargeError } from '../../src/errors';

// A 4×4 SPD tridiagonal block (κ ≈ 3): small enough to simulate in milliseconds.
function block4() {
  const r: number[] = [], c: number[] = [], v: number[] = [];
  for (let i = 0; i < 4; i++) {
    r.push(i); c.push(i); v.push(1 + 0.1 * i);
    if (i + 1 < 4) { r.push(i, i + 1); c.push(i + 1, i); v.push(-0.3, -0.3); }
  }
  return csrFromTriplets(4, r, c, v);
}
const rhs = Float64Array.of(1, -0.5, 0.25, 2);

describe('compileBlock', () => {
  const res = compileBlock(block4(), rhs, { name: 'blk', solver: 'qsvt', blockEncoding: 'fable', epsilon: 0.05, optimizeLevel: 3 });

  it('validates both circuit versions against the classical solve', () => {
    expect(res.synthesized.fidelity).toBeGreaterThan(0.99);
    expect(res.optimized.fidelity).toBeGreaterThan(0.99);
    // The optimizer must not change the post-selected state (same circuit up to global phase).
    expect(Math.abs(res.optimized.fidelity - res.synthesized.fidelity)).toBeLessThan(1e-9);
    expect(Math.abs(res.optimized.successProbability - res.synthesized.successProbability)).toBeLessThan(1e-9);
  });

  it('optimizes in the same basis (never more gates than the lowered input)', () => {
    expect(res.optimized.totalGates).toBeLessThan(res.synthesized.totalGates);
    expect(res.optimized.cnotGates).toBeLessThanOrEqual(res.synthesized.cnotGates);
  });

  it('emits OpenQASM 2 and 3 that parse back to the same width', () => {
    const [q2, q3, json] = res.files;
    expect(q2.name).toBe('blk.qsvt.v2.qasm');
    expect(q3.name).toBe('blk.qsvt.v3.qasm');
    expect(parseQasm(q2.content).numQubits).toBe(res.optimized.qubits);
    expect(parseQasm(q3.content).numQubits).toBe(res.optimized.qubits);
    expect(JSON.parse(json.content).block).toBe('blk');
  });

  it('is deterministic', () => {
    const again = compileBlock(block4(), rhs, { name: 'blk', solver: 'qsvt', blockEncoding: 'fable', epsilon: 0.05, optimizeLevel: 3 });
    expect(again.files[0].content).toBe(res.files[0].content);
    expect(again.files[1].content).toBe(res.files[1].content);
  });

  it.each([[0], [1], [Number.NaN]])('rejects epsilon %p', (eps) => {
    expect(() => compileBlock(block4(), rhs, { name: 'b', solver: 'qsvt', epsilon: eps, optimizeLevel: 1 })).toThrow(InvalidArgumentError);
  });

  it('refuses to simulate circuits wider than the limit on the dense backend', () => {
    expect(() => compileBlock(block4(), rhs, { name: 'b', solver: 'qsvt', blockEncoding: 'fable', epsilon: 0.05, optimizeLevel: 1, maxSimulationQubits: 4, backend: 'dense' }))
      .toThrow(SimulationTooLargeError);
  });

  it('auto runs circuits wider than the dense limit on the sparse backend, with the same fidelity as dense', () => {
    const opts = { name: 'b', solver: 'qsvt' as const, blockEncoding: 'fable', epsilon: 0.05, optimizeLevel: 1 as const };
    const sparse = compileBlock(block4(), rhs, { ...opts, maxSimulationQubits: 4 });
    const dense = compileBlock(block4(), rhs, { ...opts, backend: 'dense' });
    expect(sparse.optimized.backend).toBe('sparse');
    expect(sparse.optimized.peakSupport).toBeGreaterThan(0);
    expect(dense.optimized.backend).toBe('dense');
    expect(Math.abs(sparse.optimized.fidelity - dense.optimized.fidelity)).toBeLessThan(1e-10);
    expect(Math.abs(sparse.optimized.successProbability - dense.optimized.successProbability)).toBeLessThan(1e-10);
  });
});
