import { countByKey } from '../../src/ir';
import { bucketBrigadeLayout, evalReversibleCircuit, makeBucketBrigadeQram } from '../../src/ops';
import { makeRng } from '../../src/math/rng';
import { InvalidArgumentError } from '../../src/errors';
import { estimateLogical, estimatePhysical, getHardwareProfile } from '../../src/cost';

describe('bucket-brigade QRAM (compiled router tree)', () => {
  it.each([[1, 1], [2, 1], [2, 2]])('n = %i, b = %i: y ⊕= m_a for every address and random memory, all routers/carriers/work clean after', (n, b) => {
    const op = makeBucketBrigadeQram(n, b);
    const L = bucketBrigadeLayout(n, b);
    expect(op.numQubits).toBe(n + b + 2 * 2 ** n * b + 3 * 2 ** n - 2);
    const netlist = op.def.decompose!(op);
    const rng = makeRng(n * 10 + b);
    const N = 2 ** n;
    for (let trial = 0; trial < 64; trial++) {
      const a = rng.int(N), y = rng.int(2 ** b);
      const mem = Array.from({ length: N }, () => rng.int(2 ** b));
      let input = a;
      for (let t = 0; t < b; t++) if ((y >> t) & 1) input |= 1 << L.out(t);
      for (let j = 0; j < N; j++) for (let t = 0; t < b; t++) if ((mem[j] >> t) & 1) input |= 1 << L.memory(j, t);
      const expected = input ^ (((mem[a] & (2 ** b - 1)) << n) >>> 0);
      expect(evalReversibleCircuit(netlist, input)).toBe(expected);
    }
  });

  it('qubits grow as O(N·b), Toffolis are 2Nb, controlled swaps O(N)', () => {
    for (const n of [4, 8, 12]) {
      const op = makeBucketBrigadeQram(n, 16);
      const N = 2 ** n;
      const calls = new Map(op.def.calls!(op).map((c) => [c.op.name, c.count]));
      expect(calls.get('ccx')).toBe(2 * N * 16);
      expect(calls.get('cswap')).toBeLessThan(4 * N);
      expect(op.numQubits).toBe(n + 16 + 2 * N * 16 + 3 * N - 2);
    }
    const small = makeBucketBrigadeQram(3, 2);
    expect([...countByKey(small.def.decompose!(small)).values()].reduce((s, v) => s + v.count, 0))
      .toBe(small.def.calls!(small).reduce((s, c) => s + c.count, 0));
  });

  it('rejects an address width it cannot build', () => {
    expect(() => makeBucketBrigadeQram(0, 1)).toThrow(InvalidArgumentError);
    expect(() => makeBucketBrigadeQram(30, 1)).toThrow(/1\.\.20/);
  });
});

describe('bucket-brigade QRAM gets a surface-code price like any other circuit', () => {
  it('n = 10, b = 8: qubits, T states (Toffolis + controlled swaps) and runtime from the one cost engine', () => {
    const op = makeBucketBrigadeQram(10, 8);
    const logical = estimateLogical(op);
    expect(logical.logicalQubitCount).toBe(op.numQubits);
    // each ccx and each cswap (= cx·ccx·cx) is one Toffoli
    const calls = new Map(op.def.calls!(op).map((c) => [c.op.name, c.count]));
    expect(logical.toffoliCount).toBe(calls.get('ccx')! + calls.get('cswap')!);
    const phys = estimatePhysical(logical, getHardwareProfile('qubit_gate_ns_e3'));
    expect(phys.physicalQubitCount).toBeGreaterThan(op.numQubits);
    expect(phys.runtimeNs).toBeGreaterThan(0);
    if (process.env.QN_PRINT) console.log(JSON.stringify({ qubits: op.numQubits, toffoli: logical.toffoliCount, physicalQubits: phys.physicalQubitCount, runtimeNs: phys.runtimeNs, d: phys.codeDistance }));
  });
});
