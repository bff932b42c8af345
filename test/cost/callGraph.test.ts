import {
  BASIS_SETS, estimateLogical, estimatePhysical, getHardwareProfile, leafContribution, resolveBasis, toLogicalCounts,
} from '../../src/cost';
import { InvalidArgumentError, UnknownNameError } from '../../src/errors';
import { Circuit, CircuitBuilder, Op, OpDef, circuitOfOp, flatten, makeOp } from '../../src/ir';
import { allOpDefs, makeMcx, makeMeasure, makeMultiControlled, makeStdGate, wrapInverse } from '../../src/ops';
import { makeRng } from '../../src/math/rng';

/** Independent reference: flatten to leaves with the IR's flatten, then count instruction by instruction. */
function flattenedCounts(c: Circuit, basisName: string) {
  const basis = resolveBasis(basisName);
  const flat = flatten(c, (op) => basis.has(op.name) || !op.def.calls);
  const totals = { total: 0, clifford: 0, cnot: 0, t: 0, toffoli: 0, rotation: 0, measurement: 0, other: 0 };
  const depthAt = new Array<number>(flat.numQubits).fill(0);
  const tDepthAt = new Array<number>(flat.numQubits).fill(0);
  const byName: Record<string, number> = {};
  for (const ins of flat.instructions) {
    const leaf = leafContribution(ins.op);
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += leaf[k];
    if (leaf.total > 0) byName[ins.op.name] = (byName[ins.op.name] ?? 0) + 1;
    const start = Math.max(...ins.qubits.map((q) => depthAt[q]));
    const tStart = Math.max(...ins.qubits.map((q) => tDepthAt[q]));
    for (const q of ins.qubits) { depthAt[q] = start + leaf.depth; tDepthAt[q] = tStart + leaf.tDepth; }
  }
  return { totals, byName, depth: Math.max(0, ...depthAt), tDepth: Math.max(0, ...tDepthAt), instructionCount: flat.instructions.length };
}

const rng = makeRng(2024);
const angle = () => (rng.next() - 0.5) * 4;
const composite: Array<[string, Op]> = [
  ...allOpDefs().filter((d) => d.calls).flatMap((d) => d.examples().map((op) => [op.key, op] as [string, Op])),
  ...[3, 4, 5, 6].map((k) => [`mcx(${k})`, makeMcx(k)] as [string, Op]),
  ...[3, 5].map((k) => [`mcp(${k})`, makeMultiControlled('mcp', k, [angle()])] as [string, Op]),
  ...[3, 4].map((k) => [`mcrz(${k})`, makeMultiControlled('mcrz', k, [angle()])] as [string, Op]),
  ['inv(mcx(4))', wrapInverse(makeMcx(4))],
  ['cswap', makeStdGate('cswap')],
  ['crz', makeStdGate('crz', [angle()])],
];

describe('call-graph counts equal flattened counts', () => {
  it.each(composite.flatMap(([name, op]) => Object.keys(BASIS_SETS).map((b) => [name, b, op] as const)))(
    '%s in basis %s', (_name, basisName, op) => {
      const fold = estimateLogical(op, basisName);
      const ref = flattenedCounts(circuitOfOp(op), basisName);
      expect({
        total: fold.totalGateCount, clifford: fold.cliffordCount, cnot: fold.cnotCount, t: fold.tCount,
        toffoli: fold.toffoliCount, rotation: fold.rotationCount, measurement: fold.measurementCount, other: fold.otherCount,
      }).toEqual(ref.totals);
      expect(fold.byName).toEqual(ref.byName);
      expect(fold.totalGateCount).toBe(ref.instructionCount);
      expect(fold.logicalQubitCount).toBe(op.numQubits);
      expect(fold.depthUpperBound).toBeGreaterThanOrEqual(ref.depth);
      expect(fold.tDepthUpperBound).toBeGreaterThanOrEqual(ref.tDepth);
    });

  it('a mixed circuit with measurements: counts equal, depth bound ≥ true depth', () => {
    const b = CircuitBuilder.withQubits(6, 2);
    b.apply(makeStdGate('h'), [0]).apply(makeMcx(4), [0, 1, 2, 3, 4]).apply(makeStdGate('ccx'), [3, 4, 5])
      .apply(makeMultiControlled('mcry', 3, [0.37]), [5, 0, 1, 2]).apply(makeStdGate('t'), [2])
      .apply(makeMeasure(), [0], { clbits: [0] }).apply(makeStdGate('rz', [Math.PI / 2]), [1]).apply(makeMeasure(), [5], { clbits: [1] });
    const c = b.build();
    for (const basisName of Object.keys(BASIS_SETS)) {
      const fold = estimateLogical(c, basisName);
      const ref = flattenedCounts(c, basisName);
      expect([fold.totalGateCount, fold.tCount, fold.toffoliCount, fold.rotationCount, fold.measurementCount, fold.cliffordCount, fold.cnotCount])
        .toEqual([ref.totals.total, ref.totals.t, ref.totals.toffoli, ref.totals.rotation, ref.totals.measurement, ref.totals.clifford, ref.totals.cnot]);
      expect(fold.depthUpperBound).toBeGreaterThanOrEqual(ref.depth);
      expect(fold.tDepthUpperBound).toBeGreaterThanOrEqual(ref.tDepth);
      expect(fold.logicalQubitCount).toBe(6);
    }
  });
});

describe('leaf classification', () => {
  it.each([
    ['rz(π/2)', makeStdGate('rz', [Math.PI / 2]), 'clifford'],
    ['rz(π/4)', makeStdGate('rz', [Math.PI / 4]), 't'],
    ['p(−3π/4)', makeStdGate('p', [(-3 * Math.PI) / 4]), 't'],
    ['ry(0.3)', makeStdGate('ry', [0.3]), 'rotation'],
    ['cx', makeStdGate('cx'), 'cnot'],
    ['tdg', makeStdGate('tdg'), 't'],
    ['ccz', makeStdGate('ccz'), 'toffoli'],
  ])('%s', (_label, op, kind) => {
    const c = leafContribution(op);
    expect(c[kind as 'clifford' | 't' | 'rotation' | 'cnot' | 'toffoli']).toBe(1);
    expect(c.total).toBe(1);
  });

  it('unknown basis names throw UnknownNameError', () => {
    expect(() => estimateLogical(makeMcx(3), 'clifford+magic')).toThrow(UnknownNameError);
  });
});

describe('scale: 10^9-size call counts', () => {
  // A test-local family: calls `inner` `times` times (counts only, no decomposition).
  const REPEAT: OpDef<{ inner: Op; times: number }> = {
    name: 'repeat', category: 'unitary', summary: 'test: repeat an op',
    calls: (op) => [{ op: op.params.inner, count: op.params.times }],
    examples: () => [],
  };
  const repeat = (inner: Op, times: number): Op => makeOp(REPEAT, {
    name: 'repeat', params: { inner, times }, numQubits: inner.numQubits, paramsKey: `${inner.key}x${times}` });

  it('counts 1e9 repetitions of mcx(8) as 1e9 × its counts, in well under a second', () => {
    const inner = makeMcx(8);
    const big = estimateLogical(repeat(repeat(inner, 1e5), 1e4));
    const one = estimateLogical(inner);
    expect(big.totalGateCount).toBe(1e9 * one.totalGateCount);
    expect(big.tCount).toBe(1e9 * one.tCount);
    expect(big.depthUpperBound).toBe(1e9 * one.depthUpperBound);
  });

  it('mcx with 24 controls (≈3^24 leaves) is counted from O(k²) distinct keys', () => {
    // (Counting time is measured in bench/estimate.ts, not asserted here.)
    const c24 = estimateLogical(makeMcx(24));
    const c23 = estimateLogical(makeMcx(23));
    expect(c24.totalGateCount).toBeGreaterThan(1e9);
    // Barenco's recursion C^kP = 2·C^{k−1}X + C^{k−1}P + O(1) triples the size per control.
    expect(c24.totalGateCount / c23.totalGateCount).toBeGreaterThan(2.9);
    expect(c24.totalGateCount / c23.totalGateCount).toBeLessThan(3.1);
  });
});

describe('estimatePhysical from call-graph counts', () => {
  it('feeds estimateLogical output into the surface-code estimate', () => {
    const counts = estimateLogical(makeMcx(10));
    const lc = toLogicalCounts(counts);
    expect(lc.tCount + lc.cczCount + lc.rotationCount).toBeGreaterThan(0);
    const r = estimatePhysical(counts, getHardwareProfile('qubit_gate_ns_e3'), { errorBudget: 1e-3 });
    expect(r.algorithmicLogicalQubitCount).toBe(2 * 11 + Math.ceil(Math.sqrt(88)) + 1);
    expect(r.tStateCount).toBe(lc.tCount + 4 * lc.cczCount + r.tStatesPerRotation * lc.rotationCount);
    expect(r.physicalQubitCount).toBe(r.physicalQubitsForAlgorithm + r.physicalQubitsForFactories);
  });

  it('refuses leaves of unknown kind', () => {
    const OPAQUE: OpDef<undefined> = { name: 'opaque', category: 'unitary', summary: 'test: no calls', examples: () => [] };
    const opaque = makeOp(OPAQUE, { name: 'opaque', params: undefined, numQubits: 2 });
    const counts = estimateLogical(opaque);
    expect(counts.otherCount).toBe(1);
    expect(() => toLogicalCounts(counts)).toThrow(InvalidArgumentError);
  });
});
