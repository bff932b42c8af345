import fc from 'fast-check';
import { makeRng } from '../../src/math/rng';
import { unitaryOf } from '../../src/sim';
import {
  CouplingMap, couplingMapFromJson, distanceMatrix, equalUpToLayouts, gridMap, heavyHexMap, lineMap, lowerToNam, optimize,
  parseCouplingSpec, routeSabre, hasProperty,
} from '../../src/passes';
import { InvalidArgumentError, QnError } from '../../src/errors';
import { randomCircuit } from './helpers';

function onCoupledPairs(c: { instructions: readonly { qubits: readonly number[]; op: { def: { category: string } } }[] }, map: CouplingMap): boolean {
  const ok = new Set(map.edges.flatMap(([a, b]) => [`${a},${b}`, `${b},${a}`]));
  return c.instructions.every((i) => i.op.def.category !== 'unitary' || i.qubits.length < 2 || (i.qubits.length === 2 && ok.has(i.qubits.join(','))));
}

function isConnected(map: CouplingMap): boolean {
  const d = distanceMatrix(map);
  for (let p = 0; p < map.numPhysicalQubits; p++) if (d[p] >= 1 << 20) return false;
  return true;
}

describe('coupling maps', () => {
  it.each([
    ['line:5', 5, 4], ['grid:2x3', 6, 7], ['grid:3x3', 9, 12], ['heavyhex:1', 7, 6],
    // heavy-hex: rows·(4·rows+3) row qubits + bridges (⌈(4r+3)/4⌉ or ⌈(4r+1)/4⌉ per gap), each bridge 2 edges.
    ['heavyhex:2', 2 * 11 + 3, 2 * 10 + 2 * 3], ['heavyhex:3', 3 * 15 + 4 + 4, 3 * 14 + 2 * 8],
  ] as const)('%s: %i qubits, %i edges, connected', (spec, n, e) => {
    const m = parseCouplingSpec(spec)!;
    expect(m.numPhysicalQubits).toBe(n);
    expect(m.edges.length).toBe(e);
    expect(isConnected(m)).toBe(true);
  });
  it.each([2, 3, 5, 8])('heavyhex:%i has max degree 3 and is connected', (r) => {
    const m = heavyHexMap(r);
    const deg = new Array(m.numPhysicalQubits).fill(0);
    for (const [a, b] of m.edges) { deg[a]++; deg[b]++; }
    expect(Math.max(...deg)).toBeLessThanOrEqual(3);
    expect(isConnected(m)).toBe(true);
  });
  it('JSON edge lists and objects parse; bad input is a typed error', () => {
    expect(couplingMapFromJson('[[0,1],[1,2],[2,1]]').edges).toEqual([[0, 1], [1, 2]]);
    expect(couplingMapFromJson('{"numQubits": 4, "edges": [[0,1],[1,2],[2,3]]}').numPhysicalQubits).toBe(4);
    expect(() => couplingMapFromJson('{"edges": 3}')).toThrow(QnError);
    expect(() => couplingMapFromJson('not json')).toThrow(QnError);
    expect(() => couplingMapFromJson('[[0,0]]')).toThrow(QnError);
    expect(parseCouplingSpec('ring:4')).toBeUndefined();
  });
});

describe('SABRE routing: coupled pairs only, equivalent up to the reported layouts', () => {
  const maps: readonly (readonly [string, CouplingMap])[] = [
    ['line:6', lineMap(6)], ['grid:2x3', gridMap(2, 3)], ['grid:2x4', gridMap(2, 4)], ['heavyhex:1', heavyHexMap(1)], ['line:8', lineMap(8)],
  ];
  it.each(maps)('%s', (_name, map) => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1 << 30 }), fc.integer({ min: 2, max: map.numPhysicalQubits }), (seed, n) => {
      const logical = lowerToNam(randomCircuit(makeRng(seed), n, 30));
      const r = routeSabre(logical, map, { seed });
      if (!onCoupledPairs(r.circuit, map)) throw new Error('gate on an uncoupled pair');
      const eq = equalUpToLayouts(unitaryOf(r.circuit), unitaryOf(logical), r.initialLayout, r.finalLayout);
      if (!eq.equivalent) throw new Error(`not equivalent: ${eq.maxErrorAbs}`);
    }), { seed: 5, numRuns: 12 });
  });

  it('the check fails for a wrong final layout (the test can fail)', () => {
    const logical = lowerToNam(randomCircuit(makeRng(3), 5, 40));
    const r = routeSabre(logical, lineMap(5), { seed: 3 });
    expect(r.swapCount).toBeGreaterThan(0);
    const wrong = [...r.finalLayout].reverse();
    expect(equalUpToLayouts(unitaryOf(r.circuit), unitaryOf(logical), r.initialLayout, wrong).equivalent).toBe(false);
  });

  it('routes a 40-qubit circuit on heavyhex:3 (53 qubits) using only coupled pairs', () => {
    const map = heavyHexMap(3);
    const logical = lowerToNam(randomCircuit(makeRng(9), 40, 400));
    const r = routeSabre(logical, map);
    expect(onCoupledPairs(r.circuit, map)).toBe(true);
    expect(hasProperty(r.circuit, 'routed', map.edges)).toBe(true);
    expect(r.circuit.instructions.length).toBe(logical.instructions.length + r.swapCount);
    expect([...r.finalLayout].sort((a, b) => a - b)).toEqual(Array.from({ length: 53 }, (_, i) => i));
  });

  it.each(['ibm', 'ion', 'nam'] as const)('optimize with target %s and a grid coupling: target gates on coupled pairs, equivalent', (target) => {
    const map = gridMap(2, 3);
    const c = randomCircuit(makeRng(21), 6, 40);
    const { circuit, report } = optimize(c, { level: 3, target, coupling: map });
    expect(onCoupledPairs(circuit, map)).toBe(true);
    const r = report.routing!;
    expect(equalUpToLayouts(unitaryOf(circuit), unitaryOf(c), r.initialLayout, r.finalLayout).equivalent).toBe(true);
  });

  it('ibmq-tokyo: 20 qubits, 43 couplers (31 grid + 12 crossings), max degree 6, connected', () => {
    const m = parseCouplingSpec('ibmq-tokyo')!;
    expect(m.numPhysicalQubits).toBe(20);
    expect(m.edges.length).toBe(43);
    const deg = new Array(20).fill(0);
    for (const [a, b] of m.edges) { deg[a]++; deg[b]++; }
    expect(Math.max(...deg)).toBe(6);
    expect(isConnected(m)).toBe(true);
  });

  it('several trials keep the fewest SWAPs, stay exact and deterministic', () => {
    const logical = lowerToNam(randomCircuit(makeRng(11), 6, 30));
    const map = parseCouplingSpec('ibmq-tokyo')!;
    const one = routeSabre(logical, map, { seed: 4 });
    const many = routeSabre(logical, map, { seed: 4, trials: 6 });
    // trial 0 of `many` draws the same layout as `one`, so keeping the best can only help
    expect(many.swapCount).toBeLessThanOrEqual(one.swapCount);
    expect(onCoupledPairs(many.circuit, map)).toBe(true);
    expect(routeSabre(logical, map, { seed: 4, trials: 6 }).swapCount).toBe(many.swapCount);
    const small = routeSabre(logical, lineMap(6), { seed: 2, trials: 5 });
    expect(equalUpToLayouts(unitaryOf(small.circuit), unitaryOf(logical), small.initialLayout, small.finalLayout).equivalent).toBe(true);
    expect(() => routeSabre(logical, map, { trials: 0 })).toThrow(QnError);
    expect(() => routeSabre(logical, map, { trials: 1001 })).toThrow(InvalidArgumentError);
    expect(() => optimize(logical, { level: 0, coupling: map, routingTrials: 1.5 })).toThrow(/routing trials must be an integer in 1\.\.1000, got 1\.5/);
    expect(optimize(logical, { level: 0, coupling: map, seed: 4, routingTrials: 6 }).report.routing).toMatchObject({ trials: 6, swapCount: many.swapCount });
  });

  it('too few physical qubits is a typed error', () => {
    expect(() => routeSabre(randomCircuit(makeRng(1), 6, 5), lineMap(4))).toThrow(QnError);
  });
});
